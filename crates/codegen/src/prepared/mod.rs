//! Prepared expansions of `#[kraken_query]`: the code an invocation expands to, generated ahead
//! of the build by `krakenql prepare` and committed, so that the macro emits it without parsing
//! the schema (as `cargo sqlx prepare` does for sqlx's macros).
//!
//! One entry per invocation, in a folder of the crate (default `.krakenql/`, configurable as
//! `[extensions.krakenql] prepared`), named `<module>-<key>`:
//! - `<module>-<key>.rs`: the module's code exactly as `krakenql expand` prints it (header
//!   comment, then the items the macro puts in its module);
//! - `<module>-<key>.json`: what depends on the day the build judges by, kept apart from the
//!   code: every deprecated schema item the operation uses, with its removal date and position
//!   ([`krakenql_lint::DeprecatedUse`]), which the macro judges again on each build.
//!
//! The key ([`key`]) hashes everything the expansion depends on: the generator's fingerprint
//! ([`GENERATOR`], computed by the build script from this crate's version and the sources of the
//! emitter, lint and schema crates), the schema's bytes, the document and its file name, and the
//! effective codegen options. Any change to one of them gives another key, so a stale entry is
//! never used: it is simply not found.
//!
//! This module is pure: the macro and the `project` shell read and write the files.

mod entry;
mod key;
mod settings;

pub use entry::{
    entry_stem, module_doc, module_name, prepare_entry, Entry, EntryMeta, MODULE_ALLOWED_LINTS,
};
pub use key::{key, schema_hash, InputDigests, KeyInputs, SchemaHash, GENERATOR};
pub use settings::{
    schema_paths, uses_shipped_schema, MacroSettings, DEFAULT_FOLDER, DEFAULT_SCHEMA,
};
