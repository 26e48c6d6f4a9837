//! Tests of the deprecation module: reason fixtures, mention resolution, the schema walk and
//! statistics over the real schema sources bundled in `schema/sources/`.

mod collect;
mod mentions;
mod reasons;
mod sources;

use std::fmt::Write as _;

use super::{DateField, Deprecation, MentionedItem, ParsedReason, ReasonProblem};

/// Renders a parsed reason as `key: value` lines, the format of `fixtures/reasons.txt`.
fn render_parsed(parsed: &ParsedReason) -> String {
    let optional = |value: &Option<String>| {
        value
            .as_ref()
            .map_or("-".to_owned(), |text| format!("{text:?}"))
    };
    format!(
        "quoted: {}\nadvice: {}\nmarked_on: {}\nremoval_on_or_after: {}\nannouncement: {}\n",
        parsed.quoted_name.as_deref().unwrap_or("-"),
        optional(&parsed.advice),
        render_date(&parsed.marked_on),
        render_date(&parsed.removal_on_or_after),
        parsed.announcement.as_deref().unwrap_or("-"),
    )
}

fn render_date(date: &DateField) -> String {
    match date {
        DateField::Absent => "-".to_owned(),
        DateField::Valid(date) => date.to_string(),
        DateField::Invalid(text) => format!("invalid {text:?}"),
    }
}

/// Renders mentioned items as `text -> coordinate` lines.
fn render_items(items: &[MentionedItem]) -> String {
    let mut out = String::new();
    for item in items {
        let target = item
            .coordinate
            .as_ref()
            .map_or("(unresolved)".to_owned(), ToString::to_string);
        let _ = writeln!(out, "{} -> {target}", item.text);
    }
    if out.is_empty() {
        out.push_str("(nothing)\n");
    }
    out
}

/// Renders deprecations as a reviewer would read them in a report.
fn render_deprecations(deprecations: &[Deprecation]) -> String {
    let mut out = String::new();
    for deprecation in deprecations {
        let date =
            |date: Option<chrono::NaiveDate>| date.map_or("-".to_owned(), |date| date.to_string());
        let _ = writeln!(
            out,
            "{} ({})",
            deprecation.coordinate,
            deprecation.kind.as_str()
        );
        let _ = writeln!(out, "  reason: {:?}", deprecation.reason);
        let _ = writeln!(out, "  marked on: {}", date(deprecation.marked_on));
        let _ = writeln!(
            out,
            "  removal on or after: {}",
            date(deprecation.removal_on_or_after)
        );
        if let Some(replacement) = &deprecation.replacement {
            let _ = writeln!(out, "  advice: {:?}", replacement.advice);
            for line in render_items(&replacement.items).lines() {
                let _ = writeln!(out, "    {line}");
            }
        }
        if let Some(url) = &deprecation.announcement {
            let _ = writeln!(out, "  announcement: {url}");
        }
        for problem in &deprecation.problems {
            let text = match problem {
                ReasonProblem::NoRemovalDate => "no removal date".to_owned(),
                ReasonProblem::InvalidDate { which, text } => format!("invalid {which}: {text:?}"),
            };
            let _ = writeln!(out, "  problem: {text}");
        }
    }
    out
}
