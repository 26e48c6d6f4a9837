//! A prepared `#[kraken_query]` expansion keeps only the deprecated uses of its document and
//! judges them again on each build (`krakenql_lint::judge`): on every day, that must give the
//! very diagnostics a fresh lint run of the document gives. Checked on every fixture of
//! `fixtures/diagnostics/` and `fixtures/ok/` that holds valid operations, on days before,
//! between and after their removal dates and suppression dates, with and without a window, and
//! with every used coordinate in `allow_removed`.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use krakenql_lint::rules::{invalid_operation, syntax_error};
use krakenql_lint::{
    judge, lint, DeprecatedUse, LintDiagnostic, LintOptions, LintSource, SchemaAge,
};
use krakenql_schema::load::load_sources;
use krakenql_schema::{KrakenSchema, SourceFile};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn schema() -> KrakenSchema {
    let text = std::fs::read_to_string(fixtures().join("schema.graphql")).expect("readable");
    load_sources(&[SourceFile::new("schema.graphql", text)]).expect("fixture schema is valid")
}

/// Every `.graphql` fixture whose operations are valid on their own.
fn documents(schema: &KrakenSchema) -> Vec<LintSource> {
    let mut paths = Vec::new();
    for dir in ["diagnostics", "ok"] {
        for entry in std::fs::read_dir(fixtures().join(dir)).expect("fixture directory") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|ext| ext == "graphql") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("readable fixture");
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            LintSource::from_path(name.unwrap_or_default(), text)
        })
        .filter(|source| {
            let report = lint(schema, vec![source.clone()], &options("2026-11-27", None));
            !report.diagnostics.iter().any(|diagnostic| {
                [invalid_operation::RULE.code, syntax_error::RULE.code]
                    .contains(&diagnostic.rule.code)
            })
        })
        .collect()
}

fn options(day: &str, warn_within: Option<u32>) -> LintOptions {
    let mut options =
        LintOptions::new(NaiveDate::parse_from_str(day, "%Y-%m-%d").expect("a real date"));
    options.warn_within = warn_within;
    options
}

/// The diagnostics without the full deprecation record, which a prepared entry does not keep.
fn comparable(diagnostics: Vec<LintDiagnostic>) -> Vec<LintDiagnostic> {
    diagnostics
        .into_iter()
        .map(|mut diagnostic| {
            diagnostic.deprecation = None;
            diagnostic
        })
        .collect()
}

#[test]
fn judging_the_stored_uses_gives_a_fresh_runs_diagnostics_on_every_day() {
    let schema = schema();
    let documents = documents(&schema);
    assert!(
        documents.len() >= 10,
        "only {} fixtures hold valid operations",
        documents.len()
    );
    let mut with_uses = 0;
    for source in documents {
        // The uses are found once, on any day: they do not depend on it.
        let prepared = lint(&schema, vec![source.clone()], &options("2000-01-01", None));
        with_uses += usize::from(!prepared.deprecated_uses.is_empty());
        // A prepared entry keeps the uses as JSON: judge what comes back from it.
        let stored = serde_json::to_string(&prepared.deprecated_uses).expect("serialisable");
        let uses: Vec<DeprecatedUse> = serde_json::from_str(&stored).expect("read back");
        assert_eq!(uses, prepared.deprecated_uses, "{}", source.file);
        for day in [
            "2000-01-01",
            "2024-01-01",
            "2026-11-27",
            "2027-06-30",
            "2040-01-01",
        ] {
            for (warn_within, allow) in [(None, false), (Some(30), false), (None, true)] {
                let mut options = options(day, warn_within);
                if allow {
                    options.allow_removed = uses
                        .iter()
                        .map(|found| found.coordinate.to_string())
                        .collect();
                }
                let fresh = lint(&schema, vec![source.clone()], &options);
                let judged = judge(
                    &uses,
                    SchemaAge::of(&schema).as_ref(),
                    vec![source.clone()],
                    &options,
                );
                // `allow_removed` leaves no deprecation an error, in either run.
                let allowed_error = fresh.diagnostics.iter().any(|diagnostic| {
                    diagnostic.deprecation.is_some()
                        && diagnostic.severity == krakenql_schema::Severity::Error
                });
                assert!(!(allow && allowed_error), "{} on {day}", source.file);
                assert_eq!(
                    comparable(judged.diagnostics),
                    comparable(fresh.diagnostics),
                    "{} on {day} (window {warn_within:?}, allow_removed {allow})",
                    source.file
                );
            }
        }
    }
    assert!(
        with_uses >= 8,
        "only {with_uses} fixtures use deprecated items"
    );
}

#[test]
fn judging_again_notes_a_stale_schema_as_a_fresh_run_does() {
    let path = fixtures().join("stale-2025-01-02.graphql");
    let text = std::fs::read_to_string(path).expect("readable");
    let schema = load_sources(&[SourceFile::new("stale-2025-01-02.graphql", text)])
        .expect("fixture schema is valid");
    let age = SchemaAge::of(&schema);
    assert!(age.is_some(), "the fixture's header states its fetch date");
    let source = LintSource::from_path("q.graphql", "query Q { __typename }".to_owned());
    for day in ["2025-03-01", "2026-11-27"] {
        let options = options(day, None);
        let fresh = lint(&schema, vec![source.clone()], &options);
        let judged = judge(&[], age.as_ref(), vec![source.clone()], &options);
        assert_eq!(judged.diagnostics, fresh.diagnostics, "on {day}");
    }
    let late = lint(&schema, vec![source], &options("2026-11-27", None));
    assert_eq!(late.diagnostics.len(), 1, "the stale note on a late day");
}
