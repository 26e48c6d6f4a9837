//! Turning apollo-compiler spans and diagnostics into krakenql locations and diagnostics.

use apollo_compiler::diagnostic::ToCliReport;
use apollo_compiler::parser::{SourceMap, SourceSpan};
use apollo_compiler::validation::DiagnosticList;

use crate::codes::{self, Code};
use crate::diagnostic::{Diagnostic, Location};

/// The file, line and column of an apollo-compiler span.
pub fn apollo_location(sources: &SourceMap, span: Option<SourceSpan>) -> Option<Location> {
    let span = span?;
    let file = sources.get(&span.file_id())?;
    let (line, column) = crate::position::apollo_line_column(sources, span)?;
    Some(Location::new(
        file.path().display().to_string(),
        line,
        column,
    ))
}

/// Syntax errors of a parse, one diagnostic each.
pub(super) fn syntax_diagnostics(errors: &DiagnosticList) -> Vec<Diagnostic> {
    convert(errors, codes::SDL_SYNTAX)
}

/// Validation errors of a schema, one diagnostic each.
pub fn validation_diagnostics(errors: &DiagnosticList) -> Vec<Diagnostic> {
    convert(errors, codes::SCHEMA_INVALID)
}

fn convert(errors: &DiagnosticList, code: Code) -> Vec<Diagnostic> {
    errors
        .iter()
        .map(|diagnostic| {
            let location = apollo_location(diagnostic.sources, diagnostic.error.location());
            let help = diagnostic
                .error
                .unstable_error_name()
                .map(|name| format!("apollo-compiler reports this as {name}"));
            let mut out = Diagnostic::error(code, diagnostic.error.to_string()).at_opt(location);
            out.help = help;
            out
        })
        .collect()
}
