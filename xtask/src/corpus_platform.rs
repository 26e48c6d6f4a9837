//! The platform check of `cargo xtask corpus`: on the `api` operations, what graphql-js says
//! against the newest platform schema (EDF GB 2026-07) must hold against the bundle too. Every
//! operation graphql-js validates against EDF validates against the bundle, and every
//! deprecated field or argument use its `NoDeprecatedCustomRule` reports is reported by
//! krakenql, as an error, with the same coordinate and removal date.
//!
//! graphql-js's findings are `xtask/corpus-graphql-js-edf.tsv`, produced outside the
//! repository (its header says how); it names corpus files and schema coordinates only.

use std::fmt::Write;

use krakenql_lint::LintReport;
use krakenql_schema::Severity;

use crate::generated::root;

/// graphql-js's findings, relative to the workspace root.
const EXPECTED: &str = "xtask/corpus-graphql-js-edf.tsv";

/// Checks the report of the `api` operations against the bundle; returns the summary lines and
/// the problems (empty when every expectation holds).
pub fn check(report: &LintReport) -> Result<(String, Vec<String>), String> {
    let text = std::fs::read_to_string(root().join(EXPECTED))
        .map_err(|e| format!("cannot read {EXPECTED}: {e}"))?;
    let mut summary = String::new();
    let mut problems = Vec::new();
    let (mut valid, mut still_valid) = (0, 0);
    let (mut deprecated, mut reported) = (0, 0);
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let columns: Vec<&str> = line.split('\t').collect();
        let [kind, file, coordinate, removal] = columns.as_slice() else {
            return Err(format!("{EXPECTED}: bad line: {line}"));
        };
        let in_file =
            |d: &&krakenql_lint::LintDiagnostic| d.span.as_ref().is_some_and(|s| s.file == *file);
        match *kind {
            "valid" => {
                valid += 1;
                let invalid = report.diagnostics.iter().filter(in_file).any(|d| {
                    d.severity == Severity::Error && matches!(d.rule.code, "KQL100" | "KQL101")
                });
                if invalid {
                    problems.push(format!(
                        "{file}: valid against edf-gb-2026-07, not against the bundle"
                    ));
                } else {
                    still_valid += 1;
                }
            }
            "deprecated" => {
                deprecated += 1;
                let found = report.diagnostics.iter().filter(in_file).any(|d| {
                    d.severity == Severity::Error
                        && d.coordinate
                            .as_ref()
                            .is_some_and(|c| c.to_string() == *coordinate)
                        && d.deprecation.as_ref().is_some_and(|dep| {
                            dep.removal_on_or_after
                                .map(|date| date.to_string())
                                .as_deref()
                                == Some(*removal)
                        })
                });
                let status = if found {
                    reported += 1;
                    "reported as an error"
                } else {
                    problems.push(format!(
                        "{file}: graphql-js reports {coordinate} (removal {removal}) against edf-gb-2026-07; krakenql does not, as an error with that date"
                    ));
                    "MISSING"
                };
                let _ = writeln!(
                    summary,
                    "graphql-js\t{file}\t{coordinate}\t{removal}\t{status}"
                );
            }
            _ => {}
        }
    }
    let _ = writeln!(
        summary,
        "platform check: {still_valid} of {valid} operations valid against edf-gb-2026-07 (graphql-js) validate against the bundle; {reported} of {deprecated} deprecated uses graphql-js reports are errors with the same coordinate and date"
    );
    Ok((summary, problems))
}
