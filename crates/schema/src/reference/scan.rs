//! Splits the reference page into raw entries: header lines, description, deprecation, table and blocks.
//!
//! An entry starts at a name line followed by a `Type:` or `URL:` line, or, when the scrape lost the
//! header, at an `Arguments` or `Query` line that cannot belong to the entry before it. The `Query`,
//! `Variables` and `Response` blocks end where their braces balance.

use super::block::{read_block, Block};
use super::Section;
use crate::codes;
use crate::diagnostic::{Diagnostic, LoadError, Location};

/// The lines of one entry, not yet interpreted.
#[derive(Debug, Clone)]
pub(super) struct RawEntry {
    pub(super) section: Section,
    /// The 1-based line where the entry starts.
    pub(super) line: usize,
    pub(super) name: Option<String>,
    /// The text after `Type:` and its 1-based line.
    pub(super) type_line: Option<(String, usize)>,
    pub(super) url: Option<String>,
    pub(super) description: Vec<String>,
    pub(super) deprecated: Vec<String>,
    /// The rows of the arguments table, as printed.
    pub(super) table: Option<Vec<String>>,
    pub(super) query: Option<Block>,
    pub(super) variables: Option<Block>,
    pub(super) response: Option<Block>,
}

/// The raw entries of a page and the notes made while splitting it.
pub(super) struct Scanned {
    pub(super) entries: Vec<RawEntry>,
    pub(super) diagnostics: Vec<Diagnostic>,
}

const API_HEADING: &str = "API Site";
const AUTH_HEADING: &str = "Authentication Server";
pub(super) const KEYWORDS: [&str; 7] = [
    "Arguments",
    "Query",
    "Variables",
    "Response",
    "Deprecated",
    API_HEADING,
    AUTH_HEADING,
];

/// Splits `text` into raw entries.
///
/// Fails when the text has no section heading at all, since then it is not the reference page.
pub(super) fn scan(source_name: &str, text: &str) -> Result<Scanned, LoadError> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    if lines.iter().all(|line| line.is_empty()) {
        return Err(format_error(source_name, 1, "the reference page is empty"));
    }
    let Some(first_heading) = lines
        .iter()
        .position(|line| *line == API_HEADING || *line == AUTH_HEADING)
    else {
        return Err(format_error(
            source_name,
            1,
            "found no `API Site` or `Authentication Server` heading, so this is not the Kraken reference page",
        ));
    };
    let mut scanner = Scanner {
        source_name,
        lines: &lines,
        section: Section::Api,
        current: None,
        entries: Vec::new(),
        diagnostics: Vec::new(),
        stray_from: None,
    };
    scanner.run(first_heading);
    if scanner.entries.is_empty() {
        return Err(format_error(
            source_name,
            first_heading + 1,
            "found a section heading but no entry after it",
        ));
    }
    Ok(Scanned {
        entries: scanner.entries,
        diagnostics: scanner.diagnostics,
    })
}

fn format_error(source_name: &str, line: usize, message: &str) -> LoadError {
    LoadError::single(
        Diagnostic::error(codes::REFERENCE_FORMAT, message)
            .at(Location::new(source_name, line, 1))
            .with_help("pass the text scrape of the Kraken `Query` reference page"),
    )
}

struct Scanner<'a> {
    source_name: &'a str,
    lines: &'a [&'a str],
    section: Section,
    current: Option<RawEntry>,
    entries: Vec<RawEntry>,
    diagnostics: Vec<Diagnostic>,
    /// The first line of a run of lines that belong to no entry, reported once the run ends.
    stray_from: Option<usize>,
}

impl Scanner<'_> {
    fn run(&mut self, mut index: usize) {
        while index < self.lines.len() {
            index = self.step(index);
        }
        self.end_stray(self.lines.len());
        self.finish();
    }

    /// Reads the line at `index` and returns the index of the next unread line.
    fn step(&mut self, index: usize) -> usize {
        let line = self.lines[index];
        if !line.is_empty() && !self.is_entry_line(index) {
            self.stray_from.get_or_insert(index);
            return index + 1;
        }
        self.end_stray(index);
        match line {
            "" => index + 1,
            API_HEADING | AUTH_HEADING => {
                self.finish();
                self.section = if line == API_HEADING {
                    Section::Api
                } else {
                    Section::Auth
                };
                index + 1
            }
            "Arguments" => {
                self.start_unless_fresh(index, |entry| entry.table.is_none());
                self.read_table(index)
            }
            "Query" => {
                // An entry has one example query; a second one starts a headerless entry.
                self.start_unless_fresh(index, |_| true);
                let (block, next) = read_block(self.lines, index);
                self.current_mut(index).query = Some(block);
                next
            }
            "Variables" | "Response" => {
                let (block, next) = read_block(self.lines, index);
                let entry = self.current_mut(index);
                let slot = if line == "Variables" {
                    &mut entry.variables
                } else {
                    &mut entry.response
                };
                *slot = Some(block);
                next
            }
            "Deprecated" => {
                // An empty first line opens the block, so the lines after it go to the deprecation.
                self.current_mut(index).deprecated.push(String::new());
                index + 1
            }
            _ if is_header_start(self.lines, index) => {
                self.finish();
                let mut entry = new_entry(self.section, index);
                entry.name = Some(line.to_owned());
                self.current = Some(entry);
                index + 1
            }
            _ => {
                let entry = self.current_mut(index);
                if let Some(text) = line.strip_prefix("Type:").filter(|_| header_open(entry)) {
                    entry.type_line = Some((text.trim().to_owned(), index + 1));
                } else if let Some(url) = line.strip_prefix("URL:").filter(|_| header_open(entry)) {
                    entry.url = Some(url.trim().to_owned());
                } else if entry.deprecated.is_empty() {
                    entry.description.push(line.to_owned());
                } else {
                    entry.deprecated.push(line.to_owned());
                }
                index + 1
            }
        }
    }

    /// Whether the line at `index` can be read as part of an entry (rather than being stray text).
    fn is_entry_line(&self, index: usize) -> bool {
        let line = self.lines[index];
        if KEYWORDS.contains(&line) || is_header_start(self.lines, index) {
            return true;
        }
        // Other text belongs to the current entry only before its table and example blocks.
        self.current
            .as_ref()
            .is_some_and(|entry| entry.table.is_none() && entry.query.is_none())
    }

    /// Starts a headerless entry at `index` unless the current entry can still take this part.
    fn start_unless_fresh(&mut self, index: usize, can_take: impl Fn(&RawEntry) -> bool) {
        let fresh = self
            .current
            .as_ref()
            .is_some_and(|entry| entry.query.is_none() && can_take(entry));
        if !fresh {
            self.finish();
            self.current = Some(new_entry(self.section, index));
        }
    }

    fn current_mut(&mut self, index: usize) -> &mut RawEntry {
        let section = self.section;
        self.current
            .get_or_insert_with(|| new_entry(section, index))
    }

    fn read_table(&mut self, index: usize) -> usize {
        let mut next = index + 1;
        let mut rows = Vec::new();
        while let Some(line) = self.lines.get(next) {
            if line.starts_with('|') {
                rows.push((*line).to_owned());
            } else if !(line.starts_with("Name |") || line.starts_with("---|")) {
                break;
            }
            next += 1;
        }
        self.current_mut(index).table = Some(rows);
        next
    }

    fn finish(&mut self) {
        if let Some(entry) = self.current.take() {
            self.entries.push(entry);
        }
    }

    fn end_stray(&mut self, end: usize) {
        if let Some(start) = self.stray_from.take() {
            self.diagnostics.push(
                Diagnostic::warning(
                    codes::REFERENCE_STRAY_TEXT,
                    format!(
                        "skipped {} line(s) that belong to no entry of the reference",
                        end - start
                    ),
                )
                .at(Location::new(self.source_name, start + 1, 1)),
            );
        }
    }
}

fn new_entry(section: Section, index: usize) -> RawEntry {
    RawEntry {
        section,
        line: index + 1,
        name: None,
        type_line: None,
        url: None,
        description: Vec::new(),
        deprecated: Vec::new(),
        table: None,
        query: None,
        variables: None,
        response: None,
    }
}

/// Whether `Type:` and `URL:` lines may still follow: right after the name line.
fn header_open(entry: &RawEntry) -> bool {
    entry.name.is_some() && entry.description.is_empty() && entry.deprecated.is_empty()
}

/// Whether the line at `index` is a field name followed by a `Type:` or `URL:` line.
pub(super) fn is_header_start(lines: &[&str], index: usize) -> bool {
    let line = lines[index];
    let is_name = line
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && line.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    is_name
        && lines
            .get(index + 1)
            .is_some_and(|next| next.starts_with("Type:") || next.starts_with("URL:"))
}
