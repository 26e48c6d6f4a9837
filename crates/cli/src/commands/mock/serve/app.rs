//! The router and the state every request shares.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::Router;
use krakenql::mock::Mocks;
use tokio::sync::Semaphore;

use super::handler::graphql;
use super::rejected::RejectedBodies;

/// What every request handler reads: the executor, the token to require, the body limit, how
/// long a body may take to arrive, how long an execution may take, the executions that may run
/// at once off the async workers, and the answers to large refused bodies.
#[derive(Clone)]
pub struct AppState {
    pub mocks: Mocks,
    pub token: Option<Arc<str>>,
    pub max_body: usize,
    pub body_timeout: Duration,
    pub execution_timeout: Duration,
    /// One permit per execution running on a blocking pool. The execution holds it until it
    /// ends, also when its client is gone, so abandoned executions cannot pile up.
    pub executions: Arc<Semaphore>,
    pub rejected: Arc<RejectedBodies>,
}

impl AppState {
    pub fn new(mocks: Mocks, token: Option<String>, max_body: usize) -> Self {
        AppState {
            mocks,
            token: token.map(Arc::from),
            max_body,
            body_timeout: Duration::from_secs(10),
            execution_timeout: Duration::from_secs(10),
            executions: Arc::new(Semaphore::new(1)),
            rejected: Arc::default(),
        }
    }

    /// Sets the body read timeout and the execution time limit.
    pub fn with_timeouts(mut self, body: Duration, execution: Duration) -> Self {
        self.body_timeout = body;
        self.execution_timeout = execution;
        self
    }

    /// Sets how many executions may run at once off the async workers (at least one).
    pub fn with_executions(mut self, count: usize) -> Self {
        self.executions = Arc::new(Semaphore::new(count.max(1)));
        self
    }
}

/// GraphQL on every path (`/`, `/graphql`, `/v1/graphql/` alike). The handler reads bodies
/// itself (`body.rs`), so axum's own limit is off.
pub fn router(state: AppState) -> Router {
    Router::new()
        .fallback(graphql)
        .layer(DefaultBodyLimit::disable())
        .with_state(state)
}
