//! The human format: a rustc-style header, an ariadne code frame, the deprecation's dates and
//! advice as `= ` lines, and one summary line at the end.
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
//! ```

use std::ops::Range;

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind};
use krakenql_schema::Severity;

use super::{relative_days, summary_line, RenderOptions};
use crate::diagnostic::{LintDiagnostic, Span};
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
    out
}

/// Renders one diagnostic: header, frame (when its source is known) and notes.
pub(super) fn render_diagnostic(
    report: &LintReport,
    diagnostic: &LintDiagnostic,
    color: bool,
) -> String {
    let title = format!("{}[{}]", diagnostic.severity, diagnostic.rule.code);
    let message = format!("{}: {}", diagnostic.rule.name, diagnostic.message);
    let framed = diagnostic
        .span
        .as_ref()
        .and_then(|span| frame(report, diagnostic, span, &title, &message, color));
    let mut out = match framed {
        Some(frame) => frame,
        None => {
            let header = paint(
                &format!("{title}:"),
                severity_style(diagnostic.severity),
                color,
            );
            let mut out = format!("{header} {message}\n");
            if let Some(span) = &diagnostic.span {
                out.push_str(&format!(
                    "  {} {}\n",
                    paint("-->", "1;34", color),
                    location(span)
                ));
            }
            out
        }
    };
    for (key, text) in notes(report, diagnostic) {
        let key = paint(key, "1", color);
        // Continuation lines of a long help start under the text, not at the margin.
        let text = text.replace('\n', "\n    ");
        out.push_str(&format!("  {} {key} {text}\n", paint("=", "1;34", color)));
    }
    out
}

/// The ariadne frame of a diagnostic whose source text the report holds.
fn frame(
    report: &LintReport,
    diagnostic: &LintDiagnostic,
    span: &Span,
    title: &str,
    message: &str,
    color: bool,
) -> Option<String> {
    let text = report.source_text(&span.file)?;
    let primary = (span.file.clone(), byte_range(text, span));
    let config = Config::default()
        .with_color(color)
        .with_index_type(IndexType::Byte);
    let kind = ReportKind::Custom(title, severity_color(diagnostic.severity));
    // Ariadne draws no underline for a label without a message, so the primary label always
    // has one: the coordinate, else what the rule reports.
    let primary_message = match &diagnostic.coordinate {
        Some(coordinate) => coordinate.to_string(),
        None => diagnostic.rule.summary.to_owned(),
    };
    let mut builder = Report::build(kind, primary.clone())
        .with_config(config)
        .with_message(message)
        .with_label(
            Label::new(primary)
                .with_message(primary_message)
                .with_color(severity_color(diagnostic.severity))
                .with_order(order(0, span)),
        );
    let mut files = vec![(span.file.clone(), text)];
    for label in &diagnostic.labels {
        let Some(label_text) = report.source_text(&label.span.file) else {
            continue;
        };
        let rank = match files.iter().position(|(file, _)| *file == label.span.file) {
            Some(rank) => rank,
            None => {
                files.push((label.span.file.clone(), label_text));
                files.len() - 1
            }
        };
        let range = byte_range(label_text, &label.span);
        builder = builder.with_label(
            Label::new((label.span.file.clone(), range))
                .with_message(&label.message)
                .with_color(Color::Blue)
                .with_order(order(rank, &label.span)),
        );
    }
    // With colour on, ariadne also asks `concolor` (a feature apollo-compiler turns on) whether
    // stdout takes colour; that matches the CLI's own terminal check.
    let mut buffer = Vec::new();
    builder
        .finish()
        .write_for_stdout(ariadne::sources(files), &mut buffer)
        .ok()?;
    let frame = String::from_utf8(buffer).ok()?;
    // Ariadne pads some lines with spaces; trailing blanks only get in the way of snapshots.
    Some(
        frame
            .lines()
            .map(|line| format!("{}\n", line.trim_end()))
            .collect(),
    )
}

/// The order of a label in the frame: the primary file first, then by line, so that ariadne
/// draws the labels of one file in one section.
fn order(file_rank: usize, span: &Span) -> i32 {
    let key = file_rank.saturating_mul(1 << 20).saturating_add(span.line);
    i32::try_from(key).unwrap_or(i32::MAX)
}

/// The `= key text` lines under a diagnostic, in a fixed order; each key ends as it should read.
fn notes(report: &LintReport, diagnostic: &LintDiagnostic) -> Vec<(&'static str, String)> {
    let mut notes = Vec::new();
    if let Some(coordinate) = &diagnostic.coordinate {
        notes.push(("coordinate:", coordinate.to_string()));
    }
    if let Some(deprecation) = &diagnostic.deprecation {
        if let Some(marked_on) = deprecation.marked_on {
            notes.push(("marked on", marked_on.to_string()));
        }
        let removal = match (
            deprecation.removal_on_or_after,
            diagnostic.days_until_removal,
        ) {
            (Some(date), Some(days)) => (
                "removal on or after",
                format!("{date} ({})", relative_days(days)),
            ),
            (Some(date), None) => ("removal on or after", date.to_string()),
            (None, _) => (
                "removal:",
                "no date given in the deprecation reason".to_owned(),
            ),
        };
        let per = deprecation
            .per
            .as_ref()
            .map(|per| format!(" (per {per})"))
            .unwrap_or_default();
        notes.push((removal.0, format!("{}{per}", removal.1)));
    }
    for label in &diagnostic.labels {
        if report.source_text(&label.span.file).is_none() {
            notes.push((
                "note:",
                format!("{}: {}", location(&label.span), label.message),
            ));
        }
    }
    if let Some(help) = &diagnostic.help {
        notes.push(("help:", help.clone()));
    }
    if let Some(url) = diagnostic
        .deprecation
        .as_ref()
        .and_then(|deprecation| deprecation.announcement.as_ref())
    {
        notes.push(("see:", url.clone()));
    }
    notes
}

/// `file:line:col`.
fn location(span: &Span) -> String {
    format!("{}:{}:{}", span.file, span.line, span.column)
}

/// The span's byte range, clamped to the text and to character boundaries.
fn byte_range(text: &str, span: &Span) -> Range<usize> {
    let clamp = |mut offset: usize| {
        offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    };
    let start = clamp(span.start);
    let end = clamp(span.end).max(start);
    start..end
}

/// The ariadne colour of a severity.
fn severity_color(severity: Severity) -> Color {
    match severity {
        Severity::Error => Color::Red,
        Severity::Warning => Color::Yellow,
        Severity::Note => Color::Cyan,
    }
}

/// The ANSI style of a severity's header.
fn severity_style(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Note => "1;36",
    }
}

/// Wraps `text` in an ANSI style when colour is on.
fn paint(text: &str, style: &str, color: bool) -> String {
    if color {
        format!("\u{1b}[{style}m{text}\u{1b}[0m")
    } else {
        text.to_owned()
    }
}
