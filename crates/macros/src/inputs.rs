//! What the macro reads: the config, the operation and the schema (its hash and, on a miss, the
//! schema itself, each cached per compiler process).
//!
//! Paths are relative to `CARGO_MANIFEST_DIR`. Every failure is a `syn::Error` spanned on the
//! literal that named the file (or on the attribute when the path came from the config).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::SystemTime;

use krakenql_codegen::prepared::{schema_hash as hash_files, MacroSettings, SchemaHash};
use krakenql_schema::bundle::{SHIPPED_SCHEMA, SHIPPED_SCHEMA_NAME};
use krakenql_schema::config::{Config, CONFIG_FILE};
use krakenql_schema::load::load_sources;
use krakenql_schema::render::render_all;
use krakenql_schema::{KrakenSchema, SourceFile};
use proc_macro2::Span;

/// Reads the config when the crate has one; its absence is not an error.
pub(crate) fn config(manifest_dir: &Path) -> Result<MacroSettings, syn::Error> {
    let path = manifest_dir.join(CONFIG_FILE);
    if !path.exists() {
        return Ok(MacroSettings::default());
    }
    let name = path.display().to_string();
    let text = std::fs::read_to_string(&path).map_err(|error| {
        syn::Error::new(Span::call_site(), format!("cannot read {name}: {error}"))
    })?;
    let fail = |diagnostic| syn::Error::new(Span::call_site(), render_all(&[diagnostic]));
    let config = Config::parse(&name, &text).map_err(fail)?;
    MacroSettings::from_config(&config, &name, &text).map_err(fail)
}

/// Reads a UTF-8 file; the error points at `span` and names the resolved path.
pub(crate) fn read(path: &Path, span: Span) -> Result<String, syn::Error> {
    std::fs::read_to_string(path).map_err(|error| read_error(path, span, &error))
}

fn read_error(path: &Path, span: Span, error: &std::io::Error) -> syn::Error {
    syn::Error::new(
        span,
        format!(
            "cannot read {}: {error} (paths are relative to CARGO_MANIFEST_DIR)",
            path.display()
        ),
    )
}

/// One schema file: where it is and the span of what named it, or the schema krakenql ships
/// (`shipped`, whose `path` is only its name in messages).
pub(crate) struct SchemaFile {
    pub(crate) path: PathBuf,
    pub(crate) span: Span,
    pub(crate) shipped: bool,
}

impl SchemaFile {
    /// The schema krakenql ships, for a crate that names none and has no schema file.
    pub(crate) fn shipped() -> SchemaFile {
        SchemaFile {
            path: PathBuf::from(SHIPPED_SCHEMA_NAME),
            span: Span::call_site(),
            shipped: true,
        }
    }

    /// The file's bytes (the shipped schema's from krakenql itself).
    fn bytes(&self) -> std::io::Result<Vec<u8>> {
        match self.shipped {
            true => Ok(SHIPPED_SCHEMA.as_bytes().to_vec()),
            false => std::fs::read(&self.path),
        }
    }
}

type CacheKey = Vec<(PathBuf, Option<SystemTime>)>;

/// The cache key of a schema: its files' paths and modification times.
fn cache_key(files: &[SchemaFile]) -> CacheKey {
    files
        .iter()
        .map(|file| {
            // The shipped schema never changes within a compiler process.
            let modified = match file.shipped {
                true => Some(SystemTime::UNIX_EPOCH),
                false => std::fs::metadata(&file.path)
                    .and_then(|meta| meta.modified())
                    .ok(),
            };
            (file.path.clone(), modified)
        })
        .collect()
}

/// Schema hashes, by their files' paths and modification times, for the compiler process.
static HASHES: OnceLock<Mutex<HashMap<CacheKey, SchemaHash>>> = OnceLock::new();

/// The hash of the schema's files (the prepared entries' key), computed once per compiler
/// process unless a file changes.
pub(crate) fn schema_hash(files: &[SchemaFile]) -> Result<SchemaHash, syn::Error> {
    let key = cache_key(files);
    let cache = HASHES.get_or_init(Mutex::default);
    if key.iter().all(|(_, modified)| modified.is_some()) {
        if let Some(hash) = cache.lock().ok().and_then(|map| map.get(&key).copied()) {
            return Ok(hash);
        }
    }
    let mut contents = Vec::new();
    let mut errors = crate::args::Errors::default();
    for file in files {
        match file.bytes() {
            Ok(bytes) => contents.push(bytes),
            Err(error) => errors.push(read_error(&file.path, file.span, &error)),
        }
    }
    errors.finish()?;
    let hash = hash_files(contents.iter().map(Vec::as_slice));
    if let Ok(mut map) = cache.lock() {
        map.insert(key, hash);
    }
    Ok(hash)
}

/// Loaded schemas, by their files' paths and modification times, for the compiler process.
static SCHEMAS: OnceLock<Mutex<HashMap<CacheKey, Arc<KrakenSchema>>>> = OnceLock::new();

/// Loads the schema from its files, or takes it from the cache when no file changed.
pub(crate) fn schema(files: &[SchemaFile]) -> Result<Arc<KrakenSchema>, syn::Error> {
    let key = cache_key(files);
    let cache = SCHEMAS.get_or_init(Mutex::default);
    if key.iter().all(|(_, modified)| modified.is_some()) {
        if let Some(schema) = cache.lock().ok().and_then(|map| map.get(&key).cloned()) {
            return Ok(schema);
        }
    }
    let mut sources = Vec::new();
    let mut errors = crate::args::Errors::default();
    for file in files {
        if file.shipped {
            sources.push(SourceFile::new(SHIPPED_SCHEMA_NAME, SHIPPED_SCHEMA));
            continue;
        }
        match read(&file.path, file.span) {
            Ok(text) => sources.push(SourceFile::new(file.path.display().to_string(), text)),
            Err(error) => errors.push(error),
        }
    }
    errors.finish()?;
    let span = files.first().map_or_else(Span::call_site, |file| file.span);
    let schema = load_sources(&sources).map_err(|error| {
        syn::Error::new(
            span,
            format!("invalid schema:\n{}", render_all(&error.diagnostics)),
        )
    })?;
    let schema = Arc::new(schema);
    if let Ok(mut map) = cache.lock() {
        map.insert(key, Arc::clone(&schema));
    }
    Ok(schema)
}

/// Files already handed to `include_bytes!` in this compiler process.
static TRACKED: OnceLock<Mutex<HashSet<PathBuf>>> = OnceLock::new();

/// Whether `path` still needs an `include_bytes!` in this compiler process.
///
/// Cargo rebuilds a crate when any file its expansion includes changes, and every macro of the
/// crate expands again in that build, so one `include_bytes!` per file and process is enough to
/// track it. Including the schema in every invocation instead would make rustc read the whole
/// schema (1.5 MB for EDF) once per invocation. Bytes rather than a string: rustc keeps included
/// bytes as they are, where `include_str!` interns and escapes the whole text.
pub(crate) fn needs_tracking(path: &Path) -> bool {
    TRACKED
        .get_or_init(Mutex::default)
        .lock()
        .map_or(true, |mut tracked| tracked.insert(path.to_path_buf()))
}

/// Whether the environment variables the expansion reads (`SOURCE_DATE_EPOCH`,
/// `KRAKENQL_OFFLINE`) still need their `option_env!`s in this compiler process: rustc records
/// a variable in the crate's dep-info whichever invocation reads it, so once is enough.
pub(crate) fn needs_variable_tracking() -> bool {
    static TRACKED: AtomicBool = AtomicBool::new(false);
    !TRACKED.swap(true, Ordering::Relaxed)
}
