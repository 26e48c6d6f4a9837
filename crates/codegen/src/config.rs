//! The codegen settings of `graphql.config.toml`, read from its `[extensions.krakenql]` table.
//!
//! ```toml
//! schema = "schema/kraken.graphql"
//! documents = ["queries/**/*.graphql"]
//!
//! [extensions.krakenql]
//! output = "src/generated"            # where `krakenql generate` writes the modules
//! derives = ["PartialEq"]             # extra derives on every generated type
//! exhaustive_enums = ["ProductType"]  # enums generated without the unknown-value variant
//! layout = "shared"                   # or "self-contained": types inside each module
//! typed_mocks = "test"                # mock functions only under #[cfg(test)]; true (default), false
//! prepared = ".krakenql"              # where `krakenql prepare` keeps #[kraken_query]'s entries
//!
//! [extensions.krakenql.scalars]
//! DateTime = "chrono::DateTime<chrono::Utc>"
//!
//! [extensions.krakenql.limits]         # the operation limits `mock` also applies
//! max_depth = 64
//! ```

use std::collections::{BTreeMap, BTreeSet};

use krakenql_schema::codes;
use krakenql_schema::config::Config;
use krakenql_schema::limits::OperationLimits;
use krakenql_schema::{Diagnostic, Location};

use crate::rust::{RustOptions, TypedMocks};

/// What codegen needs from the config, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodegenConfig {
    /// The output directory, relative to the config file: required by the project shell that
    /// writes files ([`CodegenConfig::output`]), not by `#[kraken_query]`, `prepare` or
    /// `expand`.
    pub output: Option<String>,
    /// GraphQL scalar name -> Rust type path, overriding the defaults.
    pub scalars: BTreeMap<String, String>,
    /// Extra derives on every generated struct and enum.
    pub derives: Vec<String>,
    /// Enums generated without an unknown-value variant.
    pub exhaustive_enums: BTreeSet<String>,
    /// The path of the runtime crate in generated code.
    pub runtime: String,
    /// Where the typed mocks are compiled: `typed_mocks = true` (always, the default), `false`
    /// (never), or a cfg predicate such as `"test"`.
    pub typed_mocks: TypedMocks,
    /// Whether each operation module carries its own types (`layout = "self-contained"`,
    /// as `#[kraken_query]` expands) instead of sharing `types.rs` (`layout = "shared"`).
    pub self_contained: bool,
    /// The operation limits of `[extensions.krakenql.limits]` (the defaults where a key is
    /// absent): an operation over them is an error at its location, not a typed mock of
    /// exponential size.
    pub limits: OperationLimits,
}

impl CodegenConfig {
    /// Reads the codegen keys of a parsed config; `file` names it in errors.
    pub fn from_config(
        config: &Config,
        file: &str,
        text: &str,
    ) -> Result<CodegenConfig, Diagnostic> {
        let table = &config.krakenql;
        let output = match table.get("output") {
            Some(toml::Value::String(output)) => Some(output.clone()),
            Some(_) => {
                return Err(key_error(
                    file,
                    text,
                    "output",
                    "a directory path as a string",
                ))
            }
            None => None,
        };
        let scalars = match table.get("scalars") {
            None => BTreeMap::new(),
            Some(toml::Value::Table(scalars)) => scalars
                .iter()
                .map(|(name, value)| match value {
                    toml::Value::String(path) => Ok((name.clone(), path.clone())),
                    _ => Err(key_error(
                        file,
                        text,
                        &format!("scalars.{name}"),
                        "a Rust type path as a string, e.g. \"String\"",
                    )),
                })
                .collect::<Result<_, _>>()?,
            Some(_) => {
                return Err(key_error(
                    file,
                    text,
                    "scalars",
                    "a table such as [extensions.krakenql.scalars]",
                ))
            }
        };
        let runtime = match table.get("runtime") {
            None => "::krakenql".to_owned(),
            Some(toml::Value::String(runtime)) => runtime.clone(),
            Some(_) => return Err(key_error(file, text, "runtime", "a crate path as a string")),
        };
        let self_contained = match table.get("layout") {
            None => false,
            Some(toml::Value::String(layout)) if layout == "shared" => false,
            Some(toml::Value::String(layout)) if layout == "self-contained" => true,
            Some(_) => {
                return Err(key_error(
                    file,
                    text,
                    "layout",
                    "\"shared\" (one types.rs) or \"self-contained\" (types in each module)",
                ))
            }
        };
        let typed_mocks = match table.get("typed_mocks") {
            None | Some(toml::Value::Boolean(true)) => TypedMocks::Always,
            Some(toml::Value::Boolean(false)) => TypedMocks::Never,
            Some(toml::Value::String(predicate)) => TypedMocks::Cfg(predicate.clone()),
            Some(_) => {
                return Err(key_error(
                    file,
                    text,
                    "typed_mocks",
                    "true, false, or a cfg predicate as a string, e.g. \"test\"",
                ))
            }
        };
        Ok(CodegenConfig {
            typed_mocks,
            limits: OperationLimits::from_config(config, file, text)?,
            self_contained,
            output,
            scalars,
            derives: string_list(file, text, table, "derives")?,
            exhaustive_enums: string_list(file, text, table, "exhaustive_enums")?
                .into_iter()
                .collect(),
            runtime,
        })
    }

    /// The output directory, for the shell that writes files; a config without `output` is an
    /// error naming the file and the key to add.
    pub fn output(&self, file: &str) -> Result<&str, Diagnostic> {
        self.output.as_deref().ok_or_else(|| {
            Diagnostic::error(
                codes::CONFIG_MISSING,
                format!("{file} has no `output` under [extensions.krakenql]; codegen needs to know where to write"),
            )
            .at(Location::new(file, 1, 1))
            .with_help("add `output = \"src/generated\"` under [extensions.krakenql]")
        })
    }

    /// The emitter's options: the one conversion from the config that `krakenql generate`,
    /// `cargo xtask codegen`, `krakenql prepare`, `krakenql expand` and `#[kraken_query]` all
    /// use. The header names `krakenql generate`; a caller that writes another command sets
    /// [`RustOptions::command`].
    pub fn rust_options(&self) -> RustOptions {
        RustOptions {
            scalars: self.scalars.clone(),
            derives: self.derives.clone(),
            exhaustive_enums: self.exhaustive_enums.clone(),
            runtime: self.runtime.clone(),
            typed_mocks: self.typed_mocks.clone(),
            limits: self.limits,
            ..RustOptions::default()
        }
    }
}

fn string_list(
    file: &str,
    text: &str,
    table: &toml::Table,
    key: &str,
) -> Result<Vec<String>, Diagnostic> {
    match table.get(key) {
        None => Ok(Vec::new()),
        Some(toml::Value::Array(values)) => values
            .iter()
            .map(|value| value.as_str().map(str::to_owned))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| key_error(file, text, key, "a list of strings")),
        Some(_) => Err(key_error(file, text, key, "a list of strings")),
    }
}

/// An error naming the full key (`extensions.krakenql.KEY`), the file and the key's line.
fn key_error(file: &str, text: &str, key: &str, expected: &str) -> Diagnostic {
    krakenql_schema::config::key_error(file, text, &format!("extensions.krakenql.{key}"), expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<CodegenConfig, Diagnostic> {
        let config = Config::parse("graphql.config.toml", text).expect("valid TOML");
        CodegenConfig::from_config(&config, "graphql.config.toml", text)
    }

    #[test]
    fn reads_every_key() {
        let config = read(
            "schema = \"s.graphql\"\n[extensions.krakenql]\noutput = \"src/generated\"\nderives = [\"PartialEq\"]\nexhaustive_enums = [\"FuelType\"]\n[extensions.krakenql.scalars]\nDateTime = \"chrono::DateTime<chrono::Utc>\"\n",
        )
        .expect("valid");
        assert_eq!(config.output("g.toml"), Ok("src/generated"));
        assert_eq!(config.derives, ["PartialEq"]);
        assert!(config.exhaustive_enums.contains("FuelType"));
        assert_eq!(config.scalars["DateTime"], "chrono::DateTime<chrono::Utc>");
        assert_eq!(config.runtime, "::krakenql");
    }

    #[test]
    fn names_the_key_file_and_line() {
        let error = read("[extensions.krakenql]\noutput = \"out\"\nderives = \"PartialEq\"\n")
            .expect_err("derives must be a list");
        assert_eq!(
            error.message,
            "`extensions.krakenql.derives` in graphql.config.toml must be a list of strings"
        );
        assert_eq!(
            error.location,
            Some(Location::new("graphql.config.toml", 3, 1))
        );
        let config = read("[extensions.krakenql]\n").expect("output is optional to read");
        let error = config
            .output("graphql.config.toml")
            .expect_err("output is required to write");
        assert_eq!(error.code, "config-missing");
    }
}
