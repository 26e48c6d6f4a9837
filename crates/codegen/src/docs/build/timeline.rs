//! Deprecations as the pages show them: the status of each against the run's date, the
//! timeline of every deprecated coordinate, and the report of the user's own operations.

use std::collections::BTreeMap;

use krakenql_lint::LintReport;
use krakenql_schema::deprecation::Deprecation;
use krakenql_schema::Coordinate;

use super::types::page_of;
use super::Context;
use crate::docs::model::{DeprecationView, OperationUsage, TimelineRow, UsageRow};

/// How many days ahead a removal counts as due.
pub const DUE_WITHIN_DAYS: i64 = 90;

/// The statuses in order of urgency, with their labels.
const STATUSES: [&str; 4] = ["removed", "due", "later", "no-date"];

/// The view of a coordinate's deprecation, if it is deprecated.
pub(crate) fn view_of(context: &Context, coordinate: &Coordinate) -> Option<DeprecationView> {
    context
        .model
        .deprecation(coordinate)
        .map(|deprecation| view(context, deprecation))
}

/// The view of one deprecation against the run's date.
pub(crate) fn view(context: &Context, deprecation: &Deprecation) -> DeprecationView {
    let days = deprecation.days_until_removal(context.today);
    let (status, status_label) = match days {
        Some(days) if days <= 0 => ("removed", format!("removed ({} days ago)", -days)),
        Some(days) if days <= DUE_WITHIN_DAYS => ("due", format!("due in {days} days")),
        Some(days) => ("later", format!("in {days} days")),
        None => ("no-date", "no removal date".to_owned()),
    };
    DeprecationView {
        reason: deprecation.reason.clone(),
        lines: deprecation
            .reason
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect(),
        marked_on: deprecation.marked_on.map(|date| date.to_string()),
        removal: deprecation.removal_on_or_after.map(|date| date.to_string()),
        days,
        status,
        status_label,
        replacement: deprecation.replacement_hint(),
    }
}

/// Where a coordinate is documented: its root page and field, or its type's page and name.
pub(crate) fn anchor_of(context: &Context, coordinate: &Coordinate) -> (&'static str, String) {
    let owner = coordinate.type_name();
    let page = page_of(context.schema, owner);
    match (page, coordinate) {
        ("queries" | "mutations", Coordinate::Field { field, .. })
        | ("queries" | "mutations", Coordinate::Argument { field, .. }) => (page, field.clone()),
        _ => (page, owner.to_owned()),
    }
}

/// Every deprecated coordinate, soonest removal first; undated ones last; ties by coordinate.
pub(crate) fn timeline(context: &Context) -> Vec<TimelineRow> {
    let mut rows: Vec<TimelineRow> = context
        .model
        .deprecations()
        .iter()
        .map(|deprecation| {
            let (page, anchor) = anchor_of(context, &deprecation.coordinate);
            TimelineRow {
                coordinate: deprecation.coordinate.to_string(),
                kind: deprecation.kind.as_str(),
                page,
                anchor,
                deprecation: view(context, deprecation),
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        date_key(&a.deprecation.removal)
            .cmp(&date_key(&b.deprecation.removal))
            .then_with(|| a.coordinate.cmp(&b.coordinate))
    });
    rows
}

/// Counts of timeline rows per status, in order of urgency.
pub(crate) fn status_counts(rows: &[TimelineRow]) -> Vec<(&'static str, usize)> {
    STATUSES
        .iter()
        .map(|status| {
            let count = rows
                .iter()
                .filter(|row| row.deprecation.status == *status)
                .count();
            (*status, count)
        })
        .collect()
}

/// Sorts dated items first, by date.
fn date_key(date: &Option<String>) -> (bool, String) {
    (date.is_none(), date.clone().unwrap_or_default())
}

/// The deprecated items each operation of a lint run uses, operations that must change
/// soonest first.
pub(crate) fn operations(context: &Context, report: &LintReport) -> Vec<OperationUsage> {
    let mut grouped: BTreeMap<(String, String), Vec<UsageRow>> = BTreeMap::new();
    for diagnostic in &report.diagnostics {
        let (Some(coordinate), Some(deprecation)) =
            (&diagnostic.coordinate, &diagnostic.deprecation)
        else {
            continue;
        };
        let file = diagnostic
            .span
            .as_ref()
            .map(|span| span.file.clone())
            .unwrap_or_default();
        let operation = diagnostic
            .operation
            .clone()
            .unwrap_or_else(|| "(anonymous)".to_owned());
        let (page, anchor) = anchor_of(context, coordinate);
        let row = UsageRow {
            coordinate: coordinate.to_string(),
            file: file.clone(),
            line: diagnostic.span.as_ref().map(|span| span.line),
            page,
            anchor,
            deprecation: view(context, deprecation),
        };
        let uses = grouped.entry((file, operation)).or_default();
        if !uses
            .iter()
            .any(|seen| seen.coordinate == row.coordinate && seen.line == row.line)
        {
            uses.push(row);
        }
    }
    let mut operations: Vec<OperationUsage> = grouped
        .into_iter()
        .map(|((file, operation), mut uses)| {
            uses.sort_by(|a, b| {
                date_key(&a.deprecation.removal)
                    .cmp(&date_key(&b.deprecation.removal))
                    .then_with(|| a.coordinate.cmp(&b.coordinate))
                    .then_with(|| a.line.cmp(&b.line))
            });
            let change_by = uses.iter().find_map(|row| row.deprecation.removal.clone());
            let status = STATUSES
                .iter()
                .copied()
                .find(|status| uses.iter().any(|row| row.deprecation.status == *status))
                .unwrap_or("no-date");
            OperationUsage {
                operation,
                file,
                change_by,
                status,
                uses,
            }
        })
        .collect();
    operations.sort_by(|a, b| {
        date_key(&a.change_by)
            .cmp(&date_key(&b.change_by))
            .then_with(|| a.file.cmp(&b.file))
            .then_with(|| a.operation.cmp(&b.operation))
    });
    operations
}
