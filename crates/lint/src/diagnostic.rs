//! Lint diagnostics as data: rule, severity, message, where, labels, help and the deprecation
//! behind it. They convert into krakenql-schema's one `Diagnostic` ([`LintDiagnostic::to_diagnostic`]),
//! which the one renderer turns into human text and JSON; the CI formats in `render/` build on
//! that. Nothing else formats them.

use krakenql_schema::{ByteSpan, Coordinate, Deprecation, Diagnostic, Location, Severity};

use crate::rules::Rule;

/// A range in one source file, 1-based lines and columns (columns count characters).
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Span {
    /// The file as the user named it.
    pub file: String,
    /// Byte offset into the file's text where the range starts (inclusive).
    pub start: usize,
    /// Byte offset into the file's text where the range ends (exclusive).
    pub end: usize,
    /// The line where the range starts.
    pub line: usize,
    /// The column where the range starts.
    pub column: usize,
    /// The line where the range ends.
    pub end_line: usize,
    /// The column where the range ends.
    pub end_column: usize,
}

impl Span {
    /// The span as a location of the shared diagnostic type.
    pub fn location(&self) -> Location {
        Location {
            file: self.file.clone(),
            line: self.line,
            column: self.column,
            span: Some(ByteSpan {
                start: self.start,
                end: self.end,
                end_line: self.end_line,
                end_column: self.end_column,
            }),
        }
    }
}

/// A secondary location with a message, e.g. "the operation starts here".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Where it points.
    pub span: Span,
    /// What it says there.
    pub message: String,
}

/// One finding of the linter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintDiagnostic {
    /// The rule that found it.
    pub rule: &'static Rule,
    /// Error or warning, after the date policy and suppressions were applied.
    pub severity: Severity,
    /// One sentence saying what is wrong.
    pub message: String,
    /// Where it is; `None` only for findings about a file as a whole.
    pub span: Option<Span>,
    /// Further locations.
    pub labels: Vec<Label>,
    /// What to do instead.
    pub help: Option<String>,
    /// The operation (or fragment) it was found in, by name.
    pub operation: Option<String>,
    /// The schema coordinate it concerns.
    pub coordinate: Option<Coordinate>,
    /// The deprecation it reports, for the deprecation rules.
    pub deprecation: Option<Deprecation>,
    /// Days from `today` to the removal date (negative: past), for the deprecation rules.
    pub days_until_removal: Option<i64>,
}

impl LintDiagnostic {
    /// A diagnostic of `rule` with its default severity.
    pub fn new(rule: &'static Rule, message: impl Into<String>, span: Option<Span>) -> Self {
        LintDiagnostic {
            rule,
            severity: rule.default_severity,
            message: message.into(),
            span,
            labels: Vec::new(),
            help: None,
            operation: None,
            coordinate: None,
            deprecation: None,
            days_until_removal: None,
        }
    }

    /// Whether this finding makes its document invalid: an error of `syntax-error` or
    /// `invalid-operation` (a past removal or another verdict rule does not). `generate` and
    /// `docs` refuse a document with such a finding whatever the gate.
    pub fn makes_document_invalid(&self) -> bool {
        self.severity == Severity::Error
            && [
                crate::rules::invalid_operation::RULE.code,
                crate::rules::syntax_error::RULE.code,
            ]
            .contains(&self.rule.code)
    }

    /// Whether this finding is a use of a deprecated schema item (the four deprecation rules),
    /// whether it was found now or judged again from a prepared entry.
    pub fn is_deprecated_use(&self) -> bool {
        [
            crate::rules::deprecated_field::RULE.code,
            crate::rules::deprecated_argument::RULE.code,
            crate::rules::deprecated_input_field::RULE.code,
            crate::rules::deprecated_enum_value::RULE.code,
        ]
        .contains(&self.rule.code)
    }

    /// Sets the help text.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Sets the operation name.
    pub fn in_operation(mut self, operation: Option<String>) -> Self {
        self.operation = operation;
        self
    }

    /// The finding in the shared diagnostic shape: the rule as the code, the span as the
    /// location, the coordinate as the frame's label, and the coordinate and the deprecation's
    /// dates as `= ` notes.
    pub fn to_diagnostic(&self) -> Diagnostic {
        let mut diagnostic = Diagnostic::new(self.severity, self.rule.as_code(), &self.message);
        diagnostic.location = self.span.as_ref().map(Span::location);
        diagnostic.location_label = self.coordinate.as_ref().map(ToString::to_string);
        diagnostic.labels = self
            .labels
            .iter()
            .map(|label| krakenql_schema::Label {
                location: label.span.location(),
                message: label.message.clone(),
            })
            .collect();
        if let Some(coordinate) = &self.coordinate {
            diagnostic = diagnostic.with_note("coordinate:", coordinate.to_string());
        }
        if let Some(deprecation) = &self.deprecation {
            if let Some(marked_on) = deprecation.marked_on {
                diagnostic = diagnostic.with_note("marked on", marked_on.to_string());
            }
            let (key, removal) = match (deprecation.removal_on_or_after, self.days_until_removal) {
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
            diagnostic = diagnostic.with_note(key, format!("{removal}{per}"));
            diagnostic.url = deprecation.announcement.clone();
        }
        diagnostic.help = self.help.clone();
        diagnostic
    }

    /// The sort key that makes reports deterministic: file, position, rule, message.
    pub fn sort_key(&self) -> (Option<(&str, usize, usize)>, &'static str, &str) {
        (
            self.span
                .as_ref()
                .map(|span| (span.file.as_str(), span.line, span.column)),
            self.rule.code,
            self.message.as_str(),
        )
    }
}

/// "in 12 days", "today", "1 day ago": how far away a removal date is.
pub(crate) fn relative_days(days: i64) -> String {
    match days {
        0 => "today".to_owned(),
        1 => "in 1 day".to_owned(),
        -1 => "1 day ago".to_owned(),
        days if days > 0 => format!("in {days} days"),
        days => format!("{} days ago", days.unsigned_abs()),
    }
}
