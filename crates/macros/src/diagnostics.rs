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

/// One diagnostic as compile-error text: `KQL100 invalid-operation at 3:5: message` and a help
/// line. rustc draws the frame around the macro's span, so the one renderer's frame and header
/// would only repeat it; this is the diagnostic's one-line form.
///
/// `file` is the operation's file for `query = "…"`; inline documents give only line:column,
/// counted in the document's text.
pub(crate) fn message(diagnostic: &Diagnostic, file: Option<&str>) -> String {
    let mut text = format!("{} {}", diagnostic.code.id, diagnostic.code.name);
    if let Some(location) = &diagnostic.location {
        match file {
            Some(file) => {
                text.push_str(&format!(" at {file}:{}:{}", location.line, location.column))
            }
            None => text.push_str(&format!(" at {}:{}", location.line, location.column)),
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
pub(crate) fn codegen_failure(error: &CodegenError, span: Span, file: Option<&str>) -> Errors {
    let mut errors = Errors::default();
    match error {
        CodegenError::Lint(report) => {
            for diagnostic in &report.diagnostics {
                errors.push(syn::Error::new(
                    span,
                    message(&diagnostic.to_diagnostic(), file),
                ));
            }
        }
        other => {
            for diagnostic in other.to_diagnostics() {
                errors.push(syn::Error::new(span, message(&diagnostic, None)));
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
pub(crate) fn findings(report: &LintReport, span: Span, file: Option<&str>) -> Findings {
    let mut findings = Findings::default();
    for diagnostic in &report.diagnostics {
        let text = message(&diagnostic.to_diagnostic(), file);
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
