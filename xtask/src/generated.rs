//! Writing generated files atomically, or checking that the committed ones are current.

use std::path::{Path, PathBuf};

/// One generated file: its path from the workspace root and its contents.
pub struct File {
    pub path: String,
    pub contents: String,
}

/// The workspace root (the parent of this crate's directory).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Writes every file that changed (each atomically), or with `check` lists the stale ones.
pub fn apply(files: &Result<Vec<File>, String>, check: bool) -> Result<(), String> {
    let files = files.as_ref().map_err(Clone::clone)?;
    let root = root();
    let mut stale = Vec::new();
    for file in files {
        let path = root.join(&file.path);
        let current = std::fs::read_to_string(&path).ok();
        if current.as_deref() == Some(file.contents.as_str()) {
            continue;
        }
        if check {
            stale.push(file.path.as_str());
        } else {
            write_atomic(&path, &file.contents)?;
            eprintln!("wrote {}", file.path);
        }
    }
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "generated files are stale (run `cargo xtask codegen`):\n  {}",
            stale.join("\n  ")
        ))
    }
}

/// Writes the client modules the project config at `config` (from the workspace root) asks
/// for, as a downstream `cargo xtask codegen` does: each output folder all or nothing, stale
/// temporaries removed; with `check`, writes nothing and fails listing what is stale.
pub fn client_code(config: &str, check: bool) -> Result<(), String> {
    let root = root();
    let mut project = krakenql_codegen::project::Project::load(root.join(config))
        .map_err(|error| error.render(false))?;
    project.command = "cargo xtask codegen".to_owned();
    let generated = project.generate().map_err(|error| error.render(false))?;
    let outcome = krakenql_codegen::project::write(&generated.files, check)
        .map_err(|error| error.render(false))?;
    for path in outcome.cleaned {
        eprintln!("removed {}", shown(&root, &path));
    }
    for path in outcome.changed {
        eprintln!("wrote {}", shown(&root, &path));
    }
    Ok(())
}

/// `path` from the workspace root, with `/` separators.
fn shown(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Prepares the `#[kraken_query]` expansions of the crate at `dir` (from the workspace root) as
/// `krakenql prepare` does: writes changed entries and removes unused ones, or with `check`
/// lists them and fails.
pub fn prepared(dir: &str, check: bool) -> Result<(), String> {
    use krakenql_codegen::project::prepare::{prepare, write_prepared};
    let prepared = prepare(&root().join(dir)).map_err(|error| error.to_string())?;
    let outcome = write_prepared(&prepared, check).map_err(|error| {
        format!("{error}  (run `cargo xtask codegen` or `krakenql prepare {dir}`)")
    })?;
    for path in outcome.changed.iter().chain(&outcome.unused) {
        eprintln!("updated {}", path.display());
    }
    Ok(())
}

/// Writes atomically (temporary file + rename), as every generator of this project does.
pub fn write_atomic(path: &Path, contents: &str) -> Result<(), String> {
    krakenql_codegen::project::write_atomic(path, contents)
        .map_err(|diagnostic| krakenql_schema::render::render(&diagnostic))
}

/// Runs `cargo ARGS --manifest-path DIR/Cargo.toml` with its own target directory; the error
/// holds cargo's stderr.
pub fn cargo(args: &[&str], dir: &Path, target_dir: &Path) -> Result<(), String> {
    cargo_with_env(args, dir, target_dir, &[])
}

/// [`cargo`] with extra environment variables.
pub fn cargo_with_env(
    args: &[&str],
    dir: &Path,
    target_dir: &Path,
    env: &[(&str, &std::ffi::OsStr)],
) -> Result<(), String> {
    run_cargo(args, dir, target_dir, env, None)
}

/// [`cargo_with_env`] with cargo's own defaults: cargo runs in the system's temporary folder,
/// where the repository's `.cargo/config.toml` (which trims debug info for the tests) is not
/// read. Benchmarks that compare with other tools build this way.
pub fn cargo_with_defaults(
    args: &[&str],
    dir: &Path,
    target_dir: &Path,
    env: &[(&str, &std::ffi::OsStr)],
) -> Result<(), String> {
    run_cargo(args, dir, target_dir, env, Some(&std::env::temp_dir()))
}

fn run_cargo(
    args: &[&str],
    dir: &Path,
    target_dir: &Path,
    env: &[(&str, &std::ffi::OsStr)],
    working_dir: Option<&Path>,
) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut command = std::process::Command::new(cargo);
    command
        .args(args)
        .arg("--manifest-path")
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target_dir)
        .envs(env.iter().copied());
    if let Some(working_dir) = working_dir {
        command.current_dir(working_dir);
    }
    let output = command
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{} does not build:\n{}",
            dir.display(),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}
