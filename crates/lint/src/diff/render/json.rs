//! The json format: `{"changes":[{"criticality","type","coordinate","message","operations":
//! [{"file","line","column","operation","breaks"}]}],"summary":{"breaking","dangerous","safe",
//! "operations_broken"},"invalid_operations":[{"file","line","column","operation","errors"}]}`.
//! `DEPRECATION_*` changes also carry `"removal":{"before","after"}` (dates or null).

use serde_json::{json, Value};

use crate::diff::DiffReport;

/// Renders the report as one pretty-printed JSON object and a newline.
pub(super) fn render(report: &DiffReport) -> String {
    let counts = report.counts();
    let changes: Vec<Value> = report
        .changes
        .iter()
        .map(|change| {
            let mut value = json!({
                "criticality": change.change.criticality,
                "type": change.change.kind,
                "coordinate": change.change.coordinate,
                "message": change.change.message,
                "operations": change.operations,
            });
            if let (Some(dates), Some(object)) = (change.change.deprecation, value.as_object_mut())
            {
                object.insert(
                    "removal".to_owned(),
                    json!({ "before": dates.before, "after": dates.after }),
                );
            }
            value
        })
        .collect();
    let value = json!({
        "changes": changes,
        "summary": {
            "breaking": counts.breaking,
            "dangerous": counts.dangerous,
            "safe": counts.safe,
            "operations_broken": report.broken.len(),
        },
        "invalid_operations": report.invalid,
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}
