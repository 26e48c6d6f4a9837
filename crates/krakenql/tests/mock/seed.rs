//! Seeds: they vary the values reproducibly, and without one the answer is the plain policy.

use serde_json::Value;

use crate::{mocks, run};

#[test]
fn seeds_vary_values_reproducibly() {
    let query = r#"{ account(accountNumber: "A") { id number balance ledgers { id name } tags } }"#;
    let plain = run(&mocks(), query, Value::Null);
    let a = run(&mocks().with_seed(7), query, Value::Null);
    let again = run(&mocks().with_seed(7), query, Value::Null);
    let b = run(&mocks().with_seed(8), query, Value::Null);
    assert_eq!(a.body.to_string(), again.body.to_string());
    assert_ne!(a.body, b.body);
    assert_ne!(a.body, plain.body);
    let seeded = serde_json::to_string_pretty(&a.body).unwrap_or_default();
    assert_mock_snapshot!("seeded", seeded);
    for seed in 0..20 {
        let response = run(&mocks().with_seed(seed), query, Value::Null);
        let ledgers = response.body["data"]["account"]["ledgers"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!((1..=3).contains(&ledgers.len()), "seed {seed}");
        let mut ids: Vec<&Value> = ledgers.iter().map(|ledger| &ledger["id"]).collect();
        ids.dedup();
        assert_eq!(ids.len(), ledgers.len(), "distinct ids with seed {seed}");
    }
}

#[test]
fn without_a_seed_output_is_the_plain_policy_byte_for_byte() {
    let query = r#"{ account(accountNumber: "A") { id number ledgers { id } } }"#;
    let response = run(&mocks(), query, Value::Null);
    assert_eq!(
        response.body.to_string(),
        r#"{"data":{"account":{"id":"abc123","number":"abc123","ledgers":[{"id":"abc123"}]}}}"#
    );
}
