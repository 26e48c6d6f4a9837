//! Reading what commands need from disk: files as text, the config, and the schema.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use krakenql_schema::config::{offset_location, Config, CONFIG_FILE};
use krakenql_schema::load::load_sources;
use krakenql_schema::{Diagnostic, KrakenSchema, SourceFile};

use crate::cli::GlobalArgs;
use crate::failure::Failure;

/// The Kraken UK API schema shipped inside the binary, used when no schema is configured.
pub const BUNDLED_SCHEMA: &str = include_str!("../../../schema/kraken.graphql");

/// The name the bundled schema has in diagnostics.
pub const BUNDLED_SCHEMA_NAME: &str = "<bundled>/schema/kraken.graphql";

/// Reads a file as UTF-8 text, with an error that names the file and what to do.
pub fn read_text(path: &Path) -> Result<SourceFile, Diagnostic> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|error| {
        Diagnostic::error("unreadable-file", format!("cannot read {name}: {error}"))
            .with_help("check the path; it is resolved from the current directory")
    })?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(name, text)),
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let bytes = error.as_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..valid]);
            Err(Diagnostic::error(
                "not-utf8",
                format!("{name} is not valid UTF-8 (byte {valid})"),
            )
            .at(offset_location(&name, &prefix, valid))
            .with_help("save the file as UTF-8"))
        }
    }
}

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
        return Err(Failure {
            diagnostics: errors,
        });
    }
    Ok(load_sources(&sources)?)
}

/// The date to judge removal dates by: the flag, else the config, else today in UTC.
pub fn today(flag: Option<NaiveDate>, config: Option<&LoadedConfig>) -> NaiveDate {
    flag.or_else(|| config.and_then(|loaded| loaded.config.today))
        .unwrap_or_else(|| chrono::Utc::now().date_naive())
}
