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
#[derive(Debug, Clone, PartialEq)]
pub struct MacroSettings {
    /// The config as parsed (the default when the crate has none): its `schema` files, relative
    /// to the crate, its `today` (the day removal dates are judged by, unless
    /// `SOURCE_DATE_EPOCH` is set), and the settings that change a verdict, which
    /// [`MacroSettings::lint_options`] reads as every command does.
    pub config: Config,
    /// The codegen options, read as `krakenql generate` reads them
    /// ([`CodegenConfig::rust_options`]).
    pub options: RustOptions,
    /// `[extensions.krakenql] prepared`: the folder of prepared entries, relative to the crate.
    pub prepared: String,
}

impl Default for MacroSettings {
    fn default() -> Self {
        MacroSettings {
            config: Config::default(),
            options: RustOptions::default(),
            prepared: DEFAULT_FOLDER.to_owned(),
        }
    }
}

impl MacroSettings {
    /// Reads the settings of a parsed config; `file` and `text` name a bad key and its line.
    pub fn from_config(config: &Config, file: &str, text: &str) -> Result<Self, Diagnostic> {
        let codegen = CodegenConfig::from_config(config, file, text)?;
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
            config: config.clone(),
            options: codegen.rust_options(),
            prepared,
        })
    }

    /// The lint options of an invocation judged on `today`: the date policy, `allow_removed`
    /// and the schema age the config allows, built as every command builds them
    /// ([`LintOptions::from_config`]).
    pub fn lint_options(&self, today: NaiveDate) -> LintOptions {
        LintOptions::from_config(today, &self.config)
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
