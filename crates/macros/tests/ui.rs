//! Compile errors and warnings as users see them: every `tests/ui/*.rs` case fails to compile
//! with the `.stderr` beside it.
//!
//! The cases omit `schema`, so they read the default `schema/kraken.graphql` relative to their
//! crate; trybuild builds them in `<target>/tests/trybuild/krakenql-macros`, where this test
//! puts the small fixture schema first. The date is pinned to 2026-06-01 through
//! `SOURCE_DATE_EPOCH`: `Query.accountUrls` (removal 2024-01-01) has passed its removal date and
//! `Query.pollDelay` (removal 2026-12-15) has not.

use std::path::Path;

/// 2026-06-01T00:00:00Z.
const SOURCE_DATE_EPOCH: &str = "1780272000";

#[test]
fn ui() {
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
    // Fresh expansions only: `tests/offline.rs` checks the same cases from prepared entries.
    let _ = std::fs::remove_dir_all(project.join(".krakenql"));
    std::env::set_var("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH);
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
