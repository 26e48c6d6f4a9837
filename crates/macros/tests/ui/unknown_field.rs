//! Two unknown fields: both are reported, each with the closest field of the type.

#[krakenql::kraken_query(document = r#"
query Balance($n: String!) {
  account(accountNumber: $n) {
    balanse
    numbr
  }
}
"#)]
pub struct Balance;

fn main() {}
