//! A finding on the document's first line is at the source column after the opening quote.

#[krakenql::kraken_query(document = "query Viewer { viewr { id } }")]
pub struct Viewer;

fn main() {}
