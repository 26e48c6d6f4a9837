//! Time travel: fields and arguments past their removal date answer with Kraken's errors.

use chrono::NaiveDate;
use serde_json::{json, Value};

use crate::{mocks, pretty, run};

#[test]
fn time_travel_answers_removed_fields_with_kraken_errors() {
    let mocks = mocks();
    let before = mocks.clone().with_today(date(2023, 12, 31));
    let after = mocks.clone().with_today(date(2024, 1, 1));
    let later = mocks.with_today(date(2027, 1, 1));
    let query = r#"{ legacy account(accountNumber: "A") { balance } }"#;
    assert_eq!(
        run(&before, query, Value::Null).body["data"]["legacy"],
        json!("abc123")
    );
    assert_mock_snapshot!(
        "time_travel_nullable",
        pretty(&run(&after, query, Value::Null))
    );
    // A removed argument, when the operation passes it.
    let response = run(&after, "{ bills(last: 2) { id } }", Value::Null);
    assert_mock_snapshot!("time_travel_argument", pretty(&response));
    let response = run(&after, "{ bills(first: 2) { id } }", Value::Null);
    assert!(response.errors().is_empty());
    // A removed non-null field nulls its parent: here the whole `data`.
    assert_mock_snapshot!(
        "time_travel_non_null_propagates",
        pretty(&run(
            &later,
            "{ legacyRequired viewer { id } }",
            Value::Null
        ))
    );
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default()
}
