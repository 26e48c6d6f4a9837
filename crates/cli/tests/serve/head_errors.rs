//! Requests the server cannot read as GraphQL over HTTP, sent over a raw connection: a POST body
//! that is not JSON (415), and the heads hyper refuses before any handler runs (400, 414, 431),
//! each answered with a GraphQL error body.

use std::io::Write;

use serde_json::Value;

use crate::abuse::{connect, read_to_close};
use crate::assert_serves;
use crate::server::Server;

/// Sends `request` on a fresh connection and reads the answer: status, content type, body.
fn exchange(server: &Server, request: &[u8]) -> (u16, String, Value) {
    let mut stream = connect(server);
    // A server that answers before reading everything may close early; the answer still counts.
    let _ = stream.write_all(request);
    let (answer, _) = read_to_close(&mut stream);
    let (head, body) = answer
        .split_once("\r\n\r\n")
        .unwrap_or_else(|| panic!("an HTTP answer, got {answer:?}"));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("a status line, got {head:?}"));
    let content_type = head
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("content-type")
                .then(|| value.trim().to_owned())
        })
        .unwrap_or_default();
    let body = serde_json::from_str(body)
        .unwrap_or_else(|error| panic!("a JSON body ({error}), got {answer:?}"));
    (status, content_type, body)
}

/// The message of the first GraphQL error.
fn message(body: &Value) -> &str {
    body["errors"][0]["message"]
        .as_str()
        .unwrap_or_else(|| panic!("a GraphQL error body, got {body}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreadable_requests_get_their_status_and_a_graphql_error_body() {
    let server = Server::start(&[]);
    let query = "{ __typename }";

    // GraphQL over HTTP asks for 415 for a body in another media type.
    let request = format!(
        "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/graphql\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{query}",
        query.len()
    );
    let (status, content_type, body) = exchange(&server, request.as_bytes());
    assert_eq!(status, 415, "{body}");
    assert_eq!(content_type, "application/json");
    assert!(
        message(&body).contains("Content-Type: application/json"),
        "{body}"
    );
    let form = "query=%7B__typename%7D";
    let request = format!(
        "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{form}",
        form.len()
    );
    assert_eq!(exchange(&server, request.as_bytes()).0, 415);
    // JSON with a charset parameter is JSON.
    let json = format!("{{\"query\": \"{query}\"}}");
    let request = format!(
        "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: Application/JSON; charset=utf-8\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{json}",
        json.len()
    );
    let (status, _, body) = exchange(&server, request.as_bytes());
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["__typename"], "Query");

    // A request line that is not HTTP: hyper's 400.
    let (status, content_type, body) = exchange(&server, b"NOT HTTP AT ALL\r\n\r\n");
    assert_eq!(status, 400, "{body}");
    assert_eq!(content_type, "application/json");
    assert!(message(&body).contains("not valid HTTP/1.1"), "{body}");

    // A URI over 65,534 bytes: hyper's 414.
    let request = format!(
        "GET /?query={} HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "x".repeat(70_000)
    );
    let (status, _, body) = exchange(&server, request.as_bytes());
    assert_eq!(status, 414, "{body}");
    assert!(message(&body).contains("URI is too long"), "{body}");

    // A head over 128 KiB, and more than 100 headers: hyper's 431.
    let request = format!(
        "GET / HTTP/1.1\r\nHost: localhost\r\nX-Padding: {}\r\n\r\n",
        "x".repeat(200_000)
    );
    let (status, _, body) = exchange(&server, request.as_bytes());
    assert_eq!(status, 431, "{body}");
    assert!(message(&body).contains("headers are too large"), "{body}");
    let many: String = (0..150).map(|i| format!("X-Header-{i}: {i}\r\n")).collect();
    let request = format!("GET / HTTP/1.1\r\nHost: localhost\r\n{many}\r\n");
    let (status, _, body) = exchange(&server, request.as_bytes());
    assert_eq!(status, 431, "{body}");

    assert_serves(&server.url).await;
}
