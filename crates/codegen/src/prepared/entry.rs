//! One prepared entry: the module's code as text, and its day-dependent findings as JSON.

use chrono::NaiveDate;
use heck::ToSnakeCase;
use krakenql_lint::{DeprecatedUse, LintOptions, SchemaAge};
use krakenql_schema::KrakenSchema;
use serde::{Deserialize, Serialize};

use super::key::{key, InputDigests, KeyInputs, GENERATOR};
use crate::rust::{format, generate_single_tokens, CodegenError};

/// A prepared entry, ready to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The file stem, `<module>-<key>` ([`entry_stem`]).
    pub stem: String,
    /// `<stem>.rs`: the module's code, formatted, after a "do not edit" header.
    pub code: String,
    /// `<stem>.json`: what the macro needs besides the code.
    pub meta: EntryMeta,
}

/// The `.json` half of an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryMeta {
    /// The generator that made it ([`GENERATOR`]); informative, as the key already holds it.
    pub generator: String,
    /// The key the entry was made for.
    pub key: String,
    /// Digests of the key's inputs, so that a miss can say which of them changed.
    pub inputs: InputDigests,
    /// The document's file name, as the macro gives it to codegen.
    pub file: String,
    /// The name of the module's operation struct, which the macro re-exports.
    pub operation: String,
    /// The length of `<stem>.rs` in bytes, and how many lines it has: the macro compares the
    /// file's length with them, without reading it, to tell a file cut short or edited since from
    /// the one written ([`EntryMeta::fits`]).
    pub code_bytes: u64,
    /// The number of line feeds in `<stem>.rs`.
    pub code_lines: u64,
    /// Every use of a deprecated schema item in the document, without the day's verdict.
    pub deprecated_uses: Vec<DeprecatedUse>,
    /// The schema's date (and endpoint), for the `stale-schema` note; absent when the schema
    /// states no date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema_age: Option<SchemaAge>,
}

impl EntryMeta {
    /// The JSON text written to disk (pretty, with a final newline).
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Whether a code file of `len` bytes can be the one written: the same length, or the length
    /// with every line ending turned into CR LF (as git does on checkout with `core.autocrlf`).
    pub fn fits(&self, len: u64) -> bool {
        len == self.code_bytes || len == self.code_bytes.saturating_add(self.code_lines)
    }

    /// Reads the JSON text back.
    ///
    /// # Errors
    ///
    /// serde_json's, with the line and column of what is wrong, when the text is not an entry.
    pub fn from_json(text: &str) -> Result<EntryMeta, serde_json::Error> {
        serde_json::from_str(text)
    }
}

/// The name of the module `#[kraken_query]` puts an invocation's items in: the struct's name
/// in snake case, with `_` after a Rust keyword (`type_`), or `m_` before a name that is no
/// identifier. The macro and `krakenql expand FILE.rs` both name the module here.
pub fn module_name(struct_name: &str) -> String {
    let snake = struct_name.to_snake_case();
    [snake.clone(), format!("{snake}_"), format!("m_{snake}")]
        .into_iter()
        .find(|candidate| syn::parse_str::<syn::Ident>(candidate).is_ok())
        .unwrap_or_else(|| "kraken_query".to_owned())
}

/// The doc comment of the module `#[kraken_query]` writes for `struct_name` (a public module
/// needs one in a crate that denies `missing_docs`). The macro and `krakenql expand FILE.rs`
/// both write it from here.
pub fn module_doc(struct_name: &str) -> String {
    format!(
        " The types of `{struct_name}`, written by `#[kraken_query]`: its `Variables`, its \
         `ResponseData` and its Kraken `Error`."
    )
}

/// The lints allowed on the module `#[kraken_query]` writes, outside the module's own bytes:
/// `deprecated`, because rustc reports the derives' own uses of deprecated fields in a macro
/// expansion, and clippy's `pedantic` and `nursery` groups, which clippy reports far more of in
/// a prepared entry (a file rustc reads) than in the same code expanded by the macro, so that a
/// hit and a miss get the same verdict.
pub const MODULE_ALLOWED_LINTS: [&str; 3] = ["deprecated", "clippy::pedantic", "clippy::nursery"];

/// The file stem of an invocation's entry: the module's name (the struct's, in snake case) and
/// the key, e.g. `account_balance-0f3c…`.
pub fn entry_stem(struct_name: &str, key: &str) -> String {
    format!("{}-{key}", struct_name.to_snake_case())
}

/// Generates the entry of one invocation: `inputs` as the macro gives them to codegen (with the
/// hash of `schema`'s files), `struct_name` the struct the attribute is on. Errors as
/// [`crate::rust::generate_single`] (an invalid operation gives [`CodegenError::Lint`]).
pub fn prepare_entry(
    schema: &KrakenSchema,
    inputs: &KeyInputs<'_>,
    struct_name: &str,
) -> Result<Entry, CodegenError> {
    let KeyInputs {
        file_name,
        document,
        options,
        ..
    } = *inputs;
    let key = key(inputs);
    // The date does not matter: the uses are kept without a verdict.
    let lint_options = LintOptions::new(NaiveDate::default());
    let module = generate_single_tokens(schema, document, file_name, options, &lint_options)?;
    let header = format!(
        "Prepared by `krakenql prepare` for #[kraken_query] from {file_name}. Do not edit."
    );
    let code = format::format(module.tokens, &header)?;
    Ok(Entry {
        stem: entry_stem(struct_name, &key),
        meta: EntryMeta {
            generator: GENERATOR.to_owned(),
            inputs: InputDigests::of(inputs),
            key,
            file: file_name.to_owned(),
            operation: module.operation.to_string(),
            code_bytes: code.len() as u64,
            code_lines: code.matches('\n').count() as u64,
            deprecated_uses: module.report.deprecated_uses,
            schema_age: SchemaAge::of(schema),
        },
        code,
    })
}

#[cfg(test)]
mod tests {
    use super::{module_name, MODULE_ALLOWED_LINTS};

    #[test]
    fn module_names_are_snake_case_identifiers() {
        assert_eq!(module_name("AccountBalance"), "account_balance");
        assert_eq!(module_name("Type"), "type_");
        assert_eq!(module_name("Self_"), "self_");
        assert_eq!(module_name("Match"), "match_");
    }

    #[test]
    fn the_allowed_lints_are_paths() {
        // The macro drops a lint name that does not parse as a path.
        for lint in MODULE_ALLOWED_LINTS {
            assert!(syn::parse_str::<syn::Path>(lint).is_ok(), "{lint}");
        }
    }
}
