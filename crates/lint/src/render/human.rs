//! The human format: each finding through krakenql-schema's one diagnostic renderer (a
//! rustc-style header, an ariadne code frame, the deprecation's dates and advice as `= `
//! lines), then one summary line and, when a deprecated use fails the run, how
//! `allow_removed` lets it pass for now.
//!
//! ```text
//! error[KQL001]: deprecated-field: `Query.accountUrls` was due for removal on 2024-01-01.
//!    ╭─[ queries/account.graphql:3:3 ]
//!    │
//!  3 │   accountUrls(accountNumber: $number) {
//!    │   ─────┬─────
//!    │        ╰─────── Query.accountUrls
//! ───╯
//!   = coordinate: Query.accountUrls
//!   = marked on 2021-10-12
//!   = removal on or after 2024-01-01 (150 days ago)
//!   = help: use 'urls' instead
//!
//! 1 error, 0 warnings in 1 file (1 operation)
//! help: to let a use pass as a warning while you migrate, add its coordinate to `allow_removed` in graphql.config.toml: `allow_removed = ["Query.accountUrls"]`
//! ```

use krakenql_schema::render::{paint, render_with};
use krakenql_schema::Severity;

use super::{summary_line, RenderOptions};
use crate::diagnostic::LintDiagnostic;
use crate::report::LintReport;

/// Renders every diagnostic, a blank line after each, then the summary.
pub(super) fn render(report: &LintReport, options: &RenderOptions) -> String {
    let mut out = String::new();
    for diagnostic in &report.diagnostics {
        out.push_str(&render_diagnostic(report, diagnostic, options.color));
        out.push('\n');
    }
    out.push_str(&paint(&summary_line(report), "1", options.color));
    out.push('\n');
    if let Some(hint) = allow_removed_hint(report) {
        out.push_str(&hint);
        out.push('\n');
    }
    out
}

/// After a run that a deprecated item fails, how to let it pass while the code migrates, with
/// the first such coordinate as the example.
fn allow_removed_hint(report: &LintReport) -> Option<String> {
    let coordinate = report
        .diagnostics
        .iter()
        .filter(|diagnostic| {
            diagnostic.severity == Severity::Error && diagnostic.is_deprecated_use()
        })
        .find_map(|diagnostic| diagnostic.coordinate.as_ref())?;
    Some(format!(
        "help: to let a use pass as a warning while you migrate, add its coordinate to \
         `allow_removed` in graphql.config.toml: `allow_removed = [\"{coordinate}\"]`"
    ))
}

/// Renders one diagnostic: header, frame (when its source is known) and notes.
pub(super) fn render_diagnostic(
    report: &LintReport,
    diagnostic: &LintDiagnostic,
    color: bool,
) -> String {
    render_with(&diagnostic.to_diagnostic(), report, color)
}
