//! `cargo xtask corpus-diff`: `schema diff` of the UK schema of 2024-07 against EDF GB's of
//! 2026-07 with the real operations of `../shared/corpus` (read in place, never copied), checked
//! against graphql-js: the operations marked as broken are exactly those graphql-js's
//! `validate` finds valid against the old schema and invalid against the new, the operations
//! invalid against both are exactly graphql-js's, and every broken operation names a change.
//!
//! The expectation, `xtask/corpus-diff-graphql-js.tsv`, is written by `cargo xtask diff-expect`
//! (node and graphql-js 17) and was read before it was committed.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use krakenql_lint::diff::render::{render_diff, DiffFormat};
use krakenql_lint::diff::{diff_report, DiffReport};
use krakenql_lint::LintSource;
use krakenql_schema::load::load_sources;
use krakenql_schema::render::render_all;
use krakenql_schema::{KrakenSchema, SourceFile};

use crate::generated::root;

/// The pair the issue names, relative to the workspace root.
pub const OLD: &str = "schema/sources/octopus-uk-2024-07.graphql";
pub const NEW: &str = "schema/sources/edf-gb-2026-07.graphql";

/// graphql-js's verdicts, relative to the workspace root.
pub const EXPECTATION: &str = "xtask/corpus-diff-graphql-js.tsv";

/// The day removal dates are counted from, so the printed report does not follow the clock.
const TODAY: &str = "2026-11-27";

/// Runs the check.
pub fn run() -> Result<(), String> {
    let Some(corpus) = shared_corpus()? else {
        return Ok(());
    };
    let files = corpus_files(&corpus)?;
    let sources: Vec<LintSource> = files
        .iter()
        .map(|relative| {
            std::fs::read_to_string(corpus.join(relative))
                .map(|text| LintSource::from_path(relative.clone(), text))
                .map_err(|error| format!("cannot read {relative}: {error}"))
        })
        .collect::<Result<_, _>>()?;
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").map_err(|e| e.to_string())?;
    let report = diff_report(&load(OLD)?, &load(NEW)?, Some(&sources), today);
    let expected = std::fs::read_to_string(root().join(EXPECTATION))
        .map_err(|error| format!("cannot read {EXPECTATION}: {error}"))?;
    let problems = compare(&report, &expected);
    let broken: Vec<_> = report.broken.iter().map(|b| &b.at).collect();
    eprintln!(
        "corpus-diff: {} operations, {} broken, {} invalid against both",
        report.operations,
        broken.len(),
        report.invalid.len()
    );
    for change in &report.changes {
        for operation in change.operations.iter().filter(|o| o.breaks) {
            eprintln!(
                "  {} ({}) broken by {} {}",
                operation.at.operation,
                operation.at.file,
                change.change.kind.as_str(),
                change.change.coordinate
            );
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        eprint!("{}", render_diff(&report, DiffFormat::Human));
        Err(format!(
            "corpus-diff differs from graphql-js ({EXPECTATION}):\n  {}",
            problems.join("\n  ")
        ))
    }
}

/// `../shared/corpus`, or `None` (with a note) when it is not there outside CI; under
/// `CI=true` its absence is an error, as for `cargo xtask corpus`.
pub fn shared_corpus() -> Result<Option<PathBuf>, String> {
    let corpus = root().join("../shared/corpus");
    if corpus.is_dir() {
        return Ok(Some(corpus));
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        return Err(format!(
            "{} is missing: CI must have ../shared beside the clone",
            corpus.display()
        ));
    }
    eprintln!(
        "skipped: {} is not here (outside CI this is allowed)",
        corpus.display()
    );
    Ok(None)
}

/// The corpus's `.graphql` files relative to the corpus directory, sorted.
pub fn corpus_files(corpus: &Path) -> Result<Vec<String>, String> {
    let mut found = Vec::new();
    let mut pending = vec![corpus.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = std::fs::read_dir(&dir)
            .map_err(|error| format!("cannot read {}: {error}", dir.display()))?;
        for entry in entries {
            let path: PathBuf = entry.map_err(|error| error.to_string())?.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "graphql") {
                let relative = path.strip_prefix(corpus).unwrap_or(&path);
                found.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    found.sort();
    Ok(found)
}

fn load(path: &str) -> Result<KrakenSchema, String> {
    let text = std::fs::read_to_string(root().join(path))
        .map_err(|error| format!("cannot read {path}: {error}"))?;
    load_sources(&[SourceFile::new(path, text)]).map_err(|error| render_all(&error.diagnostics))
}

/// Every way the report disagrees with graphql-js's verdicts (`file, operation, old, new`).
fn compare(report: &DiffReport, expected: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut broken = BTreeSet::new();
    let mut invalid = BTreeSet::new();
    let mut count = 0;
    for line in expected.lines().filter(|line| !line.is_empty()) {
        let columns: Vec<&str> = line.split('\t').collect();
        let [file, operation, old, new] = columns[..] else {
            problems.push(format!("malformed expectation line {line:?}"));
            continue;
        };
        count += 1;
        let key = (file.to_owned(), operation.to_owned());
        match (old, new) {
            ("valid", "invalid") => {
                broken.insert(key);
            }
            ("invalid", "invalid") => {
                invalid.insert(key);
            }
            _ => {}
        }
    }
    if count != report.operations {
        problems.push(format!(
            "graphql-js saw {count} operations, krakenql {}",
            report.operations
        ));
    }
    let ours_broken: BTreeSet<(String, String)> = report
        .broken
        .iter()
        .map(|b| (b.at.file.clone(), b.at.operation.clone()))
        .collect();
    let ours_invalid: BTreeSet<(String, String)> = report
        .invalid
        .iter()
        .map(|i| (i.at.file.clone(), i.at.operation.clone()))
        .collect();
    for (what, ours, theirs) in [
        ("broken", &ours_broken, &broken),
        ("invalid against both", &ours_invalid, &invalid),
    ] {
        for (file, operation) in ours.difference(theirs) {
            problems.push(format!(
                "{file} {operation}: krakenql says {what}, graphql-js does not"
            ));
        }
        for (file, operation) in theirs.difference(ours) {
            problems.push(format!(
                "{file} {operation}: graphql-js says {what}, krakenql does not"
            ));
        }
    }
    for broken in &report.broken {
        let named = report.changes.iter().any(|change| {
            change
                .operations
                .iter()
                .any(|operation| operation.breaks && operation.at == broken.at)
        });
        if !named {
            problems.push(format!(
                "{} {}: broken, but no change names it",
                broken.at.file, broken.at.operation
            ));
        }
    }
    problems
}
