//! Writing responses: GraphQL results and GraphQL errors, in the media type the client accepts.

use axum::body::Bytes;
use axum::http::header::{ACCEPT, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

/// The two response media types of GraphQL over HTTP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaType {
    /// `application/json`: a well-formed request always gets 200, request errors included.
    Json,
    /// `application/graphql-response+json`: request errors (the document does not parse or
    /// validate, no such operation, too deep) get 400.
    GraphqlResponse,
}

impl MediaType {
    /// `application/graphql-response+json` when the client's `Accept` names it, else JSON.
    pub fn accepted(headers: &HeaderMap) -> Self {
        let names_it = headers
            .get_all(ACCEPT)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .any(|value| value.contains("application/graphql-response+json"));
        if names_it {
            MediaType::GraphqlResponse
        } else {
            MediaType::Json
        }
    }

    fn header(self) -> HeaderValue {
        HeaderValue::from_static(match self {
            MediaType::Json => "application/json",
            MediaType::GraphqlResponse => "application/graphql-response+json",
        })
    }
}

/// A GraphQL response body with its status.
pub fn body(status: StatusCode, media: MediaType, body: &Value) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => (status, [(CONTENT_TYPE, media.header())], bytes).into_response(),
        Err(error) => self::error(
            StatusCode::INTERNAL_SERVER_ERROR,
            media,
            &format!("could not write the response: {error}"),
        ),
    }
}

/// A GraphQL response body already written as JSON, with its status.
pub fn json(status: StatusCode, media: MediaType, body: Bytes) -> Response {
    (status, [(CONTENT_TYPE, media.header())], body).into_response()
}

/// `{"errors":[{"message":…}]}` with `status`.
pub fn error(status: StatusCode, media: MediaType, message: &str) -> Response {
    let body = json!({ "errors": [{ "message": message }] }).to_string();
    (status, [(CONTENT_TYPE, media.header())], body).into_response()
}
