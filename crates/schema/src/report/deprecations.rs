//! The deprecation report: every deprecated coordinate with its dates, status and replacement.

use std::fmt::Write;

use chrono::NaiveDate;
use serde_json::{json, Value};

use crate::deprecation::{Deprecation, ReasonProblem};

/// Where a deprecation stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RemovalStatus {
    /// The removal date is today or earlier.
    Removed,
    /// The removal date is later than today.
    Upcoming,
    /// The reason states no usable removal date.
    NoDate,
}

impl RemovalStatus {
    /// The status of `deprecation` on `today`.
    pub fn of(deprecation: &Deprecation, today: NaiveDate) -> Self {
        match deprecation.removal_on_or_after {
            Some(removal) if removal <= today => RemovalStatus::Removed,
            Some(_) => RemovalStatus::Upcoming,
            None => RemovalStatus::NoDate,
        }
    }
}

/// The JSON report: `{"deprecations":[…],"summary":{…}}`, in coordinate order.
pub fn deprecations_json(deprecations: &[Deprecation], today: NaiveDate) -> Value {
    let items: Vec<Value> = deprecations
        .iter()
        .map(|deprecation| {
            json!({
                "coordinate": deprecation.coordinate.to_string(),
                "kind": deprecation.kind.as_str(),
                "reason": deprecation.reason,
                "marked_on": deprecation.marked_on.map(|d| d.to_string()),
                "removal_on_or_after": deprecation.removal_on_or_after.map(|d| d.to_string()),
                "days_until_removal": deprecation.days_until_removal(today),
                "replacement": deprecation.replacement_hint(),
                "replacement_items": deprecation.replacement.as_ref().map(|r| {
                    r.items.iter().map(|item| json!({
                        "text": item.text,
                        "coordinate": item.coordinate.as_ref().map(|c| c.to_string()),
                    })).collect::<Vec<_>>()
                }).unwrap_or_default(),
                "announcement": deprecation.announcement,
                "problems": deprecation.problems.iter().map(problem_text).collect::<Vec<_>>(),
                "source": deprecation.source,
            })
        })
        .collect();
    let summary = Summary::of(deprecations, today);
    json!({
        "deprecations": items,
        "summary": {
            "total": deprecations.len(),
            "removed": summary.removed,
            "upcoming": summary.upcoming,
            "no_date": summary.no_date,
            "invalid_dates": summary.invalid_dates,
            "today": today.to_string(),
        }
    })
}

/// The human report: one block per coordinate and a summary line.
pub fn deprecations_human(deprecations: &[Deprecation], today: NaiveDate) -> String {
    let mut out = String::new();
    for deprecation in deprecations {
        let status = match deprecation.days_until_removal(today) {
            Some(days) if days <= 0 => format!("removal date passed {} days ago", -days),
            Some(days) => format!("removal in {days} days"),
            None => "no removal date".to_owned(),
        };
        let _ = writeln!(
            out,
            "{} ({}): {status}",
            deprecation.coordinate,
            deprecation.kind.as_str().replace('_', " ")
        );
        let mut dates = Vec::new();
        if let Some(marked) = deprecation.marked_on {
            dates.push(format!("marked {marked}"));
        }
        if let Some(removal) = deprecation.removal_on_or_after {
            dates.push(format!("removal on or after {removal}"));
        }
        if !dates.is_empty() {
            let per = deprecation
                .per
                .as_ref()
                .map(|per| format!(" (per {per})"))
                .unwrap_or_default();
            let _ = writeln!(out, "  {}{per}", dates.join(", "));
        }
        if let Some(hint) = deprecation.replacement_hint() {
            let _ = writeln!(out, "  help: {}", one_line(&hint));
        }
        if let Some(url) = &deprecation.announcement {
            let _ = writeln!(out, "  see: {url}");
        }
        for problem in &deprecation.problems {
            let _ = writeln!(out, "  note: {}", problem_text(problem));
        }
    }
    let summary = Summary::of(deprecations, today);
    let _ = writeln!(
        out,
        "{} deprecations on {today}: {} past removal, {} upcoming, {} without a removal date",
        deprecations.len(),
        summary.removed,
        summary.upcoming,
        summary.no_date
    );
    out
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn problem_text(problem: &ReasonProblem) -> String {
    match problem {
        ReasonProblem::NoRemovalDate => "the reason states no removal date".to_owned(),
        ReasonProblem::InvalidDate { which, text } => {
            format!("`{text}` ({which}) is not a real date and was not used")
        }
    }
}

/// Counts by status.
struct Summary {
    removed: usize,
    upcoming: usize,
    no_date: usize,
    invalid_dates: usize,
}

impl Summary {
    fn of(deprecations: &[Deprecation], today: NaiveDate) -> Self {
        let count = |status| {
            deprecations
                .iter()
                .filter(|d| RemovalStatus::of(d, today) == status)
                .count()
        };
        Summary {
            removed: count(RemovalStatus::Removed),
            upcoming: count(RemovalStatus::Upcoming),
            no_date: count(RemovalStatus::NoDate),
            invalid_dates: deprecations
                .iter()
                .filter(|d| {
                    d.problems
                        .iter()
                        .any(|p| matches!(p, ReasonProblem::InvalidDate { .. }))
                })
                .count(),
        }
    }
}
