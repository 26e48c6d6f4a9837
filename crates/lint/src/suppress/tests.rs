//! Suppressions on small inline documents and hand-built findings, checked as rendered lists.

use chrono::NaiveDate;

use super::{apply, locate_plain, scan};
use crate::diagnostic::{LintDiagnostic, Span};
use crate::rules::{self, Rule};

const FILE: &str = "queries/account.graphql";

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test dates are valid")
}

/// A finding of `rule` at 1-based `line` and `column` of [`FILE`].
fn finding(rule: &'static Rule, line: usize, column: usize, message: &str) -> LintDiagnostic {
    let span = Span {
        file: FILE.to_owned(),
        start: 0,
        end: 0,
        line,
        column,
        end_line: line,
        end_column: column + 1,
    };
    LintDiagnostic::new(rule, message, Some(span))
}

fn deprecated_field(line: usize, column: usize) -> LintDiagnostic {
    finding(
        &rules::deprecated_field::RULE,
        line,
        column,
        "`Query.accountUrls` is deprecated",
    )
}

/// Renders diagnostics one a line: `line:col CODE message | help`.
fn render(mut diagnostics: Vec<LintDiagnostic>) -> String {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let lines: Vec<String> = diagnostics
        .iter()
        .map(|d| {
            let (line, column) = d.span.as_ref().map_or((0, 0), |s| (s.line, s.column));
            let help = d
                .help
                .as_deref()
                .map(|h| format!(" | {h}"))
                .unwrap_or_default();
            format!("{line}:{column} {} {}{help}", d.rule.code, d.message)
        })
        .collect();
    lines.join("\n")
}

/// Scans `text`, applies its suppressions to `findings` on `today`, and renders the result.
fn check(text: &str, findings: Vec<LintDiagnostic>, today: &str) -> String {
    let (suppressions, mut diagnostics) = scan(FILE, text, &locate_plain(text));
    diagnostics.extend(findings);
    render(apply(diagnostics, &suppressions, date(today)).0)
}

const ACCOUNT_URLS: &str = "query AccountUrls($n: String!) {
  # krakenql-allow(deprecated-field): moving to the support site until 2024-06-30
  accountUrls(accountNumber: $n) { url }
}
";

#[test]
fn active_suppression_removes_the_finding_it_covers() {
    assert_eq!(
        check(ACCOUNT_URLS, vec![deprecated_field(3, 3)], "2024-06-01"),
        ""
    );
}

#[test]
fn suppression_still_works_on_its_until_day() {
    assert_eq!(
        check(ACCOUNT_URLS, vec![deprecated_field(3, 3)], "2024-06-30"),
        ""
    );
}

#[test]
fn rule_code_works_like_rule_name() {
    let text = ACCOUNT_URLS.replace("deprecated-field", "kql001");
    assert_eq!(check(&text, vec![deprecated_field(3, 3)], "2024-06-01"), "");
}

#[test]
fn expired_suppression_brings_the_finding_back() {
    insta::assert_snapshot!(
        "expired_suppression_brings_the_finding_back",
        check(ACCOUNT_URLS, vec![deprecated_field(3, 3)], "2024-07-01")
    );
}

#[test]
fn unused_suppression_is_reported() {
    insta::assert_snapshot!(
        "unused_suppression_is_reported",
        check(ACCOUNT_URLS, vec![deprecated_field(4, 3)], "2024-06-01")
    );
}

#[test]
fn partly_used_suppression_names_the_unused_rule() {
    let text = ACCOUNT_URLS.replace("deprecated-field", "deprecated-field, deprecated-argument");
    insta::assert_snapshot!(
        "partly_used_suppression_names_the_unused_rule",
        check(&text, vec![deprecated_field(3, 3)], "2024-06-01")
    );
}

#[test]
fn other_rules_on_the_covered_line_stay() {
    let argument = finding(
        &rules::deprecated_argument::RULE,
        3,
        15,
        "`Query.accountUrls(accountNumber:)` is deprecated",
    );
    insta::assert_snapshot!(
        "other_rules_on_the_covered_line_stay",
        check(
            ACCOUNT_URLS,
            vec![deprecated_field(3, 3), argument],
            "2024-06-01"
        )
    );
}

#[test]
fn trailing_comment_covers_its_own_line() {
    let text = "query A($n: String!) {
  accountUrls(accountNumber: $n) { url } # krakenql-allow(deprecated-field): migrating until 2030-01-01
  account(accountNumber: $n) { id }
}
";
    let (suppressions, malformed) = scan(FILE, text, &locate_plain(text));
    assert!(malformed.is_empty());
    assert_eq!(
        (
            suppressions[0].line,
            suppressions[0].column,
            suppressions[0].covers_line
        ),
        (2, 42, 2)
    );
    insta::assert_snapshot!(
        "trailing_comment_covers_its_own_line",
        check(
            text,
            vec![deprecated_field(2, 3), deprecated_field(3, 3)],
            "2024-06-01"
        )
    );
}

#[test]
fn comment_alone_skips_blank_lines_and_other_comments() {
    let text = "query A($n: String!) {
  # krakenql-allow(deprecated-field): migrating until 2030-01-01

  # A plain comment about the field below.
  accountUrls(accountNumber: $n) { url }
}
";
    let (suppressions, _) = scan(FILE, text, &locate_plain(text));
    assert_eq!(suppressions[0].covers_line, 5);
    assert_eq!(suppressions[0].reason, "migrating");
    assert_eq!(check(text, vec![deprecated_field(5, 3)], "2024-06-01"), "");
}

#[test]
fn hash_inside_strings_is_not_a_comment() {
    let text = r##"query A {
  a: account(accountNumber: "# krakenql-allow(deprecated-field): x until 2030-01-01") { id }
  b: account(accountNumber: """
  # krakenql-allow(nonsense) until 2030-02-30
  """) { id }
}
"##;
    let (suppressions, malformed) = scan(FILE, text, &locate_plain(text));
    assert!(suppressions.is_empty());
    assert!(malformed.is_empty());
}

#[test]
fn malformed_suppressions_are_reported_with_the_correct_form() {
    let text = "query A($n: String!) {
  # krakenql-allow(deprecated-feild) until 2027-02-30
  # krakenql-allow(deprecated-field, kql001): until 2027-01-31
  # krakenql-allow(deprecated-field): migrating until 31/01/2027
  # krakenql-allow(deprecated-field): migrating
  # krakenql-allow(frobnicate, unused-suppression): because until 2027-01-31
  # krakenql-allow deprecated-field: because until 2027-01-31
  # krakenql-allow(deprecated-field: because until 2027-01-31
  # krakenql-allow(deprecated-field): migrating until 2027-01-31, see TICKET-1
  # A comment that mentions krakenql-allow(x) later is not a suppression.
  accountUrls(accountNumber: $n) { url }
}
";
    insta::assert_snapshot!(
        "malformed_suppressions_are_reported_with_the_correct_form",
        check(text, vec![deprecated_field(11, 3)], "2024-06-01")
    );
}

#[test]
fn suppression_rules_are_never_suppressed() {
    let (mut suppressions, _) = scan(FILE, ACCOUNT_URLS, &locate_plain(ACCOUNT_URLS));
    suppressions[0]
        .rules
        .push(&rules::malformed_suppression::RULE);
    let malformed = finding(
        &rules::malformed_suppression::RULE,
        3,
        3,
        "a malformed suppression",
    );
    let (kept, _) = apply(vec![malformed], &suppressions, date("2024-06-01"));
    assert!(kept.iter().any(|d| d.rule.code == "KQL902"));
}

#[test]
fn findings_without_a_span_or_in_another_file_stay() {
    let (suppressions, _) = scan(FILE, ACCOUNT_URLS, &locate_plain(ACCOUNT_URLS));
    let mut elsewhere = deprecated_field(3, 3);
    if let Some(span) = elsewhere.span.as_mut() {
        span.file = "queries/other.graphql".to_owned();
    }
    let mut nowhere = deprecated_field(3, 3);
    nowhere.span = None;
    let (kept, _) = apply(vec![elsewhere, nowhere], &suppressions, date("2024-06-01"));
    assert_eq!(kept.iter().filter(|d| d.rule.code == "KQL001").count(), 2);
}

#[test]
fn embedded_documents_are_placed_by_locate() {
    // The document starts at line 10, column 20 of a Rust file, at byte 300.
    let locate = |offset: usize| {
        let (offset, line, column) = locate_plain(ACCOUNT_URLS)(offset);
        (
            offset + 300,
            line + 9,
            if line == 1 { column + 19 } else { column },
        )
    };
    let (suppressions, _) = scan("src/lib.rs", ACCOUNT_URLS, &locate);
    let suppression = &suppressions[0];
    assert_eq!(
        (
            suppression.line,
            suppression.column,
            suppression.covers_line
        ),
        (11, 3, 12)
    );
    assert_eq!(
        suppression.span.start,
        300 + ACCOUNT_URLS.find('#').unwrap_or(0)
    );
}

#[test]
fn reason_may_say_until_and_codes_get_suggestions() {
    let text = "query A {
  # krakenql-allow(KQL002): wait until Kraken ships the new argument until 2030-01-01
  a: account(accountNumber: \"A-1\") { id }
  # krakenql-allow(KQL01): typo until 2030-01-01
  b: account(accountNumber: \"A-2\") { id }
}
";
    let (suppressions, malformed) = scan(FILE, text, &locate_plain(text));
    assert_eq!(
        suppressions[0].reason,
        "wait until Kraken ships the new argument"
    );
    assert_eq!(suppressions[0].until, date("2030-01-01"));
    assert_eq!(
        render(malformed),
        "4:20 KQL902 `KQL01` is not a krakenql rule; did you mean `KQL001`? \
         | write it as `# krakenql-allow(KQL001): typo until 2030-01-01`"
    );
}
