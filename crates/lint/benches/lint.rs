//! Benchmark: lint the real corpus (../shared/corpus, read in place, twice over for 100+
//! operations) against the 1.5 MB EDF schema. The schema is loaded once, outside the timing.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::NaiveDate;
use krakenql_lint::{lint, LintOptions, LintSource};
use krakenql_schema::load::load_sources;
use krakenql_schema::{KrakenSchema, SourceFile};

const EDF: &str = include_str!("../../../schema/sources/edf-gb-2026-07.graphql");

fn schema() -> &'static KrakenSchema {
    static SCHEMA: OnceLock<KrakenSchema> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        load_sources(&[SourceFile::new("edf-gb-2026-07.graphql", EDF)]).expect("EDF schema loads")
    })
}

fn corpus_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            corpus_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "graphql") {
            out.push(path);
        }
    }
}

/// The corpus twice over (renamed copies), or nothing when ../shared is not beside the repo.
fn sources() -> &'static Vec<LintSource> {
    static SOURCES: OnceLock<Vec<LintSource>> = OnceLock::new();
    SOURCES.get_or_init(|| {
        let mut files = Vec::new();
        corpus_files(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"),
            &mut files,
        );
        files.sort();
        let mut sources = Vec::new();
        for copy in ["a", "b"] {
            for path in &files {
                let text = std::fs::read_to_string(path).expect("corpus file is readable");
                sources.push(LintSource::from_path(
                    format!("{copy}/{}", path.display()),
                    text,
                ));
            }
        }
        sources
    })
}

#[divan::bench(sample_count = 50)]
fn corpus_against_edf(bencher: divan::Bencher) {
    let schema = schema();
    let options = LintOptions::new(NaiveDate::from_ymd_opt(2026, 11, 27).expect("real date"));
    bencher
        .with_inputs(|| sources().clone())
        .bench_values(|sources| divan::black_box(lint(schema, sources, &options)));
}

fn main() {
    let sources = sources();
    if sources.is_empty() {
        println!("skipped: ../shared/corpus is not beside the repository");
        return;
    }
    let report = lint(
        schema(),
        sources.clone(),
        &LintOptions::new(NaiveDate::from_ymd_opt(2026, 11, 27).expect("real date")),
    );
    println!(
        "linting {} files, {} operations against edf-gb-2026-07.graphql",
        report.files, report.operations
    );
    divan::main();
}
