//! All-or-nothing output folders: the new set of files is written into a temporary folder beside
//! the output folder, then swapped in, so the folder always holds either the old set or the new.
//!
//! The swap is three renames: the output folder aside, the new folder in, the old folder
//! removed; when the second rename fails, the first is undone. A run that is killed part way
//! leaves at most a temporary folder beside the output (`.NAME.krakenql-PID-RANDOM.new`, or the
//! old set as `.NAME.krakenql-PID.old`), or a per-file temporary of the single-file writer inside
//! it (`.FILE.krakenql-PID.tmp`). The next run finds them ([`stale_temporaries`]), puts the old
//! set back when the killed run got no further than moving it aside ([`recover`]), and removes
//! the rest; `--check` reports them as stale.
//!
//! The output folder may hold files krakenql did not write (a `docs --out docs` beside the
//! project's own pages): every entry that the new set does not replace is carried into the new
//! folder (regular files as hard links, so their bytes, inode and modification time stay as
//! they were; copied where the file system has no hard links; folders recursively; symbolic
//! links recreated). Nothing krakenql did not write is ever removed.

use std::collections::BTreeSet;
use std::ffi::{OsStr, OsString};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use krakenql_schema::codes;
use krakenql_schema::Diagnostic;

/// The marker in the name of every temporary krakenql writes.
const MARKER: &str = ".krakenql-";

/// One file of the new set: its name inside the output folder and its bytes.
pub(crate) struct NewFile<'a> {
    /// The file name (no separator).
    pub name: &'a OsStr,
    /// The file's contents.
    pub contents: &'a str,
}

/// The temporaries an interrupted run left for the output folder `dir`: temporary and
/// moved-aside folders beside it, and per-file temporaries inside it. Sorted; empty when the
/// folder's parent cannot be listed.
pub(crate) fn stale_temporaries(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let real = real_folder(dir);
    if let (Some(parent), Some(name)) = (parent_of(&real), real.file_name()) {
        let prefix = format!(".{}{MARKER}", name.to_string_lossy());
        found.extend(entries(&parent).into_iter().filter(|entry| {
            file_name(entry).is_some_and(|n| {
                n.starts_with(&prefix) && (n.ends_with(".new") || n.ends_with(".old"))
            })
        }));
    }
    found.extend(entries(dir).into_iter().filter(|entry| {
        file_name(entry)
            .is_some_and(|n| n.starts_with('.') && n.contains(MARKER) && n.ends_with(".tmp"))
    }));
    found.sort();
    found
}

/// Puts the old set back when a killed run moved the output folder aside and got no further
/// (the folder is missing and a `.old` folder of it exists). Returns the folder restored.
pub(crate) fn recover(dir: &Path, stale: &[PathBuf]) -> Result<Option<PathBuf>, Diagnostic> {
    if fs::symlink_metadata(dir).is_ok() {
        return Ok(None);
    }
    let Some(aside) = stale.iter().rev().find(|path| {
        file_name(path).is_some_and(|n| n.ends_with(".old")) && path.parent() != Some(dir)
    }) else {
        return Ok(None);
    };
    fs::rename(aside, dir).map_err(|error| unwritable(dir, &error))?;
    Ok(Some(aside.clone()))
}

/// Removes stale temporaries (folders and files alike).
pub(crate) fn remove_stale(stale: &[PathBuf]) -> Result<(), Diagnostic> {
    for path in stale {
        let removed = match fs::symlink_metadata(path) {
            Ok(meta) if meta.is_dir() => fs::remove_dir_all(path),
            Ok(_) => fs::remove_file(path),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(error) => Err(error),
        };
        removed.map_err(|error| {
            Diagnostic::error(
                codes::UNWRITABLE_FILE,
                format!(
                    "cannot remove the stale temporary {}: {error}",
                    path.display()
                ),
            )
            .with_help("remove it by hand; an interrupted krakenql run left it")
        })?;
    }
    Ok(())
}

/// Replaces the files `changed` of the output folder `dir` (created when missing) as one step:
/// on success the folder holds the new set and every entry it held that the set does not
/// replace; on failure it holds exactly what it held before.
pub(crate) fn replace(dir: &Path, changed: &[NewFile<'_>]) -> Result<(), Diagnostic> {
    let target = real_folder(dir);
    let Some(parent) = parent_of(&target) else {
        return Err(unwritable(
            dir,
            &io::Error::other("it has no parent folder"),
        ));
    };
    let name = target
        .file_name()
        .map(OsStr::to_string_lossy)
        .unwrap_or_default()
        .into_owned();
    fs::create_dir_all(&parent).map_err(|error| unwritable(dir, &error))?;
    // A failure from here until the swap drops `staging`, which removes the new folder.
    let staging = tempfile::Builder::new()
        .prefix(&format!(".{name}{MARKER}{}-", std::process::id()))
        .suffix(".new")
        .tempdir_in(&parent)
        .map_err(|error| unwritable(dir, &error))?;
    let replaced: BTreeSet<&OsStr> = changed.iter().map(|file| file.name).collect();
    let existing = fs::symlink_metadata(&target).is_ok();
    if existing {
        carry_over(&target, staging.path(), &replaced).map_err(|error| unwritable(dir, &error))?;
        let permissions = fs::metadata(&target).map_err(|error| unwritable(dir, &error))?;
        fs::set_permissions(staging.path(), permissions.permissions())
            .map_err(|error| unwritable(dir, &error))?;
    }
    for file in changed {
        let path = staging.path().join(file.name);
        fs::write(&path, file.contents)
            .map_err(|error| unwritable(&target.join(file.name), &error))?;
    }
    let staged = staging.keep();
    if !existing {
        return fs::rename(&staged, &target).map_err(|error| {
            let _ = fs::remove_dir_all(&staged);
            unwritable(dir, &error)
        });
    }
    let aside = parent.join(format!(".{name}{MARKER}{}.old", std::process::id()));
    if let Err(error) = fs::rename(&target, &aside) {
        let _ = fs::remove_dir_all(&staged);
        return Err(unwritable(dir, &error));
    }
    if let Err(error) = fs::rename(&staged, &target) {
        // Undo the first rename so the folder holds the old set again.
        let restored = fs::rename(&aside, &target);
        let _ = fs::remove_dir_all(&staged);
        return Err(match restored {
            Ok(()) => unwritable(dir, &error),
            Err(undo) => Diagnostic::error(
                codes::UNWRITABLE_FILE,
                format!(
                    "cannot write {}: {error}; the old files are kept in {} ({undo})",
                    dir.display(),
                    aside.display()
                ),
            )
            .with_help("the next run puts them back; check that the folder is writable"),
        });
    }
    // The new set is in place; an old folder that cannot be removed now is stale for the
    // next run, which removes it.
    let _ = fs::remove_dir_all(&aside);
    Ok(())
}

/// Links (or copies) every entry of `from` into `to`, except the names `replaced` and
/// krakenql's own per-file temporaries.
fn carry_over(from: &Path, to: &Path, replaced: &BTreeSet<&OsStr>) -> io::Result<()> {
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let name: OsString = entry.file_name();
        let lossy = name.to_string_lossy();
        if replaced.contains(name.as_os_str())
            || (lossy.starts_with('.') && lossy.contains(MARKER) && lossy.ends_with(".tmp"))
        {
            continue;
        }
        mirror(&entry.path(), &to.join(&name))?;
    }
    Ok(())
}

/// Recreates `from` at `to`: folders recursively, files as hard links (else copies), symbolic
/// links as links.
fn mirror(from: &Path, to: &Path) -> io::Result<()> {
    let meta = fs::symlink_metadata(from)?;
    let kind = meta.file_type();
    if kind.is_dir() {
        fs::create_dir(to)?;
        for entry in fs::read_dir(from)? {
            let entry = entry?;
            mirror(&entry.path(), &to.join(entry.file_name()))?;
        }
        fs::set_permissions(to, meta.permissions())
    } else if kind.is_symlink() {
        symlink(&fs::read_link(from)?, from, to)
    } else {
        fs::hard_link(from, to).or_else(|_| fs::copy(from, to).map(drop))
    }
}

#[cfg(unix)]
fn symlink(target: &Path, _from: &Path, to: &Path) -> io::Result<()> {
    std::os::unix::fs::symlink(target, to)
}

#[cfg(not(unix))]
fn symlink(_target: &Path, from: &Path, to: &Path) -> io::Result<()> {
    // Elsewhere the link's target is copied: the bytes stay, the link does not.
    if fs::metadata(from)?.is_dir() {
        mirror(&fs::canonicalize(from)?, to)
    } else {
        fs::copy(from, to).map(drop)
    }
}

/// Where the folder really is: the swap happens there, so a symbolic link stays a link, and a
/// folder named `.` or `..` is swapped under its real name. `dir` itself when it does not
/// exist yet or cannot be resolved.
fn real_folder(dir: &Path) -> PathBuf {
    match fs::symlink_metadata(dir) {
        Ok(meta) if meta.file_type().is_symlink() || dir.file_name().is_none() => {
            fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf())
        }
        _ => dir.to_path_buf(),
    }
}

/// The folder that holds `dir`: `.` for a bare name.
fn parent_of(dir: &Path) -> Option<PathBuf> {
    dir.file_name()?;
    Some(match dir.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    })
}

/// The entries of a folder, or none when it cannot be listed.
fn entries(dir: &Path) -> Vec<PathBuf> {
    fs::read_dir(dir)
        .map(|read| read.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default()
}

fn file_name(path: &Path) -> Option<String> {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
}

fn unwritable(path: &Path, error: &io::Error) -> Diagnostic {
    Diagnostic::error(
        codes::UNWRITABLE_FILE,
        format!(
            "cannot write {}: {error}; the folder keeps its previous files",
            path.display()
        ),
    )
    .with_help("check that the folder and the one holding it are writable")
}
