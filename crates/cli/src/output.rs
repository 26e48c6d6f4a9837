//! Writing files the way every command must: atomically, so a failed run leaves the old file.

use std::path::Path;

use krakenql_schema::Diagnostic;

/// Writes `contents` to a temporary file beside `path`, then renames it over `path`.
pub fn write_atomic(path: &Path, contents: &str) -> Result<(), Diagnostic> {
    let name = path.display().to_string();
    let fail = |error: std::io::Error| {
        Diagnostic::error("unwritable-file", format!("cannot write {name}: {error}"))
            .with_help("check that the directory exists and is writable")
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{file_name}.krakenql-{}.tmp", std::process::id()));
    std::fs::write(&temp, contents).map_err(fail)?;
    std::fs::rename(&temp, path).map_err(|error| {
        let _ = std::fs::remove_file(&temp);
        fail(error)
    })
}
