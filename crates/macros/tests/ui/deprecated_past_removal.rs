//! A field whose removal date (2024-01-01) has passed on the pinned date: a compile error.

#[krakenql::kraken_query(document = r#"
query Urls {
  accountUrls(accountNumber: "A-1") {
    url
  }
}
"#)]
pub struct Urls;

fn main() {}
