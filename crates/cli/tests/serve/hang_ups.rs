//! Clients that send a request and hang up at once. Each leaves its execution running to its
//! end (or its time limit) on a blocking pool after the connection is gone, so the server
//! bounds how many run at once: they must not pile up in threads and memory however fast the
//! clients come, even under a small connection limit, which they never hold for long. A request
//! that finds every slot taken for its whole time limit gets 503.

use std::io::Write;
use std::time::Duration;

use serde_json::json;

use crate::abuse::{connect, resident_kib};
use crate::assert_serves;
use crate::http::{first_error, post};
use crate::server::Server;

/// Requests sent, each on a connection closed 10 ms after it.
const CLIENTS: usize = 300;

/// An introspection of every type's fields: milliseconds of work on the blocking pool, never
/// answered inline.
const INTROSPECTION: &str =
    "{ __schema { types { name fields { name type { name kind ofType { name kind } } } } } }";

/// The server's threads (Linux), if they can be counted.
fn threads(server: &Server) -> Option<usize> {
    let tasks = std::fs::read_dir(format!("/proc/{}/task", server.pid())).ok()?;
    Some(tasks.count())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn executions_of_clients_that_hang_up_do_not_pile_up() {
    let server = Server::start(&["--max-connections", "2"]);
    assert_serves(&server.url).await;
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    // A worker per core, and per core's blocking pool at most the server's execution slots
    // (two per core), with room for a thread that is finishing as another starts.
    let most_threads = cores + 4 * cores * cores + 4;
    let before = resident_kib(&server);
    let mut most_seen = 0;
    for client in 0..CLIENTS {
        // Two spellings, so the document cache serves both and only execution costs.
        let fields = if client % 2 == 0 {
            "name fields"
        } else {
            "name description fields"
        };
        let body = json!({ "query": INTROSPECTION.replace("name fields", fields) }).to_string();
        let mut stream = connect(&server);
        let request = format!(
            "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\n\r\n{body}",
            body.len()
        );
        let _ = stream.write_all(request.as_bytes());
        tokio::time::sleep(Duration::from_millis(10)).await;
        drop(stream);
        most_seen = most_seen.max(threads(&server).unwrap_or(0));
    }
    assert!(
        most_seen <= most_threads,
        "{most_seen} threads on {cores} cores: executions pile up"
    );
    if let (Some(before), Some(after)) = (before, resident_kib(&server)) {
        assert!(
            after < before + 512 * 1024,
            "resident memory grew from {before} KiB to {after} KiB"
        );
    }
    tokio::time::timeout(Duration::from_secs(20), assert_serves(&server.url))
        .await
        .expect("a normal request is answered after the hang-ups");
}

/// When every execution slot stays taken for a request's whole time limit, the request gets 503
/// with a GraphQL error naming the limit; every other answer is an execution's (200) or its
/// time limit's (504).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_that_finds_no_free_slot_gets_503() {
    let server = Server::start(&["--timeout-ms", "1"]);
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    // Eight requests per slot, all at once: each execution holds its slot for at least the
    // 1 ms limit, so most requests wait longer than that.
    let mut requests = tokio::task::JoinSet::new();
    for _ in 0..16 * cores {
        let url = server.url.clone();
        requests.spawn(async move { post(&url, json!({ "query": INTROSPECTION })).await });
    }
    let mut busy = 0;
    while let Some(answer) = requests.join_next().await {
        let (status, _, body) = answer.expect("the request task finishes");
        match status {
            503 => {
                busy += 1;
                assert!(first_error(&body).contains("--timeout-ms"), "{body}");
            }
            200 | 504 => {}
            other => panic!("unexpected status {other}: {body}"),
        }
    }
    assert!(busy > 0, "no request found every slot taken");
}
