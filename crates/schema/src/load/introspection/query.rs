//! The introspection query krakenql sends to a Kraken endpoint, with and without `isOneOf`.

/// The text of the introspection query, with the `isOneOf` line when one is given.
///
/// One macro gives both constants, so they cannot drift apart: they differ only in that line,
/// as graphql-js's `getIntrospectionQuery({ oneOf })` does.
macro_rules! introspection_query {
    ($($one_of:literal)?) => {
        concat!(
            r#"query IntrospectionQuery {
  __schema {
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives {
      name
      description
      isRepeatable
      locations
      args(includeDeprecated: true) { ...InputValue }
    }
  }
}

fragment FullType on __Type {
  kind
  name
  description
  specifiedByURL
"#,
            $($one_of,)?
            r#"  fields(includeDeprecated: true) {
    name
    description
    args(includeDeprecated: true) { ...InputValue }
    type { ...TypeRef }
    isDeprecated
    deprecationReason
  }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) {
    name
    description
    isDeprecated
    deprecationReason
  }
  possibleTypes { ...TypeRef }
}

fragment InputValue on __InputValue {
  name
  description
  type { ...TypeRef }
  defaultValue
  isDeprecated
  deprecationReason
}

fragment TypeRef on __Type {
  kind
  name
  ofType {
    kind
    name
    ofType {
      kind
      name
      ofType {
        kind
        name
        ofType {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
"#
        )
    };
}

/// The introspection query krakenql sends first.
///
/// It is the standard query of the GraphQL specification (descriptions, `specifiedByURL`,
/// `isRepeatable`) plus `includeDeprecated: true` on every `args` and on `inputFields`, so that
/// deprecated arguments and input fields come back with their reasons: Kraken writes removal
/// dates into those reasons. It asks `isOneOf` of every type (GraphQL, September 2025), so a
/// fetched schema keeps its `@oneOf` input objects. Type references nest nine levels of
/// `ofType`, enough for `[[T!]!]!` and deeper wrappers.
pub const INTROSPECTION_QUERY: &str = introspection_query!("  isOneOf\n");

/// [`INTROSPECTION_QUERY`] without `isOneOf`, for a server older than the September 2025
/// specification, which refuses the field ("Cannot query field \"isOneOf\" on type
/// \"__Type\"").
pub const INTROSPECTION_QUERY_WITHOUT_ONE_OF: &str = introspection_query!();
