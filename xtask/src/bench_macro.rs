//! `cargo xtask bench-macro`: compile time of a crate with 0, 1, 10 and 50 `#[kraken_query]`
//! invocations against the same operations with graphql_client's `#[derive(GraphQLQuery)]`,
//! on the bundled schema and on the 1.5 MB EDF schema.
//!
//! The crates are written under `target/bench-macro/` (never in the repository); graphql_client
//! comes from crates.io for this benchmark only and is no dependency of the workspace. Each
//! crate's dependencies are built once, then the crate itself is rebuilt several times (its
//! `lib.rs` touched in between, the two tools alternating so that a change in the machine's load
//! hits all) and the median is reported. The 0-invocation crate is rustc's fixed cost for a
//! crate with that dependency; per-invocation costs are reported from 1 to 50 and from 10 to 50.
//!
//! A third crate holds the very modules the macro expands to as plain source (the files of
//! `generate_single`, each in a `mod` as the macro writes it) with the same dependency: what
//! compiling the generated code costs rustc without running `#[kraken_query]`, so the macro's
//! own share is the difference between the two columns.
//!
//! Two configurations, each with its own target directory:
//! - `default`: cargo's defaults, so proc macros and their dependencies run unoptimised in a
//!   debug build (`[profile.dev.build-override] opt-level = 0`);
//! - `opt`: `[profile.dev.build-override] opt-level = 3` in both crates, the setting the
//!   macro's docs recommend (as sqlx does for sqlx-macros); graphql_client gets it too.
//!
//! Environment: `BENCH_MACRO_CONFIGS` (`default,opt` by default), `BENCH_MACRO_RUNS` (rebuilds
//! per crate, 5 by default).

use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use krakenql_codegen::rust::{generate_single, RustOptions};
use krakenql_schema::load::load_sources;
use krakenql_schema::{KrakenSchema, SourceFile};

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
const SIZES: &[usize] = &[0, 1, 10, 50];

/// The ways of writing the same typed operation.
#[derive(Clone, Copy)]
enum Tool {
    /// `#[kraken_query]`.
    Krakenql,
    /// The modules `#[kraken_query]` expands to, written out as source.
    Expanded,
    /// graphql_client's `#[derive(GraphQLQuery)]`.
    GraphqlClient,
}

const TOOLS: [Tool; 3] = [Tool::Krakenql, Tool::Expanded, Tool::GraphqlClient];

impl Tool {
    fn name(self) -> &'static str {
        match self {
            Tool::Krakenql => "krakenql",
            Tool::Expanded => "expanded",
            Tool::GraphqlClient => "graphql_client",
        }
    }
}

/// How the bench crates are built.
#[derive(Clone, Copy)]
enum Config {
    Default,
    Opt,
}

impl Config {
    fn parse(name: &str) -> Result<Self, String> {
        match name.trim() {
            "default" => Ok(Config::Default),
            "opt" => Ok(Config::Opt),
            other => Err(format!(
                "unknown configuration `{other}` in BENCH_MACRO_CONFIGS: use default, opt"
            )),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Config::Default => "default",
            Config::Opt => "opt",
        }
    }

    /// What the bench crate's manifest adds.
    fn profile(self) -> &'static str {
        match self {
            Config::Default => "",
            Config::Opt => "\n[profile.dev.build-override]\nopt-level = 3\n",
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Config::Default => "cargo defaults (proc macros unoptimised in debug builds)",
            Config::Opt => "[profile.dev.build-override] opt-level = 3 (both tools)",
        }
    }
}

/// Runs every measurement and prints one table per configuration.
pub fn run() -> Result<(), String> {
    let configs = std::env::var("BENCH_MACRO_CONFIGS")
        .unwrap_or_else(|_| "default,opt".to_owned())
        .split(',')
        .map(Config::parse)
        .collect::<Result<Vec<_>, _>>()?;
    let runs = match std::env::var("BENCH_MACRO_RUNS") {
        Ok(text) => text
            .parse::<usize>()
            .ok()
            .filter(|runs| *runs > 0)
            .ok_or_else(|| format!("BENCH_MACRO_RUNS must be a positive number, not `{text}`"))?,
        Err(_) => 5,
    };
    let base = root().join("target/bench-macro");
    let mut out = String::new();
    for config in configs {
        let _ = writeln!(out, "load before {}: {}", config.name(), load_average());
        let table = measure_config(&base, config, runs)?;
        let _ = writeln!(out, "load after {}: {}\n", config.name(), load_average());
        out.push_str(&table);
        out.push('\n');
    }
    println!("{out}");
    Ok(())
}

/// One configuration's table.
fn measure_config(base: &Path, config: Config, runs: usize) -> Result<String, String> {
    let mut table = format!(
        "configuration `{}`: {}; median of {runs} rebuilds\n\n| schema | invocations | krakenql | expansion as source | graphql_client | speed-up |\n|---|---|---|---|---|---|\n",
        config.name(),
        config.describe()
    );
    for (schema_name, schema_path) in SCHEMAS {
        let mut times: [Vec<(usize, Duration)>; 3] = Default::default();
        for &size in SIZES {
            let bench = Bench {
                base,
                config,
                schema_name,
                schema_path,
                size,
            };
            let [ours, expanded, theirs] = bench.measure(runs)?;
            let _ = writeln!(
                table,
                "| {schema_name} | {size} | {} | {} | {} | {:.1}x |",
                ms(ours),
                ms(expanded),
                ms(theirs),
                theirs.as_secs_f64() / ours.as_secs_f64()
            );
            for (column, time) in times.iter_mut().zip([ours, expanded, theirs]) {
                column.push((size, time));
            }
        }
        for (from, to) in [(1, 50), (10, 50)] {
            let [ours, expanded, theirs] =
                [0, 1, 2].map(|column| per_invocation(&times[column], from, to));
            let _ = writeln!(
                table,
                "| {schema_name} | per invocation, {from} → {to} | {ours:.1} ms | {expanded:.1} ms | {theirs:.1} ms | |"
            );
        }
    }
    Ok(table)
}

/// The cost of one more invocation between two crate sizes, in milliseconds.
fn per_invocation(times: &[(usize, Duration)], from: usize, to: usize) -> f64 {
    let at = |size: usize| {
        times
            .iter()
            .find(|(n, _)| *n == size)
            .map_or(0.0, |(_, time)| time.as_secs_f64())
    };
    (at(to) - at(from)) * 1000.0 / (to - from) as f64
}

fn ms(duration: Duration) -> String {
    format!("{} ms", duration.as_millis())
}

/// The machine's load average, from /proc/loadavg when there is one.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|text| {
            text.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|_| "unknown".to_owned())
}

/// One crate size on one schema in one configuration, for every tool.
struct Bench<'a> {
    base: &'a Path,
    config: Config,
    schema_name: &'a str,
    schema_path: &'a str,
    size: usize,
}

impl Bench<'_> {
    /// The medians of `runs` rebuilds of each tool's crate (in [`TOOLS`] order), the tools
    /// alternating.
    fn measure(&self, runs: usize) -> Result<[Duration; 3], String> {
        let mut dirs = Vec::new();
        for tool in TOOLS {
            dirs.push(self.prepare(tool)?);
        }
        let mut times: [Vec<Duration>; 3] = Default::default();
        for _ in 0..runs {
            for (dir, column) in dirs.iter().zip(times.iter_mut()) {
                column.push(self.rebuild(dir)?);
            }
        }
        let medians = times.map(median);
        eprintln!(
            "{} {} {}: krakenql {}, expanded {}, graphql_client {}",
            self.config.name(),
            self.schema_name,
            self.size,
            ms(medians[0]),
            ms(medians[1]),
            ms(medians[2])
        );
        Ok(medians)
    }

    /// Writes the crate and builds it with its dependencies once.
    fn prepare(&self, tool: Tool) -> Result<PathBuf, String> {
        let dir = self.base.join(format!(
            "{}-{}-{}-{}",
            self.config.name(),
            tool.name(),
            self.schema_name.replace('.', "_"),
            self.size
        ));
        write_crate(&dir, tool, self.config, self.schema_path, self.size)?;
        cargo_build(&dir, self.config)?;
        Ok(dir)
    }

    /// One rebuild of the crate alone.
    fn rebuild(&self, dir: &Path) -> Result<Duration, String> {
        touch(&dir.join("src/lib.rs"))?;
        let start = Instant::now();
        cargo_build(dir, self.config)?;
        Ok(start.elapsed())
    }
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
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

fn write_crate(
    dir: &Path,
    tool: Tool,
    config: Config,
    schema_path: &str,
    size: usize,
) -> Result<(), String> {
    let schema = root().join(schema_path);
    let dependencies = match tool {
        Tool::Krakenql | Tool::Expanded => format!(
            "krakenql = {{ path = {:?}, features = [\"macros\"] }}\n",
            root().join("crates/krakenql").display().to_string()
        ),
        Tool::GraphqlClient => {
            "graphql_client = \"0.16\"\nserde = { version = \"1\", features = [\"derive\"] }\n"
                .to_owned()
        }
    };
    let manifest = format!(
        "[package]\nname = \"bench-{}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n{dependencies}{}\n[workspace]\n",
        tool.name().replace('_', "-"),
        config.profile()
    );
    write_atomic(&dir.join("Cargo.toml"), &manifest)?;
    let mut lib = String::from("#![allow(dead_code)]\n");
    let expanded = match tool {
        Tool::Expanded => Some(load_schema(&schema)?),
        _ => None,
    };
    for index in 0..size {
        let query: PathBuf = dir.join(format!("operations/op{index}.graphql"));
        write_atomic(&query, &operation(index))?;
        match tool {
            Tool::Expanded => {
                let Some(schema) = &expanded else {
                    return Err("the schema was not loaded".to_owned());
                };
                lib.push_str(&expanded_module(schema, index)?);
            }
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

/// The schema, loaded as `#[kraken_query]` loads it.
fn load_schema(path: &Path) -> Result<KrakenSchema, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    load_sources(&[SourceFile::new(path.display().to_string(), text)])
        .map_err(|error| format!("{} does not load: {error:?}", path.display()))
}

/// What `#[kraken_query(query = "operations/op{index}.graphql", …)] pub struct
/// AccountBalance{index};` expands to, without its file tracking: the re-export and the module
/// holding the file `generate_single` writes (minus its header comment).
fn expanded_module(schema: &KrakenSchema, index: usize) -> Result<String, String> {
    let file = format!("operations/op{index}.graphql");
    let text = generate_single(schema, &operation(index), &file, &RustOptions::default())
        .map_err(|error| format!("{file} does not generate: {error}"))?;
    let body = text
        .split_once("\n\n")
        .map_or(text.as_str(), |(_, body)| body);
    Ok(format!(
        "pub use account_balance{index}::AccountBalance{index};\n#[allow(deprecated)]\npub mod account_balance{index} {{\n{body}}}\n"
    ))
}

fn cargo_build(dir: &Path, config: Config) -> Result<(), String> {
    let target = match config {
        Config::Default => "target/bench-macro-target",
        Config::Opt => "target/bench-macro-target-opt",
    };
    crate::generated::cargo(&["build", "--quiet"], dir, &root().join(target))
}
