//! Computes the generator's fingerprint for prepared `#[kraken_query]` expansions: the crate's
//! version and a BLAKE3 hash of every Rust source that shapes an expansion (the emitter in
//! `src/rust/`, the prepared-entry format in `src/prepared/`, the config reader, and the
//! sources of `krakenql-lint` and `krakenql-schema` beside this crate in the workspace).
//!
//! The fingerprint is part of every entry's key, so a changed generator never reuses an entry
//! made by another one. In a published package the sibling crates' sources are not beside it;
//! there their versions (immutable on crates.io) stand in for them through this crate's own.

use std::error::Error;
use std::path::{Path, PathBuf};

/// The sources hashed, relative to this crate's manifest.
const SOURCES: &[&str] = &[
    "src/rust",
    "src/prepared",
    "src/config.rs",
    "../lint/src",
    "../schema/src",
];

fn main() -> Result<(), Box<dyn Error>> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?);
    let version = std::env::var("CARGO_PKG_VERSION")?;
    let mut hasher = blake3::Hasher::new();
    hasher.update(version.as_bytes());
    for source in SOURCES {
        let root = manifest.join(source);
        println!("cargo:rerun-if-changed={}", root.display());
        let mut files = Vec::new();
        collect(&root, &mut files)?;
        files.sort();
        hasher.update(b"\0root\0");
        hasher.update(source.as_bytes());
        for file in files {
            let text = std::fs::read(&file)?;
            let relative = file.strip_prefix(&manifest).unwrap_or(&file);
            hasher.update(b"\0file\0");
            hasher.update(relative.to_string_lossy().as_bytes());
            hasher.update(&(text.len() as u64).to_le_bytes());
            hasher.update(&text);
        }
    }
    let hash = hasher.finalize().to_hex();
    let fingerprint = format!("{version}+{}", &hash.as_str()[..16]);
    let out = PathBuf::from(std::env::var("OUT_DIR")?).join("fingerprint.rs");
    std::fs::write(out, format!("{fingerprint:?}\n"))?;
    Ok(())
}

/// The `.rs` files under `path` (or `path` itself), none when it does not exist.
fn collect(path: &Path, files: &mut Vec<PathBuf>) -> Result<(), Box<dyn Error>> {
    if path.is_dir() {
        for entry in std::fs::read_dir(path)? {
            collect(&entry?.path(), files)?;
        }
    } else if path.extension().is_some_and(|ext| ext == "rs") {
        files.push(path.to_path_buf());
    }
    Ok(())
}
