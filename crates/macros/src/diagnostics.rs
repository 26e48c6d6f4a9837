//! Lint and codegen findings as rustc sees them: spanned compile errors, and warnings that
//! `crate::warnings` turns into `#[deprecated]` items the expansion uses.

use krakenql_codegen::rust::CodegenError;
use krakenql_lint::LintReport;
use krakenql_schema::{Diagnostic, Severity};
use proc_macro2::Span;

use crate::args::Errors;
use crate::warnings::Warning;

/// The findings of one invocation.
#[derive(Default)]
pub(crate) struct Findings {
    /// Compile errors.
    pub(crate) errors: Errors,
    /// Warnings, each becoming a `#[deprecated]` note (`crate::warnings`).
    pub(crate) warnings: Vec<Warning>,
}

/// Where an invocation's document is, so a finding's line and column are shown where the user
/// will look for them.
pub(crate) struct Place<'a> {
    /// The file name the document's diagnostics carry (`Location::file`).
    pub(crate) name: &'a str,
    /// How a location in the document is shown.
    pub(crate) shown: Shown,
}

/// How a location in the document is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shown {
    /// With the file's name, `at queries/balance.graphql:4:5` (`query = "…"`).
    Named,
    /// As a line and column of the Rust source, `at 6:5`: an inline document whose text begins
    /// at this 1-based line and 1-based column (in characters) of the source.
    Source { line: usize, column: usize },
    /// In the document's own lines, `at 4:5 of the document`: an inline document whose
    /// literal has escapes (so its text is not the source's), or a compiler that does not
    /// give the literal's position (before Rust 1.88).
    Document,
}

impl Shown {
    /// How the findings of the inline document in `literal` are shown: as source lines when
    /// the literal's text is the document's (a raw string, or one without a backslash) and the
    /// compiler says where it begins; else in the document's own lines. Outside a compiler
    /// (unit tests) there is no source to point into.
    pub(crate) fn inline(literal: &syn::LitStr) -> Shown {
        if !proc_macro::is_available() {
            return Shown::Document;
        }
        let written = literal.token().to_string();
        let opening = if written.starts_with('r') {
            written.find('"').map(|quote| quote + 1)
        } else {
            (!written.contains('\\')).then_some(1)
        };
        let start = literal.span().start();
        match opening {
            // Line 0: a compiler before Rust 1.88 does not tell.
            Some(opening) if start.line > 0 => Shown::Source {
                line: start.line,
                // `start.column` counts from 0; the opening (`"`, `r#"`) is ASCII.
                column: start.column + opening + 1,
            },
            _ => Shown::Document,
        }
    }
}

/// One diagnostic as compile-error text: `KQL100 invalid-operation at 3:5: message` and a help
/// line. rustc draws the frame around the macro's span, so the one renderer's frame and header
/// would only repeat it; this is the diagnostic's one-line form.
///
/// A location in `place`'s document is shown as `place` says; any other location (or every
/// one, without a place) with its file's name.
pub(crate) fn message(diagnostic: &Diagnostic, place: Option<&Place<'_>>) -> String {
    let mut text = format!("{} {}", diagnostic.code.id, diagnostic.code.name);
    if let Some(location) = &diagnostic.location {
        let (line, column) = (location.line, location.column);
        let shown = place
            .filter(|place| place.name == location.file)
            .map_or(Shown::Named, |place| place.shown);
        match shown {
            Shown::Named => text.push_str(&format!(" at {}:{line}:{column}", location.file)),
            Shown::Source {
                line: first_line,
                column: first_column,
            } => {
                // The document's first line continues the source's line after the quote.
                let column = if line == 1 {
                    first_column + column - 1
                } else {
                    column
                };
                text.push_str(&format!(" at {}:{column}", first_line + line - 1));
            }
            Shown::Document => text.push_str(&format!(" at {line}:{column} of the document")),
        }
    }
    text.push_str(": ");
    text.push_str(&diagnostic.message);
    if let Some(help) = &diagnostic.help {
        text.push_str(&format!("\n  help: {help}"));
    }
    text
}

/// Every blocking diagnostic of a failed generation, or the codegen error, on `span`.
pub(crate) fn codegen_failure(error: &CodegenError, span: Span, place: &Place<'_>) -> Errors {
    let mut errors = Errors::default();
    match error {
        CodegenError::Lint(report) => {
            for diagnostic in &report.diagnostics {
                errors.push(syn::Error::new(
                    span,
                    message(&diagnostic.to_diagnostic(), Some(place)),
                ));
            }
        }
        other => {
            for diagnostic in other.to_diagnostics() {
                errors.push(syn::Error::new(span, message(&diagnostic, Some(place))));
            }
        }
    }
    if errors.is_empty() {
        errors.push(syn::Error::new(span, error.to_string()));
    }
    errors
}

/// Sorts the report's findings into errors and warnings. The report was judged with
/// `MacroSettings::lint_options`, so `allow_removed` has already made its passed removals
/// warnings, as it does for `krakenql lint`.
pub(crate) fn findings(report: &LintReport, span: Span, place: &Place<'_>) -> Findings {
    let mut findings = Findings::default();
    for diagnostic in &report.diagnostics {
        let text = message(&diagnostic.to_diagnostic(), Some(place));
        match diagnostic.severity {
            Severity::Error => {
                let mut text = text;
                // A deprecated use that fails the build: how to let it pass for now, as
                // `krakenql lint` ends its report.
                if let Some(coordinate) = diagnostic
                    .coordinate
                    .as_ref()
                    .filter(|_| diagnostic.is_deprecated_use())
                {
                    text.push_str(&format!(
                        "\n  help: to let it pass as a warning while you migrate, add \
                         `{coordinate}` to `allow_removed` in graphql.config.toml"
                    ));
                }
                findings.errors.push(syn::Error::new(span, text));
            }
            Severity::Warning => findings.warnings.push(Warning {
                coordinate: diagnostic.coordinate.clone(),
                rule: diagnostic.rule.name,
                text,
            }),
            // A note (a stale schema) is about krakenql's knowledge, not the crate's code. A
            // macro on stable Rust can only emit it as a warning, which would fail a build under
            // `deny(warnings)` by the passing of time alone; `krakenql lint` and `generate` show
            // it.
            Severity::Note => {}
        }
    }
    findings
}
