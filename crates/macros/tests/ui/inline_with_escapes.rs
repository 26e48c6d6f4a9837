//! A literal with escapes is not the document's text, so a finding is shown at the document's
//! own line and column.

#[krakenql::kraken_query(document = "query Viewer {\n  viewr { id }\n}")]
pub struct Viewer;

fn main() {}
