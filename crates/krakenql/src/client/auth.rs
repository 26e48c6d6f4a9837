//! Kraken token auth: the credentials, the `obtainKrakenToken` mutation, and the cache
//! that refreshes the token before it expires.

use std::fmt;

use reqwest::Url;
use serde::{Deserialize, Serialize};
use tokio::sync::Mutex;

use super::transport::{post, read_response};
use crate::error::{AuthError, Error};
use crate::operation::Operation;

/// How the client authenticates.
#[derive(Clone, Default)]
#[non_exhaustive]
pub enum Auth {
    /// No `Authorization` header (public queries such as products and tariffs).
    #[default]
    None,
    /// A Kraken token obtained elsewhere, sent as it is and never refreshed.
    Token(String),
    /// An account user's API key, exchanged for a token with `obtainKrakenToken`.
    ApiKey(String),
    /// An account user's email and password, exchanged for a token with
    /// `obtainKrakenToken`.
    EmailPassword {
        /// The account user's email address.
        email: String,
        /// The account user's password.
        password: String,
    },
    /// A third-party organisation's live secret key, exchanged for a token with
    /// `obtainKrakenToken`.
    OrganizationSecretKey(String),
}

/// Secrets are never printed.
impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Auth::None => f.write_str("None"),
            Auth::Token(_) => f.write_str("Token(<redacted>)"),
            Auth::ApiKey(_) => f.write_str("ApiKey(<redacted>)"),
            Auth::EmailPassword { email, .. } => f
                .debug_struct("EmailPassword")
                .field("email", email)
                .field("password", &"<redacted>")
                .finish(),
            Auth::OrganizationSecretKey(_) => f.write_str("OrganizationSecretKey(<redacted>)"),
        }
    }
}

/// Kraken's token mutation; the field names come from `ObtainJSONWebTokenInput` and
/// `ObtainKrakenJSONWebToken` in `schema/kraken.graphql`.
struct ObtainKrakenToken;

impl Operation for ObtainKrakenToken {
    const QUERY: &'static str = "mutation ObtainKrakenToken($input: ObtainJSONWebTokenInput!) { obtainKrakenToken(input: $input) { token refreshToken refreshExpiresIn payload } }";
    const OPERATION_NAME: &'static str = "ObtainKrakenToken";
    type Variables = ObtainVariables;
    type ResponseData = ObtainData;
}

#[derive(Serialize)]
struct ObtainVariables {
    input: ObtainInput,
}

/// `ObtainJSONWebTokenInput`: exactly one way of authenticating is set.
#[derive(Serialize, Default)]
#[serde(rename_all = "camelCase")]
struct ObtainInput {
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    password: Option<String>,
    #[serde(rename = "APIKey", skip_serializing_if = "Option::is_none")]
    api_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    organization_secret_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    refresh_token: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ObtainData {
    obtain_kraken_token: Option<TokenPayload>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct TokenPayload {
    token: Option<String>,
    refresh_token: Option<String>,
    /// Despite its name, a Unix timestamp (when the refresh token expires).
    refresh_expires_in: Option<i64>,
    /// The token's claims (`GenericScalar`), with `exp` in Unix seconds.
    payload: Option<serde_json::Value>,
}

/// A token and what is known about its lifetime.
struct TokenState {
    token: String,
    expires_at: Option<i64>,
    refresh_token: Option<String>,
    refresh_expires_at: Option<i64>,
}

/// Where and how tokens are obtained: the HTTP client and the URL of `obtainKrakenToken`.
pub(crate) struct TokenSource<'a> {
    pub(crate) http: &'a reqwest::Client,
    pub(crate) url: &'a Url,
}

/// The credentials and the cached token; one refresh runs at a time.
pub(crate) struct TokenCache {
    auth: Auth,
    state: Mutex<Option<TokenState>>,
}

impl TokenCache {
    pub(crate) fn new(auth: Auth) -> Self {
        TokenCache {
            auth,
            state: Mutex::new(None),
        }
    }

    /// Whether a token can be replaced when the server says it has expired.
    pub(crate) fn can_refresh(&self) -> bool {
        self.credentials().is_some()
    }

    /// The token to send, obtained or refreshed when it expires within `margin` seconds.
    pub(crate) async fn token(
        &self,
        source: TokenSource<'_>,
        now: i64,
        margin: i64,
    ) -> Result<Option<String>, Error> {
        let Some(credentials) = self.credentials() else {
            return Ok(match &self.auth {
                Auth::Token(token) => Some(token.clone()),
                _ => None,
            });
        };
        let mut state = self.state.lock().await;
        if let Some(current) = state.as_ref() {
            if current
                .expires_at
                .is_none_or(|exp| exp.saturating_sub(margin) > now)
            {
                return Ok(Some(current.token.clone()));
            }
        }
        let usable_refresh = state.as_ref().and_then(|current| {
            let alive = current
                .refresh_expires_at
                .is_none_or(|exp| exp.saturating_sub(margin) > now);
            current.refresh_token.clone().filter(|_| alive)
        });
        let fresh = match usable_refresh {
            Some(refresh_token) => {
                let input = ObtainInput {
                    refresh_token: Some(refresh_token.clone()),
                    ..ObtainInput::default()
                };
                match obtain(&source, input).await {
                    Ok(mut fresh) => {
                        fresh.refresh_token.get_or_insert(refresh_token);
                        fresh
                    }
                    Err(Error::Auth(AuthError::Rejected { .. })) => {
                        obtain(&source, credentials).await?
                    }
                    Err(other) => return Err(other),
                }
            }
            None => obtain(&source, credentials).await?,
        };
        let token = fresh.token.clone();
        *state = Some(fresh);
        Ok(Some(token))
    }

    /// Marks `stale` as expired so that the next [`TokenCache::token`] refreshes it, unless
    /// another request has replaced it already.
    pub(crate) async fn invalidate(&self, stale: &str) {
        let mut state = self.state.lock().await;
        if let Some(current) = state.as_mut() {
            if current.token == stale {
                current.expires_at = Some(i64::MIN);
            }
        }
    }

    /// The `obtainKrakenToken` input for the configured credentials.
    fn credentials(&self) -> Option<ObtainInput> {
        let input = match &self.auth {
            Auth::None | Auth::Token(_) => return None,
            Auth::ApiKey(key) => ObtainInput {
                api_key: Some(key.clone()),
                ..ObtainInput::default()
            },
            Auth::EmailPassword { email, password } => ObtainInput {
                email: Some(email.clone()),
                password: Some(password.clone()),
                ..ObtainInput::default()
            },
            Auth::OrganizationSecretKey(key) => ObtainInput {
                organization_secret_key: Some(key.clone()),
                ..ObtainInput::default()
            },
        };
        Some(input)
    }
}

/// Runs `obtainKrakenToken` with this input.
async fn obtain(source: &TokenSource<'_>, input: ObtainInput) -> Result<TokenState, Error> {
    let request = ObtainKrakenToken::build_request(ObtainVariables { input });
    let answer = post(source.http, source.url, &request, None).await?;
    let response = read_response::<ObtainData>(&answer)?;
    if !response.errors.is_empty() {
        return Err(AuthError::Rejected {
            errors: response.errors,
        }
        .into());
    }
    let payload = response
        .data
        .and_then(|data| data.obtain_kraken_token)
        .ok_or(AuthError::NoToken)?;
    let token = payload.token.ok_or(AuthError::NoToken)?;
    Ok(TokenState {
        token,
        expires_at: payload.payload.as_ref().and_then(expiry),
        refresh_token: payload.refresh_token,
        refresh_expires_at: payload.refresh_expires_in,
    })
}

/// The `exp` claim of the token payload, an object or (from some servers) a JSON string.
fn expiry(payload: &serde_json::Value) -> Option<i64> {
    match payload {
        serde_json::Value::Object(claims) => match claims.get("exp")? {
            serde_json::Value::Number(exp) => {
                exp.as_i64().or_else(|| exp.as_f64().map(|f| f as i64))
            }
            serde_json::Value::String(exp) => exp.trim().parse().ok(),
            _ => None,
        },
        serde_json::Value::String(text) => expiry(&serde_json::from_str(text).ok()?),
        _ => None,
    }
}
