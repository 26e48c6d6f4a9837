//! The `Authorization` check of `--require-auth TOKEN`.

use axum::http::header::AUTHORIZATION;
use axum::http::HeaderMap;

/// Whether the request carries the token: `TOKEN`, `Bearer TOKEN` or `JWT TOKEN` (Kraken's
/// clients send the bare token).
pub fn authorized(headers: &HeaderMap, token: &str) -> bool {
    let Some(value) = headers
        .get(AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
    else {
        return false;
    };
    let value = value.trim();
    let given = ["Bearer ", "JWT "]
        .iter()
        .find_map(|scheme| value.strip_prefix(scheme))
        .unwrap_or(value);
    given.trim() == token
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, value.parse().expect("a valid header value"));
        headers
    }

    #[test]
    fn accepts_the_bare_token_and_both_schemes() {
        for value in ["s3cret", "Bearer s3cret", "JWT s3cret"] {
            assert!(authorized(&headers(value), "s3cret"), "{value}");
        }
    }

    #[test]
    fn refuses_a_missing_or_wrong_token() {
        assert!(!authorized(&HeaderMap::new(), "s3cret"));
        assert!(!authorized(&headers("Bearer nope"), "s3cret"));
        assert!(!authorized(&headers("s3cret2"), "s3cret"));
    }
}
