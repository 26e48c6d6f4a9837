//! A GraphQL argument of the wrong type.

#[krakenql::kraken_query(document = r#"
query Account {
  account(accountNumber: 42) {
    id
  }
}
"#)]
pub struct Account;

fn main() {}
