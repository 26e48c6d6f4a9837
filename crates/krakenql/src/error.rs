//! The error type of the runtime: GraphQL errors, HTTP status, transport, (de)serialisation
//! and authentication.

use std::fmt;

use crate::response::GraphQLError;

/// A boxed error from the HTTP stack, kept out of the public types so that they do not
/// depend on the `client` feature.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Everything that can go wrong when running an operation.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with GraphQL errors (from [`crate::Response::into_result`]).
    #[error("the GraphQL response has errors: {}", ErrorList(.0))]
    GraphQL(Vec<GraphQLError>),
    /// The server answered with neither data nor errors.
    #[error("the GraphQL response has no data and no errors")]
    NoData,
    /// The server answered with an HTTP status other than 2xx.
    #[error("the GraphQL endpoint answered HTTP {status}{}: {body}", graphql_suffix(.errors))]
    HttpStatus {
        /// The HTTP status code.
        status: u16,
        /// The start of the response body, for the message.
        body: String,
        /// The GraphQL errors, when the body was a GraphQL response.
        errors: Vec<GraphQLError>,
    },
    /// The request could not be sent or the response not received.
    #[error("could not reach the GraphQL endpoint: {0}")]
    Transport(#[source] BoxError),
    /// The variables could not be serialised as JSON.
    #[error("could not serialise the request: {0}")]
    Serialize(#[source] serde_json::Error),
    /// The response body is not a GraphQL response of the expected shape.
    #[error("could not read the response (HTTP {status}) as a GraphQL response: {source}; the body starts with: {body}")]
    Deserialize {
        /// The HTTP status code.
        status: u16,
        /// The start of the response body, for the message.
        body: String,
        /// What serde_json said.
        #[source]
        source: serde_json::Error,
    },
    /// Getting or using a Kraken token failed.
    #[error("authentication failed: {0}")]
    Auth(#[from] AuthError),
    /// Mock data does not fit the typed response (an override of the wrong shape).
    #[error("the mock data does not fit the response type: {0}")]
    MockData(#[source] serde_json::Error),
    /// The endpoint is not a valid URL.
    #[error("invalid endpoint URL {url:?}: {message}")]
    InvalidEndpoint {
        /// The text given as the endpoint.
        url: String,
        /// Why it is not a URL.
        message: String,
    },
}

/// Why authentication failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AuthError {
    /// `obtainKrakenToken` answered with errors (wrong API key or password, expired
    /// refresh token, …).
    #[error("obtainKrakenToken was refused: {}", ErrorList(.errors))]
    Rejected {
        /// The errors of the `obtainKrakenToken` response.
        errors: Vec<GraphQLError>,
    },
    /// `obtainKrakenToken` answered without errors but without a token.
    #[error("obtainKrakenToken returned no token")]
    NoToken,
    /// The token holds characters that an HTTP header cannot carry.
    #[error("the Kraken token cannot be sent as an HTTP header")]
    InvalidToken,
}

impl Error {
    /// The GraphQL errors this error carries, if any (from the response, an HTTP error
    /// body, or a refused `obtainKrakenToken`).
    pub fn graphql_errors(&self) -> &[GraphQLError] {
        match self {
            Error::GraphQL(errors)
            | Error::HttpStatus { errors, .. }
            | Error::Auth(AuthError::Rejected { errors }) => errors,
            _ => &[],
        }
    }
}

fn graphql_suffix(errors: &[GraphQLError]) -> String {
    if errors.is_empty() {
        String::new()
    } else {
        format!(" with GraphQL errors ({})", ErrorList(errors))
    }
}

/// Shows the first error and how many more there are.
struct ErrorList<'a>(&'a [GraphQLError]);

impl fmt::Display for ErrorList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            [] => f.write_str("(no errors)"),
            [only] => write!(f, "{only}"),
            [first, rest @ ..] => write!(f, "{first} (and {} more)", rest.len()),
        }
    }
}
