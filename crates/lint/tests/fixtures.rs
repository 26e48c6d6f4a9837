//! Fixture-driven lint tests: `fixtures/ok/` must lint clean as one project, and every file in
//! `fixtures/diagnostics/` must give at least one finding, rendered exactly as the `.txt` beside
//! it. Run with `UPDATE_EXPECT=1` to rewrite the `.txt` files, then review the diff.
//!
//! A fixture can set its run in leading comments: `# today: YYYY-MM-DD` (default 2026-11-27),
//! `# warn-within: DAYS`, `# schema: FILE` (another schema of `fixtures/`, default
//! `schema.graphql`); a sibling `NAME.baseline.json` is used as the baseline.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use krakenql_lint::baseline::Baseline;
use krakenql_lint::render::{render, Format, RenderOptions};
use krakenql_lint::{lint, LintOptions, LintSource};
use krakenql_schema::load::load_sources;
use krakenql_schema::{KrakenSchema, SourceFile};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn schema() -> KrakenSchema {
    schema_named("schema.graphql")
}

fn schema_named(name: &str) -> KrakenSchema {
    let path = fixtures().join(name);
    let text = std::fs::read_to_string(&path).expect("fixture schema is readable");
    load_sources(&[SourceFile::new(name, text)]).expect("fixture schema is valid")
}

fn graphql_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fixture directory exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "graphql"))
        .collect();
    files.sort();
    files
}

fn header<'t>(text: &'t str, key: &str) -> Option<&'t str> {
    text.lines()
        .take_while(|line| line.starts_with('#'))
        .find_map(|line| {
            line.strip_prefix("# ")?
                .strip_prefix(key)?
                .strip_prefix(": ")
        })
}

fn options_for(path: &Path, text: &str) -> LintOptions {
    let today = header(text, "today").unwrap_or("2026-11-27");
    let mut options = LintOptions::new(
        NaiveDate::parse_from_str(today, "%Y-%m-%d").expect("fixture date is real"),
    );
    options.warn_within = header(text, "warn-within").map(|days| days.parse().expect("a number"));
    let baseline = path.with_extension("baseline.json");
    if baseline.exists() {
        let json = std::fs::read_to_string(&baseline).expect("baseline is readable");
        options.baseline = Some(Baseline::parse("baseline.json", &json).expect("baseline parses"));
    }
    options
}

#[test]
fn ok_fixtures_lint_clean_as_one_project() {
    let schema = schema();
    let sources: Vec<LintSource> = graphql_files(&fixtures().join("ok"))
        .iter()
        .map(|path| {
            let name = path
                .file_name()
                .expect("file name")
                .to_string_lossy()
                .into_owned();
            LintSource::from_path(name, std::fs::read_to_string(path).expect("readable"))
        })
        .collect();
    let count = sources.len();
    let report = lint(
        &schema,
        sources,
        &LintOptions::new(NaiveDate::from_ymd_opt(2026, 11, 27).expect("date")),
    );
    let rendered = render(&report, Format::Human, &RenderOptions { color: false });
    assert!(
        report.diagnostics.is_empty(),
        "ok/ must be clean:\n{rendered}"
    );
    assert_eq!(report.files, count);
}

#[test]
fn diagnostics_fixtures_render_as_expected() {
    let schema = schema();
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for path in graphql_files(&fixtures().join("diagnostics")) {
        let text = std::fs::read_to_string(&path).expect("readable");
        let name = path
            .file_name()
            .expect("file name")
            .to_string_lossy()
            .into_owned();
        let options = options_for(&path, &text);
        let own_schema = header(&text, "schema").map(schema_named);
        let report = lint(
            own_schema.as_ref().unwrap_or(&schema),
            vec![LintSource::from_path(name.clone(), text)],
            &options,
        );
        let rendered = render(&report, Format::Human, &RenderOptions { color: false });
        if report.diagnostics.is_empty() {
            failures.push(format!("{name}: expected at least one diagnostic"));
        }
        let expected_path = path.with_extension("txt");
        if update {
            std::fs::write(&expected_path, &rendered).expect("writable");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != rendered {
            failures.push(format!(
                "{name}: rendered output differs from {}:\n{rendered}",
                expected_path.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n(run with UPDATE_EXPECT=1 to accept, then review)",
        failures.join("\n\n")
    );
}
