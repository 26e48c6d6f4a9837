//! Reads a request body up to the server's limit, within the body read timeout (a client that
//! sends half a body and waits gets 408). A larger body is still read to its end (up to a hard
//! cap, within the same timeout) and thrown away before the 413 goes out: a server that answers
//! and closes while the client is still writing makes the client fail with a broken pipe
//! instead of reading the 413 and its GraphQL error.

use std::time::Duration;

use axum::body::{Body, Bytes, HttpBody as _};
use axum::http::StatusCode;
use http_body_util::BodyExt;

use super::request::Rejection;

/// How much of an over-limit body is drained before the connection is given up on.
const DRAIN_CAP: usize = 64 * 1024 * 1024;

/// The body, or the rejection to answer with.
pub async fn read(body: Body, max: usize, timeout: Duration) -> Result<Bytes, Rejection> {
    match tokio::time::timeout(timeout, read_all(body, max)).await {
        Ok(read) => read,
        Err(_) => Err(Rejection {
            status: StatusCode::REQUEST_TIMEOUT,
            message: format!(
                "the request body did not arrive within {} ms (limit `body_timeout_ms`, \
                 --body-timeout-ms)",
                timeout.as_millis()
            ),
        }),
    }
}

async fn read_all(body: Body, max: usize) -> Result<Bytes, Rejection> {
    let mut body = body;
    // With a `Content-Length` within the limit, the buffer is allocated once at its size.
    let announced = usize::try_from(body.size_hint().lower()).unwrap_or(usize::MAX);
    let mut kept = Vec::with_capacity(if announced <= max { announced } else { 0 });
    let mut total = 0usize;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|error| Rejection {
            status: StatusCode::BAD_REQUEST,
            message: format!("cannot read the request body: {error}"),
        })?;
        let Ok(data) = frame.into_data() else {
            continue;
        };
        total = total.saturating_add(data.len());
        if total > DRAIN_CAP {
            break;
        }
        if total <= max {
            kept.extend_from_slice(&data);
        }
    }
    if total > max {
        return Err(Rejection {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            message: format!(
                "the request body is larger than the server accepts ({max} bytes, --max-body)"
            ),
        });
    }
    Ok(Bytes::from(kept))
}
