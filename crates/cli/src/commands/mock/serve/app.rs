//! The router and the state every request shares.

use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::Router;
use krakenql::mock::Mocks;

use super::handler::graphql;

/// What every request handler reads: the executor, the token to require and the body limit.
#[derive(Clone)]
pub struct AppState {
    pub mocks: Mocks,
    pub token: Option<Arc<str>>,
    pub max_body: usize,
}

impl AppState {
    pub fn new(mocks: Mocks, token: Option<String>, max_body: usize) -> Self {
        AppState {
            mocks,
            token: token.map(Arc::from),
            max_body,
        }
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
