//! `cargo xtask`: regenerates the repository's generated files and runs project chores.
//!
//! - `cargo xtask schema` rebuilds `schema/kraken.graphql` and `schema/kraken-auth.graphql`.
//! - `cargo xtask codegen [--check]` regenerates every committed generated file; with
//!   `--check` it writes nothing and fails when a committed file is stale.
//! - `cargo xtask corpus [--bless]` lints ../shared/corpus in place against each endpoint's schema.

mod corpus;
mod generated;
mod schema;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["schema"] => generated::apply(&schema::generate(), false),
        ["schema", "--check"] => generated::apply(&schema::generate(), true),
        ["codegen"] => generated::apply(&all_generated(), false),
        ["codegen", "--check"] => generated::apply(&all_generated(), true),
        ["corpus"] => corpus::run(false),
        ["corpus", "--bless"] => corpus::run(true),
        _ => {
            eprintln!("usage: cargo xtask schema [--check] | codegen [--check] | corpus [--bless]");
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

/// Every generated file of the repository.
fn all_generated() -> Result<Vec<generated::File>, String> {
    let mut files = schema::generate()?;
    files.push(generated::File {
        path: "docs/rules.md",
        contents: krakenql_lint::rules::rules_markdown(),
    });
    Ok(files)
}
