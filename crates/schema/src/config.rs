//! `graphql.config.toml`: graphql-config's TOML form, with krakenql's settings under
//! `[extensions.krakenql]`. Parsing only; the shells find and read the file.

use chrono::NaiveDate;

use crate::codes;
use crate::diagnostic::{Diagnostic, Location};
use crate::line_index::LineIndex;

/// The file name looked up in the working directory.
pub const CONFIG_FILE: &str = "graphql.config.toml";

/// The settings every krakenql command shares.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// Schema sources, relative to the config file (`schema = "…"` or a list).
    pub schema: Vec<String>,
    /// Operation documents as globs, relative to the config file.
    pub documents: Vec<String>,
    /// The date to judge removal dates against, for reproducible runs.
    pub today: Option<NaiveDate>,
    /// `max_schema_age_days`: how many days old the schema's knowledge may be before lint,
    /// generate and the macro note it; `None` when the file does not set it (the default is
    /// [`DEFAULT_MAX_SCHEMA_AGE_DAYS`]).
    pub max_schema_age_days: Option<u32>,
    /// `allow_removed`: schema coordinates (`Type.field`, `Type.field(argument:)`, …) whose
    /// passed removal date is a warning rather than an error, for lint, generate, expand and
    /// the macro alike.
    pub allow_removed: Vec<String>,
    /// The whole `[extensions.krakenql]` table, for settings of later stages (codegen, lint).
    pub krakenql: toml::Table,
}

/// How many days old a schema's knowledge may be before a note says so, unless configured.
pub const DEFAULT_MAX_SCHEMA_AGE_DAYS: u32 = 180;

impl Config {
    /// Parses the text of a config file; `file` is used in diagnostics.
    pub fn parse(file: &str, text: &str) -> Result<Config, Diagnostic> {
        let table: toml::Table = toml::from_str(text).map_err(|error| {
            let location = error
                .span()
                .map(|span| LineIndex::new(text).location(file, span.start));
            Diagnostic::error(
                codes::CONFIG_SYNTAX,
                format!("invalid TOML: {}", error.message()),
            )
            .at_opt(location)
            .with_help(
                "graphql.config.toml must be TOML, e.g. `schema = \"schema/kraken.graphql\"`",
            )
        })?;
        let mut config = Config {
            schema: string_or_list(file, text, &table, "schema")?,
            documents: string_or_list(file, text, &table, "documents")?,
            ..Config::default()
        };
        if let Some(extensions) = table.get("extensions") {
            let krakenql = extensions
                .as_table()
                .and_then(|extensions| extensions.get("krakenql"));
            if let Some(krakenql) = krakenql {
                let Some(krakenql) = krakenql.as_table() else {
                    return Err(key_error(file, text, "extensions.krakenql", "a table"));
                };
                config.krakenql = krakenql.clone();
            }
        }
        if let Some(today) = config.krakenql.get("today") {
            let parsed = today
                .as_str()
                .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
            match parsed {
                Some(date) => config.today = Some(date),
                None => {
                    return Err(key_error(
                        file,
                        text,
                        "extensions.krakenql.today",
                        "a date written YYYY-MM-DD, e.g. \"2026-11-27\"",
                    ))
                }
            }
        }
        if let Some(days) = config.krakenql.get("max_schema_age_days") {
            match days.as_integer().and_then(|days| u32::try_from(days).ok()) {
                Some(days) => config.max_schema_age_days = Some(days),
                None => {
                    return Err(key_error(
                        file,
                        text,
                        "extensions.krakenql.max_schema_age_days",
                        "a whole number of days, e.g. 180",
                    ))
                }
            }
        }
        if let Some(listed) = config.krakenql.get("allow_removed") {
            config.allow_removed = listed
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
                })?;
        }
        Ok(config)
    }
}

/// Reads a key that holds a string or a list of strings.
fn string_or_list(
    file: &str,
    text: &str,
    table: &toml::Table,
    key: &str,
) -> Result<Vec<String>, Diagnostic> {
    match table.get(key) {
        None => Ok(Vec::new()),
        Some(toml::Value::String(value)) => Ok(vec![value.clone()]),
        Some(toml::Value::Array(values)) => values
            .iter()
            .map(|value| value.as_str().map(str::to_owned))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| key_error(file, text, key, "a string or a list of strings")),
        Some(_) => Err(key_error(file, text, key, "a string or a list of strings")),
    }
}

/// An error naming the key, the file and (where it can be found) the key's line.
pub fn key_error(file: &str, text: &str, key: &str, expected: &str) -> Diagnostic {
    Diagnostic::error(
        codes::CONFIG_VALUE,
        format!("`{key}` in {file} must be {expected}"),
    )
    .at(key_location(file, text, key))
}

/// Where a dotted config key is set: the first line that assigns its last part, else the start
/// of the file (a key set through an inline table or a quoted name).
pub fn key_location(file: &str, text: &str, key: &str) -> Location {
    let last = key.rsplit('.').next().unwrap_or(key);
    text.lines()
        .position(|line| {
            let line = line.trim_start();
            line.starts_with(last) && line[last.len()..].trim_start().starts_with('=')
        })
        .map_or_else(
            || Location::new(file, 1, 1),
            |index| Location::new(file, index + 1, 1),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_schema_documents_and_today() {
        let config = Config::parse(
            "graphql.config.toml",
            "schema = \"schema/kraken.graphql\"\ndocuments = [\"queries/*.graphql\"]\n\n[extensions.krakenql]\ntoday = \"2026-11-27\"\n",
        )
        .expect("valid config");
        assert_eq!(config.schema, vec!["schema/kraken.graphql"]);
        assert_eq!(config.documents, vec!["queries/*.graphql"]);
        assert_eq!(config.today, NaiveDate::from_ymd_opt(2026, 11, 27));
    }

    #[test]
    fn reads_allow_removed_and_names_a_bad_one() {
        let config = Config::parse(
            "g.toml",
            "[extensions.krakenql]\nallow_removed = [\"Query.accountUrls\"]\n",
        )
        .expect("valid config");
        assert_eq!(config.allow_removed, ["Query.accountUrls"]);
        let error = Config::parse(
            "g.toml",
            "[extensions.krakenql]\nallow_removed = \"Query.a\"\n",
        )
        .expect_err("a string is not a list");
        assert_eq!(error.location, Some(Location::new("g.toml", 2, 1)));
    }

    #[test]
    fn names_the_key_and_line_of_a_bad_value() {
        let error =
            Config::parse("g.toml", "documents = []\nschema = 3\n").expect_err("bad schema");
        assert_eq!(error.location, Some(Location::new("g.toml", 2, 1)));
        assert_eq!(
            error.message,
            "`schema` in g.toml must be a string or a list of strings"
        );
    }

    #[test]
    fn reports_toml_syntax_with_position() {
        let error = Config::parse("g.toml", "schema = \"a.graphql\"\nthis is not toml\n")
            .expect_err("bad toml");
        assert_eq!(error.code, "config-syntax");
        assert_eq!(error.location.map(|l| l.line), Some(2));
    }
}
