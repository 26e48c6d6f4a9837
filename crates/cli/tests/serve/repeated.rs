//! Requests sent again: a refused request is answered from the server's caches (a large body by
//! a hash of the body, any document by a hash of its text) exactly as the first time, with the
//! status of the media type each client accepts; a cheap valid operation, answered on the
//! async worker once its document is cached, is answered as the first time too.

use serde_json::{json, Value};

use crate::abuse::{alias_fan_out, fragment_chain};
use crate::assert_serves;
use crate::http::{client, post, send};
use crate::server::Server;
use crate::ACCOUNT;

/// POSTs `body` accepting `application/graphql-response+json`.
async fn post_graphql_response(url: &str, body: &Value) -> (u16, String, Value) {
    send(
        client()
            .post(url)
            .header("accept", "application/graphql-response+json")
            .json(body),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_request_sent_again_gets_the_first_answer() {
    let server = Server::start(&[]);
    let url = server.url.clone();
    let refused = [
        // Over 16 KB: answered from the cache of refused bodies.
        json!({"query": fragment_chain(4_000)}),
        json!({"query": alias_fan_out(30), "variables": {"n": "A-1"}}),
        // Short: answered from the executor's cache of rejected documents.
        json!({"query": "{ account(accountNumber: \"A-1\") { nosuchfield } }"}),
        json!({"query": "{ account("}),
        json!({"query": ACCOUNT, "operationName": "NoSuchOperation"}),
    ];
    for body in &refused {
        let (status, content_type, first) = post(&url, body.clone()).await;
        assert_eq!(status, 200, "{first}");
        assert_eq!(content_type, "application/json");
        assert!(first.get("data").is_none(), "{first}");
        assert!(first["errors"][0]["message"].is_string(), "{first}");
        for _ in 0..2 {
            assert_eq!(
                post(&url, body.clone()).await,
                (status, content_type.clone(), first.clone())
            );
        }
        let (status, content_type, again) = post_graphql_response(&url, body).await;
        assert_eq!(status, 400, "{again}");
        assert_eq!(content_type, "application/graphql-response+json");
        assert_eq!(again, first);
    }
    assert_serves(&url).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cheap_operation_sent_again_gets_the_first_answer() {
    let server = Server::start(&["--seed", "7"]);
    let body =
        json!({"query": ACCOUNT, "operationName": "AccountBalance", "variables": {"n": "A-1"}});
    let first = post(&server.url, body.clone()).await;
    assert_eq!(first.0, 200, "{}", first.2);
    assert!(
        first.2["data"]["account"]["number"].is_string(),
        "{}",
        first.2
    );
    for _ in 0..3 {
        assert_eq!(post(&server.url, body.clone()).await, first);
    }
    // Bad variables for a cached document are a request error every time.
    let bad = json!({"query": ACCOUNT, "variables": {"n": 1}});
    let (status, _, refused) = post(&server.url, bad.clone()).await;
    assert_eq!(status, 200);
    assert!(refused.get("data").is_none(), "{refused}");
    assert_eq!(post(&server.url, bad).await.2, refused);
}
