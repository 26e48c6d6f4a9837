//! A field whose removal date (2026-12-15) is still ahead: a rustc warning at the macro call,
//! denied here so that the warning's text is checked.

#![deny(deprecated)]

#[krakenql::kraken_query(document = r#"
query Delay {
  pollDelay
}
"#)]
pub struct Delay;

fn main() {}
