//! Reading what commands need from disk: files as text, the config, the schema, and the
//! operations to lint.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
pub use krakenql_codegen::project::read_text;
use krakenql_lint::{LintOptions, LintSource, SourceKind};
use krakenql_schema::bundle::{SHIPPED_SCHEMA, SHIPPED_SCHEMA_NAME};
use krakenql_schema::config::Config;
use krakenql_schema::files::{collect_skipping, display, find_config, Relative};
use krakenql_schema::load::load_sources;
use krakenql_schema::{Diagnostic, KrakenSchema, SourceFile};

use crate::cli::GlobalArgs;
use crate::failure::Failure;

/// The config file and the directory its relative paths start from.
pub struct LoadedConfig {
    /// The settings.
    pub config: Config,
    /// The config's directory, relative to the current directory (`..` when it was found one
    /// level up) or as `--config` gave it.
    pub dir: PathBuf,
    /// The config file, named as the user would find it from the current directory.
    pub name: String,
    /// Its text, for the line of a bad key.
    pub text: String,
}

/// Reads `--config PATH`, else the `graphql.config.toml` found in the current directory or the
/// nearest parent up to the repository root (graphql-config's rule). A config found above the
/// current directory is named on stderr, so a run never silently reads another directory's
/// settings.
pub fn load_config(global: &GlobalArgs) -> Result<Option<LoadedConfig>, Failure> {
    let Some(path) = config_path(global) else {
        return Ok(None);
    };
    let source = read_text(&path)?;
    let config = Config::parse(&source.name, &source.text)
        .map_err(|error| Failure::from(error).with_source(&source.name, &source.text))?;
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    Ok(Some(LoadedConfig {
        config,
        dir,
        name: source.name,
        text: source.text,
    }))
}

/// The config file to read: `--config PATH`, else the one [`find_config`] finds from the
/// current directory (named on stderr when it is in a parent directory), else none.
pub fn config_path(global: &GlobalArgs) -> Option<PathBuf> {
    if let Some(path) = &global.config {
        return Some(path.clone());
    }
    let found = find_config(&current_dir())?;
    if found.levels_up > 0 {
        crate::messages::progress(
            global.message_format,
            format_args!("note: using {}", found.path.display()),
        );
    }
    Some(found.path)
}

/// The current directory, absolute; empty when it cannot be read (paths then stay as given).
pub fn current_dir() -> PathBuf {
    std::env::current_dir().unwrap_or_default()
}

/// How paths are shown in every output: relative to the config's directory, else to the
/// current directory.
pub fn shown_paths(config: Option<&LoadedConfig>) -> Relative {
    let root = config.map_or_else(PathBuf::new, |loaded| loaded.dir.clone());
    Relative::new(&current_dir(), &root)
}

/// The schema files the run reads (`--schema`, else the config's `schema`), relative to the
/// current directory; empty for the bundled schema. They are never linted as operations.
pub fn schema_paths(global: &GlobalArgs, config: Option<&LoadedConfig>) -> Vec<PathBuf> {
    if !global.schema.is_empty() {
        return global.schema.clone();
    }
    config_schema_paths(config)
}

/// The config's `schema` files, relative to the current directory; empty without a config.
pub fn config_schema_paths(config: Option<&LoadedConfig>) -> Vec<PathBuf> {
    config.map_or_else(Vec::new, |loaded| {
        loaded
            .config
            .schema
            .iter()
            .map(|path| loaded.dir.join(path))
            .collect()
    })
}

/// Loads the schema from `--schema`, else the config, else the bundled schema. Each file is
/// named relative to the config's directory, as every other path.
pub fn load_schema(
    global: &GlobalArgs,
    config: Option<&LoadedConfig>,
) -> Result<KrakenSchema, Failure> {
    let paths = schema_paths(global, config);
    if paths.is_empty() {
        return Ok(load_sources(&[SourceFile::new(
            SHIPPED_SCHEMA_NAME,
            SHIPPED_SCHEMA,
        )])?);
    }
    let shown = shown_paths(config);
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for path in &paths {
        match read_text(path) {
            Ok(mut source) => {
                source.name = shown.show(path);
                sources.push(source);
            }
            Err(error) => errors.push(error),
        }
    }
    if !errors.is_empty() {
        return Err(Failure::from(errors));
    }
    load_sources(&sources).map_err(|error| {
        sources
            .into_iter()
            .fold(Failure::from(error), |failure, source| {
                failure.with_source(source.name, source.text)
            })
    })
}

/// The lint options of a run on the [`today`] of the flag and config, with every setting of
/// the config that changes a verdict (`LintOptions::from_config`).
pub fn lint_options(flag: Option<NaiveDate>, config: Option<&LoadedConfig>) -> LintOptions {
    let today = today(flag, config);
    match config {
        Some(loaded) => LintOptions::from_config(today, &loaded.config),
        None => LintOptions::new(today),
    }
}

/// The date to judge removal dates by: the flag, else the config, else today in UTC.
pub fn today(flag: Option<NaiveDate>, config: Option<&LoadedConfig>) -> NaiveDate {
    flag.or_else(|| config.and_then(|loaded| loaded.config.today))
        .unwrap_or_else(|| chrono::Utc::now().date_naive())
}

/// Rust files are read only when they mention the attribute, so big crates stay fast.
const MACRO_NAME: &str = "kraken_query";

/// The operations under `patterns` (files, directories, globs, relative to the current
/// directory) as lint sources, named as `shown` shows them (relative to the config's
/// directory), and every problem finding or reading them. Walks and globs leave out the
/// `schema` files; a Rust file that never mentions `kraken_query` is left out.
pub fn read_documents(
    patterns: &[String],
    shown: &Relative,
    schema: &[PathBuf],
) -> (Vec<LintSource>, Vec<Diagnostic>) {
    let (paths, mut problems) = collect_skipping(patterns, Path::new(""), schema);
    let mut sources = Vec::new();
    for path in &paths {
        match read_text(path) {
            Ok(source) => {
                let source = LintSource::from_path(shown.show(path), source.text);
                if source.kind != SourceKind::Rust || source.text.contains(MACRO_NAME) {
                    sources.push(source);
                }
            }
            Err(problem) => problems.push(problem),
        }
    }
    (sources, problems)
}

/// The config's `documents` patterns, relative to the current directory.
pub fn config_documents(loaded: &LoadedConfig) -> Vec<String> {
    loaded
        .config
        .documents
        .iter()
        .map(|pattern| display(&loaded.dir.join(pattern), Path::new("")))
        .collect()
}
