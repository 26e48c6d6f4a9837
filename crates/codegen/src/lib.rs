//! krakenql-codegen: typed Rust client modules from a Kraken schema and GraphQL operations.
//!
//! `rust` is a pure function from a schema, documents and options to files. `project` is the
//! shell around it that reads `graphql.config.toml` and writes the output, shared by the CLI
//! and downstream `cargo xtask codegen` so both write the same bytes (feature `project`).
//! `prepared` is the format of `#[kraken_query]`'s prepared expansions (their keys and entries),
//! which the macro reads and `project::prepare` writes.
//! `docs` renders the reference site (feature `docs`). Both features are on by default; the
//! proc macro turns them off.

pub mod config;
#[cfg(feature = "docs")]
pub mod docs;
pub mod prepared;
#[cfg(feature = "project")]
pub mod project;
pub mod rust;

#[cfg(feature = "project")]
pub use project::{write, Generated, OutputFile, Project, ProjectError};
