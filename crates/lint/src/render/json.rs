//! The json format: one pretty-printed object in the shape DESIGN.md's CLI contract fixes.
//!
//! `{"diagnostics":[{"code","severity","message","file","line","column","operation",
//! "coordinate","deprecation":{"reason","marked_on","removal_on_or_after","replacement"}}],
//! "summary":{"errors","warnings","files","operations"}}`, plus these extra keys: `rule`,
//! `end_line`, `end_column`, `help` and `days_until_removal` on a diagnostic, `announcement`
//! and `source` (the schema source that speaks for it, e.g. `edf-gb-2026-07`) on a
//! deprecation, and `baselined` and `suppressed` in the summary. A diagnostic is krakenql-schema's one JSON
//! shape (`krakenql_schema::render::json`, which every command's errors share) with the
//! linter's keys flattened into it. Keys come out in the order of the structs; absent values
//! are `null`, never left out.

use krakenql_schema::render::json::JsonDiagnostic;
use serde::Serialize;

use crate::diagnostic::LintDiagnostic;
use crate::report::LintReport;

/// The whole document.
#[derive(Serialize)]
struct JsonReport<'a> {
    diagnostics: Vec<JsonDiagnostic<LintKeys<'a>, LintTrailer>>,
    summary: JsonSummary,
}

/// The linter's keys of a diagnostic, between the shared location keys and `help`.
#[derive(Serialize)]
struct LintKeys<'a> {
    operation: Option<&'a str>,
    coordinate: Option<String>,
    deprecation: Option<JsonDeprecation<'a>>,
}

/// The linter's key after `help`.
#[derive(Serialize)]
struct LintTrailer {
    days_until_removal: Option<i64>,
}
/// The deprecation behind a diagnostic; dates as `YYYY-MM-DD`.
#[derive(Serialize)]
struct JsonDeprecation<'a> {
    reason: &'a str,
    marked_on: Option<String>,
    removal_on_or_after: Option<String>,
    replacement: Option<String>,
    announcement: Option<&'a str>,
    source: Option<&'a str>,
}

/// The counts.
#[derive(Serialize)]
struct JsonSummary {
    errors: usize,
    warnings: usize,
    files: usize,
    operations: usize,
    baselined: usize,
    suppressed: usize,
}

/// Renders the report as pretty-printed JSON followed by a newline.
pub(super) fn render(report: &LintReport) -> String {
    let document = JsonReport {
        diagnostics: report.diagnostics.iter().map(diagnostic).collect(),
        summary: JsonSummary {
            errors: report.errors(),
            warnings: report.warnings(),
            files: report.files,
            operations: report.operations,
            baselined: report.baselined,
            suppressed: report.suppressed,
        },
    };
    match serde_json::to_string_pretty(&document) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        // Serialising these plain structs cannot fail; an empty object keeps the output JSON.
        Err(_) => "{}\n".to_owned(),
    }
}

/// One diagnostic as JSON.
fn diagnostic(diagnostic: &LintDiagnostic) -> JsonDiagnostic<LintKeys<'_>, LintTrailer> {
    let keys = LintKeys {
        operation: diagnostic.operation.as_deref(),
        coordinate: diagnostic.coordinate.as_ref().map(ToString::to_string),
        deprecation: diagnostic
            .deprecation
            .as_ref()
            .map(|deprecation| JsonDeprecation {
                reason: &deprecation.reason,
                marked_on: deprecation.marked_on.map(|date| date.to_string()),
                removal_on_or_after: deprecation.removal_on_or_after.map(|date| date.to_string()),
                replacement: deprecation.replacement_hint(),
                announcement: deprecation.announcement.as_deref(),
                source: deprecation.source.as_deref(),
            }),
    };
    let trailer = LintTrailer {
        days_until_removal: diagnostic.days_until_removal,
    };
    JsonDiagnostic::with_extra(&diagnostic.to_diagnostic(), keys, trailer)
}
