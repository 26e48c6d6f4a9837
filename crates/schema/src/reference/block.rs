//! Reads the brace-balanced example blocks (`Query`, `Variables`, `Response`) of an entry.
//!
//! A block ends where its braces balance, or, when the page is cut off, at the next keyword line.

use super::scan::{is_header_start, KEYWORDS};

/// A `Query`, `Variables` or `Response` block.
#[derive(Debug, Clone)]
pub(super) struct Block {
    /// The lines after the keyword, joined with newlines.
    pub(super) text: String,
    /// The 1-based line of the first line of `text`.
    pub(super) first_line: usize,
    /// Whether the braces balanced before the block was cut off by the next keyword or the end.
    pub(super) complete: bool,
}

/// Reads the brace-balanced block after the keyword line at `index`; returns it and the next index.
pub(super) fn read_block(lines: &[&str], index: usize) -> (Block, usize) {
    let mut depth: i64 = 0;
    let mut started = false;
    let mut next = index + 1;
    while next < lines.len() {
        if KEYWORDS.contains(&lines[next]) || is_header_start(lines, next) {
            break;
        }
        started |= lines[next].contains('{');
        depth += brace_balance(lines[next]);
        next += 1;
        if started && depth <= 0 {
            break;
        }
    }
    let block = Block {
        text: lines[index + 1..next].join("\n"),
        first_line: index + 2,
        complete: started && depth == 0,
    };
    (block, next)
}

/// The number of `{` minus the number of `}` outside strings and comments on one line.
fn brace_balance(line: &str) -> i64 {
    let mut balance = 0;
    let mut in_string = false;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '#' if !in_string => break,
            '{' if !in_string => balance += 1,
            '}' if !in_string => balance -= 1,
            _ => {}
        }
    }
    balance
}
