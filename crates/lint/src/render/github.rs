//! The github format: one GitHub Actions workflow command per diagnostic, which the runner turns
//! into an annotation on the file and line.
//!
//! `::error file=F,line=L,col=C,endLine=L,endColumn=C,title=KQL001 deprecated-field::message. help: …`
//! Warnings use `::warning`, notes `::notice`. Data is escaped as `@actions/core` does (`%`, CR,
//! LF), property values also escape `:` and `,`. There is deliberately no summary command: a
//! `::notice::` would add an annotation of its own to every run, and the exit status already
//! says whether the step failed.

use super::message_with_help;
use crate::diagnostic::LintDiagnostic;
use crate::report::LintReport;

use krakenql_schema::Severity;

/// Renders one line per diagnostic, each ending with a newline.
pub(super) fn render(report: &LintReport) -> String {
    report.diagnostics.iter().map(command).collect()
}

/// The workflow command of one diagnostic.
fn command(diagnostic: &LintDiagnostic) -> String {
    let name = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    };
    let mut properties: Vec<(&str, String)> = Vec::new();
    if let Some(span) = &diagnostic.span {
        properties.push(("file", span.file.replace('\\', "/")));
        properties.push(("line", span.line.to_string()));
        properties.push(("col", span.column.to_string()));
        properties.push(("endLine", span.end_line.to_string()));
        properties.push(("endColumn", span.end_column.to_string()));
    }
    properties.push((
        "title",
        format!("{} {}", diagnostic.rule.code, diagnostic.rule.name),
    ));
    let properties = properties
        .iter()
        .map(|(key, value)| format!("{key}={}", escape_property(value)))
        .collect::<Vec<_>>()
        .join(",");
    let message = message_with_help(&diagnostic.message, diagnostic.help.as_deref());
    format!("::{name} {properties}::{}\n", escape_data(&message))
}

/// Escapes a command's message.
pub(crate) fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value: the message escapes plus `:` and `,`.
pub(crate) fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}
