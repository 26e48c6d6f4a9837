//! Inline documents for the extractor's tests. Never compiled.

use krakenql::kraken_query;

#[kraken_query(
    document = r#"query AccountBalance($number: String!) {
  account(accountNumber: $number) {
    balance
  }
}"#,
    schema = "schema/kraken.graphql",
)]
pub struct AccountBalance;

#[kraken_query(document = "query Viewer {\n  viewer { \"id\" }\n}", skip_mock)]
pub struct Viewer;

mod nested {
    // café: a non-ASCII comment before the literal.
    #[krakenql::kraken_query(schema = "s.graphql", document = "query Ünïcode { \
                                  meters(mpan: \"é\") { id } }")]
    pub struct Meters;

    impl Meters {
        fn inner() {
            #[kraken_query(/* café */ document = r##"query Inner { x }"##)]
            struct Inner;
        }
    }
}

#[kraken_query(query = "queries/x.graphql")]
pub struct FromFile;

#[kraken_query(document = b"query Bytes { x }")]
pub struct Bytes;

#[kraken_query(document = concat!("query ", "Concat { x }"))]
pub struct Concat;

#[other_attribute(document = "not a kraken query")]
pub struct Other;
