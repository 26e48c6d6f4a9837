//! krakenql-codegen: typed Rust client modules from a Kraken schema and GraphQL operations.
//!
//! `rust` is a pure function from a schema, documents and options to files. `project` is the
//! shell around it that reads `graphql.config.toml` and writes the output, shared by the CLI
//! and downstream `cargo xtask codegen` so both write the same bytes.

pub mod config;
pub mod docs;
pub mod project;
pub mod rust;

pub use project::{write, OutputFile, Project, ProjectError};
