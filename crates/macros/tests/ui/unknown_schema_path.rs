//! A schema file that does not exist: the error is on the `schema` literal.

#[krakenql::kraken_query(
    document = "query Interval { pollInterval }",
    schema = "schema/missing.graphql"
)]
pub struct Interval;

fn main() {}
