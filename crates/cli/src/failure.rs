//! What a command reports back: clean, findings at error level, or a run that could not be done.

use std::collections::BTreeMap;

use krakenql_codegen::project::ProjectError;
use krakenql_codegen::rust::CodegenError;
use krakenql_schema::{Diagnostic, LoadError};

use crate::cli::MessageFormat;

/// How a command that ran ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// No error-level findings (exit 0).
    Clean,
    /// Findings at error level (exit 1).
    Findings,
}

/// A run that could not be done (exit 2): the diagnostics that say why, and the text of the
/// files they point into (for code frames).
#[derive(Debug)]
pub struct Failure {
    diagnostics: Vec<Diagnostic>,
    sources: BTreeMap<String, String>,
}

impl Failure {
    /// The text for stderr, rendered by the one renderer: code frames, or with
    /// `--message-format json` one `{"diagnostics": […]}` object.
    pub fn render(&self, format: MessageFormat) -> String {
        crate::messages::diagnostics(format, &self.diagnostics, &self.sources)
    }

    /// The diagnostics.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Puts `earlier` (e.g. the run's warnings) before the failure's own diagnostics, so that
    /// one rendering reports the whole run.
    pub fn after(mut self, mut earlier: Vec<Diagnostic>) -> Self {
        earlier.append(&mut self.diagnostics);
        self.diagnostics = earlier;
        self
    }

    /// Adds the text of a file the diagnostics point into, so its code frame is drawn.
    pub fn with_source(mut self, file: impl Into<String>, text: impl Into<String>) -> Self {
        self.sources.insert(file.into(), text.into());
        self
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
            diagnostics,
            sources: BTreeMap::new(),
        }
    }
}

impl From<LoadError> for Failure {
    fn from(error: LoadError) -> Self {
        Failure::from(error.diagnostics)
    }
}

impl From<ProjectError> for Failure {
    fn from(error: ProjectError) -> Self {
        Failure {
            diagnostics: error.diagnostics,
            sources: error.sources,
        }
    }
}

impl From<CodegenError> for Failure {
    fn from(error: CodegenError) -> Self {
        Failure::from(ProjectError::from(error))
    }
}
