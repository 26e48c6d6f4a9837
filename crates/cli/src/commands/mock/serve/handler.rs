//! Answers one GraphQL-over-HTTP request: auth, method, media type (415 for a POST body that
//! is not JSON), request, execution (inline when cheap), status; a large body refused before is
//! answered from `rejected.rs` without being parsed again.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{RawQuery, State};
use axum::http::header::{ALLOW, WWW_AUTHENTICATE};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::Response;
use krakenql::mock::{MockRequest, MockResponse, OperationType, Outcome};

use super::app::AppState;
use super::auth::authorized;
use super::body;
use super::reply::{self, MediaType};
use super::request;

/// How long after its time limit an execution that has not stopped is given up on.
const EXECUTION_GRACE: Duration = Duration::from_secs(1);

/// The handler of every path.
pub async fn graphql(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    RawQuery(raw_query): RawQuery,
    body: Body,
) -> Response {
    let media = MediaType::accepted(&headers);
    if let Some(token) = &state.token {
        if !authorized(&headers, token) {
            let mut response = reply::error(
                StatusCode::UNAUTHORIZED,
                media,
                "authentication required: send `Authorization: TOKEN`",
            );
            response
                .headers_mut()
                .insert(WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            return response;
        }
    }
    let mut body_key = None;
    let read = match method {
        Method::GET => request::from_query_string(raw_query.as_deref()),
        Method::POST if !request::is_json(&headers) => {
            return reply::error(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                media,
                "a POST body must be JSON: send `Content-Type: application/json` with \
                 {\"query\": …}",
            )
        }
        Method::POST => {
            let bytes = match body::read(body, state.max_body, state.body_timeout).await {
                Ok(bytes) => bytes,
                Err(rejection) => return reply::error(rejection.status, media, &rejection.message),
            };
            body_key = state.rejected.key(&bytes);
            if let Some(answer) = body_key.and_then(|key| state.rejected.get(&key)) {
                return reply::json(status(Outcome::RequestError, media), media, answer);
            }
            request::from_body(&bytes)
        }
        _ => {
            return with_allow(
                reply::error(
                    StatusCode::METHOD_NOT_ALLOWED,
                    media,
                    "GraphQL is served with GET and POST",
                ),
                "GET, POST",
            )
        }
    };
    let request = match read {
        Ok(request) => request,
        Err(rejection) => return reply::error(rejection.status, media, &rejection.message),
    };
    if method == Method::GET && is_mutation(&state, &request) {
        return with_allow(
            reply::error(
                StatusCode::METHOD_NOT_ALLOWED,
                media,
                "mutations cannot be sent with GET; use POST",
            ),
            "POST",
        );
    }
    let response = execute(&state, request, media).await;
    if let (Some(key), Ok(response)) = (body_key, &response) {
        if response.outcome == Outcome::RequestError {
            if let Ok(answer) = serde_json::to_vec(&response.body) {
                let answer = Bytes::from(answer);
                state.rejected.insert(key, answer.clone());
                return reply::json(status(response.outcome, media), media, answer);
            }
        }
    }
    match response {
        Ok(response) => reply::body(status(response.outcome, media), media, &response.body),
        Err(failed) => failed,
    }
}

fn is_mutation(state: &AppState, request: &MockRequest) -> bool {
    state.mocks.operation_type(request) == Some(OperationType::Mutation)
}

/// Answers a request whose document is cached and either rejected or bounded to a few hundred
/// fields (`Mocks::execute_if_cheap`) at once, on this async worker: handing it to another
/// thread would cost more than running it. Any other request runs off the async workers (an
/// introspection of the whole schema takes milliseconds; a new document is parsed and
/// validated there), in one of `AppState::executions`' slots: a request waits for a slot
/// within its time limit, else gets 503. The executor stops itself at its time limit; should
/// it not answer a little after that, the client gets 504 anyway. `Err` is the HTTP answer of
/// a failed execution.
async fn execute(
    state: &AppState,
    request: MockRequest,
    media: MediaType,
) -> Result<MockResponse, Response> {
    if let Some(response) = state.mocks.execute_if_cheap(&request) {
        return Ok(response);
    }
    let limit = state.execution_timeout;
    // Waiting for a slot counts against the time limit too: a client is not kept longer
    // than it would be by a slow execution.
    let started = Instant::now();
    let waited = tokio::time::timeout(limit, Arc::clone(&state.executions).acquire_owned()).await;
    let Ok(Ok(permit)) = waited else {
        return Err(reply::error(
            StatusCode::SERVICE_UNAVAILABLE,
            media,
            &format!(
                "every execution slot stayed taken for {} ms (limit `timeout_ms`, \
                 --timeout-ms); try again",
                limit.as_millis()
            ),
        ));
    };
    let mocks = state.mocks.clone();
    let task = tokio::task::spawn_blocking(move || {
        let response = mocks.execute(&request);
        drop(permit);
        response
    });
    let remaining = limit.saturating_sub(started.elapsed());
    match tokio::time::timeout(remaining + EXECUTION_GRACE, task).await {
        Ok(Ok(response)) => Ok(response),
        Ok(Err(_)) => Err(reply::error(
            StatusCode::INTERNAL_SERVER_ERROR,
            media,
            "the executor failed on this request",
        )),
        Err(_) => Err(reply::error(
            StatusCode::GATEWAY_TIMEOUT,
            media,
            &format!(
                "the operation ran longer than {} ms (limit `timeout_ms`, --timeout-ms)",
                limit.as_millis()
            ),
        )),
    }
}

/// The status of an executor's answer in the response's media type.
fn status(outcome: Outcome, media: MediaType) -> StatusCode {
    match (outcome, media) {
        (Outcome::RequestError, MediaType::GraphqlResponse) => StatusCode::BAD_REQUEST,
        _ => StatusCode::OK,
    }
}

fn with_allow(mut response: Response, allow: &'static str) -> Response {
    response
        .headers_mut()
        .insert(ALLOW, HeaderValue::from_static(allow));
    response
}
