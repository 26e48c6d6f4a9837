//! The krakenql linter: validates operations against a Kraken schema and reports every use of
//! a deprecated field, argument, input field or enum value, judged by its removal date.
//!
//! No IO: the caller passes the sources and `today`, and renders the returned report.
//!
//! Feature `render` (on by default) holds the renderers: `render` (human code frames with
//! ariadne, json, sarif, github, junit with quick-junit) and `diff::render`. The proc macro
//! turns it off: it maps diagnostics to compile errors itself and renders none of them.

pub mod baseline;
pub mod diagnostic;
pub mod diff;
pub mod engine;
pub mod extract;
#[cfg(feature = "render")]
pub mod render;
pub mod report;
pub mod rules;
pub mod source;
pub mod suppress;

pub use diagnostic::{Label, LintDiagnostic, Span};
pub use engine::{judge, lint, staleness, DeprecatedUse, LintOptions, SchemaAge};
pub use report::LintReport;
pub use source::{EmbeddedDocument, LintSource, SourceKind};
