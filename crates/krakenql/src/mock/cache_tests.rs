//! Unit tests of the document caches and the cost bound: a cached rejection answers exactly what
//! the first rejection answered, the rejection cache stays within its byte bound, and only
//! cached, bounded operations are answered inline.

use std::sync::Arc;

use krakenql_schema::limits::OperationLimits;
use krakenql_schema::load::load_sources;
use krakenql_schema::SourceFile;
use serde_json::{json, Map, Value};

use super::document::REJECTION_BOUNDS;
use super::{MockRequest, Mocks, Outcome, Overrides};

const SDL: &str = "type Query { me: User, users: [User!]!, n: Int }\n\
                   type User { id: ID!, name: String, friends: [User!]!, tags(ids: [ID!]): [String!] }";

fn mocks() -> Mocks {
    let schema = load_sources(&[SourceFile::new("s.graphql", SDL)]).expect("schema loads");
    Mocks::new(Arc::new(schema))
}

/// A chain of `n` fragments, each spreading the next, over the 64 KB the text cache takes.
fn fragment_chain(n: usize) -> String {
    let mut query = String::from("{ me { ...f0 } }\n");
    for i in 0..n {
        query.push_str(&format!(
            "fragment f{i} on User {{ friends {{ ...f{} }} }}\n",
            i + 1
        ));
    }
    query.push_str(&format!("fragment f{n} on User {{ id }}\n"));
    query
}

#[test]
fn a_cached_rejection_answers_what_the_first_rejection_answered() {
    let mocks = mocks().with_limits(OperationLimits {
        max_tokens: 1_000_000,
        ..OperationLimits::DEFAULT
    });
    let long = fragment_chain(3_000);
    assert!(long.len() > 64 * 1024, "{}", long.len());
    for query in [
        long.as_str(),
        "{ me { nosuchfield } }",
        "{ me { id ",
        "{ me }",
    ] {
        let request = MockRequest::new(query);
        assert_eq!(mocks.execute_if_cheap(&request), None, "not cached yet");
        let first = mocks.execute(&request);
        assert_eq!(first.outcome, Outcome::RequestError, "{query:.40}");
        let cached = mocks
            .execute_if_cheap(&request)
            .expect("the rejection is cached");
        assert_eq!(cached, first);
        assert_eq!(mocks.execute(&request), first);
    }
}

#[test]
fn the_depth_limit_holds_on_a_cached_rejection() {
    let mocks = mocks().with_max_depth(3);
    let request = MockRequest::new("{ me { friends { friends { id } } } }");
    let first = mocks.execute(&request);
    let again = mocks.execute_if_cheap(&request).expect("cached");
    assert_eq!(again, first);
    assert!(
        again.body.to_string().contains("MAX_DEPTH_LIMIT"),
        "{}",
        again.body
    );
}

#[test]
fn the_rejection_cache_stays_within_its_byte_bound() {
    let mocks = mocks();
    // Each document is rejected with a distinct message of about 700 bytes, so the byte bound,
    // not the entry bound, is the one reached.
    let padding = "x".repeat(600);
    for i in 0..3_000 {
        let request = MockRequest::new(format!("{{ me {{ {padding}{i} }} }}"));
        assert_eq!(mocks.execute(&request).outcome, Outcome::RequestError);
    }
    let (bytes, entries) = mocks.inner.cache.rejections().held();
    assert!(bytes <= REJECTION_BOUNDS.bytes, "{bytes} bytes held");
    assert!(
        bytes > REJECTION_BOUNDS.bytes / 2,
        "the cache is used: {bytes} bytes"
    );
    assert!(
        entries < REJECTION_BOUNDS.entries,
        "{entries} entries: the byte bound was not the one reached"
    );
    // The newest rejection is still cached, the oldest was evicted.
    let newest = MockRequest::new(format!("{{ me {{ {padding}2999 }} }}"));
    assert!(mocks.execute_if_cheap(&newest).is_some());
    let oldest = MockRequest::new(format!("{{ me {{ {padding}0 }} }}"));
    assert_eq!(mocks.execute_if_cheap(&oldest), None);
}

#[test]
fn a_small_cached_operation_is_answered_inline_with_the_same_response() {
    let mocks = mocks();
    let request = MockRequest::new("{ me { id name friends { id } } n }");
    assert_eq!(mocks.execute_if_cheap(&request), None, "not cached yet");
    let executed = mocks.execute(&request);
    assert_eq!(executed.outcome, Outcome::Executed);
    assert_eq!(mocks.execute_if_cheap(&request), Some(executed));
}

#[test]
fn expensive_operations_are_not_answered_inline() {
    let nested =
        "{ users { friends { friends { friends { friends { friends { id name } } } } } } }";
    let introspection = "{ __schema { types { name } } }";
    let typed = "{ __type(name: \"User\") { name } }";
    let seeded = mocks().with_seed(7);
    for (mocks, query) in [
        (&seeded, nested),
        (&mocks(), introspection),
        (&mocks(), typed),
        (
            &mocks().with_overrides(Overrides::new().type_value("String", json!("s"))),
            "{ me { id } }",
        ),
    ] {
        let request = MockRequest::new(query);
        mocks.execute(&request);
        assert_eq!(mocks.execute_if_cheap(&request), None, "{query}");
    }
    // Unseeded, every list has one element: the same nesting is cheap.
    let plain = mocks();
    let request = MockRequest::new(nested);
    let executed = plain.execute(&request);
    assert_eq!(plain.execute_if_cheap(&request), Some(executed));
}

#[test]
fn large_variables_are_not_coerced_inline() {
    let mocks = mocks();
    let query = "query Q($ids: [ID!]) { me { tags(ids: $ids) } }";
    let ids = |n: usize| -> Map<String, Value> {
        let list = (0..n).map(|i| Value::from(i.to_string())).collect();
        Map::from_iter([("ids".to_owned(), Value::Array(list))])
    };
    let small = MockRequest::new(query).variables(ids(3));
    let executed = mocks.execute(&small);
    assert_eq!(mocks.execute_if_cheap(&small), Some(executed));
    let large = MockRequest::new(query).variables(ids(10_000));
    assert_eq!(mocks.execute_if_cheap(&large), None);
}
