//! A document that does not parse.

#[krakenql::kraken_query(document = r#"
query Account {
  account(accountNumber: "A-1") {
    id
"#)]
pub struct Account;

fn main() {}
