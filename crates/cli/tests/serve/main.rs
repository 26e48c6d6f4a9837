//! `krakenql mock serve` on 127.0.0.1, started and stopped by these tests: concurrency, bad
//! requests of every kind (each with its HTTP status and a GraphQL error body), auth, Ctrl-C,
//! and `schema fetch` round-tripping the bundled schema.
//!
//! Status policy under test: malformed HTTP requests get 4xx; a well-formed request whose
//! document fails (syntax, validation, unknown operation, too deep) gets 200 with
//! `application/json`, or 400 when the client accepts `application/graphql-response+json`.

mod abuse;
mod address_in_use;
mod auth;
mod bad_requests;
mod connection_limit;
mod fetch;
mod fetch_one_of;
mod hang_ups;
mod head_errors;
mod http;
mod repeated;
mod server;
// Ctrl-C is sent with `kill -INT`, which only Unix has.
#[cfg(unix)]
mod shutdown;

use serde_json::json;

use http::post;

/// The operation the tests send when they want a correct answer.
pub const ACCOUNT: &str =
    "query AccountBalance($n: String!) { account(accountNumber: $n) { number balance status } }";

/// The server answers a valid operation correctly.
pub async fn assert_serves(url: &str) {
    let (status, content_type, body) = post(
        url,
        json!({"query": ACCOUNT, "operationName": "AccountBalance", "variables": {"n": "A-1"}}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(content_type, "application/json");
    assert!(body.get("errors").is_none(), "{body}");
    let account = &body["data"]["account"];
    assert!(account["number"].is_string(), "{body}");
    assert!(account["balance"].is_number(), "{body}");
    assert!(account["status"].is_string(), "{body}");
}
