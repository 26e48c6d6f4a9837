//! HTTP helpers: requests to the server, answers read as status, content type and JSON body, and
//! the first GraphQL error of a body.

use serde_json::Value;

/// A fresh HTTP client.
pub fn client() -> reqwest::Client {
    reqwest::Client::new()
}

/// POSTs a JSON body; returns the status, the content type and the parsed body.
pub async fn post(url: &str, body: Value) -> (u16, String, Value) {
    send(client().post(url).json(&body)).await
}

/// Sends a request; returns the status, the content type and the parsed body.
pub async fn send(request: reqwest::RequestBuilder) -> (u16, String, Value) {
    let response = request.send().await.expect("the server answers");
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let text = response.text().await.expect("a body");
    let body = serde_json::from_str(&text)
        .unwrap_or_else(|error| panic!("the body is not JSON ({error}): {text}"));
    (status, content_type, body)
}

/// `url?name=value&…`, percent-encoded.
pub fn with_query(url: &str, pairs: &[(&str, &str)]) -> reqwest::Url {
    let mut url = reqwest::Url::parse(url).expect("a valid URL");
    url.query_pairs_mut().extend_pairs(pairs);
    url
}

/// The message of the body's first GraphQL error; panics when there is none.
pub fn first_error(body: &Value) -> &str {
    body["errors"][0]["message"]
        .as_str()
        .unwrap_or_else(|| panic!("expected a GraphQL error, got {body}"))
}
