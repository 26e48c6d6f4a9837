//! Bad macro arguments: each is reported on its own token.

#[krakenql::kraken_query(document = 42, schemas = "schema/kraken.graphql", schema = kraken)]
pub struct Numbers;

#[krakenql::kraken_query(schema = "schema/kraken.graphql")]
pub struct NoOperation;

#[krakenql::kraken_query(document = "{ pollInterval }")]
pub struct WithFields {
    interval: i32,
}

fn main() {}
