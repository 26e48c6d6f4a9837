//! Parsing one deprecation reason into its heading, advice, date lines and announcement URL.
//!
//! Kraken writes its reasons in one house style:
//!
//! ```text
//! The 'accountUrls' field is deprecated.
//!
//! Please access the URLs through the support site.
//!
//! - Marked as deprecated on 2021-10-12.
//! - Scheduled for removal on or after 2024-01-01.
//!
//! You can read more about this deprecation on:
//! https://announcements.kraken.tech/announcements/public/57/
//! ```
//!
//! Older schemas say `- Will be removed on D.`, the docs reference loses the blank lines, and a
//! few reasons follow no format at all. The parser works line by line, recognises each known part
//! wherever it stands, and keeps every other line as advice. It never guesses a date: a date line
//! whose text is not a real `YYYY-MM-DD` calendar date is kept as [`DateField::Invalid`].

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

/// A date line in a reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateField {
    /// The reason has no such line.
    Absent,
    /// The line holds a real calendar date.
    Valid(NaiveDate),
    /// The line holds text that is not a real date; kept as written.
    Invalid(String),
}

impl DateField {
    /// The date, when the line holds a real one.
    pub fn valid(&self) -> Option<NaiveDate> {
        match self {
            DateField::Valid(date) => Some(*date),
            DateField::Absent | DateField::Invalid(_) => None,
        }
    }
}

/// The parts of a Kraken deprecation reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedReason {
    /// The name quoted in "The 'x' field is deprecated.", which can differ from the schema name.
    pub quoted_name: Option<String>,
    /// The advice paragraph(s), trimmed, without the heading sentence, date lines or announcement.
    pub advice: Option<String>,
    /// "Marked as deprecated on D."
    pub marked_on: DateField,
    /// "Scheduled for removal on or after D." or the older "Will be removed on D."
    pub removal_on_or_after: DateField,
    /// The URL after "You can read more about this deprecation on:".
    pub announcement: Option<String>,
}

/// The heading sentence: "The 'x' field is deprecated." and its variants of kind and quoting.
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?ix)^\s* the \s+
        (?: '(?P<single>[^']+)' | ‘(?P<curly>[^’]+)’ | `(?P<tick>[^`]+)` | "(?P<double>[^"]+)" | (?P<bare>[_a-z][_0-9a-z]*) )
        \s+ (?: field | argument | arg | input \s+ field | input \s+ value | enum \s+ value | value | type | query | mutation )
        \s+ (?: is | has \s+ been ) \s+ deprecated \s* [.!]? (?P<rest>.*)$"#,
    )
    .expect("the heading pattern is valid")
});

/// "- Marked as deprecated on D." with or without a bullet or full stop.
static MARKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:[-*•]\s*)?marked\s+as\s+deprecated\s+on\s+(?P<date>\S.*?)\s*\.?\s*$")
        .expect("the marked-on pattern is valid")
});

/// "- Scheduled for removal on or after D." and the older "- Will be removed on D.".
static REMOVAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^\s* (?:[-*•]\s*)?
        (?: scheduled \s+ for \s+ removal | will \s+ be \s+ removed | to \s+ be \s+ removed | removal )
        \s+ on (?: \s+ or \s+ after )? \s+ (?P<date>\S.*?) \s* \.? \s*$",
    )
    .expect("the removal pattern is valid")
});

/// "You can read more about this deprecation on:" with the URL on the same or the next line.
static ANNOUNCEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:you\s+can\s+)?read\s+more\s+about\s+this\s+deprecation\s+(?:on|at|here)\s*:?\s*(?P<url>https?://\S+)?\s*$",
    )
    .expect("the announcement pattern is valid")
});

/// A URL standing alone on its line.
static URL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?P<url>https?://\S+)\s*$").expect("the URL pattern is valid")
});

/// A date line or announcement that starts in the middle of a line whose newlines were lost.
static INLINE_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix) (?: \s (?P<bullet>-) \s+ | [.!:] \s+ )
        (?P<part> marked \s+ as \s+ deprecated \s+ on | scheduled \s+ for \s+ removal \s+ on
        | will \s+ be \s+ removed \s+ on \s+ \d | you \s+ can \s+ read \s+ more \s+ about \s+ this \s+ deprecation )",
    )
    .expect("the inline part pattern is valid")
});

/// A real date as Kraken writes it.
static ISO_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{4})-(\d{2})-(\d{2})$").expect("the date pattern is valid"));

/// Parses a reason.
pub fn parse_reason(reason: &str) -> ParsedReason {
    let text = reason.replace("\r\n", "\n").replace('\r', "\n");
    let mut parsed = ParsedReason {
        quoted_name: None,
        advice: None,
        marked_on: DateField::Absent,
        removal_on_or_after: DateField::Absent,
        announcement: None,
    };
    let mut advice: Vec<String> = Vec::new();
    let mut seen_content = false;
    let mut expecting_url = false;

    for line in text.lines().flat_map(split_inline_parts) {
        if expecting_url {
            if line.trim().is_empty() {
                continue;
            }
            expecting_url = false;
            if let Some(url) = URL_LINE.captures(&line).and_then(|caps| caps.name("url")) {
                parsed.announcement = Some(clean_url(url.as_str()));
                continue;
            }
        }
        let is_first = !seen_content && !line.trim().is_empty();
        seen_content |= is_first;
        if is_first {
            if let Some(caps) = HEADING.captures(&line) {
                parsed.quoted_name = ["single", "curly", "tick", "double", "bare"]
                    .iter()
                    .find_map(|group| caps.name(group))
                    .map(|name| name.as_str().trim().to_owned());
                let rest = caps.name("rest").map_or("", |rest| rest.as_str());
                if !rest.trim().is_empty() {
                    advice.push(rest.trim().to_owned());
                }
                continue;
            }
        }
        if let Some(caps) = MARKED.captures(&line) {
            if parsed.marked_on == DateField::Absent {
                parsed.marked_on = date_field(&caps["date"]);
            }
            continue;
        }
        if let Some(caps) = REMOVAL.captures(&line) {
            if parsed.removal_on_or_after == DateField::Absent {
                parsed.removal_on_or_after = date_field(&caps["date"]);
            }
            continue;
        }
        if let Some(caps) = ANNOUNCEMENT.captures(&line) {
            match caps.name("url") {
                Some(url) => parsed.announcement = Some(clean_url(url.as_str())),
                None => expecting_url = true,
            }
            continue;
        }
        advice.push(line.trim_end().to_owned());
    }
    parsed.advice = join_paragraphs(&advice);
    parsed
}

/// Reads the text of a date line: a real `YYYY-MM-DD` date, or the text kept as invalid.
fn date_field(text: &str) -> DateField {
    let text = text.trim();
    let date = ISO_DATE.captures(text).and_then(|caps| {
        let year = caps[1].parse().ok()?;
        let month = caps[2].parse().ok()?;
        let day = caps[3].parse().ok()?;
        NaiveDate::from_ymd_opt(year, month, day)
    });
    match date {
        Some(date) => DateField::Valid(date),
        None => DateField::Invalid(text.to_owned()),
    }
}

/// A URL without the sentence punctuation that can follow it.
fn clean_url(url: &str) -> String {
    url.trim_end_matches(['.', ',', ';']).to_owned()
}

/// Splits a line before each date line or announcement that starts in its middle.
fn split_inline_parts(line: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut start = 0;
    for caps in INLINE_PART.captures_iter(line) {
        let Some(cut) = caps.name("bullet").or(caps.name("part")).map(|m| m.start()) else {
            continue;
        };
        if !line[start..cut].trim().is_empty() {
            parts.push(line[start..cut].trim_end().to_owned());
            start = cut;
        }
    }
    parts.push(line[start..].to_owned());
    parts
}

/// Joins advice lines into paragraphs: runs of blank lines become one blank line.
fn join_paragraphs(lines: &[String]) -> Option<String> {
    let mut paragraphs: Vec<Vec<&str>> = vec![Vec::new()];
    for line in lines {
        if line.trim().is_empty() {
            paragraphs.push(Vec::new());
        } else if let Some(current) = paragraphs.last_mut() {
            current.push(line.trim_end());
        }
    }
    let text = paragraphs
        .iter()
        .filter(|paragraph| !paragraph.is_empty())
        .map(|paragraph| paragraph.join("\n"))
        .collect::<Vec<_>>()
        .join("\n\n");
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}
