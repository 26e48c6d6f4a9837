//! `cargo xtask bench-diff`: the whole-process time of `krakenql schema diff` of
//! `schema/sources/edf-gb-2026-07.graphql` against the bundled `schema/kraken.graphql`, side by
//! side with `graphql-inspector diff` on the same pair, in one hyperfine run.
//!
//! Builds the CLI in release; installs `@graphql-inspector/cli` (and `graphql`, its peer) with
//! npm into `target/graphql-inspector/` when missing; hyperfine is Debian's package
//! (`apt-get install -y hyperfine`). Both commands exit 1 on breaking changes, which hyperfine
//! is told to accept. Prints both means (wall and CPU) and the ratio against the targets:
//! krakenql under 150 ms and at least 10 times faster.

use std::path::PathBuf;
use std::process::Command;

use crate::generated::root;

const OLD: &str = "schema/sources/edf-gb-2026-07.graphql";
const NEW: &str = "schema/kraken.graphql";
const SCRATCH: &str = "target/graphql-inspector";
const TARGET_MS: f64 = 150.0;
const TARGET_RATIO: f64 = 10.0;

/// Builds, installs what is missing, measures and reports.
pub fn run() -> Result<(), String> {
    let root = root();
    let target_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    if Command::new("hyperfine").arg("--version").output().is_err() {
        return Err("hyperfine is not installed: apt-get install -y hyperfine".to_owned());
    }
    eprintln!("building krakenql in release…");
    crate::generated::cargo(
        &["build", "--release", "--quiet", "-p", "krakenql-cli"],
        &root,
        &target_dir,
    )?;
    let krakenql = target_dir.join("release/krakenql");
    let scratch = root.join(SCRATCH);
    let inspector = scratch.join("node_modules/.bin/graphql-inspector");
    if !inspector.exists() {
        std::fs::create_dir_all(&scratch)
            .map_err(|error| format!("cannot create {SCRATCH}: {error}"))?;
        eprintln!("npm install @graphql-inspector/cli in {SCRATCH}…");
        let status = Command::new("npm")
            .args([
                "install",
                "--no-audit",
                "--no-fund",
                "--silent",
                "--prefix",
                ".",
                "@graphql-inspector/cli@5",
                "graphql@16",
            ])
            .current_dir(&scratch)
            .status()
            .map_err(|error| format!("cannot run npm (is node installed?): {error}"))?;
        if !status.success() || !inspector.exists() {
            return Err(format!(
                "npm could not install graphql-inspector in {SCRATCH}"
            ));
        }
    }
    let export = target_dir.join("bench-diff.json");
    let ours = format!("{} schema diff {OLD} {NEW}", krakenql.display());
    let theirs = format!("{} diff {OLD} {NEW}", inspector.display());
    let status = Command::new("hyperfine")
        .args([
            "--warmup",
            "2",
            "--runs",
            "15",
            "--ignore-failure",
            "--style",
            "basic",
        ])
        .arg("--export-json")
        .arg(&export)
        .args(["-n", "krakenql schema diff", &ours])
        .args(["-n", "graphql-inspector diff", &theirs])
        .current_dir(&root)
        .status()
        .map_err(|error| format!("cannot run hyperfine: {error}"))?;
    if !status.success() {
        return Err("hyperfine failed".to_owned());
    }
    let json = std::fs::read_to_string(&export)
        .map_err(|error| format!("cannot read {}: {error}", export.display()))?;
    let [ours, theirs] = [stats(&json, 0)?, stats(&json, 1)?];
    let (ours_ms, theirs_ms) = (ours.mean * 1000.0, theirs.mean * 1000.0);
    let ratio = theirs_ms / ours_ms;
    println!(
        "krakenql schema diff: {ours_ms:.1} ms wall, {:.1} ms CPU (target < {TARGET_MS} ms: {})",
        ours.cpu * 1000.0,
        verdict(ours_ms < TARGET_MS)
    );
    println!(
        "graphql-inspector diff: {theirs_ms:.1} ms wall, {:.1} ms CPU",
        theirs.cpu * 1000.0
    );
    println!(
        "ratio: {ratio:.1}x wall, {:.1}x CPU (target >= {TARGET_RATIO}x: {})",
        theirs.cpu / ours.cpu,
        verdict(ratio >= TARGET_RATIO)
    );
    Ok(())
}

/// One command's mean wall time and mean CPU time (user + system), in seconds.
struct Stats {
    mean: f64,
    cpu: f64,
}

/// The times hyperfine measured for the command at `index` (CPU time tells the programs apart
/// on a loaded machine, where the wall time also counts waiting for a core).
fn stats(json: &str, index: usize) -> Result<Stats, String> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|error| format!("hyperfine's JSON: {error}"))?;
    let result = value
        .get("results")
        .and_then(|results| results.get(index))
        .ok_or_else(|| format!("hyperfine's JSON has no result {index}"))?;
    let number = |key: &str| {
        result
            .get(key)
            .and_then(serde_json::Value::as_f64)
            .ok_or_else(|| format!("hyperfine's JSON has no {key} for command {index}"))
    };
    Ok(Stats {
        mean: number("mean")?,
        cpu: number("user")? + number("system")?,
    })
}

fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "NOT met"
    }
}
