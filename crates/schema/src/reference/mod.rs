//! The docs-reference importer: reads the text scrape of the official Kraken `Query` reference into entries.
//!
//! The page lost some of its content in the scrape (see DESIGN.md, "Data you have"), so every entry says
//! what it could read and what it had to infer from the example query and response.
//! `scan.rs` splits the page into raw entries, `entry.rs` reads one entry, `infer.rs` infers types from
//! example values, and `document.rs` builds a best-effort SDL document of one section.

mod block;
mod document;
mod entry;
mod infer;
mod known;
mod scan;
mod text;

#[cfg(test)]
mod document_tests;
#[cfg(test)]
mod infer_tests;
#[cfg(test)]
mod tests;

use apollo_compiler::ast;
use apollo_compiler::Node;

use crate::codes;
use crate::diagnostic::{Diagnostic, LoadError, Location};

pub use infer::{ShownScalar, SHOWN_SCALARS};

/// Reads an example block of the page (variables or response) as JSON, each bare type name
/// (`"address": RichAddressType`) becoming a marker object that [`bare_type_name`] reads.
pub fn parse_example_block(text: &str) -> Result<serde_json::Value, serde_json::Error> {
    infer::parse_example(text)
}

/// The type name a value read by [`parse_example_block`] stands for, when it was a bare name.
pub fn bare_type_name(value: &serde_json::Value) -> Option<&str> {
    infer::bare_name(value)
}

/// The part of the reference an entry belongs to: each part documents the `Query` root of one server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// The API site (`https://api.octopus.energy/v1/graphql/`).
    Api,
    /// The authentication server (`https://auth.octopus.energy/graphql/`).
    Auth,
}

/// Every entry the importer could read, with the notes it made on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    /// The name of the source the page was read from, used in diagnostic locations.
    pub source_name: String,
    /// The entries in page order.
    pub entries: Vec<ReferenceEntry>,
    /// Warnings about entries that were skipped or read only in part.
    pub diagnostics: Vec<Diagnostic>,
}

/// One documented `Query` field.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceEntry {
    /// The part of the page the entry is in.
    pub section: Section,
    /// The 1-based line where the entry starts in the page.
    pub line: usize,
    /// The field name: from the header, else from the example query's root field.
    pub name: String,
    /// Whether the full header (name, `Type:` and `URL:` lines) survived the scrape.
    ///
    /// This is false for the 35 entries whose type line was lost; `has_name_line` tells the 21 of them
    /// that also lost their name, `URL:` line and description from the 14 that kept those.
    pub has_header: bool,
    /// Whether the entry kept its name line (and with it its `URL:` line and description).
    pub has_name_line: bool,
    /// The parsed `Type:` line, e.g. `[AccountUrl]` or `Boolean!`.
    pub stated_type: Option<ast::Type>,
    /// The `URL:` line, i.e. the endpoint that serves the field.
    pub url: Option<String>,
    /// The description, with paragraphs separated by a blank line.
    pub description: Option<String>,
    /// The deprecation reason rebuilt in Kraken's schema format.
    pub deprecation: Option<String>,
    /// The arguments, in the order the example query passes them.
    pub arguments: Vec<ReferenceArgument>,
    /// The return type: from `stated_type` when there is one, else inferred from the example.
    pub return_type: InferredType,
    /// The fields the example query selects on the root field's type, in order.
    pub fields: Vec<RevealedField>,
    /// The type conditions of inline fragments selected on the root field (an abstract return type).
    pub possible_types: Vec<String>,
    /// The example operation as printed.
    pub query: String,
    /// The example variables as printed (not valid JSON: input objects are shown as bare type names).
    pub variables: Option<String>,
    /// The example response as printed (not valid JSON: object fields are shown as bare type names).
    pub response: Option<String>,
}

/// One argument of a documented field.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceArgument {
    /// The argument name as the example query passes it.
    pub name: String,
    /// The type of the variable the example query passes to it.
    pub ty: ast::Type,
    /// The default value of that variable, if the example query gives one.
    pub default_value: Option<Node<ast::Value>>,
    /// The row of the arguments table at the same position (`None` for an empty row or no table).
    pub description: Option<String>,
}

/// A field the example query selects on the root field's type.
#[derive(Debug, Clone, PartialEq)]
pub struct RevealedField {
    /// The field name.
    pub name: String,
    /// What the example shows of its type.
    pub ty: InferredType,
}

/// What an example shows of a type: its base and how a list would be printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InferredType {
    /// The named type, or what stands for it.
    pub base: InferredBase,
    /// The list shape.
    pub list: ListShape,
}

/// The base of an inferred type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InferredBase {
    /// A scalar, named after the example value (see [`SHOWN_SCALARS`]) or the stated type.
    Scalar(String),
    /// An enum, shown only through its first value (e.g. `PENDING`); the enum name is not shown.
    EnumValue(String),
    /// An object (or interface) named by a `...<Type>Fragment` spread, a bare placeholder or the stated type.
    Object(String),
    /// An abstract type shown only through the type conditions of its inline fragments.
    Abstract(Vec<String>),
    /// An object whose fields the example shows inline but whose name the page lost.
    UnnamedObject,
    /// Nothing to infer from (no example, `null` or an empty list).
    Unknown,
}

/// How the example prints a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListShape {
    /// Not a list (known only from a stated type).
    NotList,
    /// Shown in brackets: a nullable list.
    Brackets,
    /// Shown bare: either not a list or a non-null list, which the page prints alike.
    ///
    /// Lists of interfaces or union members are printed bare even when nullable.
    BareOrNonNullList,
    /// Not shown at all (the example response is missing).
    NotShown,
}

/// Reads the reference page; `source_name` names it in diagnostics.
///
/// Fails only when the text is not the reference format at all. Entries that cannot be read are
/// skipped with a warning in [`Reference::diagnostics`].
pub fn parse_reference(source_name: &str, text: &str) -> Result<Reference, LoadError> {
    let scanned = scan::scan(source_name, text)?;
    let mut diagnostics = scanned.diagnostics;
    let mut entries = Vec::new();
    for raw in &scanned.entries {
        match entry::read_entry(source_name, raw) {
            Ok((entry, notes)) => {
                diagnostics.extend(notes);
                entries.push(entry);
            }
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    if entries.is_empty() {
        let mut all = vec![Diagnostic::error(
            codes::REFERENCE_EMPTY,
            "no entry of the reference could be read",
        )
        .at(Location::new(source_name, 1, 1))
        .with_help("each entry needs a `Query` block with an example operation")];
        all.extend(diagnostics);
        return Err(LoadError { diagnostics: all });
    }
    Ok(Reference {
        source_name: source_name.to_owned(),
        entries,
        diagnostics,
    })
}

impl Reference {
    /// The entries of one section, in page order.
    pub fn section(&self, section: Section) -> impl Iterator<Item = &ReferenceEntry> {
        self.entries
            .iter()
            .filter(move |entry| entry.section == section)
    }

    /// A best-effort SDL document of one section: `type Query` with every documented field, plus one
    /// type per entry whose return type has fields the example selects.
    ///
    /// Where the page does not reveal a type (headerless entries returning objects, enum names), the
    /// same coordinate's type is taken from `known` when given; otherwise the field is left out with a
    /// warning. The document names types it does not define (those behind fragment spreads), so it is
    /// a source for a merge, not a schema on its own.
    pub fn to_document(
        &self,
        section: Section,
        known: Option<&apollo_compiler::Schema>,
    ) -> (ast::Document, Vec<Diagnostic>) {
        document::build(self, section, known)
    }
}
