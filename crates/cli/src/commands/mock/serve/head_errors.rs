//! hyper's own answers to a request head it cannot read (400 for a malformed request line or
//! header, 414 for a URI over 65,534 bytes, 431 for a head larger than [`MAX_HEAD_BYTES`]), given
//! the GraphQL error body every other answer of `mock serve` has.
//!
//! hyper writes those answers itself, before any service runs, as a bare head with
//! `content-length: 0`, and offers no hook to give them a body. So each connection's stream is
//! wrapped: a response head with one of those three statuses and `content-length: 0` is written
//! as the same status with a JSON body and `connection: close` instead (hyper closes the
//! connection after it anyway). No handler of `mock serve` answers those statuses without a
//! body, so only hyper's automatic answers are changed.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use serde_json::json;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// The largest request head (request line and headers) read, in bytes: hyper's read buffer
/// limit (`http1::Builder::max_buf_size`); a larger head gets 431. It is above hyper's own
/// limit on a URI (65,534 bytes, which gets 414) and well under hyper's default buffer
/// (about 400 KiB), so each connection holds at most this much for its head.
pub const MAX_HEAD_BYTES: usize = 128 * 1024;

/// The most headers a request may have; more get 431 (hyper's `max_headers`).
pub const MAX_HEADERS: usize = 100;

/// A stream whose automatic 400/414/431 answers carry a GraphQL error body.
pub struct WithErrorBodies<S> {
    inner: S,
    /// The replacement being written, how much of it is written, and the length of the bytes
    /// hyper asked to write (reported once the replacement is out).
    pending: Option<(Vec<u8>, usize, usize)>,
}

impl<S> WithErrorBodies<S> {
    /// Wraps a connection's stream.
    pub fn new(inner: S) -> Self {
        WithErrorBodies {
            inner,
            pending: None,
        }
    }
}

/// The answer with a body, when `head` is one of hyper's automatic answers.
fn replacement(head: &[u8]) -> Option<Vec<u8>> {
    // hyper's automatic answers are a status line and two short headers; every other write
    // (responses with bodies, of any size) is passed on after this one comparison.
    if head.len() > 256 || !head.starts_with(b"HTTP/1.1 4") {
        return None;
    }
    let text = std::str::from_utf8(head).ok()?;
    let (status_line, rest) = text.split_once("\r\n")?;
    let message = match status_line {
        "HTTP/1.1 400 Bad Request" => {
            "the request is not valid HTTP/1.1: its request line or a header is malformed"
                .to_owned()
        }
        "HTTP/1.1 414 URI Too Long" => {
            "the request URI is too long (at most 65534 bytes); send the operation in a POST body"
                .to_owned()
        }
        "HTTP/1.1 431 Request Header Fields Too Large" => format!(
            "the request headers are too large (at most {MAX_HEADERS} headers and {MAX_HEAD_BYTES} bytes)"
        ),
        _ => return None,
    };
    let automatic = text.ends_with("\r\n\r\n")
        && rest
            .split("\r\n")
            .any(|line| line.eq_ignore_ascii_case("content-length: 0"));
    if !automatic {
        return None;
    }
    let body = json!({ "errors": [{ "message": message }] }).to_string();
    Some(
        format!(
            "{status_line}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    )
}

impl<S: AsyncWrite + Unpin> WithErrorBodies<S> {
    /// Writes the pending replacement; ready with the length hyper asked for once all is out.
    fn drain(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<usize>> {
        while let Some((bytes, written, asked)) = &mut self.pending {
            if *written == bytes.len() {
                let asked = *asked;
                self.pending = None;
                return Poll::Ready(Ok(asked));
            }
            match Pin::new(&mut self.inner).poll_write(cx, &bytes[*written..]) {
                Poll::Ready(Ok(0)) => return Poll::Ready(Err(io::ErrorKind::WriteZero.into())),
                Poll::Ready(Ok(n)) => *written += n,
                other => return other,
            }
        }
        Poll::Ready(Ok(0))
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for WithErrorBodies<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for WithErrorBodies<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        if self.pending.is_none() {
            match replacement(buf) {
                Some(bytes) => self.pending = Some((bytes, 0, buf.len())),
                None => return Pin::new(&mut self.inner).poll_write(cx, buf),
            }
        }
        self.drain(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        // An automatic answer is a head alone, so it arrives as one slice.
        if self.pending.is_none() {
            let mut nonempty = bufs.iter().filter(|slice| !slice.is_empty());
            if let (Some(only), None) = (nonempty.next(), nonempty.next()) {
                if let Some(bytes) = replacement(only) {
                    self.pending = Some((bytes, 0, only.len()));
                }
            }
            if self.pending.is_none() {
                return Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
            }
        }
        self.drain(cx)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        if self.pending.is_some() {
            match self.drain(cx) {
                Poll::Ready(Ok(_)) => {}
                Poll::Ready(Err(error)) => return Poll::Ready(Err(error)),
                Poll::Pending => return Poll::Pending,
            }
        }
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::replacement;

    #[test]
    fn only_hypers_bodiless_answers_are_replaced() {
        let automatic = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\ndate: Mon, 30 Nov 2026 09:00:00 GMT\r\n\r\n";
        let replaced = String::from_utf8(replacement(automatic).expect("replaced")).expect("text");
        assert!(replaced.starts_with("HTTP/1.1 431 Request Header Fields Too Large\r\n"));
        assert!(replaced.ends_with("\"}]}"), "{replaced}");
        let with_body = b"HTTP/1.1 400 Bad Request\r\ncontent-length: 12\r\n\r\n{\"errors\":1}";
        assert!(replacement(with_body).is_none());
        let ok = b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n";
        assert!(replacement(ok).is_none());
    }
}
