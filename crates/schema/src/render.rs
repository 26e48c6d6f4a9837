//! The one place schema diagnostics are turned into text.

use std::fmt::Write;

use crate::diagnostic::Diagnostic;

/// Renders one diagnostic, rustc style, without colour.
///
/// ```text
/// error[sdl-syntax]: expected a Name, got `{`
///   --> schema/kraken.graphql:3:7
///   = help: check the type definition's name
/// ```
pub fn render(diagnostic: &Diagnostic) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "{}[{}]: {}",
        diagnostic.severity, diagnostic.code, diagnostic.message
    );
    if let Some(location) = &diagnostic.location {
        let _ = write!(out, "\n  --> {location}");
    }
    if let Some(help) = &diagnostic.help {
        let _ = write!(out, "\n  = help: {help}");
    }
    out.push('\n');
    out
}

/// Renders a list of diagnostics, one after another.
pub fn render_all(diagnostics: &[Diagnostic]) -> String {
    diagnostics.iter().map(render).collect()
}
