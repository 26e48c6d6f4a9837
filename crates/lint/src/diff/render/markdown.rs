//! The markdown format, for a pull-request comment: a summary table, then the breaking and
//! dangerous changes (with the operations they touch) in `<details>` blocks, and the safe
//! changes counted by type (listing thousands of description changes would outgrow a comment).

use std::fmt::Write;

use krakenql_schema::diff::Criticality;

use super::{grouped, heading, removal_phrase, CRITICALITIES};
use crate::diff::DiffReport;

/// Renders the report as GitHub-flavoured Markdown.
pub(super) fn render(report: &DiffReport) -> String {
    let counts = report.counts();
    let mut out = String::from("### Schema diff\n\n| | |\n|---|---:|\n");
    let _ = writeln!(out, "| Breaking changes | {} |", counts.breaking);
    let _ = writeln!(out, "| Dangerous changes | {} |", counts.dangerous);
    let _ = writeln!(out, "| Safe changes | {} |", counts.safe);
    if report.with_documents {
        let _ = writeln!(
            out,
            "| Operations broken | {} of {} |",
            report.broken.len(),
            report.operations
        );
        if !report.invalid.is_empty() {
            let _ = writeln!(
                out,
                "| Operations invalid against both schemas | {} |",
                report.invalid.len()
            );
        }
    }
    for criticality in CRITICALITIES {
        let groups = grouped(report, criticality);
        let total: usize = groups.iter().map(|(_, list)| list.len()).sum();
        if total == 0 {
            continue;
        }
        let _ = write!(
            out,
            "\n<details><summary>{} changes ({total})</summary>\n\n",
            heading(criticality)
        );
        if criticality == Criticality::Safe {
            out.push_str("| Type | Changes |\n|---|---:|\n");
            for (kind, list) in groups {
                let _ = writeln!(out, "| `{}` | {} |", kind.as_str(), list.len());
            }
        } else {
            out.push_str("| Type | Coordinate | Change | Operations |\n|---|---|---|---|\n");
            for (kind, list) in groups {
                for change in list {
                    let operations: Vec<String> = change
                        .operations
                        .iter()
                        .map(|operation| {
                            let at = &operation.at;
                            let mut text = format!(
                                "{}`{}` ({}:{})",
                                if operation.breaks { "**breaks** " } else { "" },
                                at.operation,
                                at.file,
                                at.line
                            );
                            if let Some(phrase) = removal_phrase(report, change) {
                                text.push_str(&format!(": {phrase}"));
                            }
                            text
                        })
                        .collect();
                    let _ = writeln!(
                        out,
                        "| `{}` | `{}` | {} | {} |",
                        kind.as_str(),
                        change.change.coordinate,
                        cell(&change.change.message),
                        cell(&operations.join("<br>"))
                    );
                }
            }
        }
        out.push_str("\n</details>\n");
    }
    if !report.invalid.is_empty() {
        let _ = write!(
            out,
            "\n<details><summary>Operations invalid against both schemas ({})</summary>\n\n",
            report.invalid.len()
        );
        for invalid in &report.invalid {
            let at = &invalid.at;
            let first = invalid.errors.first().map(String::as_str).unwrap_or("");
            let _ = writeln!(
                out,
                "- `{}` ({}:{}): {}",
                at.operation,
                at.file,
                at.line,
                cell(first)
            );
        }
        out.push_str("\n</details>\n");
    }
    out
}

/// Text made safe for one table cell: pipes escaped, line breaks as spaces.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}
