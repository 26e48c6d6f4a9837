//! The baseline: a file of known findings (`--write-baseline FILE`) that a later run leaves out
//! of its report (`--baseline FILE`), so CI fails only on new findings.
//!
//! Findings are keyed by operation, coordinate and rule code, never by line, so edits that move
//! lines keep matching. A count per key keeps multiplicity: with 2 recorded and 3 found, one is
//! new.

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use krakenql_schema::codes;
use krakenql_schema::{Diagnostic, Location, Severity};
use serde::{Deserialize, Serialize};

use crate::diagnostic::LintDiagnostic;
use crate::rules;

/// The format version this code writes and reads.
const VERSION: u32 = 1;

/// The note written into every baseline file.
const GENERATED_BY: &str = "krakenql lint --write-baseline: findings listed here do not fail the build; new ones do. Regenerate it, do not edit it.";

/// What identifies a finding across edits.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Key {
    /// The operation (or fragment) name, or the file name when there is none.
    operation: String,
    /// The schema coordinate, or the message when there is none.
    coordinate: String,
    /// The rule code.
    rule: String,
}

/// Known findings and how many of each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Baseline {
    entries: BTreeMap<Key, usize>,
}

/// The file format.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u32,
    #[serde(default)]
    generated_by: String,
    entries: Vec<Entry>,
}

/// One key and its count, as written.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    operation: String,
    coordinate: String,
    rule: String,
    count: usize,
}

impl Baseline {
    /// Records the baselinable findings among `diagnostics`.
    pub fn from_diagnostics(diagnostics: &[LintDiagnostic]) -> Baseline {
        let mut baseline = Baseline::default();
        for key in diagnostics.iter().filter_map(key) {
            *baseline.entries.entry(key).or_insert(0) += 1;
        }
        baseline
    }

    /// How many findings it records, counting repeats.
    pub fn len(&self) -> usize {
        self.entries.values().sum()
    }

    /// Whether it records no finding.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The file text: pretty JSON, entries sorted, ending in a newline.
    pub fn to_json(&self) -> String {
        let file = File {
            version: VERSION,
            generated_by: GENERATED_BY.to_owned(),
            entries: self
                .entries
                .iter()
                .map(|(key, &count)| Entry {
                    operation: key.operation.clone(),
                    coordinate: key.coordinate.clone(),
                    rule: key.rule.clone(),
                    count,
                })
                .collect(),
        };
        // Serialising plain strings and numbers cannot fail.
        let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Reads a baseline file; `file` names it in the error.
    pub fn parse(file: &str, text: &str) -> Result<Baseline, Diagnostic> {
        let help = "regenerate it with `krakenql lint --write-baseline FILE`";
        let parsed: File = serde_json::from_str(text).map_err(|error| {
            // The position goes into the location, not the message.
            let full = error.to_string();
            let position = format!(" at line {} column {}", error.line(), error.column());
            let reason = full.strip_suffix(&position).unwrap_or(&full);
            Diagnostic::error(
                codes::INVALID_BASELINE,
                format!("the baseline file is not valid: {reason}"),
            )
            .at(krakenql_schema::position::json_error_location(
                file, text, &error,
            ))
            .with_help(help)
        })?;
        if parsed.version != VERSION {
            return Err(Diagnostic::error(
                codes::INVALID_BASELINE,
                format!(
                    "the baseline file has version {}; this krakenql reads version {VERSION}",
                    parsed.version
                ),
            )
            .at(Location::new(file, 1, 1))
            .with_help(help));
        }
        let mut baseline = Baseline::default();
        for entry in parsed.entries.into_iter().filter(|entry| entry.count > 0) {
            let key = Key {
                operation: entry.operation,
                coordinate: entry.coordinate,
                rule: entry.rule,
            };
            *baseline.entries.entry(key).or_insert(0) += entry.count;
        }
        Ok(baseline)
    }

    /// Removes findings the baseline covers; returns the kept ones and how many were baselined.
    ///
    /// Each key matches at most its count of findings, in the order given; the rest are new.
    pub fn apply(&self, diagnostics: Vec<LintDiagnostic>) -> (Vec<LintDiagnostic>, usize) {
        let mut left = self.entries.clone();
        let mut baselined = 0;
        let mut kept = Vec::with_capacity(diagnostics.len());
        for diagnostic in diagnostics {
            // Before krakenql named the operation of a KQL100 finding, its key held the file:
            // a baseline written then still matches.
            let key = key(&diagnostic).map(|key| match file_key(&diagnostic, &key) {
                Some(old) if !left.contains_key(&key) && left.contains_key(&old) => old,
                _ => key,
            });
            let count = key.and_then(|key| left.get_mut(&key));
            match count {
                Some(count) if *count > 0 => {
                    *count -= 1;
                    baselined += 1;
                }
                _ => kept.push(diagnostic),
            }
        }
        (kept, baselined)
    }
}

/// The key a KQL100 finding had when its operation was not named: the file in its place.
fn file_key(diagnostic: &LintDiagnostic, key: &Key) -> Option<Key> {
    if diagnostic.rule.code != rules::invalid_operation::RULE.code {
        return None;
    }
    let file = diagnostic.span.as_ref()?.file.clone();
    (file != key.operation).then(|| Key {
        operation: file,
        ..key.clone()
    })
}

/// The key of a finding, when it is baselinable: a warning or error of a deprecation rule or of
/// spec validation (KQL100). Suppression findings and syntax errors never are.
fn key(diagnostic: &LintDiagnostic) -> Option<Key> {
    let baselinable = diagnostic.is_deprecated_use()
        || diagnostic.rule.code == rules::invalid_operation::RULE.code;
    if !baselinable || !matches!(diagnostic.severity, Severity::Error | Severity::Warning) {
        return None;
    }
    let operation = diagnostic
        .operation
        .clone()
        .or_else(|| diagnostic.span.as_ref().map(|span| span.file.clone()))
        .unwrap_or_default();
    let coordinate = diagnostic
        .coordinate
        .as_ref()
        .map_or_else(|| diagnostic.message.clone(), ToString::to_string);
    Some(Key {
        operation,
        coordinate,
        rule: diagnostic.rule.code.to_owned(),
    })
}
