//! `krakenql mock serve`: GraphQL over HTTP with axum, on one current-thread tokio runtime per
//! core.
//!
//! `bind.rs` opens a listening socket per worker, `workers.rs` runs the workers, `signals.rs`
//! installs the Ctrl-C and SIGTERM handlers before the `listening on` line, `listen.rs`
//! accepts connections within the server's limits (connection count, header and
//! idle timeouts, bounded drain on shutdown), `app.rs` builds the router and its shared state,
//! `handler.rs` answers one request (a cheap one at once on the async worker, any other on the
//! blocking pool), `rejected.rs` remembers the answers to large refused bodies,
//! `request.rs` reads a GraphQL request from a POST body or GET query string, `reply.rs` writes
//! responses and errors, `auth.rs` checks `Authorization`. HTTP status policy (documented in
//! README.md and tested in tests/serve/): malformed HTTP requests get 4xx with a GraphQL
//! error body; a well-formed request whose document fails (syntax, validation, unknown
//! operation, too deep) gets 200 with `application/json`, as the GraphQL-over-HTTP spec asks,
//! or 400 when the client accepts `application/graphql-response+json`.

mod app;
mod auth;
mod bind;
mod body;
mod handler;
mod head_errors;
mod listen;
mod rejected;
mod reply;
mod request;
mod signals;
mod workers;

use std::io::{ErrorKind, Write};
use std::net::SocketAddr;

use krakenql_schema::codes;
use krakenql_schema::Diagnostic;

use super::options::build_mocks;
use crate::cli::{GlobalArgs, MockServeArgs};
use crate::failure::{Failure, Outcome};
use crate::inputs::load_config;
use crate::messages::progress;
use crate::CommandResult;

/// How many executions may run at once off the async workers, per core. They are CPU-bound:
/// more would not answer sooner, only hold more memory (up to `--max-response-bytes` each).
const EXECUTIONS_PER_CORE: usize = 2;

/// Serves until Ctrl-C or SIGTERM, then finishes the requests in flight within the shutdown
/// timeout and exits 0.
pub fn run(global: &GlobalArgs, args: &MockServeArgs) -> CommandResult {
    let config = load_config(global)?;
    let server_limits = args.server_limits.resolve(config.as_ref())?;
    let execution = args.mock.limits.resolve(config.as_ref())?;
    let mocks = build_mocks(global, &args.mock)?.with_introspection(true);
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let state = app::AppState::new(mocks, args.require_auth.clone(), args.max_body)
        .with_timeouts(server_limits.body_timeout, execution.timeout)
        .with_executions(EXECUTIONS_PER_CORE * threads);
    let listeners = bind::listeners(args.addr, threads).map_err(|error| {
        Failure::from(
            Diagnostic::error(
                codes::CANNOT_LISTEN,
                format!("cannot listen on {}: {error}", args.addr),
            )
            .with_help(listen_help(args.addr, &error)),
        )
    })?;
    let local = listeners
        .first()
        .map(std::net::TcpListener::local_addr)
        .transpose()
        .map_err(|error| internal(format!("cannot read the listening address: {error}")))?
        .unwrap_or(args.addr);
    let workers = workers::Workers::new(listeners)
        .map_err(|error| internal(format!("cannot start the server's workers: {error}")))?;
    let shutdown = workers
        .enter(signals::Shutdown::install)
        .map_err(|error| internal(format!("cannot install the Ctrl-C handler: {error}")))?;
    let mut stdout = std::io::stdout();
    // Tests and scripts wait for this line to learn the port: flush it at once.
    let _ = writeln!(stdout, "listening on http://{local}/");
    let _ = stdout.flush();
    let drained = workers
        .serve(app::router(state), server_limits, shutdown.received())
        .map_err(|error| internal(format!("cannot start the server's workers: {error}")))?;
    let format = global.message_format;
    if drained {
        progress(format, "shut down");
    } else {
        progress(
            format,
            format_args!(
                "shut down after {} ms with connections still open (--shutdown-timeout-ms)",
                server_limits.shutdown_timeout.as_millis()
            ),
        );
    }
    Ok(Outcome::Clean)
}

/// What to do when `addr` cannot be listened on, by the reason.
fn listen_help(addr: SocketAddr, error: &std::io::Error) -> String {
    const ANOTHER_PORT: &str =
        "choose another port with --addr 127.0.0.1:PORT (0 picks a free one)";
    match error.kind() {
        ErrorKind::AddrInUse => format!("another process listens there; {ANOTHER_PORT}"),
        ErrorKind::AddrNotAvailable => format!(
            "{} is not an address of this machine: listen on 127.0.0.1 (this machine only) or \
             0.0.0.0 (every interface)",
            addr.ip()
        ),
        ErrorKind::PermissionDenied if addr.port() < 1024 => {
            "ports below 1024 need privileges: choose one above, e.g. --addr 127.0.0.1:4000"
                .to_owned()
        }
        _ => ANOTHER_PORT.to_owned(),
    }
}

fn internal(message: String) -> Failure {
    Failure::from(Diagnostic::error(codes::INTERNAL, message))
}
