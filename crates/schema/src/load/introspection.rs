//! Introspection JSON into an SDL AST: the query krakenql sends, and the reader of its response.
//!
//! The reader builds apollo-compiler AST nodes (it never prints SDL text by hand) and keeps the
//! order of the types as the response lists them, so the same response always gives the same
//! document. Built-in scalars, built-in directives and the `__*` introspection types are left
//! out: every schema has them.

mod convert;
mod json;
mod members;
mod query;
#[cfg(test)]
mod tests;
mod type_ref;
mod value;

use apollo_compiler::ast::Document;

use crate::diagnostic::LoadError;
use crate::model::SourceFile;

pub use query::{INTROSPECTION_QUERY, INTROSPECTION_QUERY_WITHOUT_ONE_OF};

/// Reads an introspection response (`{"data":{"__schema":…}}` or bare `{"__schema":…}`) into an
/// SDL AST document.
///
/// Invalid or truncated JSON is an `introspection-json` error at serde_json's line and column;
/// JSON of another shape is an `introspection-shape` error, naming the JSON path of a bad
/// element. Every bad element is reported, not only the first.
pub fn introspection_to_document(source: &SourceFile) -> Result<Document, LoadError> {
    let located = json::read(source)?;
    convert::to_document(&located.schema, located.root, &source.name)
}
