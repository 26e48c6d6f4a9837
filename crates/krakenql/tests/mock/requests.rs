//! Requests: errors that refuse a request, the depth limit, operation types, and mocks shared
//! between threads.

use krakenql::mock::{MockRequest, Mocks, OperationType, Outcome};
use serde_json::{json, Value};

use crate::{mocks, run};

#[test]
fn request_errors_have_locations_and_no_data() {
    let mocks = mocks();
    let cases = [
        (
            "invalid",
            run(
                &mocks,
                "{ account(accountNumber: \"A\") { nope } }",
                Value::Null,
            ),
        ),
        (
            "syntax",
            run(
                &mocks,
                "{ account(accountNumber: \"A\") { id }",
                Value::Null,
            ),
        ),
        (
            "missing variable",
            run(
                &mocks,
                "query Q($n: String!) { account(accountNumber: $n) { id } }",
                Value::Null,
            ),
        ),
        (
            "bad variable",
            run(
                &mocks,
                "query Q($n: String!) { account(accountNumber: $n) { id } }",
                json!({"n": 5}),
            ),
        ),
        (
            "unknown operation",
            mocks.execute(&MockRequest::new("query A { viewer { id } }").operation_name("B")),
        ),
        (
            "ambiguous operation",
            mocks.execute(&MockRequest::new(
                "query A { viewer { id } } query B { viewer { id } }",
            )),
        ),
    ];
    let mut out = String::new();
    for (name, response) in cases {
        assert_eq!(response.outcome, Outcome::RequestError, "{name}");
        assert!(response.data().is_none(), "{name}");
        out.push_str(&format!("{name}: {}\n", response.body));
    }
    assert_mock_snapshot!("request_errors", out);
}

#[test]
fn a_response_over_its_budget_stops_with_an_error_naming_the_limit() {
    // 300 aliased viewers, about 24 KB of response against a budget of 10,000 bytes.
    let mut query = String::from("{ ");
    for i in 0..300 {
        query.push_str(&format!("v{i}: viewer {{ ...V }} "));
    }
    query.push_str("}\nfragment V on User { id email account { id number } }\n");
    let generous = krakenql_schema::limits::OperationLimits {
        max_height: usize::MAX,
        max_aliases: usize::MAX,
        max_root_fields: usize::MAX,
        ..krakenql_schema::limits::OperationLimits::DEFAULT
    };
    let mocks = mocks()
        .with_limits(generous)
        .with_max_response_bytes(10_000);
    let response = run(&mocks, &query, Value::Null);
    assert_eq!(response.outcome, Outcome::Executed);
    assert_mock_snapshot!("response_too_large", response.body.to_string());
    // The default limits refuse the same operation before it runs.
    let refused = run(&self::mocks(), &query, Value::Null);
    assert_eq!(refused.outcome, Outcome::RequestError);
    assert_eq!(
        refused.errors()[0]["extensions"]["code"],
        "MAX_ALIASES_LIMIT",
        "{}",
        refused.body
    );
    // A time limit of zero stops the first execution that resolves enough fields to look.
    let stopped = run(
        &mocks.with_timeout(std::time::Duration::ZERO),
        &query,
        Value::Null,
    );
    assert_eq!(
        stopped.errors()[0]["extensions"]["code"],
        "TIMEOUT",
        "{}",
        stopped.body
    );
}

#[test]
fn depth_is_limited() {
    let mocks = mocks().with_max_depth(3);
    let ok = run(&mocks, "{ viewer { account { id } } }", Value::Null);
    assert_eq!(ok.outcome, Outcome::Executed);
    let deep = run(
        &mocks,
        "{ viewer { account { ledgers { id } } } }",
        Value::Null,
    );
    assert_eq!(deep.outcome, Outcome::RequestError);
    assert_mock_snapshot!("too_deep", deep.body.to_string());
    // Fragments count too, and 500 levels are refused before validation.
    let spread = run(
        &mocks,
        "{ viewer { ...F } } fragment F on User { account { ledgers { id } } }",
        Value::Null,
    );
    assert_eq!(spread.outcome, Outcome::RequestError);
    let nested = format!("{}{}", "{ viewer ".repeat(500), "}".repeat(500));
    let response = run(&self::mocks(), &nested, Value::Null);
    assert_eq!(response.outcome, Outcome::RequestError);
    assert_mock_snapshot!("nested_500_deep", response.body.to_string());
}

#[test]
fn operation_types_and_mutations() {
    let mocks = mocks();
    let request = MockRequest::new("mutation M { ping } query Q { viewer { id } }");
    assert_eq!(
        mocks.operation_type(&request.clone().operation_name("M")),
        Some(OperationType::Mutation)
    );
    assert_eq!(
        mocks.operation_type(&request.clone().operation_name("Q")),
        Some(OperationType::Query)
    );
    assert_eq!(mocks.operation_type(&request.clone()), None);
    assert_eq!(mocks.operation_type(&MockRequest::new("{ nope }")), None);
    let response = mocks.execute(&request.operation_name("M"));
    assert_eq!(response.body.to_string(), r#"{"data":{"ping":true}}"#);
}

#[test]
fn mocks_are_shareable_between_threads() {
    fn shareable<T: Send + Sync + Clone + 'static>() {}
    shareable::<Mocks>();
    let mocks = mocks();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let mocks = mocks.clone();
            std::thread::spawn(move || run(&mocks, "{ viewer { id } }", Value::Null).body)
        })
        .collect();
    for handle in handles {
        let body = handle.join().unwrap_or_default();
        assert_eq!(body.to_string(), r#"{"data":{"viewer":{"id":"abc123"}}}"#);
    }
}
