//! The scratch crate that compiles the generated modules and deserialises every expected response.
//!
//! It lives in `target/reference-responses/`, is a workspace of its own, and builds into
//! `target/reference-responses-target` so that it never waits on the outer build's lock. Files are
//! written only when their contents change, so a second run rebuilds nothing.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One entry the harness checks: its key, the module path of its operation, its expected data.
pub(crate) struct Check {
    pub key: String,
    pub module: String,
    pub data: serde_json::Value,
}

/// The workspace root.
pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the workspace root exists")
}

/// Writes the crate: `generated` holds one module per section (`(name, files)`), and `main`
/// checks every entry of `checks`.
pub(crate) fn write(
    sections: &[(&str, Vec<krakenql_codegen::rust::GeneratedFile>)],
    checks: &[Check],
) -> PathBuf {
    let root = root();
    let dir = root.join("target/reference-responses");
    let runtime = root.join("crates/krakenql");
    write_if_changed(
        &dir.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"reference-responses\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\nkrakenql = {{ path = {runtime:?} }}\nserde_json = {{ version = \"1\", features = [\"preserve_order\"] }}\nserde_path_to_error = \"0.1\"\n\n\
             # A workspace of its own: the directory sits inside krakenql's workspace without being a member.\n[workspace]\n",
            runtime = runtime.display().to_string(),
        ),
    );
    // The outer lock file pins the versions the outer build already has (cargo prunes the rest),
    // so the scratch crate needs no resolution and no network.
    let lock = fs::read_to_string(root.join("Cargo.lock")).expect("read Cargo.lock");
    write_if_changed(&dir.join("Cargo.lock"), &lock);
    let mut modules = String::new();
    for (section, files) in sections {
        modules.push_str(&format!("pub mod {section};\n"));
        let section_dir = dir.join("src/generated").join(section);
        for file in files {
            write_if_changed(&section_dir.join(&file.path), &file.contents);
        }
        remove_stale(&section_dir, files);
    }
    write_if_changed(
        &dir.join("src/generated/mod.rs"),
        &format!("//! The generated modules, one per section of the reference.\n{modules}"),
    );
    let expected: serde_json::Map<String, serde_json::Value> = checks
        .iter()
        .map(|check| (check.key.clone(), check.data.clone()))
        .collect();
    write_if_changed(
        &dir.join("expected.json"),
        &serde_json::to_string_pretty(&expected).expect("JSON prints"),
    );
    let lines: String = checks
        .iter()
        .map(|check| {
            format!(
                "    check::<generated::{}::ResponseData>(&expected, {:?});\n",
                check.module, check.key
            )
        })
        .collect();
    write_if_changed(
        &dir.join("src/main.rs"),
        &format!("{MAIN_HEAD}{lines}}}\n{MAIN_TAIL}"),
    );
    dir
}

const MAIN_HEAD: &str = r#"//! Deserialises every reference entry's expected data into its generated `ResponseData`.

// The generator formats its output with prettyplease; rustfmt must leave it as generated.
#[rustfmt::skip]
mod generated;

fn main() {
    let expected: serde_json::Value = serde_json::from_str(include_str!("../expected.json")).unwrap();
"#;

const MAIN_TAIL: &str = r#"
/// Prints `ok KEY` or `fail KEY: PATH: error` for one entry.
fn check<T: krakenql::__private::serde::de::DeserializeOwned>(expected: &serde_json::Value, key: &str) {
    match serde_path_to_error::deserialize::<_, T>(expected[key].clone()) {
        Ok(_) => println!("ok {key}"),
        Err(error) => println!("fail {key}: {}: {}", error.path(), error.inner()),
    }
}
"#;

/// Removes the modules an earlier run wrote for operations that are no longer generated.
fn remove_stale(dir: &Path, files: &[krakenql_codegen::rust::GeneratedFile]) {
    for entry in fs::read_dir(dir).expect("read the section directory") {
        let path = entry.expect("a directory entry").path();
        let name = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or_default();
        if !files.iter().any(|file| file.path == name) {
            fs::remove_file(&path)
                .unwrap_or_else(|error| panic!("remove {}: {error}", path.display()));
        }
    }
}

fn write_if_changed(path: &Path, contents: &str) {
    if fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return;
    }
    fs::create_dir_all(path.parent().expect("a parent")).expect("create the directory");
    fs::write(path, contents).unwrap_or_else(|error| panic!("write {}: {error}", path.display()));
}

/// Builds and runs the crate, returning its standard output; panics with cargo's output if the
/// build fails.
pub(crate) fn run(dir: &Path) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["run", "--quiet", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .env(
            "CARGO_TARGET_DIR",
            root().join("target/reference-responses-target"),
        )
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "the scratch crate in {} failed:\n{}",
        dir.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}
