//! Lint diagnostics as data: rule, severity, message, where, labels, help and the deprecation
//! behind it. Renderers in `render/` turn them into text; nothing else formats them.

use krakenql_schema::{Coordinate, Deprecation, Severity};

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
