//! What the linter reads: GraphQL documents, and documents written inline in Rust sources.

use krakenql_schema::line_index::LineIndex;
use krakenql_schema::Location;

/// One file given to the linter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintSource {
    /// The file name as the user wrote it; used in every diagnostic.
    pub file: String,
    /// The whole text of the file.
    pub text: String,
    /// What kind of file it is.
    pub kind: SourceKind,
}

/// The kinds of files the linter reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// A `.graphql` / `.gql` document.
    Graphql,
    /// A Rust source whose `#[kraken_query(document = "…")]` attributes hold documents.
    Rust,
}

impl LintSource {
    /// A source of the given kind.
    pub fn new(file: impl Into<String>, text: impl Into<String>, kind: SourceKind) -> Self {
        LintSource {
            file: file.into(),
            text: text.into(),
            kind,
        }
    }

    /// Tells the kind from the file extension: `.rs` is Rust, everything else GraphQL.
    pub fn from_path(file: impl Into<String>, text: impl Into<String>) -> Self {
        let file = file.into();
        let kind = if file.ends_with(".rs") {
            SourceKind::Rust
        } else {
            SourceKind::Graphql
        };
        LintSource::new(file, text, kind)
    }
}

/// A GraphQL document found inside another file (a string literal in Rust source).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbeddedDocument {
    /// The file that holds it.
    pub file: String,
    /// The document text, after unescaping.
    pub text: String,
    /// For every byte offset of `text`, where it lies in the file: `(byte offset in file)`.
    /// Same length as `text` plus one (the end position).
    pub offsets: Vec<usize>,
}

impl EmbeddedDocument {
    /// A location in the document's own text (as codegen names a document it was given alone)
    /// moved to where that text lies in the outer file, whose text is `file_text`: the mapping
    /// the linter uses for inline findings. Without a byte span, the line and column are found
    /// in the document's text first.
    pub fn file_location(&self, location: &Location, file_text: &str) -> Location {
        let (start, end) = match location.span {
            Some(span) => (span.start, span.end),
            None => {
                let offset = LineIndex::new(&self.text)
                    .offset(location.line, location.column)
                    .unwrap_or(0);
                (offset, offset)
            }
        };
        let index = LineIndex::new(file_text);
        let moved = index.range(&self.file, self.file_offset(start), self.file_offset(end));
        match location.span {
            Some(_) => moved,
            None => Location {
                span: None,
                ..moved
            },
        }
    }

    /// The byte offset in the outer file of a byte offset in the document.
    pub fn file_offset(&self, offset: usize) -> usize {
        self.offsets
            .get(offset)
            .or(self.offsets.last())
            .copied()
            .unwrap_or(0)
    }
}
