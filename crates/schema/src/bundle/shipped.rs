//! The bundled API schema as krakenql ships it: the text of `schema/kraken.graphql` at build
//! time, for every entry point that falls back to it (the CLI without `--schema` or a config,
//! `#[kraken_query]` and `krakenql prepare` in a crate without a schema file).

/// The text of `schema/kraken.graphql` (about 1.5 MB), built by `cargo xtask schema`.
pub const SHIPPED_SCHEMA: &str = include_str!("../../../../schema/kraken.graphql");

/// The name the shipped schema has in diagnostics, where a file's path would be.
pub const SHIPPED_SCHEMA_NAME: &str = "<bundled>/schema/kraken.graphql";
