//! Parsing one deprecation reason into its parts (to be written).

use chrono::NaiveDate;

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

/// Parses a reason.
pub fn parse_reason(_reason: &str) -> ParsedReason {
    todo!()
}
