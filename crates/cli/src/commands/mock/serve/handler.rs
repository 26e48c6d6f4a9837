//! Answers one GraphQL-over-HTTP request: auth, method, media type (415 for a POST body that
//! is not JSON), request, execution, status.

use std::time::Duration;

use axum::body::Body;
use axum::extract::{RawQuery, State};
use axum::http::header::{ALLOW, WWW_AUTHENTICATE};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::Response;
use krakenql::mock::{MockRequest, OperationType, Outcome};

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
        Method::POST => body::read(body, state.max_body, state.body_timeout)
            .await
            .and_then(|bytes| request::from_body(&bytes)),
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
    execute(state, request, media).await
}

fn is_mutation(state: &AppState, request: &MockRequest) -> bool {
    state.mocks.operation_type(request) == Some(OperationType::Mutation)
}

/// Runs the executor off the async workers (an introspection of the whole schema takes
/// milliseconds) and picks the status for the response's media type. The executor stops itself
/// at its time limit; should it not answer a little after that, the client gets 504 anyway.
async fn execute(state: AppState, request: MockRequest, media: MediaType) -> Response {
    let limit = state.execution_timeout;
    let mocks = state.mocks;
    let task = tokio::task::spawn_blocking(move || mocks.execute(&request));
    let joined = match tokio::time::timeout(limit + EXECUTION_GRACE, task).await {
        Ok(joined) => joined,
        Err(_) => {
            return reply::error(
                StatusCode::GATEWAY_TIMEOUT,
                media,
                &format!(
                    "the operation ran longer than {} ms (limit `timeout_ms`, --timeout-ms)",
                    limit.as_millis()
                ),
            )
        }
    };
    let response = match joined {
        Ok(response) => response,
        Err(_) => {
            return reply::error(
                StatusCode::INTERNAL_SERVER_ERROR,
                media,
                "the executor failed on this request",
            )
        }
    };
    let status = match (response.outcome, media) {
        (Outcome::RequestError, MediaType::GraphqlResponse) => StatusCode::BAD_REQUEST,
        _ => StatusCode::OK,
    };
    reply::body(status, media, &response.body)
}

fn with_allow(mut response: Response, allow: &'static str) -> Response {
    response
        .headers_mut()
        .insert(ALLOW, HeaderValue::from_static(allow));
    response
}
