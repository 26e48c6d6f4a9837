//! Reports about a schema, rendered as text or JSON: its deprecations and its size.

mod deprecations;
mod stats;

pub use deprecations::{deprecations_human, deprecations_json, RemovalStatus};
pub use stats::{stats_human, SchemaStats};
