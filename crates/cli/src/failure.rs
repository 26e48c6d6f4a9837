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

/// A run that could not be done (exit 2), with every diagnostic that says why.
#[derive(Debug)]
pub struct Failure {
    pub diagnostics: Vec<Diagnostic>,
}

impl Failure {
    /// Renders the diagnostics for stderr.
    pub fn render(&self) -> String {
        render_all(&self.diagnostics)
    }
}

impl From<Diagnostic> for Failure {
    fn from(diagnostic: Diagnostic) -> Self {
        Failure {
            diagnostics: vec![diagnostic],
        }
    }
}

impl From<LoadError> for Failure {
    fn from(error: LoadError) -> Self {
        Failure {
            diagnostics: error.diagnostics,
        }
    }
}
