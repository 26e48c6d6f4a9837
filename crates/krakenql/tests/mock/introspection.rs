//! Introspection: answered unless disabled, and the full query `schema fetch` sends answered
//! over the bundled schema.

use std::sync::Arc;

use krakenql::mock::{Mocks, Outcome};
use krakenql_schema::load::load_sources;
use krakenql_schema::SourceFile;
use serde_json::Value;

use crate::{mocks, pretty, run};

#[test]
fn introspection_answers_unless_disabled() {
    let query = r#"{ __schema { queryType { name } } __type(name: "BillInterface") { kind possibleTypes { name } } }"#;
    let on = run(&mocks(), query, Value::Null);
    assert_mock_snapshot!("introspection", pretty(&on));
    let off = run(&mocks().with_introspection(false), query, Value::Null);
    assert_mock_snapshot!("introspection_disabled", pretty(&off));
}

#[test]
fn the_bundled_schema_answers_the_full_introspection_query() {
    let schema = load_sources(&[SourceFile::new(
        "schema/kraken.graphql",
        include_str!("../../../../schema/kraken.graphql"),
    )])
    .expect("bundled schema loads");
    let mocks = Mocks::new(Arc::new(schema));
    let response = run(&mocks, INTROSPECTION, Value::Null);
    assert_eq!(response.outcome, Outcome::Executed);
    assert!(response.errors().is_empty(), "{:?}", response.errors());
    let types = response.body["data"]["__schema"]["types"]
        .as_array()
        .map_or(0, Vec::len);
    assert!(types > 1000, "{types} types");
}

/// The introspection query `schema fetch` sends, deprecated arguments and input fields included.
const INTROSPECTION: &str = r#"
query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args(includeDeprecated: true) { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) {
    name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef }
    isDeprecated deprecationReason
  }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue {
  name description type { ...TypeRef } defaultValue isDeprecated deprecationReason
}
fragment TypeRef on __Type {
  kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
    ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}
"#;
