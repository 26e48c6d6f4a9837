//! The one line index of krakenql: byte offsets to 1-based lines and 1-based columns counted
//! in characters (what [`Location`] promises), built on rust-analyzer's `line-index` crate.
//! Every crate that turns an offset into a position goes through here.

use line_index::{LineCol, TextSize, WideEncoding};

use crate::diagnostic::{ByteSpan, Location};

/// The line starts of one text, with the text, for turning offsets into positions.
#[derive(Debug)]
pub struct LineIndex<'a> {
    text: &'a str,
    index: line_index::LineIndex,
}

impl<'a> LineIndex<'a> {
    /// Indexes `text`; lines end at `\n` (a `\r` before it belongs to the line).
    pub fn new(text: &'a str) -> Self {
        LineIndex {
            text,
            index: line_index::LineIndex::new(text),
        }
    }

    /// The 1-based line and character column of a byte offset. An offset past the end counts
    /// as the end, one inside a character as that character.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = self.clamp(offset);
        let size = TextSize::try_from(offset).unwrap_or(TextSize::new(u32::MAX));
        let LineCol { line, col } = self
            .index
            .try_line_col(size)
            .unwrap_or(LineCol { line: 0, col: 0 });
        let column = self
            .index
            .to_wide(WideEncoding::Utf32, LineCol { line, col })
            .map_or(col, |wide| wide.col);
        (line as usize + 1, column as usize + 1)
    }

    /// The location of a byte offset in `file`.
    pub fn location(&self, file: &str, offset: usize) -> Location {
        let (line, column) = self.line_column(offset);
        Location::new(file, line, column)
    }

    /// The location of the byte range `start..end` in `file`, both ends (an end before the
    /// start is the start).
    pub fn range(&self, file: &str, start: usize, end: usize) -> Location {
        let end = end.max(start);
        let (end_line, end_column) = self.line_column(end);
        Location {
            span: Some(ByteSpan {
                start,
                end,
                end_line,
                end_column,
            }),
            ..self.location(file, start)
        }
    }

    /// The byte offset of a 1-based line and character column; `None` when the text has no
    /// such line. A column past the end of its line is the line's end.
    pub fn offset(&self, line: usize, column: usize) -> Option<usize> {
        let line = u32::try_from(line.checked_sub(1)?).ok()?;
        let col = u32::try_from(column.saturating_sub(1)).unwrap_or(u32::MAX);
        let range = self.index.line(line)?;
        let start = usize::from(range.start());
        let end = usize::from(range.end()).min(self.text.len());
        let line_text = self.text.get(start..end)?;
        let within = line_text
            .char_indices()
            .nth(col as usize)
            .map_or(line_text.trim_end_matches(['\n', '\r']).len(), |(at, _)| at);
        Some(start + within)
    }

    /// The offset within the text, on a character boundary.
    fn clamp(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }
}

/// The 1-based line and character column of a byte offset in `text`, for one-off lookups.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(text).line_column(offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_character_columns() {
        let text = "ab\n\"é\" x\r\nlast";
        let index = LineIndex::new(text);
        assert_eq!(index.line_column(0), (1, 1));
        assert_eq!(index.line_column(2), (1, 3));
        assert_eq!(index.line_column(3), (2, 1));
        // `x` is byte 8 of the text, the 5th character of line 2 (`é` is two bytes).
        assert_eq!(index.line_column(text.find('x').unwrap()), (2, 5));
        assert_eq!(index.line_column(text.find("last").unwrap()), (3, 1));
        assert_eq!(index.line_column(text.len() + 10), (3, 5));
    }

    #[test]
    fn an_offset_inside_a_character_is_that_character() {
        let text = "aé";
        assert_eq!(line_column(text, 2), (1, 2));
    }

    #[test]
    fn offsets_of_positions() {
        let text = "ab\n\"é\" x\r\nlast";
        let index = LineIndex::new(text);
        assert_eq!(index.offset(2, 5), text.find('x'));
        assert_eq!(index.offset(2, 99), text.find('\r'));
        assert_eq!(index.offset(3, 1), text.find("last"));
        assert_eq!(index.offset(9, 1), None);
    }

    #[test]
    fn spans_carry_both_ends() {
        let location = LineIndex::new("one\ntwo").range("f.graphql", 4, 7);
        let span = location.span.expect("a range has a span");
        assert_eq!(
            (
                location.line,
                location.column,
                span.end_line,
                span.end_column
            ),
            (2, 1, 2, 4)
        );
    }
}
