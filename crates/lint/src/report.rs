//! The result of a lint run: every diagnostic, the sources they point into, and counts.

use krakenql_schema::render::Sources;
use krakenql_schema::{Diagnostic, Severity};

use crate::diagnostic::LintDiagnostic;
use crate::source::LintSource;

/// Everything a renderer needs.
#[derive(Debug, Clone, Default)]
pub struct LintReport {
    /// Diagnostics sorted by file, line, column, rule.
    pub diagnostics: Vec<LintDiagnostic>,
    /// The linted sources, for code frames.
    pub sources: Vec<LintSource>,
    /// How many files were linted.
    pub files: usize,
    /// How many operations were linted.
    pub operations: usize,
    /// Findings that a baseline matched and therefore left out of `diagnostics`.
    pub baselined: usize,
    /// Findings that a `# krakenql-allow(…)` comment covered and therefore left out of
    /// `diagnostics`.
    pub suppressed: usize,
    /// Every use of a deprecated item found, before the date policy, suppressions and the
    /// baseline: what [`crate::judge`] needs to give this report again on another day.
    pub deprecated_uses: Vec<crate::DeprecatedUse>,
}

impl LintReport {
    /// Diagnostics at error level.
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    /// Diagnostics at warning level.
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// The diagnostics in the shared shape, for the one renderer.
    pub fn to_diagnostics(&self) -> Vec<Diagnostic> {
        self.diagnostics
            .iter()
            .map(LintDiagnostic::to_diagnostic)
            .collect()
    }

    /// The text of the source a diagnostic points into.
    pub fn source_text(&self, file: &str) -> Option<&str> {
        self.sources
            .iter()
            .find(|source| source.file == file)
            .map(|source| source.text.as_str())
    }
}

/// The report's sources are where the one renderer finds the text for code frames.
impl Sources for LintReport {
    fn text(&self, file: &str) -> Option<&str> {
        self.source_text(file)
    }
}
