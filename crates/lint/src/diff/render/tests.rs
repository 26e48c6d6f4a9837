//! Snapshots of every format on one small pair of schemas and a few operations: one broken by
//! a removed field, one using a newly deprecated field, one invalid against both schemas.

use chrono::NaiveDate;
use krakenql_schema::load::load_sources;
use krakenql_schema::{KrakenSchema, SourceFile};

use super::{render_diff, DiffFormat};
use crate::diff::{diff_report, DiffReport};
use crate::source::LintSource;

const OLD: &str = r#"
type Query {
  account(number: String!): Account
  plannedDispatches(accountNumber: String!): [Dispatch]
}
type Account {
  number: String
  balance: Int
  status: Status
}
type Dispatch {
  start: String
}
enum Status {
  ACTIVE
  CLOSED
}
"#;

const NEW: &str = r#"
type Query {
  account(number: String!): Account
  plannedDispatches(accountNumber: String!): [Dispatch] @deprecated(reason: "The 'plannedDispatches' field is deprecated.\n\nPlease use 'flexPlannedDispatches' instead.\n\n- Marked as deprecated on 2025-10-16.\n- Scheduled for removal on or after 2026-01-16.")
  flexPlannedDispatches(accountNumber: String!): [Dispatch]
}
type Account {
  number: String
  status: Status
}
type Dispatch {
  start: String
}
enum Status {
  ACTIVE
  CLOSED
  PENDING
}
"#;

const BALANCE: &str = "query Balance($number: String!) {\n  account(number: $number) {\n    number\n    balance\n  }\n}\n";
const DISPATCHES: &str = "query IntelligentDispatches {\n  plannedDispatches(accountNumber: \"A-1\") {\n    start\n  }\n}\n";
const TYPO: &str = "query Typo {\n  acount(number: \"A-1\") {\n    number\n  }\n}\n";

fn schema(name: &str, text: &str) -> KrakenSchema {
    load_sources(&[SourceFile::new(name, text)]).expect("the test schema loads")
}

fn report(documents: bool) -> DiffReport {
    let sources = vec![
        LintSource::from_path("queries/balance.graphql", BALANCE),
        LintSource::from_path("queries/dispatches.graphql", DISPATCHES),
        LintSource::from_path("queries/typo.graphql", TYPO),
    ];
    let today = NaiveDate::from_ymd_opt(2025, 12, 1).expect("a real date");
    diff_report(
        &schema("old.graphql", OLD),
        &schema("new.graphql", NEW),
        documents.then_some(sources.as_slice()),
        today,
    )
}

#[test]
fn attributes_the_broken_operation_to_its_change() {
    let report = report(true);
    assert_eq!(report.broken.len(), 1);
    assert_eq!(report.broken[0].at.operation, "Balance");
    assert_eq!(report.invalid.len(), 1);
    assert_eq!(report.invalid[0].at.operation, "Typo");
    let breaking: Vec<(&str, &str)> = report
        .changes
        .iter()
        .flat_map(|change| {
            change
                .operations
                .iter()
                .filter(|operation| operation.breaks)
                .map(|operation| {
                    (
                        change.change.coordinate.as_str(),
                        operation.at.operation.as_str(),
                    )
                })
        })
        .collect();
    assert_eq!(breaking, [("Account.balance", "Balance")]);
    assert!(report.fails());
}

#[test]
fn human() {
    insta::assert_snapshot!(render_diff(&report(true), DiffFormat::Human));
}

#[test]
fn json() {
    insta::assert_snapshot!(render_diff(&report(true), DiffFormat::Json));
}

#[test]
fn markdown() {
    insta::assert_snapshot!(render_diff(&report(true), DiffFormat::Markdown));
}

#[test]
fn github() {
    insta::assert_snapshot!(render_diff(&report(true), DiffFormat::Github));
}

#[test]
fn github_without_documents() {
    let report = report(false);
    assert!(report.fails());
    insta::assert_snapshot!(render_diff(&report, DiffFormat::Github));
}
