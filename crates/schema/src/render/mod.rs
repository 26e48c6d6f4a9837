//! The one place diagnostics are turned into text: a rustc-style header, a code frame when the
//! source text is at hand (with the `render` feature), `= key text` notes, the help; and one
//! JSON shape ([`json`]). Every crate and every command renders through here.
//!
//! ```text
//! error[KQC001]: config-syntax: expected `=`, found newline
//!    ╭─[ graphql.config.toml:3:7 ]
//!    │
//!  3 │ today 2026
//!    │       ┬
//!    │       ╰── graphql.config.toml is not valid TOML
//! ───╯
//!   = help: fix the TOML syntax at the position shown
//! ```
//!
//! Without the source text, or without the `render` feature (the proc macro leaves it off so
//! it does not compile the frame drawer), the frame is one `--> file:line:column` line.

#[cfg(feature = "render")]
mod frame;
pub mod json;

#[cfg(feature = "render")]
use frame::frame;

use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::model::SourceFile;

/// Where the renderer finds the text of a file named in a diagnostic, for code frames.
pub trait Sources {
    /// The whole text of `file`, when it is at hand.
    fn text(&self, file: &str) -> Option<&str>;
}

/// No source text: diagnostics render without code frames.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoSources;

impl Sources for NoSources {
    fn text(&self, _file: &str) -> Option<&str> {
        None
    }
}

impl Sources for [SourceFile] {
    fn text(&self, file: &str) -> Option<&str> {
        self.iter()
            .find(|source| source.name == file)
            .map(|source| source.text.as_str())
    }
}

impl Sources for Vec<SourceFile> {
    fn text(&self, file: &str) -> Option<&str> {
        self.as_slice().text(file)
    }
}

impl Sources for BTreeMap<String, String> {
    fn text(&self, file: &str) -> Option<&str> {
        self.get(file).map(String::as_str)
    }
}

/// Renders one diagnostic without colour or frames.
///
/// ```text
/// error[KQS001]: sdl-syntax: expected a Name, got `{`
///   --> schema/kraken.graphql:3:7
///   = help: check the type definition's name
/// ```
pub fn render(diagnostic: &Diagnostic) -> String {
    render_with(diagnostic, &NoSources, false)
}

/// Renders a list of diagnostics, a blank line between two, without colour or frames.
pub fn render_all(diagnostics: &[Diagnostic]) -> String {
    render_all_with(diagnostics, &NoSources, false)
}

/// Renders diagnostics, a blank line between two, with frames where `sources` has the text.
pub fn render_all_with(diagnostics: &[Diagnostic], sources: &dyn Sources, color: bool) -> String {
    diagnostics
        .iter()
        .map(|diagnostic| render_with(diagnostic, sources, color))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Renders one diagnostic: header, frame (when its source is at hand) and notes; the text
/// ends with a newline. With `color`, the header and the frame use ANSI colours.
pub fn render_with(diagnostic: &Diagnostic, sources: &dyn Sources, color: bool) -> String {
    let title = format!("{}[{}]", diagnostic.severity, diagnostic.code.id);
    let message = format!("{}: {}", diagnostic.code.name, diagnostic.message);
    let mut out = frame(diagnostic, sources, &title, &message, color).unwrap_or_else(|| {
        let header = paint(
            &format!("{title}:"),
            severity_style(diagnostic.severity),
            color,
        );
        let mut out = format!("{header} {message}\n");
        if let Some(location) = &diagnostic.location {
            out.push_str(&format!("  {} {location}\n", paint("-->", "1;34", color)));
        }
        out
    });
    for (key, text) in notes(diagnostic, sources) {
        let key = paint(key, "1", color);
        // Continuation lines of a long help start under the text, not at the margin.
        let text = text.replace('\n', "\n    ");
        out.push_str(&format!("  {} {key} {text}\n", paint("=", "1;34", color)));
    }
    out
}

/// Without the `render` feature there are no code frames.
#[cfg(not(feature = "render"))]
fn frame(_: &Diagnostic, _: &dyn Sources, _: &str, _: &str, _: bool) -> Option<String> {
    None
}

/// Whether a location's file can be drawn in a frame.
fn in_frame(location: &Location, sources: &dyn Sources) -> bool {
    cfg!(feature = "render") && sources.text(&location.file).is_some()
}

/// The `= key text` lines under a diagnostic, in a fixed order: its notes, the labels no frame
/// shows, the help, the link.
fn notes(diagnostic: &Diagnostic, sources: &dyn Sources) -> Vec<(&'static str, String)> {
    let mut notes: Vec<(&'static str, String)> = diagnostic
        .notes
        .iter()
        .map(|note| (note.key, note.text.clone()))
        .collect();
    let framed = diagnostic
        .location
        .as_ref()
        .is_some_and(|location| in_frame(location, sources));
    for label in &diagnostic.labels {
        if !(framed && in_frame(&label.location, sources)) {
            notes.push(("note:", format!("{}: {}", label.location, label.message)));
        }
    }
    if let Some(help) = &diagnostic.help {
        notes.push(("help:", help.clone()));
    }
    if let Some(url) = &diagnostic.url {
        notes.push(("see:", url.clone()));
    }
    notes
}

/// The ANSI style of a severity's header.
fn severity_style(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Note => "1;36",
    }
}

/// Wraps `text` in an ANSI style when colour is on.
pub fn paint(text: &str, style: &str, color: bool) -> String {
    if color {
        format!("\u{1b}[{style}m{text}\u{1b}[0m")
    } else {
        text.to_owned()
    }
}
