//! Builds as CI runs them, with `KRAKENQL_OFFLINE=true`: the macro must find a prepared
//! expansion for every invocation or fail.
//!
//! The deprecation cases of `tests/ui/` are prepared first (with the library call behind
//! `krakenql prepare`) and must give, from their entries alone, the very diagnostics their
//! `.stderr` files hold for a fresh expansion; `tests/ui-offline/` holds an invocation without an
//! entry. Same project directory, fixture schema and pinned date as `tests/ui.rs`.

use std::path::{Path, PathBuf};

/// 2026-06-01T00:00:00Z.
const SOURCE_DATE_EPOCH: &str = "1780272000";

#[test]
fn offline_builds_use_prepared_expansions_or_fail() {
    let project = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target directory")
        .join("tests/trybuild/krakenql-macros");
    std::fs::create_dir_all(project.join("schema")).expect("creates the schema directory");
    std::fs::copy(
        "tests/fixtures/schema.graphql",
        project.join("schema/kraken.graphql"),
    )
    .expect("copies the fixture schema");
    let folder = project.join(".krakenql");
    let _ = std::fs::remove_dir_all(&folder);
    let cases: Vec<PathBuf> = ["deprecated_past_removal", "deprecated_upcoming"]
        .iter()
        .map(|name| PathBuf::from(format!("tests/ui/{name}.rs")))
        .collect();
    let prepared = krakenql_codegen::project::prepare::prepare_files(&project, &cases)
        .expect("the deprecation cases prepare");
    assert_eq!(prepared.invocations, 2);
    krakenql_codegen::project::prepare::write_prepared(&prepared, false)
        .expect("writes the entries");
    std::env::set_var("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH);
    std::env::set_var("KRAKENQL_OFFLINE", "true");
    let tests = trybuild::TestCases::new();
    for case in &cases {
        tests.compile_fail(case);
    }
    tests.compile_fail("tests/ui-offline/*.rs");
}
