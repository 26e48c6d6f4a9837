//! Under `KRAKENQL_OFFLINE=true`, an invocation without a prepared expansion is a compile
//! error on its document that names `krakenql prepare`.

#[krakenql::kraken_query(document = r#"
query Delay {
  pollDelay
}
"#)]
pub struct NotPrepared;

fn main() {}
