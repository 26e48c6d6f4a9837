//! `schema fetch` keeps `@oneOf` from a server that knows `isOneOf`, and asks a server that
//! refuses the field (an older one, as `krakenql mock serve` on apollo-compiler 1.33 is) once
//! more without it.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use axum::extract::State;
use axum::Json;
use krakenql::mock::{MockRequest, Mocks};
use krakenql_schema::load::introspection::INTROSPECTION_QUERY_WITHOUT_ONE_OF;
use krakenql_schema::load::{is_one_of, load_sources};
use krakenql_schema::{KrakenSchema, SourceFile};
use serde_json::Value;

use crate::server::{run_cli, Server};

const SCHEMA: &str = "tests/fixtures/one-of/schema.graphql";

/// A server that knows `isOneOf`: the mock executor answers the rest of the introspection
/// query, and `isOneOf` is added to every type when the query asks it, as graphql-js answers
/// it (`true` or `false` on input objects, `null` on other types). It counts the queries.
struct NewerServer {
    url: String,
    queries: Arc<AtomicUsize>,
}

impl NewerServer {
    async fn start(schema: Arc<KrakenSchema>) -> NewerServer {
        let queries = Arc::new(AtomicUsize::new(0));
        let state = (schema, Arc::clone(&queries));
        let app = axum::Router::new()
            .route("/graphql", axum::routing::post(answer))
            .with_state(state);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a free port");
        let address = listener.local_addr().expect("a bound address");
        tokio::spawn(async move { axum::serve(listener, app).await });
        NewerServer {
            url: format!("http://{address}/graphql"),
            queries,
        }
    }
}

async fn answer(
    State((schema, queries)): State<(Arc<KrakenSchema>, Arc<AtomicUsize>)>,
    Json(request): Json<Value>,
) -> Json<Value> {
    queries.fetch_add(1, Ordering::SeqCst);
    let query = request["query"].as_str().unwrap_or_default();
    let asks_one_of = query.contains("isOneOf");
    // The executor does not know the field, so it is asked the query without it.
    let mut body = Mocks::new(Arc::clone(&schema))
        .execute(&MockRequest::new(INTROSPECTION_QUERY_WITHOUT_ONE_OF))
        .body;
    if asks_one_of {
        if let Some(types) = body["data"]["__schema"]["types"].as_array_mut() {
            for ty in types {
                let one_of = match (ty["kind"].as_str(), ty["name"].as_str()) {
                    (Some("INPUT_OBJECT"), Some(name)) => {
                        Value::Bool(is_one_of(schema.schema(), name))
                    }
                    _ => Value::Null,
                };
                ty["isOneOf"] = one_of;
            }
        }
    }
    Json(body)
}

fn fixture_schema() -> Arc<KrakenSchema> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SCHEMA);
    let text = std::fs::read_to_string(path).expect("the fixture schema");
    Arc::new(load_sources(&[SourceFile::new(SCHEMA, text)]).expect("the fixture loads"))
}

/// Runs `schema fetch URL` and returns its stdout and stderr, asserting it succeeded.
fn fetch(url: &str) -> (String, String) {
    let output = run_cli(&["schema", "fetch", url, "--today", "2026-11-30"]);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stderr}");
    (String::from_utf8_lossy(&output.stdout).into_owned(), stderr)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_knows_is_one_of_keeps_the_directive() {
    let server = NewerServer::start(fixture_schema()).await;
    let url = server.url.clone();
    let (sdl, stderr) = tokio::task::spawn_blocking(move || fetch(&url))
        .await
        .expect("the fetch ran");
    assert!(sdl.contains("input MeterBy @oneOf {"), "{sdl}");
    assert!(sdl.contains("input Page {"), "{sdl}");
    assert!(!stderr.contains("isOneOf"), "no retry note: {stderr}");
    assert_eq!(server.queries.load(Ordering::SeqCst), 1, "one query");
    let fetched = load_sources(&[SourceFile::new("fetched.graphql", sdl)]).expect("it loads");
    assert!(is_one_of(fetched.schema(), "MeterBy"));
    assert!(!is_one_of(fetched.schema(), "Page"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_refuses_is_one_of_is_asked_again_without_it() {
    let server = Server::start(&["--schema", SCHEMA]);
    let url = server.url.clone();
    let (sdl, stderr) = tokio::task::spawn_blocking(move || fetch(&url))
        .await
        .expect("the fetch ran");
    assert!(
        stderr.contains("does not know `isOneOf`"),
        "the retry is noted: {stderr}"
    );
    // The older server cannot say which input objects are one-of; the rest of the schema came.
    assert!(sdl.contains("input MeterBy {"), "{sdl}");
    assert!(sdl.contains("meter(by: MeterBy!): String"), "{sdl}");
}
