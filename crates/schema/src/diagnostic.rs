//! Diagnostics as data: what went wrong, where, and what would fix it. This is the one
//! diagnostic type of krakenql: the schema loader, the config, codegen, the project shell and
//! the CLI build it directly, and the linter converts its findings into it to render them.
//! Codes come from the registry in `codes/`; rendering lives in `render/`.

use std::fmt;

use crate::codes::Code;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The input cannot be used as it is.
    Error,
    /// The input is usable but something in it deserves attention.
    Warning,
    /// Information about what the loader did (for example, dropped types).
    Note,
}

impl Severity {
    /// The lower-case word used in rendered output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A position in a named source, 1-based like editors show it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Location {
    /// The file (or logical source name) the position is in.
    pub file: String,
    /// The 1-based line.
    pub line: usize,
    /// The 1-based column, counted in characters.
    pub column: usize,
    /// The byte range it covers and where that ends, when known (code frames underline it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<ByteSpan>,
}

/// The byte range of a [`Location`] in its file's text, and the position of its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct ByteSpan {
    /// Byte offset where the range starts (inclusive).
    pub start: usize,
    /// Byte offset where the range ends (exclusive).
    pub end: usize,
    /// The 1-based line where the range ends.
    pub end_line: usize,
    /// The 1-based column where the range ends, in characters.
    pub end_column: usize,
}

/// A further location with what it says there, e.g. "the operation starts here".
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Label {
    /// Where it points.
    pub location: Location,
    /// What it says there.
    pub message: String,
}

/// A `= key text` line under a diagnostic, e.g. `= marked on 2021-10-12`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Note {
    /// The key as it should read, with its colon when it takes one (`coordinate:`).
    pub key: &'static str,
    /// The text after it.
    pub text: String,
}

impl Location {
    /// A location in `file` at 1-based `line` and `column`.
    pub fn new(file: impl Into<String>, line: usize, column: usize) -> Self {
        Location {
            file: file.into(),
            line,
            column,
            span: None,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// One finding: from a schema source, the config, the generator, the project shell, the CLI
/// or (converted) the linter.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// Its registered code (see `codes/`; lint rules convert theirs).
    pub code: Code,
    /// One sentence saying what is wrong.
    pub message: String,
    /// Where it is, when the source has a position for it.
    pub location: Option<Location>,
    /// What the code frame writes under the location; the code's summary when `None`.
    pub location_label: Option<String>,
    /// Further locations.
    pub labels: Vec<Label>,
    /// `= key text` lines shown before the help (dates, coordinates).
    pub notes: Vec<Note>,
    /// What would fix it.
    pub help: Option<String>,
    /// Where to read more, shown after the help.
    pub url: Option<String>,
}

impl Diagnostic {
    /// A diagnostic with no location and no help.
    pub fn new(severity: Severity, code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            location: None,
            location_label: None,
            labels: Vec::new(),
            notes: Vec::new(),
            help: None,
            url: None,
        }
    }

    /// An error diagnostic.
    pub fn error(code: Code, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    /// A warning diagnostic.
    pub fn warning(code: Code, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    /// A note diagnostic.
    pub fn note(code: Code, message: impl Into<String>) -> Self {
        Self::new(Severity::Note, code, message)
    }

    /// Adds a further location.
    pub fn with_label(mut self, location: Location, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            location,
            message: message.into(),
        });
        self
    }

    /// Adds a `= key text` line.
    pub fn with_note(mut self, key: &'static str, text: impl Into<String>) -> Self {
        self.notes.push(Note {
            key,
            text: text.into(),
        });
        self
    }

    /// Sets the location.
    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    /// Sets the location when there is one.
    pub fn at_opt(mut self, location: Option<Location>) -> Self {
        self.location = location;
        self
    }

    /// Sets the help text.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Whether this diagnostic is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The diagnostics of a failed load; never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// Every problem found, not only the first.
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadError {
    /// A load error with a single diagnostic.
    pub fn single(diagnostic: Diagnostic) -> Self {
        LoadError {
            diagnostics: vec![diagnostic],
        }
    }
}

impl From<Diagnostic> for LoadError {
    fn from(diagnostic: Diagnostic) -> Self {
        LoadError::single(diagnostic)
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::render::render_all(&self.diagnostics))
    }
}

impl std::error::Error for LoadError {}
