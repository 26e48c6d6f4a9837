//! `--require-auth`: requests without the token are refused with 401, and `schema fetch` passes
//! the header along.

use serde_json::{json, Value};

use crate::http::{client, first_error, send};
use crate::server::{run_cli, Server};
use crate::{assert_serves, ACCOUNT};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn auth_is_checked_only_when_required() {
    let open = Server::start(&[]);
    assert_serves(&open.url).await;

    let server = Server::start(&["--require-auth", "s3cret"]);
    let request = json!({"query": ACCOUNT, "variables": {"n": "A-1"}});
    // Missing.
    let response = client()
        .post(&server.url)
        .json(&request)
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status().as_u16(), 401);
    assert_eq!(
        response
            .headers()
            .get("www-authenticate")
            .and_then(|v| v.to_str().ok()),
        Some("Bearer")
    );
    let body: Value = response.json().await.expect("JSON");
    assert!(first_error(&body).contains("Authorization"), "{body}");
    // Wrong.
    let (status, _, body) = send(
        client()
            .post(&server.url)
            .header("authorization", "nope")
            .json(&request),
    )
    .await;
    assert_eq!(status, 401, "{body}");
    // Right, bare as Kraken's clients send it, and as a Bearer token.
    for value in ["s3cret", "Bearer s3cret"] {
        let (status, _, body) = send(
            client()
                .post(&server.url)
                .header("authorization", value)
                .json(&request),
        )
        .await;
        assert_eq!(status, 200, "{body}");
        assert!(body["data"]["account"]["number"].is_string(), "{body}");
    }
    // `schema fetch` passes the header along.
    let fetched = run_cli(&[
        "schema",
        "fetch",
        &server.url,
        "--header",
        "Authorization: s3cret",
    ]);
    assert!(
        fetched.status.success(),
        "{}",
        String::from_utf8_lossy(&fetched.stderr)
    );
    let refused = run_cli(&["schema", "fetch", &server.url]);
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("401") && stderr.contains("--header 'Authorization: TOKEN'"),
        "{stderr}"
    );
}
