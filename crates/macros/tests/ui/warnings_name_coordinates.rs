//! Each deprecated item used is one warning named after its schema coordinate
//! (`Query::bills::first` for `Query.bills(first:)`), whatever the number of its uses.

#![deny(deprecated)]

#[krakenql::kraken_query(document = r#"
query Polling {
  pollDelay
  again: pollDelay
  bills(first: 1) { id }
}
"#)]
pub struct Polling;

fn main() {}
