//! Attribution on the shapes validation can break: a fragment in another file whose type left
//! a union, a new required argument, an enum value removed from a literal, a variable whose
//! input type was removed, and a change that only the variables reach.

use chrono::NaiveDate;
use krakenql_schema::load::load_sources;
use krakenql_schema::{KrakenSchema, SourceFile};

use super::{diff_report, DiffReport};
use crate::source::LintSource;

const OLD: &str = r#"
type Query {
  payment: Payment
  bills(account: String!): [String]
  meters(kind: MeterKind): [String]
  quote(input: QuoteInput): String
  readings(filter: ReadingFilter): [String]
}
union Payment = Card | Cheque
type Card { last4: String }
type Cheque { number: String }
enum MeterKind { SMART LEGACY }
input QuoteInput { postcode: String }
input ReadingFilter { kind: MeterKind, legacyId: ID }
"#;

const NEW: &str = r#"
type Query {
  payment: Payment
  bills(account: String!, from: String!): [String]
  meters(kind: MeterKind): [String]
  quote(input: String): String
  readings(filter: ReadingFilter): [String]
}
union Payment = Card
type Card { last4: String }
type Cheque { number: String }
enum MeterKind { SMART }
input ReadingFilter { kind: MeterKind }
"#;

fn schema(name: &str, text: &str) -> KrakenSchema {
    load_sources(&[SourceFile::new(name, text)]).expect("the test schema loads")
}

fn report() -> DiffReport {
    let sources = vec![
        LintSource::from_path(
            "payment.graphql",
            "query Payment { payment { ...ChequeFields } }\n",
        ),
        LintSource::from_path(
            "fragments.graphql",
            "fragment ChequeFields on Cheque { number }\n",
        ),
        LintSource::from_path("bills.graphql", "query Bills { bills(account: \"A\") }\n"),
        LintSource::from_path("meters.graphql", "query Meters { meters(kind: LEGACY) }\n"),
        LintSource::from_path(
            "quote.graphql",
            "query Quote($input: QuoteInput) { quote(input: $input) }\n",
        ),
        LintSource::from_path(
            "readings.graphql",
            "query Readings($filter: ReadingFilter) { readings(filter: $filter) }\n",
        ),
    ];
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).expect("a real date");
    diff_report(
        &schema("old.graphql", OLD),
        &schema("new.graphql", NEW),
        Some(&sources),
        today,
    )
}

/// `(operation, change type, coordinate)` of every change marked as breaking an operation.
fn breaks(report: &DiffReport) -> Vec<(String, &'static str, String)> {
    let mut found: Vec<_> = report
        .changes
        .iter()
        .flat_map(|change| {
            change
                .operations
                .iter()
                .filter(|operation| operation.breaks)
                .map(|operation| {
                    (
                        operation.at.operation.clone(),
                        change.change.kind.as_str(),
                        change.change.coordinate.clone(),
                    )
                })
        })
        .collect();
    found.sort();
    found
}

#[test]
fn each_broken_operation_names_the_change_that_broke_it() {
    let report = report();
    let broken: Vec<&str> = report
        .broken
        .iter()
        .map(|broken| broken.at.operation.as_str())
        .collect();
    assert_eq!(broken, ["Bills", "Meters", "Payment", "Quote"]);
    assert_eq!(
        breaks(&report),
        [
            (
                "Bills".to_owned(),
                "REQUIRED_ARG_ADDED",
                "Query.bills(from:)".to_owned()
            ),
            (
                "Meters".to_owned(),
                "VALUE_REMOVED_FROM_ENUM",
                "MeterKind.LEGACY".to_owned()
            ),
            (
                "Payment".to_owned(),
                "TYPE_REMOVED_FROM_UNION",
                "Payment".to_owned()
            ),
            (
                "Quote".to_owned(),
                "ARG_CHANGED_KIND",
                "Query.quote(input:)".to_owned()
            ),
            ("Quote".to_owned(), "TYPE_REMOVED", "QuoteInput".to_owned()),
        ]
    );
}

#[test]
fn a_change_only_the_variables_reach_is_listed_but_breaks_nothing() {
    let report = report();
    let removed = report
        .changes
        .iter()
        .find(|change| change.change.coordinate == "ReadingFilter.legacyId")
        .expect("the input field removal is reported");
    let operations: Vec<(&str, bool)> = removed
        .operations
        .iter()
        .map(|operation| (operation.at.operation.as_str(), operation.breaks))
        .collect();
    assert_eq!(operations, [("Readings", false)]);
    assert!(report.invalid.is_empty());
}

/// An input object gaining `@oneOf` breaks the operations that give it two fields or fill one
/// with a nullable variable, and only those.
#[test]
fn an_input_object_gaining_one_of_breaks_operations_that_give_two_fields() {
    let old =
        "type Query { meter(by: MeterBy): String }\ninput MeterBy { id: ID serial: String }\n";
    let new = old.replace("input MeterBy {", "input MeterBy @oneOf {");
    let sources = vec![
        LintSource::from_path(
            "two.graphql",
            "query Two { meter(by: { id: \"1\", serial: \"S\" }) }\n",
        ),
        LintSource::from_path("one.graphql", "query One { meter(by: { id: \"1\" }) }\n"),
        LintSource::from_path(
            "nullable.graphql",
            "query Nullable($id: ID) { meter(by: { id: $id }) }\n",
        ),
    ];
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).expect("a real date");
    let report = diff_report(
        &schema("old.graphql", old),
        &schema("new.graphql", &new),
        Some(&sources),
        today,
    );
    assert_eq!(
        breaks(&report),
        [
            ("Nullable".to_owned(), "ONE_OF_ADDED", "MeterBy".to_owned()),
            ("Two".to_owned(), "ONE_OF_ADDED", "MeterBy".to_owned()),
        ]
    );
}
