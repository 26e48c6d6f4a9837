//! Reading a GraphQL request: the JSON body of a POST, or the query string of a GET.

use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, StatusCode};
use krakenql::mock::MockRequest;
use serde::Deserialize;
use serde_json::{Map, Value};

/// Why a request could not be read: the HTTP status and the message of the GraphQL error.
#[derive(Debug)]
pub struct Rejection {
    pub status: StatusCode,
    pub message: String,
}

impl Rejection {
    fn bad_request(message: impl Into<String>) -> Self {
        Rejection {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
        }
    }
}

/// The body of a POST: `{"query": …, "operationName": …, "variables": …}`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Body {
    query: Option<Value>,
    operation_name: Option<Value>,
    variables: Option<Value>,
}

/// The query string of a GET: `?query=…&operationName=…&variables=<JSON>`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Params {
    query: Option<String>,
    operation_name: Option<String>,
    variables: Option<String>,
}

/// Whether a POST's `Content-Type` is `application/json` (parameters such as `charset` aside,
/// any case), or absent: GraphQL over HTTP asks for JSON and a 415 for any other media type
/// (`application/graphql`, forms, text). A POST without the header is read as JSON, for the
/// hand-written clients that leave it out.
pub fn is_json(headers: &HeaderMap) -> bool {
    let Some(value) = headers.get(CONTENT_TYPE) else {
        return true;
    };
    value.to_str().is_ok_and(|value| {
        value
            .split(';')
            .next()
            .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
    })
}

/// Reads the JSON body of a POST.
pub fn from_body(bytes: &[u8]) -> Result<MockRequest, Rejection> {
    let value: Value = serde_json::from_slice(bytes)
        .map_err(|error| Rejection::bad_request(format!("the body is not valid JSON: {error}")))?;
    if !value.is_object() {
        return Err(Rejection::bad_request(
            "the body must be a JSON object with a `query` string",
        ));
    }
    let body: Body = serde_json::from_value(value).map_err(|error| {
        Rejection::bad_request(format!("the body is not a GraphQL request: {error}"))
    })?;
    let query = match body.query {
        Some(Value::String(query)) => query,
        Some(_) => return Err(Rejection::bad_request("`query` must be a string")),
        None => return Err(Rejection::bad_request("the body has no `query`")),
    };
    let operation_name = match body.operation_name {
        None | Some(Value::Null) => None,
        Some(Value::String(name)) => Some(name),
        Some(_) => {
            return Err(Rejection::bad_request(
                "`operationName` must be a string or null",
            ))
        }
    };
    let variables = match body.variables {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(map)) => map,
        Some(_) => {
            return Err(Rejection::bad_request(
                "`variables` must be a JSON object or null",
            ))
        }
    };
    Ok(MockRequest {
        query,
        operation_name,
        variables,
    })
}

/// Reads the query string of a GET; `variables` is a JSON object in a string.
pub fn from_query_string(raw: Option<&str>) -> Result<MockRequest, Rejection> {
    let params: Params = serde_urlencoded_params(raw.unwrap_or(""))?;
    let query = params
        .query
        .ok_or_else(|| Rejection::bad_request("the query string has no `query` parameter"))?;
    let variables = match params.variables.as_deref() {
        None | Some("") => Map::new(),
        Some(text) => match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(map)) => map,
            Ok(Value::Null) => Map::new(),
            Ok(_) => {
                return Err(Rejection::bad_request(
                    "the `variables` parameter must be a JSON object",
                ))
            }
            Err(error) => {
                return Err(Rejection::bad_request(format!(
                    "the `variables` parameter is not valid JSON: {error}"
                )))
            }
        },
    };
    Ok(MockRequest {
        query,
        operation_name: params.operation_name.filter(|name| !name.is_empty()),
        variables,
    })
}

fn serde_urlencoded_params(raw: &str) -> Result<Params, Rejection> {
    let uri: axum::http::Uri = format!("/?{raw}")
        .parse()
        .map_err(|_| Rejection::bad_request("the query string is not valid"))?;
    axum::extract::Query::<Params>::try_from_uri(&uri)
        .map(|query| query.0)
        .map_err(|error| Rejection::bad_request(format!("the query string is not valid: {error}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_full_post_body() {
        let request = from_body(
            br#"{"query":"{ viewer { id } }","operationName":null,"variables":{"a":1},"extensions":{}}"#,
        )
        .expect("a valid body");
        assert_eq!(request.query, "{ viewer { id } }");
        assert_eq!(request.operation_name, None);
        assert_eq!(request.variables.get("a"), Some(&Value::from(1)));
    }

    #[test]
    fn refuses_bodies_that_are_not_requests() {
        for body in [
            &b"{not json"[..],
            b"[1,2]",
            br#"{"variables":{}}"#,
            br#"{"query":1}"#,
            br#"{"query":"{a}","variables":[1]}"#,
            br#"{"query":"{a}","operationName":7}"#,
        ] {
            let rejection = from_body(body).expect_err("a bad body");
            assert_eq!(rejection.status, StatusCode::BAD_REQUEST);
        }
    }

    #[test]
    fn reads_a_query_string() {
        let request = from_query_string(Some(
            "query=query%20A%20%7B%20viewer%20%7B%20id%20%7D%20%7D&operationName=A&variables=%7B%22x%22%3A2%7D",
        ))
        .expect("a valid query string");
        assert_eq!(request.query, "query A { viewer { id } }");
        assert_eq!(request.operation_name.as_deref(), Some("A"));
        assert_eq!(request.variables.get("x"), Some(&Value::from(2)));
        assert!(from_query_string(None).is_err());
        assert!(from_query_string(Some("query=%7Ba%7D&variables=%5B%5D")).is_err());
    }
}
