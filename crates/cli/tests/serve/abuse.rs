//! The reproductions of unbounded work against `mock serve`: a chain of 4,000 fragments, an
//! alias fan-out through fragments, half-sent headers and bodies, idle keep-alive connections,
//! more slow connections than the server accepts at once, and SIGTERM with a request half sent.
//! Each runs in bounded time and checks that the server still answers a normal request and that
//! its memory stayed bounded.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::assert_serves;
use crate::http::{first_error, post};
use crate::server::Server;

/// `{ __schema { queryType { ...f0 } } }` and `fragment fN on __Type { ofType { ...fN+1 } }`
/// for `n` fragments (about 200 KB for 4,000).
pub fn fragment_chain(n: usize) -> String {
    let mut query = String::from("{ __schema { queryType { ...f0 } } }\n");
    for i in 0..n {
        query.push_str(&format!(
            "fragment f{i} on __Type {{ ofType {{ ...f{} }} }}\n",
            i + 1
        ));
    }
    query.push_str(&format!("fragment f{n} on __Type {{ name }}\n"));
    query
}

/// Two aliases of `importMeter` in each of `levels` fragments, each spreading the next, reached
/// through `account → properties → electricityMeterPoints → meters`: 2^levels meters from a
/// 3 KB operation that validates.
pub fn alias_fan_out(levels: usize) -> String {
    let mut query = String::from(
        "query Fan($n: String!) { account(accountNumber: $n) { properties { \
         electricityMeterPoints { meters { ...C0 } } } } }\n",
    );
    for i in 0..levels {
        query.push_str(&format!(
            "fragment C{i} on ElectricityMeterType {{ x: importMeter {{ ...C{next} }} \
             y: importMeter {{ ...C{next} }} }}\n",
            next = i + 1
        ));
    }
    query.push_str(&format!(
        "fragment C{levels} on ElectricityMeterType {{ id }}\n"
    ));
    query
}

/// The server's resident memory in KiB (Linux), if it can be read.
pub fn resident_kib(server: &Server) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{}/status", server.pid())).ok()?;
    let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// A raw connection with a read timeout, so no test waits without end.
pub fn connect(server: &Server) -> TcpStream {
    let stream = TcpStream::connect(server.addr()).expect("the server accepts");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("a read timeout");
    stream
}

/// Reads until the server closes the connection (or the read timeout); returns what it sent
/// and how long that took.
pub fn read_to_close(stream: &mut TcpStream) -> (String, Duration) {
    let started = Instant::now();
    let mut received = Vec::new();
    let mut buffer = [0u8; 4096];
    loop {
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => received.extend_from_slice(&buffer[..n]),
        }
    }
    (
        String::from_utf8_lossy(&received).into_owned(),
        started.elapsed(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operations_over_their_limits_are_refused_before_execution() {
    let server = Server::start(&[]);
    let url = server.url.clone();
    let before = resident_kib(&server);

    // The chain's 48,000 tokens stop the parser at the token limit.
    let (status, _, body) = post(&url, json!({"query": fragment_chain(4_000)})).await;
    assert_eq!(status, 200, "{body}");
    assert!(body.get("data").is_none(), "{body}");
    assert_eq!(body["errors"][0]["extensions"]["code"], "MAX_TOKENS_LIMIT");
    assert!(first_error(&body).contains("--max-tokens"), "{body}");
    assert_serves(&url).await;

    let (status, _, body) = post(
        &url,
        json!({"query": alias_fan_out(30), "variables": {"n": "A-1"}}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert!(first_error(&body).contains("max_height"), "{body}");
    assert_eq!(body["errors"][0]["extensions"]["code"], "MAX_HEIGHT_LIMIT");
    assert_serves(&url).await;

    // With the token limit raised, the depth limit follows the fragments, without recursion.
    let many_tokens = Server::start(&["--max-tokens", "1000000"]);
    let (status, _, body) = post(&many_tokens.url, json!({"query": fragment_chain(4_000)})).await;
    assert_eq!(status, 200, "{body}");
    assert!(first_error(&body).contains("at most 64"), "{body}");
    assert_eq!(body["errors"][0]["extensions"]["code"], "MAX_DEPTH_LIMIT");
    assert_serves(&many_tokens.url).await;

    // Under the operation limits, the fan-out still meets the response budget.
    let small_budget = Server::start(&[
        "--max-height",
        "4000000000",
        "--max-aliases",
        "4000000000",
        "--max-response-bytes",
        "100000",
    ]);
    let (status, _, body) = post(
        &small_budget.url,
        json!({"query": alias_fan_out(30), "variables": {"n": "A-1"}}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert!(body["data"].is_null(), "{body}");
    assert_eq!(
        body["errors"][0]["extensions"]["code"],
        "RESPONSE_TOO_LARGE"
    );
    assert!(
        first_error(&body).contains("--max-response-bytes"),
        "{body}"
    );
    assert_serves(&small_budget.url).await;

    if let (Some(before), Some(after)) = (before, resident_kib(&server)) {
        assert!(
            after < before + 200 * 1024,
            "the server grew from {before} KiB to {after} KiB"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn half_sent_requests_and_idle_connections_are_closed() {
    let server = Server::start(&["--header-timeout-ms", "300", "--body-timeout-ms", "300"]);

    // Half a header: the connection is closed once the header timeout passes.
    let mut stream = connect(&server);
    stream
        .write_all(b"POST / HTTP/1.1\r\nHost: localhost\r\n")
        .expect("the server reads");
    let (_, waited) = read_to_close(&mut stream);
    assert!(waited < Duration::from_secs(5), "closed after {waited:?}");

    // Half a body: 408 with a GraphQL error naming the limit.
    let mut stream = connect(&server);
    stream
        .write_all(
            b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
              Content-Length: 100\r\n\r\n{\"query\":",
        )
        .expect("the server reads");
    let (answer, waited) = read_to_close(&mut stream);
    assert!(waited < Duration::from_secs(5), "answered after {waited:?}");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("--body-timeout-ms"), "{answer}");

    // An idle keep-alive connection is closed too.
    let mut stream = connect(&server);
    let body = json!({"query": "{ __typename }"}).to_string();
    let request = format!(
        "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream
        .write_all(request.as_bytes())
        .expect("the server reads");
    let (answer, waited) = read_to_close(&mut stream);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(waited < Duration::from_secs(5), "closed after {waited:?}");

    assert_serves(&server.url).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_connections_beyond_the_limit_do_not_lock_clients_out() {
    let server = Server::start(&["--max-connections", "8", "--header-timeout-ms", "500"]);
    let mut slow = Vec::new();
    for _ in 0..40 {
        let mut stream = connect(&server);
        let _ = stream.write_all(b"GET / HTTP/1.1\r\n");
        slow.push(stream);
    }
    let started = Instant::now();
    tokio::time::timeout(Duration::from_secs(20), assert_serves(&server.url))
        .await
        .expect("a new client is answered while slow connections wait");
    assert!(started.elapsed() < Duration::from_secs(20));
    drop(slow);
    assert_serves(&server.url).await;
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_with_a_half_sent_request_exits_within_the_drain() {
    let mut server = Server::start(&[
        "--header-timeout-ms",
        "60000",
        "--body-timeout-ms",
        "60000",
        "--shutdown-timeout-ms",
        "500",
    ]);
    assert_serves(&server.url).await;
    let mut stream = connect(&server);
    stream
        .write_all(b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n{\"query\":")
        .expect("the server reads");
    // Let the server start reading the body before the signal.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let started = Instant::now();
    let status = std::process::Command::new("kill")
        .args(["-TERM", &server.pid()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let exit = loop {
        if let Some(exit) = server.child.try_wait().expect("the child can be waited on") {
            break exit;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the server did not exit after SIGTERM"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(exit.success(), "{exit:?}");
    drop(stream);
}

#[test]
fn mock_and_expand_report_operations_over_the_limits() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("limits");
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    let chain = dir.join("chain.graphql");
    std::fs::write(&chain, fragment_chain(4_000)).expect("the chain is written");
    let fan = dir.join("fan.graphql");
    std::fs::write(&fan, alias_fan_out(30)).expect("the fan-out is written");

    let output = crate::server::run_cli(&["mock", "--query", &chain.display().to_string()]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("MAX_TOKENS_LIMIT"));
    let output = crate::server::run_cli(&[
        "mock",
        "--query",
        &chain.display().to_string(),
        "--max-tokens",
        "1000000",
    ]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("MAX_DEPTH_LIMIT"));

    let output = crate::server::run_cli(&[
        "mock",
        "--query",
        &fan.display().to_string(),
        "--variables",
        r#"{"n": "A-1"}"#,
    ]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("MAX_HEIGHT_LIMIT"));

    let output = crate::server::run_cli(&["expand", &fan.display().to_string()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("operation `Fan`"), "{stderr}");
    assert!(stderr.contains("max_height"), "{stderr}");
    assert!(stderr.contains("fan.graphql:"), "{stderr}");
}
