//! Code frames: the located diagnostic's source lines with its span and labels underlined,
//! drawn by ariadne (behind the `render` feature).

use std::ops::Range;

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind};

use super::Sources;
use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::line_index::LineIndex;

/// The ariadne frame of a diagnostic whose location's source text is at hand, header included.
pub(super) fn frame(
    diagnostic: &Diagnostic,
    sources: &dyn Sources,
    title: &str,
    message: &str,
    color: bool,
) -> Option<String> {
    let location = diagnostic.location.as_ref()?;
    let text = sources.text(&location.file)?;
    let primary = (location.file.clone(), byte_range(text, location));
    let config = Config::default()
        .with_color(color)
        .with_index_type(IndexType::Byte);
    let kind = ReportKind::Custom(title, severity_color(diagnostic.severity));
    // Ariadne draws no underline for a label without a message, so the primary label always
    // has one: what the diagnostic says it is, else the code's summary.
    let primary_message = diagnostic
        .location_label
        .clone()
        .unwrap_or_else(|| diagnostic.code.summary.to_owned());
    let mut builder = Report::build(kind, primary.clone())
        .with_config(config)
        .with_message(message)
        .with_label(
            Label::new(primary)
                .with_message(primary_message)
                .with_color(severity_color(diagnostic.severity))
                .with_order(order(0, location)),
        );
    let mut files = vec![(location.file.clone(), text)];
    for label in &diagnostic.labels {
        let Some(label_text) = sources.text(&label.location.file) else {
            continue;
        };
        let rank = match files
            .iter()
            .position(|(file, _)| *file == label.location.file)
        {
            Some(rank) => rank,
            None => {
                files.push((label.location.file.clone(), label_text));
                files.len() - 1
            }
        };
        let range = byte_range(label_text, &label.location);
        builder = builder.with_label(
            Label::new((label.location.file.clone(), range))
                .with_message(&label.message)
                .with_color(Color::Blue)
                .with_order(order(rank, &label.location)),
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
fn order(file_rank: usize, location: &Location) -> i32 {
    let key = file_rank
        .saturating_mul(1 << 20)
        .saturating_add(location.line);
    i32::try_from(key).unwrap_or(i32::MAX)
}

/// The location's byte range, clamped to the text and to character boundaries; a location
/// with no span covers the character at its line and column.
fn byte_range(text: &str, location: &Location) -> Range<usize> {
    let clamp = |mut offset: usize| {
        offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    };
    match location.span {
        Some(span) => {
            let start = clamp(span.start);
            start..clamp(span.end).max(start)
        }
        None => {
            let start = LineIndex::new(text)
                .offset(location.line, location.column)
                .map_or(0, clamp);
            let width = text[start..]
                .chars()
                .next()
                .filter(|c| *c != '\n' && *c != '\r')
                .map_or(0, char::len_utf8);
            start..start + width
        }
    }
}

/// The ariadne colour of a severity.
fn severity_color(severity: Severity) -> Color {
    match severity {
        Severity::Error => Color::Red,
        Severity::Warning => Color::Yellow,
        Severity::Note => Color::Cyan,
    }
}
