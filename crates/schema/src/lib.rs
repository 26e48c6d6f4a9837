//! The Kraken GraphQL schema model: load SDL, introspection JSON and the docs reference page,
//! merge them, and read Kraken's deprecation dates on every coordinate.
//!
//! This crate does no IO: every function takes text and returns a model plus diagnostics. The
//! one exception is `files` (feature `files`), the document finder shared by the CLI and
//! codegen's project shell.

pub mod bundle;
pub mod codes;
pub mod config;
pub mod coordinate;
pub mod deprecation;
pub mod diagnostic;
pub mod diff;
pub mod errors;
pub mod examples;
#[cfg(feature = "files")]
pub mod files;
pub mod knowledge;
pub mod limits;
pub mod line_index;
pub mod load;
pub mod merge;
pub mod model;
pub mod position;
pub mod reference;
pub mod render;
pub mod report;

pub use codes::Code;
pub use coordinate::{Coordinate, CoordinateKind};
pub use deprecation::{Deprecation, MentionedItem, ReasonProblem, Replacement};
pub use diagnostic::{ByteSpan, Diagnostic, Label, LoadError, Location, Note, Severity};
pub use errors::{ErrorListProblem, FieldErrors, PossibleError};
pub use knowledge::{Knowledge, SourceInfo};
pub use model::{KrakenSchema, SourceFile};
