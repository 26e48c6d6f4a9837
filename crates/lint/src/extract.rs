//! Finds the GraphQL documents written inline in Rust sources, in `document = "…"` arguments of
//! `#[kraken_query(...)]` attributes, and maps every byte of them back to the `.rs` file.
//!
//! The file is parsed with syn; proc-macro2's span locations give each literal's line and
//! column, and `literal` decodes the literal's source text with an offset for every byte.

mod invocations;
mod literal;
#[cfg(test)]
mod tests;

pub use invocations::{kraken_query_invocations, Invocation, InvocationDocument};

use proc_macro2::{LineColumn, TokenTree};
use syn::spanned::Spanned;
use syn::visit::{self, Visit};
use syn::{Attribute, Expr, ExprLit, Lit, LitStr, Meta, Token};

use crate::diagnostic::{LintDiagnostic, Span};
use crate::rules::syntax_error;
use crate::source::{EmbeddedDocument, LintSource};

/// What a proc-macro2 lexer error can mean.
const LEX_ERROR: &str =
    "an unterminated literal or comment, an unclosed delimiter, or a character Rust does not allow";

/// Every `document = "…"` of a `kraken_query` attribute (`#[kraken_query(...)]`,
/// `#[krakenql::kraken_query(...)]`, any path ending in `kraken_query`) in a Rust source,
/// anywhere in the file.
/// A file that does not parse as Rust gives a KQL101 diagnostic and no documents; a `document`
/// that is not a string literal gives a KQL101 diagnostic.
///
/// syn parses deeply nested code by recursion, so the work runs on a thread with a large stack;
/// the thread also takes proc-macro2's per-thread copy of the source away when it ends.
pub fn extract_rust_documents(source: &LintSource) -> (Vec<EmbeddedDocument>, Vec<LintDiagnostic>) {
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("krakenql-extract".to_string())
            .stack_size(PARSER_STACK)
            .spawn_scoped(scope, || extract_here(source));
        match worker.map(|handle| handle.join()) {
            Ok(Ok(found)) => found,
            Ok(Err(_)) => {
                let message = "The Rust file could not be read: the Rust parser failed on it.";
                (
                    Vec::new(),
                    vec![LintDiagnostic::new(&syntax_error::RULE, message, None)],
                )
            }
            Err(_) => extract_here(source),
        }
    })
}

/// The stack of the thread that parses a Rust file.
const PARSER_STACK: usize = 64 * 1024 * 1024;

/// Does the work of `extract_rust_documents` on the current thread.
fn extract_here(source: &LintSource) -> (Vec<EmbeddedDocument>, Vec<LintDiagnostic>) {
    let mut finder = Finder {
        source,
        index: LineIndex::new(&source.text),
        documents: Vec::new(),
        diagnostics: Vec::new(),
    };
    match syn::parse_file(&source.text) {
        Ok(file) => finder.visit_file(&file),
        Err(error) => finder.syntax_error(&error),
    }
    (finder.documents, finder.diagnostics)
}

pub use krakenql_schema::line_index::line_column;
use krakenql_schema::line_index::LineIndex;

/// The span of the byte range `start..end` of a file's text.
pub fn span(file: &str, text: &str, start: usize, end: usize) -> Span {
    let (line, column) = line_column(text, start);
    let (end_line, end_column) = line_column(text, end.max(start));
    Span {
        file: file.to_string(),
        start,
        end: end.max(start),
        line,
        column,
        end_line,
        end_column,
    }
}

/// Walks a parsed file and collects the documents and the problems found on the way.
struct Finder<'a> {
    source: &'a LintSource,
    /// The source's lines, for turning proc-macro2 positions into byte offsets.
    index: LineIndex<'a>,
    documents: Vec<EmbeddedDocument>,
    diagnostics: Vec<LintDiagnostic>,
}

impl<'ast> Visit<'ast> for Finder<'_> {
    fn visit_attribute(&mut self, attribute: &'ast Attribute) {
        let is_kraken_query = attribute
            .path()
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "kraken_query");
        if is_kraken_query {
            self.kraken_query(attribute);
        }
        visit::visit_attribute(self, attribute);
    }
}

impl Finder<'_> {
    /// Reads the arguments of one `kraken_query` attribute.
    fn kraken_query(&mut self, attribute: &Attribute) {
        let Meta::List(list) = &attribute.meta else {
            return;
        };
        let parsed = list.parse_nested_meta(|meta| {
            if meta.path.is_ident("document") {
                let value: Expr = meta.value()?.parse()?;
                self.document(&value);
            } else if meta.input.peek(Token![=]) {
                meta.value()?.parse::<Expr>()?;
            } else if !meta.input.is_empty() && !meta.input.peek(Token![,]) {
                meta.input.parse::<TokenTree>()?;
            }
            Ok(())
        });
        if let Err(error) = parsed {
            let message = format!("The `kraken_query` attribute does not parse: {error}.");
            self.diagnose(message, error.span());
        }
    }

    /// Takes the value of a `document` argument, which must be a string literal.
    fn document(&mut self, value: &Expr) {
        match value {
            Expr::Lit(ExprLit {
                lit: Lit::Str(literal),
                ..
            }) => {
                let document = self.embedded(literal);
                self.documents.push(document);
            }
            _ => self.diagnose(
                "`document` must be a string literal holding a GraphQL document.".to_string(),
                value.span(),
            ),
        }
    }

    /// The document of a string literal, with the file offset of every byte.
    fn embedded(&self, literal: &LitStr) -> EmbeddedDocument {
        let text = &self.source.text;
        let start = self.offset(literal.span().start());
        let repr = literal.token().to_string();
        let decoded = start
            .filter(|&start| {
                text.get(start..)
                    .is_some_and(|rest| rest.starts_with(&repr))
            })
            .and_then(|start| literal::decode(&repr, start));
        match decoded {
            Some(decoded) => EmbeddedDocument {
                file: self.source.file.clone(),
                text: decoded.text,
                offsets: decoded.offsets,
            },
            // This should not happen; the value is still linted, reported at the literal.
            None => {
                let value = literal.value();
                EmbeddedDocument {
                    file: self.source.file.clone(),
                    offsets: vec![start.unwrap_or(0); value.len() + 1],
                    text: value,
                }
            }
        }
    }

    /// Reports the error that made the file unparsable.
    fn syntax_error(&mut self, error: &syn::Error) {
        let reason = error.to_string();
        // proc-macro2's lexer error names no reason; say what it can mean.
        let message = if reason == "cannot parse string into token stream" {
            format!(
                "The Rust file does not parse: it cannot be split into tokens here ({LEX_ERROR})."
            )
        } else {
            format!("The Rust file does not parse: {reason}.")
        };
        let diagnostic_span = if reason.starts_with("unexpected end of input") {
            let end = self.source.text.len();
            Some(span(&self.source.file, &self.source.text, end, end))
        } else {
            self.span_of(error.span())
        };
        self.diagnostics.push(
            LintDiagnostic::new(&syntax_error::RULE, message, diagnostic_span).with_help(
                "Inline documents of this file were not checked; fix the Rust syntax first.",
            ),
        );
    }

    /// Adds a KQL101 diagnostic at a syn span.
    fn diagnose(&mut self, message: String, at: proc_macro2::Span) {
        let diagnostic_span = self.span_of(at);
        self.diagnostics.push(LintDiagnostic::new(
            &syntax_error::RULE,
            message,
            diagnostic_span,
        ));
    }

    /// The file span of a proc-macro2 span.
    fn span_of(&self, at: proc_macro2::Span) -> Option<Span> {
        let start = self.offset(at.start())?;
        let end = self.offset(at.end()).unwrap_or(start);
        Some(span(&self.source.file, &self.source.text, start, end))
    }

    /// The byte offset of a proc-macro2 line (1-based) and column (0-based, in characters).
    /// syn drops a leading byte order mark, so columns on the first line are one short then.
    fn offset(&self, position: LineColumn) -> Option<usize> {
        let mut column = position.column;
        if position.line == 1 && self.source.text.starts_with('\u{feff}') {
            column += 1;
        }
        self.index.offset(position.line, column + 1)
    }
}
