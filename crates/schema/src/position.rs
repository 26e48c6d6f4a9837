//! Positions from the parsers krakenql uses, turned into ours: 1-based lines and 1-based
//! columns counted in characters (what [`Location`] promises and editors show).
//!
//! apollo-compiler's `LineColumn` and serde_json's errors both count columns in UTF-8 bytes
//! (apollo-compiler 1.33 documents characters but returns ariadne's byte column), so a line
//! with `é` or `“` before the error pointed past it; serde_json also puts an error at a line
//! break at column 0. Found by the `sdl`, `introspection` and `baseline` fuzz targets.

use apollo_compiler::parser::{SourceMap, SourceSpan};

use crate::diagnostic::Location;
use crate::line_index::LineIndex;

/// The 1-based line and character column where `span` starts, from apollo-compiler's line and
/// byte column; `None` when the span's file is not in `sources`.
pub fn apollo_line_column(sources: &SourceMap, span: SourceSpan) -> Option<(usize, usize)> {
    let start = span.line_column(sources)?;
    let text = sources.get(&span.file_id())?.source_text();
    let offset = span.offset().min(text.len());
    let line_start = offset.saturating_sub(start.column.saturating_sub(1));
    let Some(before) = text.get(line_start..offset) else {
        return Some((start.line, start.column));
    };
    // The end of a text that ends with a line break is counted on the last line, after the
    // break; it is the start of the next line.
    if before.ends_with([
        '\n', '\r', '\u{b}', '\u{c}', '\u{85}', '\u{2028}', '\u{2029}',
    ]) {
        return Some((start.line + 1, 1));
    }
    Some((start.line, before.chars().count() + 1))
}

/// Where a serde_json error lies in `text`, the JSON it read from the file `file`: its line,
/// and the character its byte column ends in (column 1 at least; serde_json says column 0 for
/// an error at a line break).
pub fn json_error_location(file: &str, text: &str, error: &serde_json::Error) -> Location {
    let line = error.line().max(1);
    let index = LineIndex::new(text);
    let (Some(start), Some(end)) = (index.offset(line, 1), index.offset(line, usize::MAX)) else {
        return Location::new(file, line, 1);
    };
    let byte = (start + error.column().saturating_sub(1)).min(end);
    let (_, column) = index.line_column(byte);
    Location::new(file, line, column)
}

#[cfg(test)]
mod tests {
    use apollo_compiler::diagnostic::ToCliReport;

    use super::*;

    #[test]
    fn json_columns_count_characters() {
        let text = "{\n  \"é\": x }";
        let error = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        // serde_json says column 9 (bytes); `x` is the 8th character of line 2.
        assert_eq!((error.line(), error.column()), (2, 9));
        assert_eq!(
            json_error_location("f.json", text, &error),
            Location::new("f.json", 2, 8)
        );
    }

    #[test]
    fn json_error_at_a_line_break_is_column_one() {
        let text = "{\"a\n\": 1}";
        let error = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        assert_eq!(error.column(), 0);
        assert_eq!(json_error_location("f.json", text, &error).column, 1);
    }

    /// The first syntax error of `text`: apollo-compiler's line and byte column, and ours.
    fn first_error(text: &str) -> ((usize, usize), Option<(usize, usize)>) {
        let errors = apollo_compiler::ast::Document::parse(text, "s.graphql").unwrap_err();
        let error = errors.errors.iter().next().expect("one syntax error");
        let span = error.error.location().expect("located");
        let apollo = span.line_column(error.sources).expect("in the file");
        (
            (apollo.line, apollo.column),
            apollo_line_column(error.sources, span),
        )
    }

    #[test]
    fn apollo_columns_count_characters() {
        // `~` is the 16th character and the 17th byte of line 2.
        assert_eq!(
            first_error("query\n{ f(a: \"é\", b: ~) }"),
            ((2, 17), Some((2, 16)))
        );
    }

    #[test]
    fn the_end_after_a_final_line_break_is_the_next_line() {
        assert_eq!(first_error("query {\r\n"), ((1, 10), Some((2, 1))));
    }
}
