//! The accept loop of `mock serve`, with the limits axum's own `serve` does not offer: at most
//! `max_connections` connections served at once by all workers (the others wait in the listen
//! queue, but for one per worker that waits accepted, so the process never runs out of file
//! descriptors), a time limit on reading request headers that also closes
//! idle keep-alive connections (hyper's `header_read_timeout`), a bound on the request head
//! (`head_errors.rs`, whose wrapper gives hyper's own 400/414/431 answers a GraphQL error body),
//! and a shutdown that stops accepting, lets requests in flight finish for at most
//! `shutdown_timeout`, and returns.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use super::head_errors::{WithErrorBodies, MAX_HEADERS, MAX_HEAD_BYTES};
use crate::limits::ServerLimits;

/// How long to wait before accepting again after `accept` failed (e.g. out of descriptors).
const ACCEPT_BACKOFF: Duration = Duration::from_millis(50);

/// Serves `router` on `listener` until `shutdown` resolves, then drains for a bounded time.
/// A connection is accepted only with one of `permits`, which every worker shares (the
/// connection limit). Returns whether every connection finished within the drain.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ServerLimits,
    permits: Arc<Semaphore>,
    shutdown: impl Future<Output = ()>,
) -> bool {
    let graceful = GracefulShutdown::new();
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_buf_size(MAX_HEAD_BYTES)
        .max_headers(MAX_HEADERS)
        .keep_alive(true);
    tokio::pin!(shutdown);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(_) => {
                    tokio::time::sleep(ACCEPT_BACKOFF).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // The permit is taken after `accept`, not before: a worker that held a permit while no
        // connection came to its socket would keep it from a worker whose socket has one
        // waiting. So each worker holds at most one accepted connection beyond the limit.
        let permit = tokio::select! {
            permit = Arc::clone(&permits).acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let connection = builder.serve_connection(
            TokioIo::new(WithErrorBodies::new(stream)),
            TowerToHyperService::new(router.clone()),
        );
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A connection that ends in an I/O error or a timeout is simply closed.
            let _ = connection.await;
            drop(permit);
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => true,
        () = tokio::time::sleep(limits.shutdown_timeout) => false,
    }
}
