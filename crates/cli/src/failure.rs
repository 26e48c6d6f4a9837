//! What a command reports back: clean, findings at error level, or a run that could not be done.

use krakenql_schema::render::render_all;
use krakenql_schema::{Diagnostic, LoadError};

/// How a command that ran ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// No error-level findings (exit 0).
    Clean,
    /// Findings at error level (exit 1).
    Findings,
}

/// A run that could not be done (exit 2), with the rendered diagnostics that say why.
#[derive(Debug)]
pub struct Failure {
    text: String,
}

impl Failure {
    /// A failure whose diagnostics were rendered elsewhere (by a library's renderer).
    pub fn rendered(text: impl Into<String>) -> Self {
        Failure { text: text.into() }
    }

    /// The text for stderr.
    pub fn render(&self) -> &str {
        &self.text
    }
}

impl From<Diagnostic> for Failure {
    fn from(diagnostic: Diagnostic) -> Self {
        Failure::from(vec![diagnostic])
    }
}

impl From<Vec<Diagnostic>> for Failure {
    fn from(diagnostics: Vec<Diagnostic>) -> Self {
        Failure {
            text: render_all(&diagnostics),
        }
    }
}

impl From<LoadError> for Failure {
    fn from(error: LoadError) -> Self {
        Failure::from(error.diagnostics)
    }
}
