//! `cargo xtask`: regenerates the repository's generated files and runs project chores.
//!
//! - `cargo xtask schema` rebuilds `schema/kraken.graphql` and `schema/kraken-auth.graphql`.
//! - `cargo xtask codegen [--check]` regenerates the bundled schemas, `docs/rules.md`,
//!   `docs/codes.md` (both code registries), the client modules of `tests/compile-run` (each
//!   folder all or nothing, as `krakenql generate` writes) and
//!   its prepared `#[kraken_query]` expansions (as `krakenql prepare` writes them); with
//!   `--check` it writes nothing and fails when one is stale. Two other trees of generated
//!   code are not its to write: the expected output of the CLI's `generate` cases (`crates/cli/tests/fixtures/generate/*/generated`, written by
//!   `krakenql generate` in that directory and checked by the trycmd cases), and
//!   `tests/downstream/app/src/generated` (written by the downstream workspace's own
//!   `cargo xtask codegen`, checked by `crates/codegen/tests/downstream.rs`).
//! - `cargo xtask corpus [--bless]` lints ../shared/corpus in place against each endpoint's schema.
//! - `cargo xtask bench-macro` times `#[kraken_query]` against graphql_client's derive.
//! - `cargo xtask bench-mock` loads `krakenql mock serve` with wrk: requests/s and p99.
//! - `cargo xtask corpus-diff` checks `schema diff` on ../shared/corpus against graphql-js.
//! - `cargo xtask diff-expect` rewrites the diff's graphql-js expectations (needs node).
//! - `cargo xtask bench-diff` times `krakenql schema diff` against `graphql-inspector diff`.

mod bench_diff;
mod bench_macro;
mod bench_mock;
mod bench_mock_abuse;
mod codes_doc;
mod corpus;
mod corpus_codegen;
mod corpus_diff;
mod corpus_platform;
mod diff_expect;
mod generated;
mod schema;

use std::process::ExitCode;

fn main() -> ExitCode {
    if let Some(code) = bench_macro::timer::run_as_wrapper() {
        return code;
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["schema"] => generated::apply(&schema::generate(), false),
        ["schema", "--check"] => generated::apply(&schema::generate(), true),
        ["codegen"] => codegen(false),
        ["codegen", "--check"] => codegen(true),
        ["bench-macro"] => bench_macro::run(),
        ["bench-mock"] => bench_mock::run(),
        ["corpus"] => corpus::run(false),
        ["corpus", "--bless"] => corpus::run(true),
        ["corpus-diff"] => corpus_diff::run(),
        ["diff-expect"] => diff_expect::run(),
        ["bench-diff"] => bench_diff::run(),
        _ => {
            eprintln!("usage: cargo xtask schema [--check] | codegen [--check] | corpus [--bless] | corpus-diff | diff-expect | bench-macro | bench-mock | bench-diff");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(1)
        }
    }
}

/// The crate whose `#[kraken_query]` invocations have committed prepared expansions.
const PREPARED_CRATE: &str = "tests/compile-run";

/// The project config whose client modules are committed.
const CLIENT_CONFIG: &str = "tests/compile-run/graphql.config.toml";

/// `cargo xtask codegen [--check]`: every generated file it owns (see the module docs for the
/// two trees it leaves to others).
fn codegen(check: bool) -> Result<(), String> {
    generated::apply(&all_generated(), check)?;
    generated::client_code(CLIENT_CONFIG, check)?;
    generated::prepared(PREPARED_CRATE, check)
}

/// The generated files that are not a client module set: the bundled schemas and the docs.
fn all_generated() -> Result<Vec<generated::File>, String> {
    let mut files = schema::generate()?;
    files.push(generated::File {
        path: "docs/rules.md".to_owned(),
        contents: krakenql_lint::rules::rules_markdown(),
    });
    files.push(generated::File {
        path: "docs/codes.md".to_owned(),
        contents: codes_doc::markdown(),
    });
    Ok(files)
}
