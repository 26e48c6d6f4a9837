//! A variable that the operation does not declare.

#[krakenql::kraken_query(document = r#"
query Account {
  account(accountNumber: $number) {
    id
  }
}
"#)]
pub struct Account;

fn main() {}
