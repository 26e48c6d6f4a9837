//! Finding documents: paths, directories (walked respecting .gitignore) and globs; and the
//! project's config file (`discover.rs`).

mod discover;

use std::path::{Path, PathBuf};

pub use discover::{find_config, FoundConfig, Relative, CONFIG_FILES};

use crate::codes;
use crate::Diagnostic;
use globset::{Glob, GlobSetBuilder};
use ignore::WalkBuilder;

/// Extensions of GraphQL documents.
const GRAPHQL_EXTENSIONS: &[&str] = &["graphql", "gql"];

/// Whether a path names a file the linter reads when it meets it in a directory.
fn is_lintable(path: &Path) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| GRAPHQL_EXTENSIONS.contains(&ext) || ext == "rs")
}

/// Whether an argument is a glob pattern rather than a path.
fn is_glob(arg: &str) -> bool {
    arg.contains(['*', '?', '[', '{'])
}

/// Expands the arguments into files, sorted and without repeats. Named files are kept
/// whatever their extension; directories and globs yield `.graphql`, `.gql` and `.rs` files.
/// An argument that matches no file, and a directory that cannot be read on the way, are errors
/// naming it: a CI gate must never pass because it read nothing.
pub fn collect(args: &[String], base: &Path) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    collect_skipping(args, base, &[])
}

/// [`collect`], leaving out of directory walks and glob matches the files in `skip` (the
/// schema files a config names, which are never operation documents). A file named as an
/// argument is kept even when `skip` holds it. Paths are compared after resolving links.
pub fn collect_skipping(
    args: &[String],
    base: &Path,
    skip: &[PathBuf],
) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let skip: Vec<PathBuf> = skip
        .iter()
        .filter_map(|path| std::fs::canonicalize(base.join(path)).ok())
        .collect();
    let skipped = |file: &Path| {
        !skip.is_empty() && std::fs::canonicalize(file).is_ok_and(|real| skip.contains(&real))
    };
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for arg in args {
        let before = files.len();
        if is_glob(arg) {
            match Glob::new(arg) {
                Ok(glob) => {
                    let mut set = GlobSetBuilder::new();
                    set.add(glob);
                    let root = base.join(glob_root(arg));
                    // A glob whose fixed part does not exist matches nothing (reported below).
                    let built = set.build().ok().filter(|_| root.as_os_str().is_empty() || root.exists());
                    if let Some(set) = built {
                        let (found, unreadable) = walk(&root);
                        problems.extend(unreadable);
                        for file in found {
                            let relative = file.strip_prefix(base).unwrap_or(&file);
                            if set.is_match(relative) && !skipped(&file) {
                                files.push(file);
                            }
                        }
                    }
                }
                Err(error) => problems.push(
                    Diagnostic::error(codes::BAD_GLOB, format!("`{arg}` is not a valid glob: {error}"))
                        .with_help("quote globs so the shell passes them as written, e.g. 'queries/**/*.graphql'"),
                ),
            }
        } else {
            let path = base.join(arg);
            if path.is_dir() {
                let (found, unreadable) = walk(&path);
                problems.extend(unreadable);
                files.extend(found.into_iter().filter(|file| !skipped(file)));
            } else if path.exists() {
                files.push(path);
            } else {
                problems.push(
                    Diagnostic::error(
                        codes::UNREADABLE_FILE,
                        format!("cannot read {arg}: no such file or directory"),
                    )
                    .with_help("check the path: one given on the command line is resolved from the current directory, one in graphql.config.toml from the config's directory"),
                );
                continue;
            }
        }
        if files.len() == before && is_glob(arg) && Glob::new(arg).is_ok() {
            problems.push(
                Diagnostic::error(codes::NO_DOCUMENTS, format!("`{arg}` matches no file"))
                    .with_help("check the pattern; it is matched from the current directory (the config's directory for `documents`)"),
            );
        } else if files.len() == before && base.join(arg).is_dir() {
            problems.push(
                Diagnostic::error(
                    codes::NO_DOCUMENTS,
                    format!("{arg} holds no .graphql, .gql or .rs file"),
                )
                .with_help("point at the directory or files that hold your operations"),
            );
        }
    }
    files.sort();
    files.dedup();
    (files, problems)
}

/// The directory part of a glob before its first pattern character.
fn glob_root(pattern: &str) -> PathBuf {
    let mut root = PathBuf::new();
    for component in Path::new(pattern).components() {
        let text = component.as_os_str().to_string_lossy();
        if is_glob(&text) {
            break;
        }
        root.push(component);
    }
    if root.as_os_str().is_empty() || Path::new(pattern) == root {
        root.pop();
    }
    root
}

/// Lintable files under a directory, honouring .gitignore and hidden-file rules, and an error
/// for every directory or file the walk could not read.
fn walk(root: &Path) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let root = if root.as_os_str().is_empty() {
        Path::new(".")
    } else {
        root
    };
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for entry in WalkBuilder::new(root)
        .sort_by_file_path(|a, b| a.cmp(b))
        .build()
    {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                problems.push(
                    Diagnostic::error(codes::UNREADABLE_FILE, format!("cannot read {error}"))
                        .with_help("fix the permissions, or leave the path out of the documents"),
                );
                continue;
            }
        };
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.into_path();
        // Walking "." yields "./a.graphql"; report "a.graphql" as the user would write it.
        let path = match path.strip_prefix(".") {
            Ok(relative) if root == Path::new(".") => relative.to_path_buf(),
            _ => path,
        };
        if is_lintable(&path) {
            files.push(path);
        }
    }
    (files, problems)
}

/// The path as shown in diagnostics: relative to `base` when it lies below it.
pub fn display(path: &Path, base: &Path) -> String {
    let relative = path.strip_prefix(base).unwrap_or(path);
    let relative = relative.strip_prefix(".").unwrap_or(relative);
    relative.to_string_lossy().replace('\\', "/")
}
