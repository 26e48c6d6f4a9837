//! A scripted stand-in for a Kraken GraphQL endpoint, served by axum on 127.0.0.1 inside
//! the test process, with a request log and a clock shared with the client.

use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{json, Value};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// How long a token lives after it is issued, in seconds.
pub(crate) const TOKEN_LIFETIME: i64 = 3_600;
/// How long a refresh token lives after it is issued, in seconds.
pub(crate) const REFRESH_LIFETIME: i64 = 7 * 24 * 3_600;

/// What the stand-in does besides answering correctly.
#[derive(Debug, Clone, Default)]
pub(crate) struct Behaviour {
    /// Tokens answered with `KT-CT-1124` whatever their `exp` says.
    pub expired_tokens: Vec<String>,
    /// Answer every token with `KT-CT-1124`.
    pub every_token_expired: bool,
}

/// One request the stand-in received.
#[derive(Debug, Clone)]
pub(crate) struct Logged {
    pub operation: String,
    pub authorization: Option<String>,
    pub variables: Value,
}

/// A clock in Unix seconds that the test moves by hand; the client and the stand-in
/// share it.
#[derive(Debug, Clone)]
pub(crate) struct TestClock(Arc<AtomicI64>);

impl TestClock {
    pub(crate) fn at(seconds: i64) -> Self {
        TestClock(Arc::new(AtomicI64::new(seconds)))
    }

    pub(crate) fn set(&self, seconds: i64) {
        self.0.store(seconds, Ordering::SeqCst);
    }

    pub(crate) fn now(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }

    /// The clock as the client takes it: a closure returning a `SystemTime`.
    pub(crate) fn into_clock(self) -> impl Fn() -> SystemTime + Send + Sync + 'static {
        move || UNIX_EPOCH + Duration::from_secs(self.now().unsigned_abs())
    }
}

struct Shared {
    behaviour: Behaviour,
    clock: TestClock,
    issued: AtomicUsize,
    log: Mutex<Vec<Logged>>,
}

/// The running stand-in; [`Server::stop`] shuts it down.
pub(crate) struct Server {
    address: std::net::SocketAddr,
    shared: Arc<Shared>,
    shutdown: oneshot::Sender<()>,
    task: JoinHandle<()>,
}

impl Server {
    pub(crate) async fn start(behaviour: Behaviour) -> Server {
        let shared = Arc::new(Shared {
            behaviour,
            clock: TestClock::at(1_000),
            issued: AtomicUsize::new(0),
            log: Mutex::new(Vec::new()),
        });
        let app = Router::new()
            .route("/graphql", post(graphql))
            .route("/broken", post(broken))
            .route("/html", post(html))
            .with_state(Arc::clone(&shared));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let (shutdown, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await
                .unwrap();
        });
        Server {
            address,
            shared,
            shutdown,
            task,
        }
    }

    pub(crate) fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// The clock the stand-in issues tokens by; hand it to the client too.
    pub(crate) fn clock(&self) -> TestClock {
        self.shared.clock.clone()
    }

    pub(crate) fn log(&self) -> Vec<Logged> {
        self.shared.log.lock().unwrap().clone()
    }

    pub(crate) async fn stop(self) {
        let _ = self.shutdown.send(());
        self.task.await.unwrap();
    }
}

async fn graphql(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> Json<Value> {
    let operation = body["operationName"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let authorization = headers
        .get(header::AUTHORIZATION)
        .map(|value| value.to_str().unwrap().to_owned());
    let variables = body["variables"].clone();
    shared.log.lock().unwrap().push(Logged {
        operation: operation.clone(),
        authorization: authorization.clone(),
        variables: variables.clone(),
    });
    Json(match operation.as_str() {
        "ObtainKrakenToken" => obtain_token(&shared, &variables["input"]),
        "Update" => validation_failure(),
        _ => viewer(&shared.behaviour, authorization),
    })
}

fn obtain_token(shared: &Shared, input: &Value) -> Value {
    let accepted = input == &json!({"APIKey": "key-1"})
        || input == &json!({"email": "dan@example.invalid", "password": "secret"})
        || input["refreshToken"]
            .as_str()
            .is_some_and(|token| token.starts_with("refresh-"));
    if !accepted {
        return json!({
            "errors": [{
                "message": "Authentication failed.",
                "locations": [{"line": 1, "column": 72}],
                "path": ["obtainKrakenToken"],
                "extensions": {"errorType": "VALIDATION", "errorCode": "KT-CT-1138", "errorDescription": ""}
            }],
            "data": {"obtainKrakenToken": null}
        });
    }
    let n = shared.issued.fetch_add(1, Ordering::SeqCst) + 1;
    let now = shared.clock.now();
    json!({"data": {"obtainKrakenToken": {
        "token": format!("token-{n}"),
        "refreshToken": format!("refresh-{n}"),
        "refreshExpiresIn": now + REFRESH_LIFETIME,
        "payload": {"sub": "kraken|account-user:1", "gty": "API-KEY", "exp": now + TOKEN_LIFETIME, "origIat": now}
    }}})
}

fn viewer(behaviour: &Behaviour, authorization: Option<String>) -> Value {
    let Some(token) = authorization else {
        return json!({"data": {"viewer": {"id": "anonymous"}}});
    };
    if behaviour.every_token_expired || behaviour.expired_tokens.contains(&token) {
        return json!({
            "errors": [{
                "message": "Signature of the JWT has expired.",
                "locations": [{"line": 1, "column": 16}],
                "path": ["viewer"],
                "extensions": {"errorType": "APPLICATION", "errorCode": "KT-CT-1124", "errorDescription": ""}
            }],
            "data": {"viewer": null}
        });
    }
    json!({"data": {"viewer": {"id": format!("viewer-of-{token}")}}})
}

fn validation_failure() -> Value {
    // The error code is made up for the test; the shape is Kraken's.
    json!({
        "errors": [{
            "message": "Invalid data.",
            "locations": [{"line": 1, "column": 45}],
            "path": ["updateUser"],
            "extensions": {
                "errorType": "VALIDATION",
                "errorCode": "KT-CT-9999",
                "errorDescription": "Invalid input.",
                "validationErrors": [{"message": "This field may not be blank.", "inputPath": ["input", "givenName"]}]
            }
        }],
        "data": {"updateUser": null}
    })
}

async fn broken() -> impl IntoResponse {
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        "Internal Server Error: the database is asleep",
    )
}

async fn html() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/html")],
        "<html><body>Maintenance</body></html>",
    )
}
