//! Loaders: SDL files and introspection JSON into one unvalidated schema, then validation.

mod assemble;
mod comments;
pub mod introspection;
mod locate;
mod one_of;
mod pieces;
pub mod sdl;

pub use assemble::{load_sources, parse_source, validate_documents, validate_schema, SourceFormat};
pub use locate::{apollo_location, validation_diagnostics};
pub use one_of::{declare_one_of, is_one_of};
