//! Turns a `LintReport` into text in one of five formats: human, json, sarif, github, junit.
//!
//! Every renderer is a pure function of the report: no clock, no environment, no terminal
//! detection. The caller decides about colour (`RenderOptions::color`), and only the human
//! format uses it.

pub(crate) mod github;
mod human;
mod json;
mod junit;
mod sarif;
#[cfg(test)]
mod tests;

use std::fmt;
use std::str::FromStr;

use krakenql_schema::Severity;

use crate::report::LintReport;

/// The output formats of `krakenql lint --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Code frames and a summary line, for people.
    Human,
    /// One JSON object in the shape of the CLI contract.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// GitHub Actions workflow commands, which become annotations on the pull request.
    Github,
    /// JUnit XML, for CI systems that show test reports.
    Junit,
}

impl Format {
    /// Every format, in the order the CLI lists them.
    pub const ALL: [Format; 5] = [
        Format::Human,
        Format::Json,
        Format::Sarif,
        Format::Github,
        Format::Junit,
    ];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Github => "github",
            Format::Junit => "junit",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .into_iter()
            .find(|format| format.as_str().eq_ignore_ascii_case(name))
            .ok_or_else(|| {
                format!("unknown format '{name}'; expected human, json, sarif, github or junit")
            })
    }
}

/// How to render.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// Whether to use ANSI colours; the CLI sets it only when it writes to a terminal.
    pub color: bool,
}

/// Renders the whole report in `format`; the text ends with a newline unless it is empty.
pub fn render(report: &LintReport, format: Format, options: &RenderOptions) -> String {
    match format {
        Format::Human => human::render(report, options),
        Format::Json => json::render(report),
        Format::Sarif => sarif::render(report),
        Format::Github => github::render(report),
        Format::Junit => junit::render(report),
    }
}

/// "1 error", "2 errors": a count with its noun.
fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("{count} {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// The one-line summary that closes the human output, e.g.
/// `1 error, 2 warnings in 2 files (3 operations), 1 baselined, 2 suppressed`.
fn summary_line(report: &LintReport) -> String {
    let mut line = format!(
        "{}, {} in {} ({})",
        plural(report.errors(), "error"),
        plural(report.warnings(), "warning"),
        plural(report.files, "file"),
        plural(report.operations, "operation")
    );
    if report.baselined > 0 {
        line.push_str(&format!(", {} baselined", report.baselined));
    }
    if report.suppressed > 0 {
        line.push_str(&format!(", {} suppressed", report.suppressed));
    }
    line
}

/// The SARIF / GitHub level word of a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// The message followed by the help, as one text for formats that have no separate help field.
fn message_with_help(message: &str, help: Option<&str>) -> String {
    match help {
        Some(help) if message.ends_with(['.', '!', '?']) => format!("{message} help: {help}"),
        Some(help) => format!("{message}. help: {help}"),
        None => message.to_owned(),
    }
}
