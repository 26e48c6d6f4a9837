//! Runtime for krakenql-generated clients of the Kraken GraphQL API (Octopus Energy and
//! the other brands on the Kraken platform).
//!
//! Always available: the [`Operation`] trait that generated code implements, the
//! [`Response`] envelope with Kraken's error extensions ([`GraphQLError`],
//! [`KrakenErrorExtensions`]) and the typed possible errors of each operation
//! ([`Response::kraken_errors`]), the [`InputValue`] tri-state for nullable inputs, typed mock
//! data ([`MockData`]) and [`Error`]. With the `client` feature: [`client::Client`], an async HTTP client (reqwest
//! with rustls) that obtains, caches and refreshes Kraken tokens. With the `mock` feature:
//! [`mock::Mocks`], a dynamic executor that answers any operation with deterministic example
//! data (varied reproducibly by a seed, [`mock::seed`]).

mod codec;
pub mod codes;
mod error;
mod extensions;
mod input;
mod mock_data;
mod operation;
mod response;
mod typed_errors;

#[cfg(feature = "client")]
pub mod client;

#[cfg(feature = "mock")]
pub mod mock;

pub use error::{AuthError, BoxError, Error};
pub use extensions::{KrakenErrorExtensions, ValidationError};
pub use input::InputValue;
pub use mock_data::MockData;
pub use operation::{Operation, Request};
pub use response::{GraphQLError, Location, PathSegment, Response};
pub use typed_errors::{ErrorCode, KrakenError, OperationErrors, UnlistedError};

#[cfg(feature = "client")]
pub use client::{Auth, Client, ClientBuilder, Clock, SystemClock};

/// `#[kraken_query(query = "…" | document = "…", schema = "…")]` on a unit struct: the typed
/// module of one operation, checked at compile time (the `macros` feature).
#[cfg(feature = "macros")]
pub use krakenql_macros::kraken_query;

/// Re-exports for generated code, so that it compiles without its own `serde` dependency.
#[doc(hidden)]
pub mod __private {
    pub use serde;
    pub use serde_json;

    /// What generated `mock_json` functions call.
    pub use crate::mock_data::support as mock;

    /// What generated `Deserialize` impls call.
    pub use crate::codec::de;

    /// What generated `Serialize` impls call.
    pub use crate::codec::ser;
}
