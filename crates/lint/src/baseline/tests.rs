//! The baseline on hand-built findings: what it records, what it hides, and its file format.

use krakenql_schema::{Coordinate, Severity};

use super::Baseline;
use crate::diagnostic::{LintDiagnostic, Span};
use crate::rules::{self, Rule};

/// A finding of `rule` in operation `operation` at `line` of `file`.
fn finding(
    rule: &'static Rule,
    operation: Option<&str>,
    coordinate: Option<Coordinate>,
    line: usize,
    message: &str,
) -> LintDiagnostic {
    let span = Span {
        file: "queries/account.graphql".to_owned(),
        start: 0,
        end: 0,
        line,
        column: 3,
        end_line: line,
        end_column: 4,
    };
    let mut diagnostic =
        LintDiagnostic::new(rule, message, Some(span)).in_operation(operation.map(str::to_owned));
    diagnostic.coordinate = coordinate;
    diagnostic
}

fn account_urls(line: usize) -> LintDiagnostic {
    finding(
        &rules::deprecated_field::RULE,
        Some("AccountUrls"),
        Some(Coordinate::field("Query", "accountUrls")),
        line,
        "`Query.accountUrls` is deprecated",
    )
}

fn invalid(line: usize) -> LintDiagnostic {
    finding(
        &rules::invalid_operation::RULE,
        None,
        None,
        line,
        "type `Account` does not have a field `urls`",
    )
}

/// Renders the kept findings one a line, with the baselined count.
fn render((kept, baselined): (Vec<LintDiagnostic>, usize)) -> String {
    let mut out = format!("baselined: {baselined}\n");
    for d in kept {
        let line = d.span.as_ref().map_or(0, |s| s.line);
        out.push_str(&format!("{line} {} {}\n", d.rule.code, d.message));
    }
    out
}

#[test]
fn recorded_findings_are_left_out_even_when_lines_move() {
    let baseline = Baseline::from_diagnostics(&[account_urls(3), invalid(7)]);
    assert_eq!(
        render(baseline.apply(vec![account_urls(13), invalid(17)])),
        "baselined: 2\n"
    );
}

#[test]
fn a_new_finding_is_kept() {
    let baseline = Baseline::from_diagnostics(&[account_urls(3)]);
    let mut other = account_urls(5);
    other.operation = Some("AccountBalance".to_owned());
    insta::assert_snapshot!(
        "baseline_keeps_a_new_finding",
        render(baseline.apply(vec![account_urls(3), other]))
    );
}

#[test]
fn a_count_increase_keeps_the_extra_finding() {
    let baseline = Baseline::from_diagnostics(&[account_urls(3), account_urls(8)]);
    insta::assert_snapshot!(
        "baseline_keeps_the_extra_finding",
        render(baseline.apply(vec![account_urls(3), account_urls(8), account_urls(12)]))
    );
}

#[test]
fn only_deprecation_and_validation_warnings_and_errors_are_recorded() {
    let mut note = account_urls(3);
    note.severity = Severity::Note;
    let unused = finding(
        &rules::unused_suppression::RULE,
        None,
        None,
        2,
        "unused suppression",
    );
    let syntax = finding(&rules::syntax_error::RULE, None, None, 1, "expected a name");
    let baseline = Baseline::from_diagnostics(&[note, unused.clone(), syntax.clone()]);
    assert!(baseline.is_empty());
    let (kept, baselined) = Baseline::from_diagnostics(&[invalid(1)]).apply(vec![unused, syntax]);
    assert_eq!((kept.len(), baselined), (2, 0));
}

#[test]
fn json_is_sorted_and_round_trips() {
    let baseline =
        Baseline::from_diagnostics(&[invalid(7), account_urls(3), account_urls(9), invalid(8)]);
    let json = baseline.to_json();
    insta::assert_snapshot!("baseline_json", json);
    assert_eq!(Baseline::parse("kql-baseline.json", &json), Ok(baseline));
}

#[test]
fn malformed_json_is_reported_with_its_position() {
    let text = "{\n  \"version\": 1,\n  \"entries\": [\n    {\"operation\": \"A\", \"coordinate\": \"Query.a\" \"rule\": \"KQL001\", \"count\": 1}\n  ]\n}\n";
    let rendered = match Baseline::parse("kql-baseline.json", text) {
        Ok(_) => "parsed".to_owned(),
        Err(error) => format!(
            "{} {} {} | {}",
            error.location.map(|l| l.to_string()).unwrap_or_default(),
            error.code,
            error.message,
            error.help.unwrap_or_default()
        ),
    };
    insta::assert_snapshot!("baseline_malformed_json", rendered);
}

#[test]
fn wrong_version_and_unknown_fields_are_errors() {
    let version = Baseline::parse("b.json", "{\"version\": 2, \"entries\": []}").err();
    assert!(version.is_some_and(|d| d.message.contains("version 2")));
    let field = Baseline::parse("b.json", "{\"version\": 1, \"entires\": []}").err();
    assert!(field.is_some_and(|d| d.location.is_some_and(|l| l.line == 1)));
}

#[test]
fn a_baseline_that_keyed_an_invalid_operation_by_its_file_still_matches() {
    // Written before KQL100 findings named their operation: the key holds the file.
    let old = Baseline::from_diagnostics(&[invalid(4)]);
    let named = finding(
        &rules::invalid_operation::RULE,
        Some("AccountUrls"),
        None,
        4,
        "type `Account` does not have a field `urls`",
    );
    let (kept, baselined) = old.apply(vec![named.clone()]);
    assert_eq!((kept.len(), baselined), (0, 1));
    // A baseline written now keys it by the operation, and matches it the same way.
    let (kept, baselined) =
        Baseline::from_diagnostics(std::slice::from_ref(&named)).apply(vec![named]);
    assert_eq!((kept.len(), baselined), (0, 1));
}
