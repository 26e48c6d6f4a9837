//! An invalid document gives its own error only: the struct still implements `Operation`
//! (a placeholder), so code that uses it as one adds no "trait not implemented" errors.

#[krakenql::kraken_query(document = r#"
query Balance {
  account(accountNumber: "A-1") { balanse }
}
"#)]
pub struct Balance;

fn send<O: krakenql::Operation>() -> &'static str {
    O::OPERATION_NAME
}

fn main() {
    let _ = send::<Balance>();
}
