//! The one JSON shape of a diagnostic, shared by every command: `code`, `rule` (the code's
//! kebab-case name), `severity`, `message`, `file`, `line`, `column`, `end_line`, `end_column`,
//! then the extra keys a producer adds (the linter adds `operation`, `coordinate` and
//! `deprecation`), then `help`, then trailing extras (the linter's `days_until_removal`).
//! Absent values are `null`, never left out, so every diagnostic has the same keys.

use serde::Serialize;

use crate::diagnostic::Diagnostic;

/// No extra keys.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct NoExtra {}

/// One diagnostic as JSON, with `E` flattened before `help` and `T` after it.
#[derive(Debug, Clone, Serialize)]
pub struct JsonDiagnostic<E: Serialize = NoExtra, T: Serialize = NoExtra> {
    /// The code's id, e.g. `KQC001` or `KQL001`.
    pub code: &'static str,
    /// The code's kebab-case name (for lint findings, the rule's).
    pub rule: &'static str,
    /// `error`, `warning` or `note`.
    pub severity: &'static str,
    /// What is wrong.
    pub message: String,
    /// The file, when located.
    pub file: Option<String>,
    /// The 1-based line, when located.
    pub line: Option<usize>,
    /// The 1-based column in characters, when located.
    pub column: Option<usize>,
    /// Where the located range ends, when known.
    pub end_line: Option<usize>,
    /// The column where it ends, when known.
    pub end_column: Option<usize>,
    /// The producer's extra keys.
    #[serde(flatten)]
    pub extra: E,
    /// What would fix it.
    pub help: Option<String>,
    /// The producer's trailing keys.
    #[serde(flatten)]
    pub trailer: T,
}

impl JsonDiagnostic {
    /// The JSON form of a diagnostic, with no extra keys.
    pub fn new(diagnostic: &Diagnostic) -> Self {
        JsonDiagnostic::with_extra(diagnostic, NoExtra {}, NoExtra {})
    }
}

impl<E: Serialize, T: Serialize> JsonDiagnostic<E, T> {
    /// The JSON form of a diagnostic, with a producer's extra keys.
    pub fn with_extra(diagnostic: &Diagnostic, extra: E, trailer: T) -> Self {
        let location = diagnostic.location.as_ref();
        let span = location.and_then(|location| location.span);
        JsonDiagnostic {
            code: diagnostic.code.id,
            rule: diagnostic.code.name,
            severity: diagnostic.severity.as_str(),
            message: diagnostic.message.clone(),
            file: location.map(|location| location.file.clone()),
            line: location.map(|location| location.line),
            column: location.map(|location| location.column),
            end_line: location.map(|location| span.map_or(location.line, |span| span.end_line)),
            end_column: location
                .map(|location| span.map_or(location.column, |span| span.end_column)),
            extra,
            help: diagnostic.help.clone(),
            trailer,
        }
    }
}

/// `{"diagnostics": […]}`, pretty-printed and ending with a newline.
pub fn render_json(diagnostics: &[Diagnostic]) -> String {
    #[derive(Serialize)]
    struct Document {
        diagnostics: Vec<JsonDiagnostic>,
    }
    let document = Document {
        diagnostics: diagnostics.iter().map(JsonDiagnostic::new).collect(),
    };
    match serde_json::to_string_pretty(&document) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        // Serialising these plain structs cannot fail; an empty object keeps the output JSON.
        Err(_) => "{}\n".to_owned(),
    }
}
