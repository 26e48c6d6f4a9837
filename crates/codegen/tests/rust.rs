//! Snapshots of the Rust emitter's rendered output, one per shape, and its error cases.

use std::sync::OnceLock;

use krakenql_codegen::rust::{generate, generate_single, CodegenError, GeneratedFile, RustOptions};
use krakenql_lint::render::{render, Format, RenderOptions};
use krakenql_lint::{LintSource, SourceKind};
use krakenql_schema::load::load_sources;
use krakenql_schema::{KrakenSchema, SourceFile};

fn schema() -> &'static KrakenSchema {
    static SCHEMA: OnceLock<KrakenSchema> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let text = include_str!("fixtures/schema.graphql");
        load_sources(&[SourceFile::new("schema.graphql", text)]).expect("fixture schema is valid")
    })
}

/// The self-contained module of one operation, with default options.
fn check(document: &str) -> String {
    check_with(document, &RustOptions::default())
}

fn check_with(document: &str, options: &RustOptions) -> String {
    match generate_single(schema(), document, "operation.graphql", options) {
        Ok(code) => code,
        Err(error) => panic!("generation failed: {error}"),
    }
}

#[test]
fn scalars() {
    insta::assert_snapshot!(check(
        "query Scalars($n: String!) { account(accountNumber: $n) { id number balance } pollInterval }"
    ));
}

#[test]
fn nested_objects() {
    insta::assert_snapshot!(check(
        "query Nested($n: String!) { account(accountNumber: $n) { properties { postcode meters { serialNumber } } } }"
    ));
}

#[test]
fn lists() {
    insta::assert_snapshot!(check(
        "query Lists($n: String!) { account(accountNumber: $n) { devices { id } properties { id } } }"
    ));
}

#[test]
fn aliases() {
    insta::assert_snapshot!(check(
        "query Aliases($a: String!, $b: String!) { first: account(accountNumber: $a) { ref: number } second: account(accountNumber: $b) { type: id } }"
    ));
}

#[test]
fn fragments() {
    insta::assert_snapshot!(check(
        "query Fragments($n: String!) { account(accountNumber: $n) { id ...AccountFields } }
         fragment AccountFields on AccountType { id balance }"
    ));
}

#[test]
fn unions() {
    insta::assert_snapshot!(check(
        "query Unions($n: String!) { assets(accountNumber: $n) { ... on Device { name } ... on Meter { serialNumber } } }"
    ));
}

#[test]
fn interfaces() {
    insta::assert_snapshot!(check(
        "query Interfaces($id: ID!) { node(id: $id) { id ... on AccountType { number } } }"
    ));
}

#[test]
fn enums() {
    insta::assert_snapshot!(check(
        "query Enums($n: String!) { account(accountNumber: $n) { status } }"
    ));
}

#[test]
fn exhaustive_enums() {
    let options = RustOptions {
        exhaustive_enums: ["AccountStatus".to_owned()].into(),
        ..RustOptions::default()
    };
    insta::assert_snapshot!(check_with(
        "query Enums($n: String!) { account(accountNumber: $n) { status } }",
        &options
    ));
}

#[test]
fn inputs() {
    insta::assert_snapshot!(check(
        "mutation Inputs($input: DeviceInput!) { updateDevice(input: $input) { id } }"
    ));
}

#[test]
fn deprecated_items() {
    insta::assert_snapshot!(check(
        "query Deprecated($n: String!) { pollDelay account(accountNumber: $n) { isCredit devices { status } } }"
    ));
}

#[test]
fn custom_scalars() {
    insta::assert_snapshot!(check(
        "query Scalars($from: DateTime!, $n: String!) { readings(from: $from) { at } account(accountNumber: $n) { metadata } }"
    ));
}

#[test]
fn scalar_overrides_and_derives() {
    let options = RustOptions {
        scalars: [(
            "DateTime".to_owned(),
            "::chrono::DateTime<::chrono::Utc>".to_owned(),
        )]
        .into(),
        derives: vec!["PartialEq".to_owned(), "serde::Serialize".to_owned()],
        ..RustOptions::default()
    };
    insta::assert_snapshot!(check_with(
        "query Scalars($from: DateTime!) { readings(from: $from) { at value } }",
        &options
    ));
}

/// The files of a two-operation output, by path.
fn generate_files(documents: &[(&str, &str)]) -> Result<Vec<GeneratedFile>, CodegenError> {
    let sources = documents
        .iter()
        .map(|(file, text)| LintSource::new(*file, *text, SourceKind::Graphql))
        .collect();
    // A day before every removal date: only invalid operations block.
    let undated = krakenql_lint::LintOptions::new(chrono::NaiveDate::default());
    generate(schema(), sources, &RustOptions::default(), &undated).map(|generated| generated.files)
}

#[test]
fn shared_types_are_emitted_once() {
    let files = generate_files(&[
        (
            "a.graphql",
            "query A($n: String!) { account(accountNumber: $n) { status ...Basics } }",
        ),
        (
            "b.graphql",
            "query B($n: String!) { account(accountNumber: $n) { ...Basics } }
             fragment Basics on AccountType { number status }",
        ),
    ])
    .expect("both operations generate");
    let paths: Vec<&str> = files.iter().map(|file| file.path.as_str()).collect();
    assert_eq!(paths, ["a.rs", "b.rs", "mod.rs", "types.rs"]);
    insta::assert_snapshot!("shared_types_rs", files[3].contents);
    insta::assert_snapshot!("shared_mod_rs", files[2].contents);
    insta::assert_snapshot!("shared_operation_uses_types", files[1].contents);
}

#[test]
fn an_invalid_operation_gives_the_lint_diagnostics_and_no_files() {
    let result = generate_files(&[
        ("ok.graphql", "query Ok { pollInterval }"),
        (
            "bad.graphql",
            "query Bad($n: String!) { account(accountNumber: $n) { balanse } }",
        ),
    ]);
    let Err(CodegenError::Lint(report)) = result else {
        panic!("expected lint diagnostics, got {result:?}");
    };
    insta::assert_snapshot!(render(
        &report,
        Format::Human,
        &RenderOptions { color: false }
    ));
}

#[test]
fn deprecations_do_not_block_generation() {
    let result = generate_files(&[("old.graphql", "query Old { pollDelay }")]);
    assert!(result.is_ok(), "{result:?}");
}

#[test]
fn an_unmapped_scalar_names_the_config_key() {
    let error = generate_single(
        schema(),
        "query Geo { geometry }",
        "geo.graphql",
        &RustOptions::default(),
    )
    .expect_err("GeoJSON has no default");
    let diagnostics = error.to_diagnostics();
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0].code, "unmapped-scalar");
    assert_eq!(diagnostics[0].message, "scalar `GeoJSON` has no Rust type");
    assert_eq!(
        diagnostics[0].help.as_deref(),
        Some("set `[extensions.krakenql.scalars] GeoJSON = \"path::Type\"`")
    );
}

#[test]
fn a_mapped_scalar_generates() {
    let options = RustOptions {
        scalars: [("GeoJSON".to_owned(), "geojson::GeoJson".to_owned())].into(),
        ..RustOptions::default()
    };
    let result = generate_single(schema(), "query Geo { geometry }", "geo.graphql", &options);
    assert!(result.is_ok(), "{result:?}");
}

#[test]
fn an_invalid_scalar_path_names_the_option() {
    let options = RustOptions {
        scalars: [("DateTime".to_owned(), "not a type".to_owned())].into(),
        ..RustOptions::default()
    };
    let error = generate_single(schema(), "query P { pollInterval }", "p.graphql", &options)
        .expect_err("the path does not parse");
    assert!(
        matches!(&error, CodegenError::InvalidOption { key, .. } if key == "scalars.DateTime"),
        "{error:?}"
    );
}

#[test]
fn anonymous_operations_are_named_after_their_file() {
    let code = generate_single(
        schema(),
        "{ pollInterval }",
        "queries/poll_interval.graphql",
        &RustOptions::default(),
    )
    .expect("an anonymous operation generates");
    let file =
        syn::parse_file(code.split_once("\n\n").map_or("", |(_, body)| body)).expect("parses");
    let names: Vec<String> = file
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Const(item) => Some(item.ident.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(names, ["OPERATION_NAME", "QUERY"]);
    let tail = code
        .find("/// The operation's name")
        .map_or("", |start| &code[start..]);
    insta::assert_snapshot!(tail);
}

/// The typed mock keeps or removes the keys under `@skip`/`@include` by the variables, with
/// the variables' defaults, and merges a key selected under two conditions.
#[test]
fn mock_conditions() {
    insta::assert_snapshot!(check(
        "query Conditions($n: String!, $withBalance: Boolean!, $brief: Boolean = true) {
            account(accountNumber: $n) {
                id
                balance @include(if: $withBalance)
                number @skip(if: $brief)
                number @include(if: $withBalance)
                properties @include(if: false) { id }
                devices @skip(if: false) { id }
            }
        }"
    ));
}

/// A `@oneOf` input object becomes an enum with one variant per field (a field whose type
/// reaches the enum again is boxed).
#[test]
fn one_of_inputs() {
    let text = include_str!("fixtures/one-of.graphql");
    let schema =
        load_sources(&[SourceFile::new("one-of.graphql", text)]).expect("fixture schema is valid");
    let code = generate_single(
        &schema,
        "query Readings($meter: MeterLookup!, $limit: Int) { meterReadings(meter: $meter, limit: $limit) }",
        "operation.graphql",
        &RustOptions::default(),
    )
    .unwrap_or_else(|error| panic!("generation failed: {error}"));
    insta::assert_snapshot!(code);
}

/// Structs made only of fragment spreads or type conditions have no keys of their own: their
/// `Fields` impl takes no parameters it does not use (tests/compile-run builds such shapes
/// under `#![deny(warnings)]`).
#[test]
fn only_spreads() {
    insta::assert_snapshot!(check(
        "query OnlySpreads { ...Roots } fragment Roots on Query { pollInterval }"
    ));
}
