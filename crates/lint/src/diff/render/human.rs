//! The human format: changes grouped by criticality, then by type; under each change the
//! operations it touches; then the broken and the invalid operations, and a summary line.

use std::fmt::Write;

use super::{grouped, heading, removal_phrase, summary_line, CRITICALITIES};
use crate::diff::DiffReport;

/// Renders the report for people.
pub(super) fn render(report: &DiffReport) -> String {
    let mut out = String::new();
    for criticality in CRITICALITIES {
        let groups = grouped(report, criticality);
        let total: usize = groups.iter().map(|(_, list)| list.len()).sum();
        if total == 0 {
            continue;
        }
        let _ = writeln!(out, "{} changes ({total})", heading(criticality));
        for (kind, list) in groups {
            let _ = writeln!(out, "  {} ({})", kind.as_str(), list.len());
            for change in list {
                let _ = writeln!(
                    out,
                    "    {}: {}",
                    change.change.coordinate, change.change.message
                );
                for operation in &change.operations {
                    let verb = if operation.breaks { "breaks" } else { "uses  " };
                    let at = &operation.at;
                    let mut line = format!(
                        "      {verb} {} ({}:{}:{})",
                        at.operation, at.file, at.line, at.column
                    );
                    if let Some(phrase) = removal_phrase(report, change) {
                        line.push_str(&format!(": {phrase}"));
                    }
                    let _ = writeln!(out, "{line}");
                }
            }
        }
        out.push('\n');
    }
    if !report.broken.is_empty() {
        let _ = writeln!(out, "Broken operations ({})", report.broken.len());
        for broken in &report.broken {
            let at = &broken.at;
            let _ = writeln!(
                out,
                "  {} ({}:{}:{}) validates against the old schema, not the new:",
                at.operation, at.file, at.line, at.column
            );
            for error in &broken.errors {
                let _ = writeln!(out, "    {error}");
            }
        }
        out.push('\n');
    }
    if !report.invalid.is_empty() {
        let _ = writeln!(
            out,
            "Operations invalid against both schemas ({}), not broken by this change",
            report.invalid.len()
        );
        for invalid in &report.invalid {
            let at = &invalid.at;
            let _ = writeln!(
                out,
                "  {} ({}:{}:{}):",
                at.operation, at.file, at.line, at.column
            );
            for error in &invalid.errors {
                let _ = writeln!(out, "    {error}");
            }
        }
        out.push('\n');
    }
    for problem in &report.problems {
        let place = problem.span.as_ref().map_or_else(String::new, |span| {
            format!("{}:{}:{}: ", span.file, span.line, span.column)
        });
        let _ = writeln!(out, "{place}{}", problem.message);
    }
    if !report.problems.is_empty() {
        out.push('\n');
    }
    let _ = writeln!(out, "{}", summary_line(report));
    out
}
