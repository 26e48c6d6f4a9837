//! One GraphQL POST over reqwest, and the reading of its answer into a `Response`.

use reqwest::header::{HeaderValue, AUTHORIZATION};
use reqwest::Url;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::error::{AuthError, Error};
use crate::response::{null_as_default, GraphQLError, Response};

/// The raw answer of one POST: the HTTP status and the body text.
pub(crate) struct RawAnswer {
    pub(crate) status: u16,
    pub(crate) body: String,
}

/// Sends `body` as JSON to `url`, with the token as the bare `Authorization` header.
///
/// Kraken expects the token itself in the header, without a `Bearer` or `JWT` scheme: the
/// schema says the token "should be used as the `Authorization` header".
pub(crate) async fn post<B: Serialize + ?Sized>(
    http: &reqwest::Client,
    url: &Url,
    body: &B,
    token: Option<&str>,
) -> Result<RawAnswer, Error> {
    let json = serde_json::to_vec(body).map_err(Error::Serialize)?;
    let mut request = http
        .post(url.clone())
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header(reqwest::header::ACCEPT, "application/json")
        .body(json);
    if let Some(token) = token {
        let mut value = HeaderValue::from_str(token).map_err(|_| AuthError::InvalidToken)?;
        value.set_sensitive(true);
        request = request.header(AUTHORIZATION, value);
    }
    let response = request
        .send()
        .await
        .map_err(|e| Error::Transport(Box::new(e)))?;
    let status = response.status().as_u16();
    let body = response
        .text()
        .await
        .map_err(|e| Error::Transport(Box::new(e)))?;
    Ok(RawAnswer { status, body })
}

/// Reads an answer as a GraphQL response: a non-2xx status is [`Error::HttpStatus`] (with
/// the GraphQL errors when the body has them), a body of the wrong shape is
/// [`Error::Deserialize`].
pub(crate) fn read_response<T: DeserializeOwned>(answer: &RawAnswer) -> Result<Response<T>, Error> {
    if !(200..300).contains(&answer.status) {
        return Err(Error::HttpStatus {
            status: answer.status,
            body: excerpt(&answer.body),
            errors: errors_only(&answer.body),
        });
    }
    serde_json::from_str(&answer.body).map_err(|source| Error::Deserialize {
        status: answer.status,
        body: excerpt(&answer.body),
        source,
    })
}

/// Whether the body is a GraphQL response with an expired-token error, whatever its data.
pub(crate) fn says_token_expired(answer: &RawAnswer) -> bool {
    errors_only(&answer.body)
        .iter()
        .any(GraphQLError::is_token_expired)
}

/// The `errors` of a body, ignoring its `data`; empty when the body is not GraphQL JSON.
fn errors_only(body: &str) -> Vec<GraphQLError> {
    #[derive(Deserialize)]
    struct ErrorsOnly {
        #[serde(default, deserialize_with = "null_as_default")]
        errors: Vec<GraphQLError>,
    }
    serde_json::from_str::<ErrorsOnly>(body)
        .map(|e| e.errors)
        .unwrap_or_default()
}

/// The longest part of a response body quoted in an error message.
const BODY_EXCERPT_CHARS: usize = 300;

/// The start of a response body, cut at a character boundary, for error messages.
fn excerpt(body: &str) -> String {
    let trimmed = body.trim();
    match trimmed.char_indices().nth(BODY_EXCERPT_CHARS) {
        Some((end, _)) => format!("{}…", &trimmed[..end]),
        None if trimmed.is_empty() => "(empty body)".to_owned(),
        None => trimmed.to_owned(),
    }
}
