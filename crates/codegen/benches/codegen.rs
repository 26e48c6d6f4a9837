//! Benchmark: generate client code for every corpus operation (../shared/corpus, read in
//! place) that validates against the bundled schema. Schema load is outside the timing.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::NaiveDate;
use krakenql_codegen::rust::{generate, RustOptions};
use krakenql_lint::{lint, LintOptions, LintSource};
use krakenql_schema::load::load_sources;
use krakenql_schema::{KrakenSchema, Severity, SourceFile};

const BUNDLED: &str = include_str!("../../../schema/kraken.graphql");

fn schema() -> &'static KrakenSchema {
    static SCHEMA: OnceLock<KrakenSchema> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        load_sources(&[SourceFile::new("kraken.graphql", BUNDLED)]).expect("bundled schema loads")
    })
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "graphql") {
            out.push(path);
        }
    }
}

/// The valid corpus operations, grouped by project (names are unique within a project).
fn groups() -> &'static Vec<Vec<LintSource>> {
    static GROUPS: OnceLock<Vec<Vec<LintSource>>> = OnceLock::new();
    GROUPS.get_or_init(|| {
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
        let mut paths = Vec::new();
        files(&corpus, &mut paths);
        paths.sort();
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("real date");
        let mut groups: Vec<(String, Vec<LintSource>)> = Vec::new();
        for path in paths {
            let text = std::fs::read_to_string(&path).expect("readable");
            let name = path
                .strip_prefix(&corpus)
                .unwrap_or(&path)
                .display()
                .to_string();
            let source = LintSource::from_path(name.clone(), text);
            let report = lint(schema(), vec![source.clone()], &LintOptions::new(today));
            let blocked = report.diagnostics.iter().any(|d| {
                d.severity == Severity::Error && matches!(d.rule.code, "KQL100" | "KQL101")
            });
            if blocked {
                continue;
            }
            let project = name.split('/').next().unwrap_or_default().to_owned();
            match groups.iter_mut().find(|(p, _)| *p == project) {
                Some((_, sources)) => sources.push(source),
                None => groups.push((project, vec![source])),
            }
        }
        groups.into_iter().map(|(_, sources)| sources).collect()
    })
}

#[divan::bench(sample_count = 30)]
fn corpus_against_bundled() {
    let options = RustOptions::default();
    // A day before every removal date: the valid operations generate, as before the verdict.
    let undated = LintOptions::new(NaiveDate::default());
    for group in groups() {
        let files = generate(schema(), group.clone(), &options, &undated)
            .expect("valid operations generate");
        divan::black_box(files);
    }
}

fn main() {
    let operations: usize = groups().iter().map(Vec::len).sum();
    if operations == 0 {
        println!("skipped: ../shared/corpus is not beside the repository");
        return;
    }
    println!("generating {operations} corpus operations against the bundled schema");
    divan::main();
}
