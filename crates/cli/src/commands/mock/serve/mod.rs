//! `krakenql mock serve`: GraphQL over HTTP on a multi-thread tokio runtime with axum.
//!
//! `app.rs` builds the router and its shared state, `handler.rs` answers one request,
//! `request.rs` reads a GraphQL request from a POST body or GET query string, `reply.rs` writes
//! responses and errors, `auth.rs` checks `Authorization`. HTTP status policy (documented in
//! README.md and tested in tests/serve/): malformed HTTP requests get 4xx with a GraphQL
//! error body; a well-formed request whose document fails (syntax, validation, unknown
//! operation, too deep) gets 200 with `application/json`, as the GraphQL-over-HTTP spec asks,
//! or 400 when the client accepts `application/graphql-response+json`.

mod app;
mod auth;
mod body;
mod handler;
mod reply;
mod request;

use std::io::Write;

use krakenql_schema::Diagnostic;

use super::options::build_mocks;
use crate::cli::{GlobalArgs, MockServeArgs};
use crate::failure::{Failure, Outcome};
use crate::CommandResult;

/// Serves until Ctrl-C, then finishes the requests in flight and exits 0.
pub fn run(global: &GlobalArgs, args: &MockServeArgs) -> CommandResult {
    let mocks = build_mocks(global, &args.mock)?
        .with_introspection(true)
        .with_max_depth(args.max_depth);
    let state = app::AppState::new(mocks, args.require_auth.clone(), args.max_body);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|error| internal(format!("cannot start the async runtime: {error}")))?;
    runtime.block_on(serve(args, state))
}

async fn serve(args: &MockServeArgs, state: app::AppState) -> CommandResult {
    let listener = tokio::net::TcpListener::bind(args.addr)
        .await
        .map_err(|error| {
            Failure::from(
                Diagnostic::error(
                    "cannot-listen",
                    format!("cannot listen on {}: {error}", args.addr),
                )
                .with_help("choose another port with --addr 127.0.0.1:PORT (0 picks a free one)"),
            )
        })?;
    let local = listener
        .local_addr()
        .map_err(|error| internal(format!("cannot read the listening address: {error}")))?;
    let mut stdout = std::io::stdout();
    // Tests and scripts wait for this line to learn the port: flush it at once.
    let _ = writeln!(stdout, "listening on http://{local}/");
    let _ = stdout.flush();
    axum::serve(listener, app::router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|error| internal(format!("the server stopped: {error}")))?;
    eprintln!("shut down");
    Ok(Outcome::Clean)
}

/// Resolves on Ctrl-C (and on SIGTERM on Unix), so the server stops accepting connections and
/// finishes the requests in flight.
async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
}

fn internal(message: String) -> Failure {
    Failure::from(Diagnostic::error("internal", message))
}
