//! The async HTTP client (feature `client`): runs operations against a Kraken GraphQL
//! endpoint and handles Kraken token auth.

mod auth;
mod clock;
mod transport;

use std::sync::Arc;
use std::time::Duration;

use reqwest::Url;
use serde::Serialize;

pub use auth::Auth;
pub use clock::{Clock, SystemClock};

use crate::error::Error;
use crate::operation::Operation;
use crate::response::Response;
use auth::{TokenCache, TokenSource};
use transport::{post, read_response, says_token_expired, RawAnswer};

/// The GraphQL endpoint of Octopus Energy in Great Britain, the default of
/// [`Client::builder`].
pub const OCTOPUS_ENERGY_GB_ENDPOINT: &str = "https://api.octopus.energy/v1/graphql/";

/// How long before its `exp` a token is refreshed, unless set with
/// [`ClientBuilder::refresh_margin`].
pub const DEFAULT_REFRESH_MARGIN: Duration = Duration::from_secs(5 * 60);

/// An async client for one Kraken GraphQL endpoint. Cloning it is cheap and clones share
/// the token cache.
///
/// With [`Auth::ApiKey`], [`Auth::EmailPassword`] or [`Auth::OrganizationSecretKey`] it runs
/// `obtainKrakenToken` before the first operation, caches the token, refreshes it
/// [`DEFAULT_REFRESH_MARGIN`] before the `exp` of its payload (with the refresh token while
/// that is valid, else with the credentials), and when an operation fails with an
/// expired-token error ([`crate::codes::TOKEN_EXPIRED`]) refreshes once and sends the
/// operation once more.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    endpoint: Url,
    auth_endpoint: Url,
    tokens: TokenCache,
    clock: Box<dyn Clock>,
    refresh_margin: i64,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.inner.endpoint.as_str())
            .field("auth_endpoint", &self.inner.auth_endpoint.as_str())
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client for this endpoint, without authentication.
    pub fn new(endpoint: impl AsRef<str>) -> Result<Client, Error> {
        Client::builder().endpoint(endpoint).build()
    }

    /// A builder, set to [`OCTOPUS_ENERGY_GB_ENDPOINT`] and [`Auth::None`].
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// Runs a typed operation.
    ///
    /// GraphQL errors do not make this fail: they are in [`Response::errors`] (use
    /// [`Response::into_result`]). It fails on transport errors, a non-2xx status, a body
    /// that is not a GraphQL response, or when no token can be obtained.
    pub async fn execute<Op: Operation>(
        &self,
        variables: Op::Variables,
    ) -> Result<Response<Op::ResponseData>, Error> {
        let request = Op::build_request(variables);
        let answer = self.send(&request).await?;
        read_response(&answer)
    }

    /// Runs an operation given as text, with untyped variables and data.
    pub async fn execute_raw(
        &self,
        query: &str,
        operation_name: Option<&str>,
        variables: serde_json::Value,
    ) -> Result<Response<serde_json::Value>, Error> {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct RawRequest<'a> {
            query: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            operation_name: Option<&'a str>,
            variables: serde_json::Value,
        }
        let request = RawRequest {
            query,
            operation_name,
            variables,
        };
        let answer = self.send(&request).await?;
        read_response(&answer)
    }

    /// The token the next operation would send, obtaining or refreshing it if needed.
    pub async fn current_token(&self) -> Result<Option<String>, Error> {
        self.token().await
    }

    /// The endpoint operations are sent to.
    pub fn endpoint(&self) -> &Url {
        &self.inner.endpoint
    }

    /// Posts the body with the current token; on an expired-token error, refreshes the
    /// token and posts once more.
    async fn send<B: Serialize>(&self, body: &B) -> Result<RawAnswer, Error> {
        let inner = &self.inner;
        let token = self.token().await?;
        let answer = post(&inner.http, &inner.endpoint, body, token.as_deref()).await?;
        match token {
            Some(stale) if inner.tokens.can_refresh() && says_token_expired(&answer) => {
                inner.tokens.invalidate(&stale).await;
                let token = self.token().await?;
                post(&inner.http, &inner.endpoint, body, token.as_deref()).await
            }
            _ => Ok(answer),
        }
    }

    async fn token(&self) -> Result<Option<String>, Error> {
        let inner = &self.inner;
        let source = TokenSource {
            http: &inner.http,
            url: &inner.auth_endpoint,
        };
        let now = clock::unix_seconds(inner.clock.now());
        inner.tokens.token(source, now, inner.refresh_margin).await
    }
}

/// Settings of a [`Client`].
#[must_use]
pub struct ClientBuilder {
    endpoint: String,
    auth_endpoint: Option<String>,
    auth: Auth,
    clock: Box<dyn Clock>,
    refresh_margin: Duration,
    timeout: Option<Duration>,
    http: Option<reqwest::Client>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            endpoint: OCTOPUS_ENERGY_GB_ENDPOINT.to_owned(),
            auth_endpoint: None,
            auth: Auth::None,
            clock: Box::new(SystemClock),
            refresh_margin: DEFAULT_REFRESH_MARGIN,
            timeout: None,
            http: None,
        }
    }
}

impl ClientBuilder {
    /// The GraphQL endpoint, e.g. `https://api.octopus.energy/v1/graphql/`.
    pub fn endpoint(mut self, endpoint: impl AsRef<str>) -> Self {
        endpoint.as_ref().clone_into(&mut self.endpoint);
        self
    }

    /// Where `obtainKrakenToken` runs, when not at the endpoint itself.
    pub fn auth_endpoint(mut self, endpoint: impl AsRef<str>) -> Self {
        self.auth_endpoint = Some(endpoint.as_ref().to_owned());
        self
    }

    /// How the client authenticates.
    pub fn auth(mut self, auth: Auth) -> Self {
        self.auth = auth;
        self
    }

    /// The time source for token expiry (the system clock by default).
    pub fn clock(mut self, clock: impl Clock) -> Self {
        self.clock = Box::new(clock);
        self
    }

    /// How long before its expiry a token is refreshed.
    pub fn refresh_margin(mut self, margin: Duration) -> Self {
        self.refresh_margin = margin;
        self
    }

    /// A timeout for each HTTP request (ignored with [`ClientBuilder::http_client`]).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// A reqwest client of your own (proxies, timeouts, connection pool).
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Builds the client; fails on an invalid URL or when the TLS stack cannot start.
    pub fn build(self) -> Result<Client, Error> {
        let endpoint = parse_url(&self.endpoint)?;
        let auth_endpoint = match &self.auth_endpoint {
            Some(url) => parse_url(url)?,
            None => endpoint.clone(),
        };
        let http = match self.http {
            Some(http) => http,
            None => {
                let mut builder = reqwest::Client::builder()
                    .user_agent(concat!("krakenql/", env!("CARGO_PKG_VERSION")));
                if let Some(timeout) = self.timeout {
                    builder = builder.timeout(timeout);
                }
                builder.build().map_err(|e| Error::Transport(Box::new(e)))?
            }
        };
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                endpoint,
                auth_endpoint,
                tokens: TokenCache::new(self.auth),
                clock: self.clock,
                refresh_margin: i64::try_from(self.refresh_margin.as_secs()).unwrap_or(i64::MAX),
            }),
        })
    }
}

fn parse_url(url: &str) -> Result<Url, Error> {
    Url::parse(url).map_err(|e| Error::InvalidEndpoint {
        url: url.to_owned(),
        message: e.to_string(),
    })
}
