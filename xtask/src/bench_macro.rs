//! `cargo xtask bench-macro`: compile time of a crate with 1, 10 and 50 `#[kraken_query]`
//! invocations against the same operations with graphql_client's `#[derive(GraphQLQuery)]`,
//! on the bundled schema and on the 1.5 MB EDF schema.
//!
//! The crates are written under `target/bench-macro/` (never in the repository); graphql_client
//! comes from crates.io for this benchmark only and is no dependency of the workspace. Each
//! crate's dependencies are built once, then the crate itself is rebuilt three times (its
//! `lib.rs` touched in between) and the median is reported.

use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::generated::{root, write_atomic};

/// The schemas measured: a name and a path from the workspace root.
const SCHEMAS: &[(&str, &str)] = &[
    ("kraken.graphql", "schema/kraken.graphql"),
    (
        "edf-gb-2026-07.graphql",
        "schema/sources/edf-gb-2026-07.graphql",
    ),
];

/// How many invocations each crate has.
const SIZES: &[usize] = &[1, 10, 50];

/// The two ways of writing the same typed operation.
#[derive(Clone, Copy)]
enum Tool {
    Krakenql,
    GraphqlClient,
}

impl Tool {
    fn name(self) -> &'static str {
        match self {
            Tool::Krakenql => "krakenql",
            Tool::GraphqlClient => "graphql_client",
        }
    }
}

/// Runs every measurement and prints a table.
pub fn run() -> Result<(), String> {
    let base = root().join("target/bench-macro");
    let mut table = String::from(
        "| schema | invocations | krakenql | graphql_client | speed-up |\n|---|---|---|---|---|\n",
    );
    for (schema_name, schema_path) in SCHEMAS {
        let mut firsts = Vec::new();
        for &size in SIZES {
            let ours = measure(&base, Tool::Krakenql, schema_name, schema_path, size)?;
            let theirs = measure(&base, Tool::GraphqlClient, schema_name, schema_path, size)?;
            let _ = writeln!(
                table,
                "| {schema_name} | {size} | {} | {} | {:.1}x |",
                ms(ours),
                ms(theirs),
                theirs.as_secs_f64() / ours.as_secs_f64()
            );
            firsts.push((size, ours));
        }
        if let (Some((_, one)), Some((last, many))) = (firsts.first(), firsts.last()) {
            let per = (many.saturating_sub(*one)).as_secs_f64() * 1000.0 / (*last as f64 - 1.0);
            let _ = writeln!(
                table,
                "| {schema_name} | per invocation after the first | {per:.1} ms | | |"
            );
        }
    }
    println!("{table}");
    Ok(())
}

fn ms(duration: Duration) -> String {
    format!("{} ms", duration.as_millis())
}

/// The median of three rebuilds of one crate.
fn measure(
    base: &Path,
    tool: Tool,
    schema_name: &str,
    schema_path: &str,
    size: usize,
) -> Result<Duration, String> {
    let dir = base.join(format!(
        "{}-{}-{size}",
        tool.name(),
        schema_name.replace('.', "_")
    ));
    write_crate(&dir, tool, schema_path, size)?;
    cargo_build(&dir)?;
    let mut times = Vec::new();
    for _ in 0..3 {
        touch(&dir.join("src/lib.rs"))?;
        let start = Instant::now();
        cargo_build(&dir)?;
        times.push(start.elapsed());
    }
    times.sort();
    let median = times[1];
    eprintln!("{} {schema_name} {size}: {}", tool.name(), ms(median));
    Ok(median)
}

fn touch(path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    std::fs::write(path, text).map_err(|e| e.to_string())
}

/// One operation per invocation, all the same shape so both tools do the same work.
fn operation(index: usize) -> String {
    format!(
        "query AccountBalance{index}($accountNumber: String!) {{\n  account(accountNumber: $accountNumber) {{\n    number\n    balance\n    overdueBalance\n    billingName\n  }}\n}}\n"
    )
}

fn write_crate(dir: &Path, tool: Tool, schema_path: &str, size: usize) -> Result<(), String> {
    let schema = root().join(schema_path);
    let dependencies = match tool {
        Tool::Krakenql => format!(
            "krakenql = {{ path = {:?}, features = [\"macros\"] }}\n",
            root().join("crates/krakenql").display().to_string()
        ),
        Tool::GraphqlClient => {
            "graphql_client = \"0.16\"\nserde = { version = \"1\", features = [\"derive\"] }\n"
                .to_owned()
        }
    };
    let manifest = format!(
        "[package]\nname = \"bench-{}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n{dependencies}\n[workspace]\n",
        tool.name().replace('_', "-")
    );
    write_atomic(&dir.join("Cargo.toml"), &manifest)?;
    let mut lib = String::from("#![allow(dead_code)]\n");
    for index in 0..size {
        let query: PathBuf = dir.join(format!("operations/op{index}.graphql"));
        write_atomic(&query, &operation(index))?;
        match tool {
            Tool::Krakenql => {
                let _ = writeln!(
                    lib,
                    "#[krakenql::kraken_query(query = \"operations/op{index}.graphql\", schema = {:?})]\npub struct AccountBalance{index};",
                    schema.display().to_string()
                );
            }
            Tool::GraphqlClient => {
                let _ = writeln!(
                    lib,
                    "#[derive(graphql_client::GraphQLQuery)]\n#[graphql(schema_path = {:?}, query_path = \"operations/op{index}.graphql\", response_derives = \"Debug\")]\npub struct AccountBalance{index};",
                    schema.display().to_string()
                );
            }
        }
    }
    write_atomic(&dir.join("src/lib.rs"), &lib)
}

fn cargo_build(dir: &Path) -> Result<(), String> {
    crate::generated::cargo(
        &["build", "--quiet"],
        dir,
        &root().join("target/bench-macro-target"),
    )
}
