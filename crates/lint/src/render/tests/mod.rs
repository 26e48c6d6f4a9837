//! Every format rendered from one hand-built report, as insta snapshots, plus the SARIF schema check.

mod fixture;

use fixture::report;

use super::{render, Format, RenderOptions};
use crate::report::LintReport;
use crate::rules;

fn rendered(format: Format) -> String {
    render(&report(), format, &RenderOptions { color: false })
}

#[test]
fn render_human() {
    insta::assert_snapshot!(rendered(Format::Human));
}

#[test]
fn render_json() {
    insta::assert_snapshot!(rendered(Format::Json));
}

#[test]
fn render_sarif() {
    insta::assert_snapshot!(rendered(Format::Sarif));
}

#[test]
fn render_github() {
    insta::assert_snapshot!(rendered(Format::Github));
}

#[test]
fn render_junit() {
    insta::assert_snapshot!(rendered(Format::Junit));
}

#[test]
fn render_human_of_a_clean_run() {
    let report = LintReport {
        files: 1,
        operations: 2,
        ..LintReport::default()
    };
    insta::assert_snapshot!(render(&report, Format::Human, &RenderOptions::default()));
}

#[test]
fn no_escape_bytes_without_colour_and_some_with_it() {
    for format in Format::ALL {
        assert!(
            !rendered(format).contains('\u{1b}'),
            "{format} has an ESC byte"
        );
    }
    let coloured = render(&report(), Format::Human, &RenderOptions { color: true });
    assert!(coloured.contains('\u{1b}'));
}

#[test]
fn json_and_sarif_parse_and_keep_the_contract_keys() {
    let json: serde_json::Value =
        serde_json::from_str(&rendered(Format::Json)).expect("json output parses");
    let first = &json["diagnostics"][1];
    let keys: Vec<&str> = first
        .as_object()
        .expect("a diagnostic is an object")
        .keys()
        .map(String::as_str)
        .collect();
    for key in [
        "code",
        "severity",
        "message",
        "file",
        "line",
        "column",
        "operation",
        "coordinate",
        "deprecation",
    ] {
        assert!(keys.contains(&key), "missing {key}");
    }
    assert_eq!(first["deprecation"]["replacement"], "use 'urls' instead");
    assert_eq!(json["summary"]["errors"], 2);
    let sarif: serde_json::Value =
        serde_json::from_str(&rendered(Format::Sarif)).expect("sarif output parses");
    let rules = &sarif["runs"][0]["tool"]["driver"]["rules"];
    assert_eq!(rules.as_array().map(Vec::len), Some(rules::ALL.len()));
}

#[test]
fn sarif_is_valid_against_the_official_schema() {
    let mut schema: serde_json::Value =
        serde_json::from_str(include_str!("../../../tests/data/sarif-schema-2.1.0.json"))
            .expect("the schema parses");
    // The published schema's `language` patterns have a stray `]`, which a validator that
    // checks formats rejects as a regex; they concern properties we never write.
    for ty in ["run", "toolComponent"] {
        schema["definitions"][ty]["properties"]["language"]["pattern"] =
            serde_json::json!("^[a-zA-Z]{2}(-[a-zA-Z]{2})?$");
    }
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles");
    let sarif: serde_json::Value =
        serde_json::from_str(&rendered(Format::Sarif)).expect("sarif output parses");
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect();
    assert_eq!(errors, Vec::<String>::new());
}

#[test]
fn formats_parse_from_their_names() {
    for format in Format::ALL {
        assert_eq!(format.as_str().parse::<Format>(), Ok(format));
    }
    assert!("xml".parse::<Format>().is_err());
}
