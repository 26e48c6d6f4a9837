//! One server taking every kind of bad request in turn, and many concurrent clients, answering
//! correctly in between.

use serde_json::{json, Value};

use crate::http::{client, first_error, post, send, with_query};
use crate::server::Server;
use crate::{assert_serves, ACCOUNT};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_server_survives_every_bad_request() {
    let server = Server::start(&[]);
    let url = server.url.clone();
    assert_serves(&url).await;

    concurrent_clients_all_get_answers(&url).await;
    assert_serves(&url).await;

    // Malformed JSON: 400 with a GraphQL error.
    let (status, content_type, body) = send(
        client()
            .post(&url)
            .header("content-type", "application/json")
            .body("{\"query\": \"{ __typename }\""),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(content_type, "application/json");
    assert!(first_error(&body).contains("not valid JSON"), "{body}");
    // A JSON body that is no GraphQL request.
    let (status, _, body) = post(&url, json!({"variables": {}})).await;
    assert_eq!(status, 400, "{body}");
    assert!(first_error(&body).contains("no `query`"), "{body}");
    assert_serves(&url).await;

    // A 10 MB body: 413 with a GraphQL error.
    let padding = "x".repeat(10 * 1024 * 1024);
    let (status, _, body) = post(
        &url,
        json!({"query": format!("# {padding}\n{{ __typename }}")}),
    )
    .await;
    assert_eq!(status, 413, "{body}");
    assert!(first_error(&body).contains("larger than"), "{body}");
    assert_serves(&url).await;

    // A query nested 500 deep: a GraphQL error, and the server lives on.
    // `__Type.ofType` nests without end, so the query is valid apart from its depth.
    let deep = format!(
        "{{ __schema {{ queryType {{ {} name {} }} }} }}",
        "ofType { ".repeat(498),
        "} ".repeat(498)
    );
    let (status, _, body) = post(&url, json!({"query": deep})).await;
    assert_eq!(status, 200, "{body}");
    assert!(body.get("data").is_none_or(Value::is_null), "{body}");
    assert!(!first_error(&body).is_empty());
    assert_serves(&url).await;
    // 100 deep parses, and meets the depth limit (64 by default).
    let deeper_than_limit = format!(
        "{{ __schema {{ queryType {{ {} name {} }} }} }}",
        "ofType { ".repeat(98),
        "} ".repeat(98)
    );
    let (status, _, body) = post(&url, json!({"query": deeper_than_limit})).await;
    assert_eq!(status, 200, "{body}");
    assert!(first_error(&body).contains("at most 64"), "{body}");
    assert_serves(&url).await;

    // An unknown operation name.
    let (status, _, body) = post(
        &url,
        json!({"query": ACCOUNT, "operationName": "Nope", "variables": {"n": "A-1"}}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert!(first_error(&body).contains("Nope"), "{body}");
    // The same request error is 400 for a client that accepts graphql-response+json.
    let (status, content_type, body) = send(
        client()
            .post(&url)
            .header("accept", "application/graphql-response+json")
            .json(&json!({"query": ACCOUNT, "operationName": "Nope", "variables": {"n": "A-1"}})),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(content_type, "application/graphql-response+json");
    assert!(first_error(&body).contains("Nope"), "{body}");
    // An invalid document: errors with locations, like a real server.
    let (status, _, body) = post(
        &url,
        json!({"query": "{ account(accountNumber: \"A\") { balanse } }"}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert!(body["errors"][0]["locations"].is_array(), "{body}");
    assert_serves(&url).await;

    // GET with a mutation: 405, Allow: POST, a GraphQL error.
    let mutation = "mutation Token { obtainKrakenToken(input: {APIKey: \"k\"}) { token } }";
    let response = client()
        .get(with_query(&url, &[("query", mutation)]))
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status().as_u16(), 405);
    assert_eq!(
        response
            .headers()
            .get("allow")
            .and_then(|v| v.to_str().ok()),
        Some("POST")
    );
    let body: Value = response.json().await.expect("a JSON body");
    assert!(first_error(&body).contains("POST"), "{body}");
    // The same mutation over POST is answered.
    let (status, _, body) = post(&url, json!({"query": mutation})).await;
    assert_eq!(status, 200, "{body}");
    assert!(
        body["data"]["obtainKrakenToken"]["token"].is_string(),
        "{body}"
    );

    // GET with a query works, variables as a JSON string.
    let (status, _, body) = send(client().get(with_query(
        &url,
        &[
            ("query", ACCOUNT),
            ("operationName", "AccountBalance"),
            ("variables", r#"{"n":"A-1"}"#),
        ],
    )))
    .await;
    assert_eq!(status, 200, "{body}");
    assert!(body["data"]["account"]["number"].is_string(), "{body}");
    // Another method: 405.
    let (status, _, body) = send(client().put(&url).body("{}")).await;
    assert_eq!(status, 405, "{body}");

    // Introspection is answered.
    let (status, _, body) = post(
        &url,
        json!({"query": "{ __schema { queryType { name } } }"}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["__schema"]["queryType"]["name"], "Query");

    // After all of that, still serving, on any path.
    assert_serves(&url).await;
    assert_serves(&format!("{url}v1/graphql/")).await;
}

/// 16 tasks × 20 requests, each with its own variables, all answered correctly.
async fn concurrent_clients_all_get_answers(url: &str) {
    let client = client();
    let mut tasks = Vec::new();
    for task in 0..16 {
        let client = client.clone();
        let url = url.to_owned();
        tasks.push(tokio::spawn(async move {
            for request in 0..20 {
                let query = format!(
                    "query Q{task}x{request} {{ account(accountNumber: \"A-{task}\") {{ number balance }} t{task}: __typename }}"
                );
                let response = client
                    .post(&url)
                    .json(&json!({"query": query}))
                    .send()
                    .await
                    .expect("an answer");
                assert_eq!(response.status().as_u16(), 200);
                let body: Value = response.json().await.expect("JSON");
                assert!(body.get("errors").is_none(), "{body}");
                assert_eq!(body["data"][format!("t{task}")], "Query", "{body}");
                assert!(body["data"]["account"]["balance"].is_number(), "{body}");
            }
        }));
    }
    for task in tasks {
        task.await.expect("the client task finishes");
    }
}
