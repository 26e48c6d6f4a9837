//! The plain value policy: fragments, aliases, `__typename`, `@include`/`@skip`, and the example
//! type an abstract type takes unless overridden.

use krakenql::mock::{Outcome, Overrides};
use serde_json::{json, Value};

use crate::{mocks, pretty, run};

#[test]
fn plain_policy_with_fragments_aliases_and_typename() {
    let response = run(
        &mocks(),
        r#"
        query Account($n: String!) {
          account(accountNumber: $n) { ...Money number alias: id status tags createdAt }
          thing { __typename ... on User { email } }
        }
        fragment Money on AccountType { __typename balance overdueBalance ledgers { id name } }
        "#,
        json!({"n": "A-1"}),
    );
    assert_eq!(response.outcome, Outcome::Executed);
    assert_mock_snapshot!("plain_policy", pretty(&response));
}

#[test]
fn include_and_skip_with_variables_and_defaults() {
    let query = r#"
        query Q($withId: Boolean = true, $skipName: Boolean!) {
          bills { id @include(if: $withId) issuedDate @skip(if: $skipName) }
        }"#;
    let response = run(&mocks(), query, json!({"skipName": true}));
    assert_mock_snapshot!("include_skip_defaults", pretty(&response));
    let response = run(&mocks(), query, json!({"withId": false, "skipName": false}));
    assert_mock_snapshot!("include_skip_given", pretty(&response));
}

#[test]
fn abstract_types_take_the_example_type_unless_overridden() {
    let query =
        "{ bills { __typename id ... on InvoiceType { grossAmount } } thing { __typename } }";
    let plain = run(&mocks(), query, Value::Null);
    let overridden = run(
        &mocks().with_overrides(
            Overrides::new()
                .abstract_type("BillInterface", "InvoiceType")
                .abstract_type("Thing", "User"),
        ),
        query,
        Value::Null,
    );
    assert_mock_snapshot!(
        "abstract_types",
        format!("{}\n{}", pretty(&plain), pretty(&overridden))
    );
    let wrong = run(
        &mocks().with_overrides(Overrides::new().abstract_type("BillInterface", "LedgerType")),
        query,
        Value::Null,
    );
    assert_mock_snapshot!("abstract_type_override_not_possible", pretty(&wrong));
}
