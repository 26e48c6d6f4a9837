//! `cargo xtask bench-macro`: compile time of a crate with 0, 1, 10 and 50 `#[kraken_query]`
//! invocations against the same operations with graphql_client's `#[derive(GraphQLQuery)]`,
//! on the bundled schema and on the 1.5 MB EDF schema. For the bundled schema, krakenql's crates
//! use the copy krakenql ships (no `schema = "…"`, as in a crate without a schema file); for
//! EDF's they name the file, which rustc then tracks (`include_bytes!` once per crate, about
//! 10 ms for a 1.5 MB file).
//!
//! The crates are written under `target/bench-macro/` (never in the repository); graphql_client
//! comes from crates.io for this benchmark only and is no dependency of the workspace. Each
//! crate's dependencies are built once, then the crate itself is rebuilt several times (its
//! `lib.rs` touched in between, the two tools alternating so that a change in the machine's load
//! hits all) and the median is reported. The 0-invocation crate is rustc's fixed cost for a
//! crate with that dependency; per-invocation costs are reported from 1 to 50 and from 10 to 50.
//!
//! graphql_client is asked for the derives krakenql's types have by default (`Debug` and
//! `Clone`, on the response types and the variables), so that both crates compile the same
//! impls: `Clone` is about an eighth of what the generated modules cost rustc.
//!
//! A second krakenql crate is the same with its prepared expansions (`krakenql prepare`'s
//! `.krakenql/` folder, written by the same library call) and `KRAKENQL_OFFLINE=true`, so every
//! invocation is a hit: the macro hashes the schema once and names each stored file as its
//! module's file.
//!
//! A third crate holds the very modules the macro expands to as plain source (the files of
//! `generate_single`, each in a `mod` as the macro writes it) with the same dependency: what
//! compiling the generated code costs rustc without running `#[kraken_query]`, so the macro's
//! own share is the difference between the two columns.
//!
//! Two configurations, each with its own target directory (cargo runs outside the repository,
//! so the repository's `.cargo/config.toml` does not apply):
//! - `default`: cargo's defaults, so proc macros and their dependencies run unoptimised in a
//!   debug build (`[profile.dev.build-override] opt-level = 0`);
//! - `opt`: `[profile.dev.build-override] opt-level = 3` in both crates, the setting the
//!   macro's docs recommend (as sqlx does for sqlx-macros); graphql_client gets it too.
//!
//! What is timed is rustc compiling the bench crate (cargo runs it under xtask as
//! `RUSTC_WRAPPER`, see `timer`); cargo's whole build is shown beside it in brackets.
//!
//! Environment: `BENCH_MACRO_CONFIGS` (`default,opt` by default), `BENCH_MACRO_RUNS` (rebuilds
//! per crate, 5 by default).

mod crates;
pub mod timer;

use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::generated::root;

/// The schema krakenql ships (`krakenql_schema::bundle::SHIPPED_SCHEMA`), from the workspace
/// root. krakenql's crates name no schema file for it and use the shipped one, as a crate without
/// a schema file does; graphql_client reads the file.
pub(super) const SHIPPED_SCHEMA: &str = "schema/kraken.graphql";

/// The schemas measured: a name and a path from the workspace root.
const SCHEMAS: &[(&str, &str)] = &[
    ("kraken.graphql", SHIPPED_SCHEMA),
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
    /// `#[kraken_query]`, generating in the build.
    Krakenql,
    /// `#[kraken_query]` with its prepared entries in `.krakenql/` (`krakenql prepare`), built
    /// with `KRAKENQL_OFFLINE=true` so that a miss fails the bench instead of generating.
    Prepared,
    /// The modules `#[kraken_query]` expands to, written out as source.
    Expanded,
    /// graphql_client's `#[derive(GraphQLQuery)]`.
    GraphqlClient,
}

const TOOLS: [Tool; 4] = [
    Tool::Krakenql,
    Tool::Prepared,
    Tool::Expanded,
    Tool::GraphqlClient,
];

impl Tool {
    fn name(self) -> &'static str {
        match self {
            Tool::Krakenql => "krakenql",
            Tool::Prepared => "prepared",
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
        "configuration `{}`: {}; median of {runs} rebuilds; rustc's time (cargo's whole build in brackets)\n\n| schema | invocations | krakenql | prepared | expansion as source | graphql_client | speed-up (krakenql / prepared) |\n|---|---|---|---|---|---|---|\n",
        config.name(),
        config.describe()
    );
    for (schema_name, schema_path) in SCHEMAS {
        let mut times: [Vec<(usize, Duration)>; 4] = Default::default();
        for &size in SIZES {
            let bench = Bench {
                base,
                config,
                schema_name,
                schema_path,
                size,
            };
            let [ours, prepared, expanded, theirs] = bench.measure(runs)?;
            let _ = writeln!(
                table,
                "| {schema_name} | {size} | {} | {} | {} | {} | {:.1}x / {:.1}x |",
                ours.cell(),
                prepared.cell(),
                expanded.cell(),
                theirs.cell(),
                theirs.rustc.as_secs_f64() / ours.rustc.as_secs_f64(),
                theirs.rustc.as_secs_f64() / prepared.rustc.as_secs_f64()
            );
            for (column, time) in times.iter_mut().zip([ours, prepared, expanded, theirs]) {
                column.push((size, time.rustc));
            }
        }
        for (from, to) in [(1, 50), (10, 50)] {
            let [ours, prepared, expanded, theirs] =
                [0, 1, 2, 3].map(|column| per_invocation(&times[column], from, to));
            let _ = writeln!(
                table,
                "| {schema_name} | per invocation, {from} → {to} | {ours:.1} ms | {prepared:.1} ms | {expanded:.1} ms | {theirs:.1} ms | |"
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

/// The median times of one crate.
#[derive(Clone, Copy, Default)]
struct Times {
    /// rustc compiling the crate.
    rustc: Duration,
    /// cargo's whole build.
    cargo: Duration,
}

impl Times {
    fn cell(self) -> String {
        format!("{} ({})", ms(self.rustc), ms(self.cargo))
    }
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
    fn measure(&self, runs: usize) -> Result<[Times; 4], String> {
        let mut dirs = Vec::new();
        for tool in TOOLS {
            dirs.push((self.prepare(tool)?, tool));
        }
        let mut times: [Vec<Times>; 4] = Default::default();
        for _ in 0..runs {
            for ((dir, tool), column) in dirs.iter().zip(times.iter_mut()) {
                column.push(self.rebuild(dir, *tool)?);
            }
        }
        let medians = times.map(|column| Times {
            rustc: median(column.iter().map(|t| t.rustc).collect()),
            cargo: median(column.iter().map(|t| t.cargo).collect()),
        });
        eprintln!(
            "{} {} {}: krakenql {}, prepared {}, expanded {}, graphql_client {}",
            self.config.name(),
            self.schema_name,
            self.size,
            medians[0].cell(),
            medians[1].cell(),
            medians[2].cell(),
            medians[3].cell()
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
        crates::write_crate(&dir, tool, self.config, self.schema_path, self.size)?;
        cargo_build(&dir, self.config, tool)?;
        let _ = std::fs::remove_file(times_file(&dir));
        Ok(dir)
    }

    /// One rebuild of the crate alone.
    fn rebuild(&self, dir: &Path, tool: Tool) -> Result<Times, String> {
        touch(&dir.join("src/lib.rs"))?;
        let start = Instant::now();
        cargo_build(dir, self.config, tool)?;
        let cargo = start.elapsed();
        let rustc = timer::take(&times_file(dir))?;
        Ok(Times { rustc, cargo })
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

/// Where the wrapper records rustc's times for a crate.
fn times_file(dir: &Path) -> PathBuf {
    dir.join("rustc-times.txt")
}

/// Builds a bench crate with xtask as rustc's wrapper (and, for the prepared crate, with
/// `KRAKENQL_OFFLINE=true`).
fn cargo_build(dir: &Path, config: Config, tool: Tool) -> Result<(), String> {
    let target = match config {
        Config::Default => "target/bench-macro-target",
        Config::Opt => "target/bench-macro-target-opt",
    };
    let wrapper = std::env::current_exe()
        .map_err(|error| format!("cannot find the xtask binary: {error}"))?;
    let times = times_file(dir);
    let offline = match tool {
        Tool::Prepared => "true",
        _ => "false",
    };
    crate::generated::cargo_with_defaults(
        &["build", "--quiet"],
        dir,
        &root().join(target),
        &[
            ("RUSTC_WRAPPER", wrapper.as_os_str()),
            (timer::TIMES_VAR, times.as_os_str()),
            ("KRAKENQL_OFFLINE", std::ffi::OsStr::new(offline)),
        ],
    )
}
