//! What `#[kraken_query]` reads from a crate's `graphql.config.toml`, read once here so that
//! the macro and `krakenql prepare` resolve the very same inputs (and so the same keys).

use chrono::NaiveDate;
use krakenql_lint::LintOptions;
use krakenql_schema::config::{key_error, Config};
use krakenql_schema::Diagnostic;

use crate::config::CodegenConfig;
use crate::rust::RustOptions;

/// The schema used when neither the attribute nor the config names one, relative to the crate.
pub const DEFAULT_SCHEMA: &str = "schema/kraken.graphql";

/// The folder of prepared entries when the config names none, relative to the crate.
pub const DEFAULT_FOLDER: &str = ".krakenql";

/// The macro's settings; [`MacroSettings::default`] when the crate has no config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MacroSettings {
    /// The schema files the config names (`schema`), relative to the crate.
    pub schema: Vec<String>,
    /// `today`: the day removal dates are judged by, unless `SOURCE_DATE_EPOCH` is set.
    pub today: Option<NaiveDate>,
    /// `[extensions.krakenql] allow_removed`: coordinates whose passed removal date only warns.
    pub allow_removed: Vec<String>,
    /// The codegen options, read as `krakenql generate` reads them (`output` is not needed).
    pub options: RustOptions,
    /// `[extensions.krakenql] prepared`: the folder of prepared entries, relative to the crate.
    pub prepared: String,
    /// `[extensions.krakenql] max_schema_age_days`, when set: the age past which KQL200 notes a
    /// stale schema.
    pub max_schema_age_days: Option<u32>,
}

impl Default for MacroSettings {
    fn default() -> Self {
        MacroSettings {
            schema: Vec::new(),
            today: None,
            allow_removed: Vec::new(),
            options: RustOptions::default(),
            prepared: DEFAULT_FOLDER.to_owned(),
            max_schema_age_days: None,
        }
    }
}

impl MacroSettings {
    /// Reads the settings of a parsed config; `file` and `text` name a bad key and its line.
    pub fn from_config(config: &Config, file: &str, text: &str) -> Result<Self, Diagnostic> {
        // `output` only matters to `krakenql generate`; the macro reads the other codegen keys.
        let mut for_codegen = config.clone();
        for_codegen
            .krakenql
            .entry("output")
            .or_insert_with(|| toml::Value::String("unused by #[kraken_query]".to_owned()));
        let codegen = CodegenConfig::from_config(&for_codegen, file, text)?;
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
                    key_error(
                        file,
                        text,
                        "extensions.krakenql.allow_removed",
                        "a list of schema coordinates, e.g. [\"Query.accountUrls\"]",
                    )
                })?,
        };
        let prepared = match config.krakenql.get("prepared") {
            None => DEFAULT_FOLDER.to_owned(),
            Some(toml::Value::String(folder)) if !folder.is_empty() => folder.clone(),
            Some(_) => {
                return Err(key_error(
                    file,
                    text,
                    "extensions.krakenql.prepared",
                    "a folder path as a non-empty string, e.g. \".krakenql\"",
                ))
            }
        };
        Ok(MacroSettings {
            schema: config.schema.clone(),
            today: config.today,
            allow_removed,
            options: RustOptions {
                scalars: codegen.scalars,
                derives: codegen.derives,
                exhaustive_enums: codegen.exhaustive_enums,
                runtime: codegen.runtime,
                typed_mocks: codegen.typed_mocks,
                limits: codegen.limits,
                ..RustOptions::default()
            },
            prepared,
            max_schema_age_days: config.max_schema_age_days,
        })
    }
}

impl MacroSettings {
    /// The lint options of an invocation judged on `today`: the date policy and the schema age
    /// the config allows.
    pub fn lint_options(&self, today: NaiveDate) -> LintOptions {
        let mut options = LintOptions::new(today);
        if let Some(days) = self.max_schema_age_days {
            options.max_schema_age_days = days;
        }
        options
    }
}

/// Whether an invocation falls back to the bundled schema
/// (`krakenql_schema::bundle::SHIPPED_SCHEMA`), as every krakenql command does: it names no
/// schema, its config names none, and the crate has no [`DEFAULT_SCHEMA`] file
/// (`default_exists`).
pub fn uses_shipped_schema(
    attribute: Option<&str>,
    config: &[String],
    default_exists: bool,
) -> bool {
    attribute.is_none() && config.is_empty() && !default_exists
}

/// The schema files of one invocation, relative to the crate: the attribute's `schema`, else
/// the config's, else [`DEFAULT_SCHEMA`] (see [`uses_shipped_schema`] for when that file is
/// missing).
pub fn schema_paths(attribute: Option<&str>, config: &[String]) -> Vec<String> {
    match attribute {
        Some(path) => vec![path.to_owned()],
        None if !config.is_empty() => config.to_vec(),
        None => vec![DEFAULT_SCHEMA.to_owned()],
    }
}
