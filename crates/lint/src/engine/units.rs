//! Units: each GraphQL document the linter checks, with the way back from its text to the file.
//!
//! A `.graphql` file is one unit. Each inline `document = "…"` of a Rust file is a unit whose
//! text is the unescaped string and whose positions map back into the `.rs` file.

use crate::diagnostic::Span;
use crate::extract::{extract_rust_documents, span};
use crate::source::{EmbeddedDocument, LintSource, SourceKind};
use crate::LintDiagnostic;

/// One GraphQL document to check.
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    /// The file the user named (the `.graphql` or `.rs` file).
    pub file: String,
    /// A name unique among units, given to apollo-compiler as the document's path.
    pub key: String,
    /// The GraphQL text.
    pub text: String,
    /// Where the text sits in a Rust file, for inline documents.
    pub embedded: Option<EmbeddedDocument>,
    /// The index of the source in the lint input.
    pub source: usize,
}

impl Unit {
    /// Maps a byte offset of the unit's text to a byte offset of its file.
    pub(crate) fn file_offset(&self, offset: usize) -> usize {
        match &self.embedded {
            Some(embedded) => embedded.file_offset(offset),
            None => offset,
        }
    }

    /// The span in the file of a byte range of the unit's text.
    pub(crate) fn span(&self, sources: &[LintSource], start: usize, end: usize) -> Span {
        let text = sources
            .get(self.source)
            .map_or(self.text.as_str(), |source| source.text.as_str());
        span(
            &self.file,
            text,
            self.file_offset(start),
            self.file_offset(end),
        )
    }
}

/// Splits the sources into units; Rust files that cannot be read give diagnostics.
pub(crate) fn units(sources: &[LintSource]) -> (Vec<Unit>, Vec<LintDiagnostic>) {
    let mut units = Vec::new();
    let mut diagnostics = Vec::new();
    for (index, source) in sources.iter().enumerate() {
        match source.kind {
            SourceKind::Graphql => units.push(Unit {
                file: source.file.clone(),
                key: source.file.clone(),
                text: source.text.clone(),
                embedded: None,
                source: index,
            }),
            SourceKind::Rust => {
                let (documents, problems) = extract_rust_documents(source);
                diagnostics.extend(problems);
                for (number, document) in documents.into_iter().enumerate() {
                    units.push(Unit {
                        file: source.file.clone(),
                        key: format!("{}#document{}", source.file, number + 1),
                        text: document.text.clone(),
                        embedded: Some(document),
                        source: index,
                    });
                }
            }
        }
    }
    (units, diagnostics)
}
