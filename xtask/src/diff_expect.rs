//! `cargo xtask diff-expect`: rewrites the graphql-js expectations of the schema diff with node
//! and graphql-js 17.1.0 (installed by npm into `target/graphql-js/` when missing; nothing is
//! installed into the repository):
//!
//! - `crates/schema/tests/diff/graphql-js/*.tsv` — `findSchemaChanges` on the shared pairs
//!   (descriptions left out: see `crates/schema/tests/diff.rs`);
//! - `crates/schema/tests/diff/fixtures/*/graphql-js.tsv` — the same on every fixture;
//! - `xtask/corpus-diff-graphql-js.tsv` — `validate` of each `../shared/corpus` operation
//!   against both schemas of `cargo xtask corpus-diff` (when the corpus is here).
//!
//! The script is `crates/schema/tests/diff/graphql-js/expect.mjs`; read every rewritten file's
//! diff before committing it.

use std::path::Path;
use std::process::Command;

use crate::corpus_diff;
use crate::generated::{root, write_atomic};

/// Where the script runs, with its own `node_modules`.
const SCRATCH: &str = "target/graphql-js";

/// The script and its package file, relative to the workspace root.
const SCRIPT_DIR: &str = "crates/schema/tests/diff/graphql-js";

/// The shared pairs: old, new, expectation file.
const PAIRS: [(&str, &str, &str); 2] = [
    (
        "schema/sources/octopus-uk-2024-07.graphql",
        "schema/sources/octopus-uk-2024-11.graphql",
        "uk-2024-07-to-2024-11.tsv",
    ),
    (
        "schema/sources/octopus-it-2025-11.introspection.json",
        "schema/sources/octopus-it-2026-02.graphql",
        "it-2025-11-to-2026-02.tsv",
    ),
];

/// Installs graphql-js when needed and rewrites every expectation.
pub fn run() -> Result<(), String> {
    let root = root();
    let scratch = root.join(SCRATCH);
    std::fs::create_dir_all(&scratch)
        .map_err(|error| format!("cannot create {}: {error}", scratch.display()))?;
    for file in ["expect.mjs", "package.json"] {
        std::fs::copy(root.join(SCRIPT_DIR).join(file), scratch.join(file))
            .map_err(|error| format!("cannot copy {file}: {error}"))?;
    }
    if !scratch.join("node_modules/graphql/package.json").exists() {
        eprintln!("npm install (graphql 17.1.0) in {SCRATCH}…");
        let status = Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--silent"])
            .current_dir(&scratch)
            .status()
            .map_err(|error| format!("cannot run npm (is node installed?): {error}"))?;
        if !status.success() {
            return Err(format!("npm install failed in {SCRATCH}"));
        }
    }
    let script = scratch.join("expect.mjs");
    for (old, new, out) in PAIRS {
        let text = node(
            &script,
            &root,
            &["changes", "--skip-descriptions", old, new],
        )?;
        write(&root.join(SCRIPT_DIR).join(out), &text)?;
    }
    let fixtures = root.join("crates/schema/tests/diff/fixtures");
    let mut dirs: Vec<_> = std::fs::read_dir(&fixtures)
        .map_err(|error| format!("cannot read {}: {error}", fixtures.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let text = node(&script, &dir, &["changes", "old.graphql", "new.graphql"])?;
        write(&dir.join("graphql-js.tsv"), &text)?;
    }
    if let Some(corpus) = corpus_diff::shared_corpus()? {
        let mut args = vec![
            "validate".to_owned(),
            root.join(corpus_diff::OLD).display().to_string(),
            root.join(corpus_diff::NEW).display().to_string(),
        ];
        args.extend(corpus_diff::corpus_files(&corpus)?);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let text = node(&script, &corpus, &args)?;
        write(&root.join(corpus_diff::EXPECTATION), &text)?;
    }
    Ok(())
}

/// Runs the script in `dir` and returns its stdout.
fn node(script: &Path, dir: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("node")
        .arg(script)
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|error| format!("cannot run node (is it installed?): {error}"))?;
    if !output.status.success() {
        return Err(format!(
            "node {} {} failed:\n{}",
            script.display(),
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|error| error.to_string())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    write_atomic(path, text)?;
    eprintln!("wrote {}", path.display());
    Ok(())
}
