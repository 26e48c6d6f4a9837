//! `#[kraken_query]`: a Kraken GraphQL operation checked at compile time, expanded to the very
//! module `krakenql generate` writes for it, with Kraken's deprecation dates in rustc's own
//! diagnostics.
//!
//! Use it through the runtime crate (`krakenql = { features = ["macros"] }`):
//!
//! ```
//! #[krakenql::kraken_query(
//!     // A file relative to CARGO_MANIFEST_DIR: query = "queries/viewer_name.graphql",
//!     // or the operation inline:
//!     document = r#"query ViewerName { viewer { givenName } }"#,
//!     schema = "../../schema/kraken.graphql", // optional
//! )]
//! pub struct ViewerName;
//!
//! // `ViewerName` implements `krakenql::Operation`; the types are in `viewer_name`.
//! use krakenql::Operation;
//! assert_eq!(ViewerName::OPERATION_NAME, "ViewerName");
//! let data: viewer_name::ResponseData =
//!     serde_json::from_str(r#"{"viewer": {"givenName": "Ada"}}"#).unwrap();
//! assert_eq!(data.viewer.unwrap().given_name, "Ada");
//! ```
//!
//! # What it expands to
//!
//! A module named after the struct in snake case holding exactly the items of the file that
//! `krakenql generate` (and `krakenql expand FILE`) writes for the operation, a re-export of
//! its operation struct under the name you wrote (your doc comments go on it), and
//! `include_bytes!` of the schema and query files so that cargo expands again when they change.
//! All generation is `krakenql_codegen::rust::generate_single_tokens` (the tokens that
//! `generate_single` formats, and the report of the one lint run that validated the document);
//! this crate only parses the arguments, reads files (and prepared entries), caches the parsed
//! schema for the life of the compiler process (keyed by path and modification time) and maps
//! diagnostics to rustc's.
//!
//! # Where the inputs come from
//!
//! - The schema: `schema = "…"`, else `schema` of `graphql.config.toml` in `CARGO_MANIFEST_DIR`,
//!   else `schema/kraken.graphql` when the crate has that file, else the schema krakenql ships
//!   (the one every `krakenql` command uses without `--schema`; cargo does not notice a
//!   `schema/kraken.graphql` added later until the crate is rebuilt for another reason). Codegen options (`scalars`, `derives`, `exhaustive_enums`,
//!   `runtime`) come from that config's `[extensions.krakenql]`, as for `krakenql generate`.
//! - An inline document is named `<Struct>.graphql` for codegen, so an anonymous operation
//!   takes the struct's name.
//!
//! # Errors and deprecations
//!
//! Every finding is reported, not only the first, on the `document`/`query` literal (or on the
//! `schema` literal for schema problems), as `KQL100 invalid-operation at 3:5: …` and a `help:`
//! line (e.g. "did you mean `balance`?"). rustc can only underline the whole literal, so the
//! text says where: `at queries/x.graphql:4:5` for a `query` file, and for an inline `document`
//! the line and column of the Rust file itself, `at 6:5`. A `document` literal with escapes
//! (`"…\n…"`), whose text is not the file's, gives the document's own, `at 2:3 of the
//! document`, as does a compiler before Rust 1.88, which does not tell a macro where its
//! literal is.
//!
//! Deprecated schema items are judged by a date: `SOURCE_DATE_EPOCH` (seconds) when set, else
//! `[extensions.krakenql] today` of the config, else today (UTC). An item whose removal date is
//! still ahead is a rustc *warning* at the macro call, one per item however often it is used:
//! "use of deprecated constant `_::Query::pollDelay`" (the expansion uses a `#[deprecated]`
//! constant named after the coordinate, whose note gives each use's line, the removal date and
//! the replacement); an item whose removal date has passed is a compile *error*. When the
//! expansion fails, the struct still implements `Operation` (with empty variables and data), so
//! each problem is one error and code that uses the struct adds none.
//!
//! **The trade-off:** with the clock as the date, a build can start failing on a given day
//! without any change to the code, which is the point (the API will drop the field) but can
//! surprise a release build. Pin `SOURCE_DATE_EPOCH` or `today` for reproducible builds, and
//! list coordinates whose removal you accept for now to turn those errors back into warnings:
//!
//! ```toml
//! [extensions.krakenql]
//! allow_removed = ["Query.accountUrls"]
//! ```
//!
//! The key is read as `krakenql lint`, `generate` and `expand` read it, so they all give the
//! same verdict on the same config.
//!
//! Cargo expands the macro again when the schema, the query file, graphql.config.toml or
//! `SOURCE_DATE_EPOCH` changes, but not when only the clock moves on: an incremental build
//! keeps the verdict of its last expansion until one of those inputs (or the crate) changes,
//! and a clean build (as in CI) judges by today.
//!
//! # Prepared expansions
//!
//! `krakenql prepare` (run in the crate's directory; `--check` in CI) writes the expansion of
//! every invocation of the crate into its `.krakenql/` folder (`[extensions.krakenql] prepared`
//! names another), keyed by a hash of everything the expansion depends on: krakenql's version
//! and a hash of its generator's sources, the schema's bytes, the document and the codegen
//! options. Commit the folder. An invocation whose entry is there emits the stored code without
//! parsing the schema (it hashes the schema's bytes once per compiler process instead) and
//! judges the stored deprecations on the build's day, exactly as a fresh expansion would. An
//! invocation without an entry (a changed schema, operation, option or krakenql version) expands
//! as described below, only slower; with `KRAKENQL_OFFLINE=true` it is a compile error on the
//! document naming `krakenql prepare`, which is what CI should set.
//!
//! # Compile time
//!
//! The first invocation in a crate parses and validates the schema; every later one reuses it
//! and costs only its own operation. In a debug build cargo runs proc macros and their
//! dependencies (here apollo-compiler's parser and validator) unoptimised, which makes that
//! first parse several times slower: measured on a 2-core machine, the first invocation costs
//! about 0.3 s on the bundled schema and 0.5 s on the 1.5 MB EDF schema, against about 0.1 s
//! with proc macros optimised. As sqlx does for its macros, we recommend optimising them
//! in the workspace root's `Cargo.toml`; it also speeds up serde's derives, and it changes
//! nothing in the code your crate compiles to:
//!
//! ```toml
//! [profile.dev.build-override]
//! opt-level = 3
//! ```
//!
//! (`[profile.dev.package.krakenql-macros] opt-level = 3` alone optimises only this crate, not
//! the parser, which is where the first invocation spends its time.)
//!
//! Every later invocation costs about 4–6 ms of rustc's time (about 1–3 ms in the macro, the
//! rest checking the module it writes, whose serde impls are a few lines each over the runtime's
//! key tables rather than derives). `cargo xtask bench-macro` measures both configurations
//! against graphql_client.

mod args;
mod diagnostics;
mod expand;
mod inputs;
mod prepared;
mod today;
mod warnings;

#[cfg(test)]
mod prepared_tests;
#[cfg(test)]
mod tests;

use std::path::PathBuf;

/// Generates the typed module of one Kraken GraphQL operation; see the crate docs.
#[proc_macro_attribute]
pub fn kraken_query(
    args: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    let env = expand::Env {
        manifest_dir: std::env::var_os("CARGO_MANIFEST_DIR")
            .map(PathBuf::from)
            .unwrap_or_default(),
        source_date_epoch: std::env::var("SOURCE_DATE_EPOCH").ok(),
        offline: std::env::var("KRAKENQL_OFFLINE")
            .is_ok_and(|value| matches!(value.trim(), "true" | "1")),
        folder: prepared::Folder::FromConfig,
    };
    expand::expand(&env, args.into(), item.into()).into()
}
