//! Every reference entry whose example the bundled schema can express: the generated
//! `ResponseData` deserialises the entry's example response.
//!
//! Data-driven over `schema/sources/kraken-query-reference.txt`. For each entry the example query
//! is made valid by an AST rewrite (`rewrite.rs`: fragment spreads become `__typename`, nested
//! fields lacking required arguments are dropped), the expected data is built from the printed
//! response (`expected.rs`: placeholders become minimal objects, bare non-null lists are wrapped,
//! dropped keys removed), and the entry is generated on its own against the schema of its section
//! (`kraken.graphql` for the API site, `kraken-auth.graphql` for the authentication server) to
//! find the entries that do not validate. The valid ones are then generated together, one output
//! per section, into a scratch crate (`scratch.rs`) that deserialises each expected response.
//! The summary snapshot lists every skipped entry with its reason, every failure with its serde
//! error, and the totals.

#[path = "reference_responses/expected.rs"]
mod expected;
#[path = "reference_responses/rewrite.rs"]
mod rewrite;
#[path = "reference_responses/scratch.rs"]
mod scratch;
#[path = "reference_responses/summary.rs"]
mod summary;

use std::collections::{BTreeMap, HashSet};

use heck::{ToSnakeCase, ToUpperCamelCase};
use krakenql_codegen::rust::{generate, GeneratedFile, RustOptions};
use krakenql_lint::{LintSource, SourceKind};
use krakenql_schema::load::load_sources;
use krakenql_schema::reference::{parse_reference, ReferenceEntry, Section};
use krakenql_schema::{KrakenSchema, SourceFile};

use self::summary::Summary;

/// Entries whose validated example does not deserialise, in page order, with the diagnosis.
///
/// None today. The page prints a `Decimal` example as the JSON number `1.0`, like a Float,
/// while graphene (Kraken's server) sends a Python `Decimal` as a JSON string (`str(dec)`) and
/// the emitter maps `Decimal` to `String`; the expected data takes the wire form (counted in the
/// summary). Any change to this set fails the test.
const KNOWN_FAILURES: &[(&str, &str)] = &[];

/// What became of one entry before the scratch crate runs.
enum Prepared {
    /// Generated on its own: its source, module and expected data.
    Valid {
        source: LintSource,
        operation: String,
        data: serde_json::Value,
    },
    /// Left out, with the reason.
    Skipped(String),
}

/// One section of the reference with the schema that serves it.
struct SectionRun {
    /// The module and file prefix, `api` or `auth`.
    prefix: &'static str,
    section: Section,
    schema: KrakenSchema,
}

fn load(path: &str, text: &str) -> KrakenSchema {
    load_sources(&[SourceFile::new(path, text)])
        .unwrap_or_else(|error| panic!("{path} loads: {error:?}"))
}

/// Makes the operation name unique within the section by its module name, naming anonymous
/// operations after the entry.
fn unique_name(
    entry: &ReferenceEntry,
    current: Option<&str>,
    taken: &mut HashSet<String>,
) -> String {
    let base = current.map_or_else(|| entry.name.to_upper_camel_case(), str::to_owned);
    let mut name = base.clone();
    let mut n = 2;
    while !taken.insert(name.to_snake_case()) {
        name = format!("{base}{n}");
        n += 1;
    }
    name
}

/// Rewrites, normalises and generates one entry on its own.
fn prepare(
    run: &SectionRun,
    entry: &ReferenceEntry,
    key: &str,
    taken: &mut HashSet<String>,
    summary: &mut Summary,
) -> Prepared {
    let file = format!("{key}.graphql");
    let Some(response) = &entry.response else {
        return Prepared::Skipped("no example response on the page".to_owned());
    };
    let schema = run.schema.schema();
    let rewritten = match rewrite::rewrite(schema, &file, &entry.query, |current| {
        let name = unique_name(entry, current, taken);
        if current != Some(name.as_str()) {
            let old = current.unwrap_or("(anonymous)");
            summary.renamed.push(format!("{key}: {old} -> {name}"));
        }
        name
    }) {
        Ok(rewritten) => rewritten,
        Err(reason) => return Prepared::Skipped(reason),
    };
    let source = LintSource::new(&file, rewritten.text.clone(), SourceKind::Graphql);
    if let Err(error) = generate(
        &run.schema,
        vec![source.clone()],
        &RustOptions::default(),
        &undated(),
    ) {
        return Prepared::Skipped(error.to_string().replace('\n', "\n    "));
    }
    let printed = match expected::read(response) {
        Ok(value) => value,
        Err(reason) => return Prepared::Skipped(reason),
    };
    let Some(data) = printed.get("data").cloned() else {
        return Prepared::Skipped("the example response has no `data`".to_owned());
    };
    let dropped = rewrite::dropped_paths(&rewritten.dropped);
    let mut normaliser = expected::Normaliser {
        schema,
        dropped: &dropped,
        changes: expected::Changes::default(),
    };
    let data = normaliser.data(
        data,
        rewritten.root.as_deref().unwrap_or("Query"),
        &rewritten.selections,
    );
    summary.add(&normaliser.changes, &rewritten.dropped);
    Prepared::Valid {
        source,
        operation: rewritten.operation_name,
        data,
    }
}

/// The module path (relative to the section module) of each generated operation, keyed by the
/// file named in its "generated by ... from FILE" header.
fn modules_by_file(files: &[GeneratedFile]) -> BTreeMap<String, String> {
    files
        .iter()
        .filter_map(|file| {
            let header = file.contents.lines().next()?;
            let (_, from) = header.split_once(" from ")?;
            let source = from.strip_suffix(". Do not edit.")?;
            let module = file.path.strip_suffix(".rs")?;
            let module = match syn::parse_str::<syn::Ident>(module) {
                Ok(_) => module.to_owned(),
                Err(_) => format!("r#{module}"),
            };
            Some((source.to_owned(), module))
        })
        .collect()
}

#[test]
fn generated_response_data_deserialises_every_reference_example() {
    let reference = parse_reference(
        "kraken-query-reference.txt",
        include_str!("../../../schema/sources/kraken-query-reference.txt"),
    )
    .expect("the reference page reads");
    let runs = [
        SectionRun {
            prefix: "api",
            section: Section::Api,
            schema: load(
                "schema/kraken.graphql",
                include_str!("../../../schema/kraken.graphql"),
            ),
        },
        SectionRun {
            prefix: "auth",
            section: Section::Auth,
            schema: load(
                "schema/kraken-auth.graphql",
                include_str!("../../../schema/kraken-auth.graphql"),
            ),
        },
    ];

    let mut summary = Summary::default();
    let mut sections = Vec::new();
    let mut checks = Vec::new();
    let mut keys = HashSet::new();
    for run in &runs {
        let mut taken = HashSet::new();
        let mut sources = Vec::new();
        let mut pending = Vec::new();
        summary
            .entries
            .push((run.prefix, reference.section(run.section).count()));
        for entry in reference.section(run.section) {
            let mut key = format!("{}/{}", run.prefix, entry.name);
            if !keys.insert(key.clone()) {
                key = format!("{key}@{}", entry.line);
                keys.insert(key.clone());
            }
            let file = format!("{key}.graphql");
            match prepare(run, entry, &key, &mut taken, &mut summary) {
                Prepared::Valid {
                    source,
                    operation,
                    data,
                } => {
                    sources.push(source);
                    pending.push((key, file, operation, data));
                }
                Prepared::Skipped(reason) => {
                    summary.skipped.push(format!("skipped {key}: {reason}"))
                }
            }
        }
        let files = generate(&run.schema, sources, &RustOptions::default(), &undated())
            .unwrap_or_else(|error| {
                panic!(
                    "the valid {} entries generate together: {error}",
                    run.prefix
                )
            })
            .files;
        let modules = modules_by_file(&files);
        for (key, file, operation, data) in pending {
            let module = modules
                .get(&file)
                .unwrap_or_else(|| panic!("no module for {file} (operation {operation})"));
            checks.push(scratch::Check {
                key,
                module: format!("{}::{module}", run.prefix),
                data,
            });
        }
        sections.push((run.prefix, files));
    }

    let dir = scratch::write(&sections, &checks);
    let output = scratch::run(&dir);
    let mut ok = 0;
    let mut failures: Vec<String> = Vec::new();
    for line in output.lines() {
        if line.starts_with("ok ") {
            ok += 1;
        } else if line.starts_with("fail ") {
            failures.push(line.to_owned());
        } else {
            panic!("unexpected harness output: {line}");
        }
    }
    assert_eq!(
        ok + failures.len(),
        checks.len(),
        "one line per checked entry:\n{output}"
    );

    summary.generated = checks.len();
    summary.deserialised = ok;
    summary.failures = failures;
    insta::assert_snapshot!(
        "reference_responses_summary",
        summary.render(KNOWN_FAILURES)
    );
    let failing = summary.failing();
    let known: Vec<&str> = KNOWN_FAILURES.iter().map(|(key, _)| *key).collect();
    assert_eq!(
        failing, known,
        "the entries that fail to deserialise changed; every validated entry must deserialise \
         except the known failures"
    );
}

/// Lint options on a day before every removal date, so only invalid operations block.
fn undated() -> krakenql_lint::LintOptions {
    krakenql_lint::LintOptions::new(chrono::NaiveDate::default())
}
