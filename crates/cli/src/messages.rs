//! What commands write to stderr, in the form `--message-format` asks for: diagnostics and lint
//! reports as human frames or as JSON (krakenql-schema's one JSON shape, which lint's JSON
//! findings share), and progress lines (`wrote FILE`) only for people.
//!
//! With `json`, stderr holds only JSON, so a tool can parse it whole.

use std::fmt::Display;

use krakenql_lint::render::{render, Format, RenderOptions};
use krakenql_lint::LintReport;
use krakenql_schema::render::json::render_json;
use krakenql_schema::render::{render_all_with, Sources};
use krakenql_schema::Diagnostic;

use crate::cli::MessageFormat;

/// The diagnostics as `format` writes them; empty when there are none.
pub fn diagnostics(
    format: MessageFormat,
    diagnostics: &[Diagnostic],
    sources: &dyn Sources,
) -> String {
    if diagnostics.is_empty() {
        return String::new();
    }
    match format {
        MessageFormat::Human => render_all_with(diagnostics, sources, false),
        MessageFormat::Json => render_json(diagnostics),
    }
}

/// Writes the diagnostics to stderr as `format` asks (nothing when there are none).
pub fn print_diagnostics(format: MessageFormat, found: &[Diagnostic], sources: &dyn Sources) {
    eprint!("{}", diagnostics(format, found, sources));
}

/// Writes a lint report to stderr as `krakenql lint` prints it: its human format, or its JSON
/// format (findings with lint's keys, and the summary).
pub fn print_report(format: MessageFormat, report: &LintReport) {
    let format = match format {
        MessageFormat::Human => Format::Human,
        MessageFormat::Json => Format::Json,
    };
    eprint!(
        "{}",
        render(report, format, &RenderOptions { color: false })
    );
}

/// Writes a progress line (`wrote FILE`) to stderr for people; with JSON, stderr holds only
/// diagnostics, so the line is left out.
pub fn progress(format: MessageFormat, line: impl Display) {
    if format == MessageFormat::Human {
        eprintln!("{line}");
    }
}
