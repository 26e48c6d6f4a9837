//! Reports about a schema, rendered as text or JSON: its deprecations, its possible errors and
//! its size.

mod deprecations;
mod errors;
mod stats;

pub use deprecations::{deprecations_human, deprecations_json, RemovalStatus};
pub use errors::{errors_human, errors_json, problem_diagnostics, select_errors, ErrorSelection};
pub use stats::{stats_human, SchemaStats};
