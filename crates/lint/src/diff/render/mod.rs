//! The one place a `DiffReport` becomes text: human, json, markdown (a pull-request comment)
//! and github (workflow annotations). Every renderer is a pure function of the report.

mod github;
mod human;
mod json;
mod markdown;
#[cfg(test)]
mod tests;

use krakenql_schema::diff::{ChangeType, Criticality};

use super::{ChangeReport, DiffReport};

/// The output formats of `krakenql schema diff --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffFormat {
    /// Grouped by criticality, then by type, operations under their change.
    Human,
    /// `{"changes":[…],"summary":{…},"invalid_operations":[…]}`.
    Json,
    /// A summary table, then details in `<details>` blocks, for a pull-request comment.
    Markdown,
    /// GitHub Actions annotations on the operations that break.
    Github,
}

/// Renders the report in `format`.
pub fn render_diff(report: &DiffReport, format: DiffFormat) -> String {
    match format {
        DiffFormat::Human => human::render(report),
        DiffFormat::Json => json::render(report),
        DiffFormat::Markdown => markdown::render(report),
        DiffFormat::Github => github::render(report),
    }
}

/// The criticalities in the order reports show them.
const CRITICALITIES: [Criticality; 3] = [
    Criticality::Breaking,
    Criticality::Dangerous,
    Criticality::Safe,
];

/// A criticality as a heading word.
fn heading(criticality: Criticality) -> &'static str {
    match criticality {
        Criticality::Breaking => "Breaking",
        Criticality::Dangerous => "Dangerous",
        Criticality::Safe => "Safe",
    }
}

/// The changes of one criticality grouped by type, both in report order.
fn grouped(report: &DiffReport, criticality: Criticality) -> Vec<(ChangeType, Vec<&ChangeReport>)> {
    let mut groups: Vec<(ChangeType, Vec<&ChangeReport>)> = Vec::new();
    for change in report
        .changes
        .iter()
        .filter(|change| change.change.criticality == criticality)
    {
        match groups.last_mut() {
            Some((kind, list)) if *kind == change.change.kind => list.push(change),
            _ => groups.push((change.change.kind, vec![change])),
        }
    }
    groups
}

/// How far a removal date is from the report's day: "in 12 days", "today", "3 days ago".
fn removal_phrase(report: &DiffReport, change: &ChangeReport) -> Option<String> {
    let date = change.change.deprecation.and_then(|dates| dates.after)?;
    let days = (date - report.today).num_days();
    let when = match days {
        0 => "today".to_owned(),
        1 => "in 1 day".to_owned(),
        -1 => "1 day ago".to_owned(),
        days if days > 0 => format!("in {days} days"),
        days => format!("{} days ago", -days),
    };
    Some(format!("removed on or after {date} ({when})"))
}

/// One line of totals: "2 breaking, 1 dangerous, 5 safe changes; 1 of 3 operations broken".
fn summary_line(report: &DiffReport) -> String {
    let counts = report.counts();
    let mut line = format!(
        "{} breaking, {} dangerous, {} safe changes",
        counts.breaking, counts.dangerous, counts.safe
    );
    if report.with_documents {
        line.push_str(&format!(
            "; {} of {} operations broken",
            report.broken.len(),
            report.operations
        ));
        if !report.invalid.is_empty() {
            line.push_str(&format!(
                ", {} invalid against both schemas",
                report.invalid.len()
            ));
        }
    }
    line
}
