//! krakenql-codegen: typed Rust client modules from a Kraken schema and GraphQL operations.
//!
//! No IO: callers pass the schema, the documents and the options, and write the returned files.

pub mod config;
pub mod project;
pub mod rust;
