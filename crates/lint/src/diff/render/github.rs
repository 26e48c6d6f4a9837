//! The github format: one workflow command per annotation. With operations: an `::error` on
//! each operation a change breaks, and a `::warning` on each use of a newly deprecated item.
//! Without operations: an `::error` per breaking change and a `::warning` per dangerous one,
//! on no file. Escaping is the lint renderer's (`@actions/core`'s rules).

use krakenql_schema::diff::{ChangeType, Criticality};

use super::removal_phrase;
use crate::diff::DiffReport;
use crate::render::github::{escape_data, escape_property};

/// Renders one line per annotation.
pub(super) fn render(report: &DiffReport) -> String {
    let mut out = String::new();
    for change in &report.changes {
        let kind = change.change.kind.as_str();
        if !report.with_documents {
            let level = match change.change.criticality {
                Criticality::Breaking => "error",
                Criticality::Dangerous => "warning",
                Criticality::Safe => continue,
            };
            out.push_str(&format!(
                "::{level} title={}::{}\n",
                escape_property(kind),
                escape_data(&change.change.message)
            ));
            continue;
        }
        for operation in &change.operations {
            let (level, message) = if operation.breaks {
                (
                    "error",
                    format!(
                        "operation `{}` breaks: {}",
                        operation.at.operation, change.change.message
                    ),
                )
            } else if change.change.kind == ChangeType::DeprecationAdded {
                let phrase =
                    removal_phrase(report, change).unwrap_or_else(|| "no removal date".to_owned());
                (
                    "warning",
                    format!(
                        "operation `{}` uses {}, deprecated: {phrase}",
                        operation.at.operation, change.change.coordinate
                    ),
                )
            } else {
                continue;
            };
            let properties = [
                ("file", operation.at.file.replace('\\', "/")),
                ("line", operation.at.line.to_string()),
                ("col", operation.at.column.to_string()),
                ("title", kind.to_owned()),
            ]
            .iter()
            .map(|(key, value)| format!("{key}={}", escape_property(value)))
            .collect::<Vec<_>>()
            .join(",");
            out.push_str(&format!(
                "::{level} {properties}::{}\n",
                escape_data(&message)
            ));
        }
    }
    out
}
