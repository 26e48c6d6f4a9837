//! Benchmarks of the mock executor: one execution of a 20-field query on the bundled schema
//! (the document cache warm, as a server answering the same operation sees it), and the same
//! query parsed and validated each time (a fresh query text per iteration is not possible
//! without measuring string building, so a fresh `Mocks` clone with an empty cache is used).

use std::sync::Arc;

use krakenql::mock::{MockRequest, Mocks};
use krakenql_schema::load::load_sources;
use krakenql_schema::SourceFile;

fn main() {
    divan::main();
}

/// Twenty fields: scalars, an enum, a decimal, nested objects and lists.
const QUERY: &str = r#"
query AccountOverview($accountNumber: String!) {
  account(accountNumber: $accountNumber) {
    id
    number
    status
    balance
    overdueBalance
    billingName
    billingEmail
    createdAt
    canRequestRefund
    address { postalCode }
    ledgers { id name ledgerType balance }
    properties { id address postcode }
    bills { edges { node { __typename id issuedDate } } }
  }
}
"#;

fn mocks() -> Mocks {
    let schema = load_sources(&[SourceFile::new(
        "schema/kraken.graphql",
        include_str!("../../../schema/kraken.graphql"),
    )])
    .expect("bundled schema loads");
    Mocks::new(Arc::new(schema))
}

fn request() -> MockRequest {
    let mut variables = serde_json::Map::new();
    variables.insert("accountNumber".into(), "A-1234ABCD".into());
    MockRequest::new(QUERY).variables(variables)
}

#[divan::bench]
fn execute_cached(bencher: divan::Bencher) {
    let mocks = mocks();
    let request = request();
    let first = mocks.execute(&request);
    assert!(first.errors().is_empty(), "{:?}", first.errors());
    bencher.bench(|| mocks.execute(divan::black_box(&request)));
}

#[divan::bench]
fn execute_with_seed_cached(bencher: divan::Bencher) {
    let mocks = mocks().with_seed(7);
    let request = request();
    bencher.bench(|| mocks.execute(divan::black_box(&request)));
}

#[divan::bench]
fn parse_validate_execute(bencher: divan::Bencher) {
    let mocks = mocks();
    let request = request();
    bencher
        .with_inputs(|| mocks.clone().with_max_depth(64))
        .bench_values(|fresh| fresh.execute(divan::black_box(&request)));
}
