//! What the macro reads: the config, the operation and the schema (cached per compiler process).
//!
//! Paths are relative to `CARGO_MANIFEST_DIR`. Every failure is a `syn::Error` spanned on the
//! literal that named the file (or on the attribute when the path came from the config).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::SystemTime;

use chrono::NaiveDate;
use krakenql_codegen::config::CodegenConfig;
use krakenql_codegen::rust::RustOptions;
use krakenql_schema::config::{Config, CONFIG_FILE};
use krakenql_schema::load::load_sources;
use krakenql_schema::render::render_all;
use krakenql_schema::{KrakenSchema, SourceFile};
use proc_macro2::Span;

/// The schema used when neither the attribute nor the config names one.
pub(crate) const DEFAULT_SCHEMA: &str = "schema/kraken.graphql";

/// What the macro needs from `graphql.config.toml` in `CARGO_MANIFEST_DIR`.
#[derive(Default)]
pub(crate) struct MacroConfig {
    /// The schema files the config names.
    pub(crate) schema: Vec<String>,
    /// `[extensions.krakenql] today`.
    pub(crate) today: Option<NaiveDate>,
    /// `[extensions.krakenql] allow_removed`: coordinates whose passed removal date only warns.
    pub(crate) allow_removed: Vec<String>,
    /// The codegen options, read exactly as `krakenql generate` reads them.
    pub(crate) options: RustOptions,
    /// `[extensions.krakenql] max_schema_age_days`, when set.
    pub(crate) max_schema_age_days: Option<u32>,
}

/// Reads the config when the crate has one; its absence is not an error.
pub(crate) fn config(manifest_dir: &Path) -> Result<MacroConfig, syn::Error> {
    let path = manifest_dir.join(CONFIG_FILE);
    if !path.exists() {
        return Ok(MacroConfig::default());
    }
    let name = path.display().to_string();
    let text = std::fs::read_to_string(&path).map_err(|error| {
        syn::Error::new(Span::call_site(), format!("cannot read {name}: {error}"))
    })?;
    let fail = |diagnostic| syn::Error::new(Span::call_site(), render_all(&[diagnostic]));
    let config = Config::parse(&name, &text).map_err(fail)?;
    // `output` only matters to `krakenql generate`; the macro reads the other codegen keys.
    let mut for_codegen = config.clone();
    for_codegen
        .krakenql
        .entry("output")
        .or_insert_with(|| toml::Value::String("unused by #[kraken_query]".to_owned()));
    let codegen = CodegenConfig::from_config(&for_codegen, &name, &text).map_err(fail)?;
    let allow_removed = match config.krakenql.get("allow_removed") {
        None => Vec::new(),
        Some(value) => value
            .as_array()
            .and_then(|values| {
                values
                    .iter()
                    .map(|value| value.as_str().map(str::to_owned))
                    .collect::<Option<Vec<_>>>()
            })
            .ok_or_else(|| {
                syn::Error::new(
                    Span::call_site(),
                    format!("`extensions.krakenql.allow_removed` in {name} must be a list of schema coordinates, e.g. [\"Query.accountUrls\"]"),
                )
            })?,
    };
    Ok(MacroConfig {
        schema: config.schema.clone(),
        today: config.today,
        allow_removed,
        max_schema_age_days: config.max_schema_age_days,
        options: RustOptions {
            scalars: codegen.scalars,
            derives: codegen.derives,
            exhaustive_enums: codegen.exhaustive_enums,
            runtime: codegen.runtime,
            limits: codegen.limits,
            ..RustOptions::default()
        },
    })
}

/// Reads a UTF-8 file; the error points at `span` and names the resolved path.
pub(crate) fn read(path: &Path, span: Span) -> Result<String, syn::Error> {
    std::fs::read_to_string(path).map_err(|error| {
        syn::Error::new(
            span,
            format!(
                "cannot read {}: {error} (paths are relative to CARGO_MANIFEST_DIR)",
                path.display()
            ),
        )
    })
}

/// One schema file: where it is and the span of what named it.
pub(crate) struct SchemaFile {
    pub(crate) path: PathBuf,
    pub(crate) span: Span,
}

type CacheKey = Vec<(PathBuf, Option<SystemTime>)>;

/// Loaded schemas, by their files' paths and modification times, for the compiler process.
static SCHEMAS: OnceLock<Mutex<HashMap<CacheKey, Arc<KrakenSchema>>>> = OnceLock::new();

/// Loads the schema from its files, or takes it from the cache when no file changed.
pub(crate) fn schema(files: &[SchemaFile]) -> Result<Arc<KrakenSchema>, syn::Error> {
    let key: CacheKey = files
        .iter()
        .map(|file| {
            let modified = std::fs::metadata(&file.path)
                .and_then(|meta| meta.modified())
                .ok();
            (file.path.clone(), modified)
        })
        .collect();
    let cache = SCHEMAS.get_or_init(Mutex::default);
    if key.iter().all(|(_, modified)| modified.is_some()) {
        if let Some(schema) = cache.lock().ok().and_then(|map| map.get(&key).cloned()) {
            return Ok(schema);
        }
    }
    let mut sources = Vec::new();
    let mut errors = crate::args::Errors::default();
    for file in files {
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

/// Files already handed to `include_str!` in this compiler process.
static TRACKED: OnceLock<Mutex<HashSet<PathBuf>>> = OnceLock::new();

/// Whether `path` still needs an `include_str!` in this compiler process.
///
/// Cargo rebuilds a crate when any file its expansion includes changes, and every macro of the
/// crate expands again in that build, so one `include_str!` per file and process is enough to
/// track it. Including the schema in every invocation instead would make rustc read and embed
/// the whole schema (1.5 MB for EDF) once per invocation.
pub(crate) fn needs_tracking(path: &Path) -> bool {
    TRACKED
        .get_or_init(Mutex::default)
        .lock()
        .map_or(true, |mut tracked| tracked.insert(path.to_path_buf()))
}
