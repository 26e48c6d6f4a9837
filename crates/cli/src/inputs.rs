//! Reading what commands need from disk: files as text, the config, the schema, and the
//! operations to lint.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
pub use krakenql_codegen::project::read_text;
use krakenql_lint::{LintSource, SourceKind};
use krakenql_schema::config::{Config, CONFIG_FILE};
use krakenql_schema::files::{collect, display};
use krakenql_schema::load::load_sources;
use krakenql_schema::{Diagnostic, KrakenSchema, SourceFile};

use crate::cli::GlobalArgs;
use crate::failure::Failure;

/// The Kraken UK API schema shipped inside the binary, used when no schema is configured.
pub const BUNDLED_SCHEMA: &str = include_str!("../../../schema/kraken.graphql");

/// The name the bundled schema has in diagnostics.
pub const BUNDLED_SCHEMA_NAME: &str = "<bundled>/schema/kraken.graphql";

/// The config file and the directory its relative paths start from.
pub struct LoadedConfig {
    pub config: Config,
    pub dir: PathBuf,
}

/// Reads `--config PATH`, else ./graphql.config.toml when it exists.
pub fn load_config(global: &GlobalArgs) -> Result<Option<LoadedConfig>, Failure> {
    let path = match &global.config {
        Some(path) => path.clone(),
        None => {
            let default = PathBuf::from(CONFIG_FILE);
            if !default.exists() {
                return Ok(None);
            }
            default
        }
    };
    let source = read_text(&path)?;
    let config = Config::parse(&source.name, &source.text)?;
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    Ok(Some(LoadedConfig { config, dir }))
}

/// Loads the schema from `--schema`, else the config, else the bundled schema.
pub fn load_schema(
    global: &GlobalArgs,
    config: Option<&LoadedConfig>,
) -> Result<KrakenSchema, Failure> {
    let paths: Vec<PathBuf> = if !global.schema.is_empty() {
        global.schema.clone()
    } else if let Some(loaded) = config.filter(|loaded| !loaded.config.schema.is_empty()) {
        loaded
            .config
            .schema
            .iter()
            .map(|path| loaded.dir.join(path))
            .collect()
    } else {
        return Ok(load_sources(&[SourceFile::new(
            BUNDLED_SCHEMA_NAME,
            BUNDLED_SCHEMA,
        )])?);
    };
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for path in &paths {
        match read_text(path) {
            Ok(source) => sources.push(source),
            Err(error) => errors.push(error),
        }
    }
    if !errors.is_empty() {
        return Err(Failure::from(errors));
    }
    Ok(load_sources(&sources)?)
}

/// `max_schema_age_days` from the config, else the default.
pub fn max_schema_age_days(config: Option<&LoadedConfig>) -> u32 {
    config
        .and_then(|loaded| loaded.config.max_schema_age_days)
        .unwrap_or(krakenql_schema::config::DEFAULT_MAX_SCHEMA_AGE_DAYS)
}

/// The date to judge removal dates by: the flag, else the config, else today in UTC.
pub fn today(flag: Option<NaiveDate>, config: Option<&LoadedConfig>) -> NaiveDate {
    flag.or_else(|| config.and_then(|loaded| loaded.config.today))
        .unwrap_or_else(|| chrono::Utc::now().date_naive())
}

/// Rust files are read only when they mention the attribute, so big crates stay fast.
const MACRO_NAME: &str = "kraken_query";

/// The operations under `patterns` (files, directories, globs) as lint sources, named
/// relative to the current directory, and every problem finding or reading them. A Rust file
/// that never mentions `kraken_query` is left out.
pub fn read_documents(patterns: &[String]) -> (Vec<LintSource>, Vec<Diagnostic>) {
    let base = Path::new("");
    let (paths, mut problems) = collect(patterns, base);
    let mut sources = Vec::new();
    for path in &paths {
        match read_text(path) {
            Ok(source) => {
                let source = LintSource::from_path(display(path, base), source.text);
                if source.kind != SourceKind::Rust || source.text.contains(MACRO_NAME) {
                    sources.push(source);
                }
            }
            Err(problem) => problems.push(problem),
        }
    }
    (sources, problems)
}
