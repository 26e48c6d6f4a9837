//! `schema fetch` against the mock server gives back the bundled schema, deprecations included.

use std::path::Path;

use krakenql_schema::CoordinateKind;

use crate::server::{run_cli, Server};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schema_fetch_round_trips_the_bundled_schema() {
    let server = Server::start(&[]);
    let out = std::env::temp_dir().join(format!("krakenql-fetch-{}.graphql", std::process::id()));
    let output = run_cli(&[
        "schema",
        "fetch",
        &server.url,
        "--out",
        &out.display().to_string(),
        "--today",
        "2026-11-30",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let fetched = std::fs::read_to_string(&out).expect("fetch wrote the file");
    let _ = std::fs::remove_file(&out);

    let bundled_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/kraken.graphql");
    let bundled = std::fs::read_to_string(&bundled_path).expect("the bundled schema");
    let expected = krakenql_schema::load::load_sources(&[krakenql_schema::SourceFile::new(
        "kraken.graphql",
        bundled,
    )])
    .expect("the bundled schema loads")
    .to_sdl();
    let header = krakenql_schema::Knowledge::fetch_header(&server.url, date("2026-11-30"));
    let Some(fetched) = fetched.strip_prefix(&header).map(str::to_owned) else {
        panic!(
            "the fetched schema lacks its header:\n{}",
            &fetched[..fetched.len().min(400)]
        );
    };
    if fetched != expected {
        panic!(
            "the fetched schema differs from the bundled one:\n{}",
            diff(&expected, &fetched)
        );
    }
    // Argument and input-field deprecations made the trip.
    let refetched = krakenql_schema::load::load_sources(&[krakenql_schema::SourceFile::new(
        "fetched.graphql",
        fetched,
    )])
    .expect("the fetched schema loads");
    let has = |kind: CoordinateKind| {
        refetched
            .deprecations()
            .iter()
            .any(|deprecation| deprecation.coordinate.kind() == kind)
    };
    assert!(
        has(CoordinateKind::Argument),
        "no argument deprecation came back"
    );
    assert!(
        has(CoordinateKind::InputField),
        "no input-field deprecation came back"
    );
}

/// The first differing lines with a little context, `-` expected, `+` fetched.
fn diff(expected: &str, actual: &str) -> String {
    let expected: Vec<&str> = expected.lines().collect();
    let actual: Vec<&str> = actual.lines().collect();
    let Some(first) =
        (0..expected.len().max(actual.len())).find(|&i| expected.get(i) != actual.get(i))
    else {
        return "(only line endings differ)".to_owned();
    };
    let start = first.saturating_sub(3);
    let mut out = format!(
        "first difference at line {} ({} lines expected, {} fetched)\n",
        first + 1,
        expected.len(),
        actual.len()
    );
    for i in start..(first + 12) {
        match (expected.get(i), actual.get(i)) {
            (Some(e), Some(a)) if e == a => out.push_str(&format!("  {e}\n")),
            (e, a) => {
                if let Some(e) = e {
                    out.push_str(&format!("- {e}\n"));
                }
                if let Some(a) = a {
                    out.push_str(&format!("+ {a}\n"));
                }
            }
        }
    }
    out
}

/// `schema fetch --out FILE --diff` prints the diff from FILE's previous content to the fetched
/// schema, exits as `schema diff` does, and still replaces the file.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schema_fetch_diff_prints_what_changed_since_the_previous_file() {
    let server = Server::start(&["--schema", "tests/fixtures/diff/new.graphql"]);
    let out = std::env::temp_dir().join(format!(
        "krakenql-fetch-diff-{}.graphql",
        std::process::id()
    ));
    let old = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/diff/old.graphql");
    std::fs::copy(&old, &out).expect("the previous schema is copied");
    let output = run_cli(&[
        "schema",
        "fetch",
        &server.url,
        "--out",
        &out.display().to_string(),
        "--diff",
        "--format",
        "json",
    ]);
    let fetched = std::fs::read_to_string(&out).expect("fetch wrote the file");
    let _ = std::fs::remove_file(&out);
    assert_eq!(
        output.status.code(),
        Some(1),
        "a breaking change exits 1: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("the diff is JSON");
    let changes = report["changes"].as_array().expect("a list of changes");
    let has = |kind: &str, coordinate: &str| {
        changes
            .iter()
            .any(|change| change["type"] == kind && change["coordinate"] == coordinate)
    };
    assert!(has("FIELD_REMOVED", "Account.balance"), "{report:#}");
    assert!(
        has("DEPRECATION_ADDED", "Query.plannedDispatches"),
        "{report:#}"
    );
    assert!(
        has("FIELD_ADDED", "Query.flexPlannedDispatches"),
        "{report:#}"
    );
    assert!(
        fetched.contains("flexPlannedDispatches"),
        "the file holds the fetched schema"
    );
}

fn date(text: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a real date")
}
