//! Overrides of the example values: per type, per schema coordinate, per response path, by Rust
//! closure, and the choice of concrete type for abstract types; built in Rust or read from a
//! TOML or JSON file.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use serde::Deserialize;
use serde_json::{Map, Value};

use krakenql_schema::line_index::line_column;

use super::errors::ErrorOverride;

/// A resolver closure for one schema coordinate.
pub(crate) type Resolver = Arc<dyn Fn(&ResolveContext<'_>) -> Value + Send + Sync>;

/// What a resolver closure is told about the field it resolves.
#[derive(Debug, Clone, Copy)]
pub struct ResolveContext<'a> {
    pub(crate) type_name: &'a str,
    pub(crate) field_name: &'a str,
    pub(crate) path: &'a str,
    pub(crate) arguments: &'a Map<String, Value>,
    pub(crate) seed: Option<u64>,
}

impl ResolveContext<'_> {
    /// The concrete object type whose field is resolved, e.g. `AccountType`.
    pub fn type_name(&self) -> &str {
        self.type_name
    }

    /// The field name (not the alias), e.g. `balance`.
    pub fn field_name(&self) -> &str {
        self.field_name
    }

    /// The response path of the field, e.g. `account.ledgers.0.id` (aliases respected).
    pub fn path(&self) -> &str {
        self.path
    }

    /// The field's arguments after coercion (variables substituted, defaults applied).
    pub fn arguments(&self) -> &Map<String, Value> {
        self.arguments
    }

    /// The seed of the executor, if any.
    pub fn seed(&self) -> Option<u64> {
        self.seed
    }
}

/// Overrides of the example values.
///
/// Precedence for one field: a value for its response path, then its coordinate (a closure or a
/// value), then its type. A JSON object given for an object-typed field (or for an object type)
/// sets the fields it names (by field name, `__typename` choosing the concrete type); those
/// values rank with the override that gave the object, and win ties against the field's own
/// coordinate or type, since they name this very value. `null` is a value: it makes the field
/// null. A non-array value given for a list field is used for every element.
#[derive(Clone, Default)]
pub struct Overrides {
    pub(crate) types: HashMap<String, Value>,
    pub(crate) coordinates: HashMap<String, Value>,
    pub(crate) paths: HashMap<String, Value>,
    pub(crate) resolvers: HashMap<String, Resolver>,
    pub(crate) abstract_types: HashMap<String, String>,
    pub(crate) errors: HashMap<String, ErrorOverride>,
    pub(crate) seed: Option<u64>,
}

impl fmt::Debug for Overrides {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut resolvers: Vec<&String> = self.resolvers.keys().collect();
        resolvers.sort();
        f.debug_struct("Overrides")
            .field("types", &self.types)
            .field("coordinates", &self.coordinates)
            .field("paths", &self.paths)
            .field("resolvers", &resolvers)
            .field("abstract_types", &self.abstract_types)
            .field("errors", &self.errors)
            .field("seed", &self.seed)
            .finish()
    }
}

impl Overrides {
    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }

    /// The value of every leaf of the scalar or enum type `type_name`, or for an object type the
    /// values of its fields as a JSON object (field name to value).
    pub fn type_value(mut self, type_name: &str, value: Value) -> Self {
        self.types.insert(type_name.to_owned(), value);
        self
    }

    /// The value of the field at a schema coordinate, e.g. `AccountType.balance`.
    pub fn coordinate(mut self, coordinate: &str, value: Value) -> Self {
        self.resolvers.remove(coordinate);
        self.coordinates.insert(coordinate.to_owned(), value);
        self
    }

    /// The value at a response path, e.g. `account.balance` or `account.ledgers.0.id` (response
    /// keys, so aliases are respected).
    pub fn path(mut self, path: &str, value: Value) -> Self {
        self.paths.insert(path.to_owned(), value);
        self
    }

    /// A closure that computes the value of the field at a schema coordinate; it replaces a value
    /// given for the same coordinate.
    pub fn resolver(
        mut self,
        coordinate: &str,
        f: impl Fn(&ResolveContext<'_>) -> Value + Send + Sync + 'static,
    ) -> Self {
        self.coordinates.remove(coordinate);
        self.resolvers.insert(coordinate.to_owned(), Arc::new(f));
        self
    }

    /// The concrete object type that fields of the interface or union `abstract_name` resolve to.
    pub fn abstract_type(mut self, abstract_name: &str, concrete: &str) -> Self {
        self.abstract_types
            .insert(abstract_name.to_owned(), concrete.to_owned());
        self
    }

    /// A seed for the executor (the `seed` key of an overrides file).
    pub fn with_seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }

    /// The seed the overrides carry, if any.
    pub fn seed(&self) -> Option<u64> {
        self.seed
    }

    /// Whether there is nothing to override.
    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
            && self.coordinates.is_empty()
            && self.paths.is_empty()
            && self.resolvers.is_empty()
            && self.abstract_types.is_empty()
            && self.errors.is_empty()
            && self.seed.is_none()
    }

    /// Whether any override supplies values or resolvers (which can make lists of any length),
    /// as opposed to only a seed or abstract-type choices.
    pub(crate) fn sets_values(&self) -> bool {
        !(self.types.is_empty()
            && self.coordinates.is_empty()
            && self.paths.is_empty()
            && self.resolvers.is_empty()
            && self.errors.is_empty())
    }

    /// Reads an overrides file in TOML (tables `types`, `coordinates`, `paths`, `abstract`,
    /// `errors`, and a top-level `seed`). An `errors` entry maps a response path to a Kraken code
    /// (`"setDevicePreferences" = "KT-CT-4321"`) or to `{ code = "…", message = "…" }`.
    pub fn from_toml(text: &str) -> Result<Self, OverrideError> {
        let file: OverrideFile = toml::from_str(text).map_err(|error| {
            let (line, column) = error
                .span()
                .map_or((1, 1), |span| line_column(text, span.start));
            OverrideError {
                message: error.message().to_owned(),
                line,
                column,
            }
        })?;
        file.into_overrides(text)
    }

    /// Reads an overrides file in JSON, the same shape as the TOML form.
    pub fn from_json(text: &str) -> Result<Self, OverrideError> {
        let file: OverrideFile = serde_json::from_str(text).map_err(|error| {
            let at = krakenql_schema::position::json_error_location("", text, &error);
            OverrideError {
                message: strip_position(&error.to_string()),
                line: at.line,
                column: at.column,
            }
        })?;
        file.into_overrides(text)
    }
}

/// An overrides file that could not be read, with the 1-based line and column of the problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct OverrideError {
    /// What is wrong.
    pub message: String,
    /// The 1-based line.
    pub line: usize,
    /// The 1-based column, in characters.
    pub column: usize,
}

/// The file shape shared by the TOML and JSON forms.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OverrideFile {
    #[serde(default)]
    types: Map<String, Value>,
    #[serde(default)]
    coordinates: Map<String, Value>,
    #[serde(default)]
    paths: Map<String, Value>,
    #[serde(default, rename = "abstract")]
    abstract_types: Map<String, Value>,
    #[serde(default)]
    errors: Map<String, Value>,
    #[serde(default)]
    seed: Option<u64>,
}

impl OverrideFile {
    fn into_overrides(self, text: &str) -> Result<Overrides, OverrideError> {
        let mut overrides = Overrides::new();
        for (name, value) in self.types {
            overrides = overrides.type_value(&name, value);
        }
        for (coordinate, value) in self.coordinates {
            let well_formed = coordinate
                .split_once('.')
                .is_some_and(|(ty, field)| !ty.is_empty() && !field.is_empty());
            if !well_formed {
                return Err(OverrideError::at_key(
                    text,
                    &coordinate,
                    format!(
                        "`{coordinate}` is not a field coordinate such as `AccountType.balance`"
                    ),
                ));
            }
            overrides = overrides.coordinate(&coordinate, value);
        }
        for (path, value) in self.paths {
            if path.is_empty() || path.split('.').any(str::is_empty) {
                return Err(OverrideError::at_key(
                    text,
                    &path,
                    format!("`{path}` is not a response path such as `account.ledgers.0.id`"),
                ));
            }
            overrides = overrides.path(&path, value);
        }
        for (path, error) in self.errors {
            if path.is_empty() || path.split('.').any(str::is_empty) {
                return Err(OverrideError::at_key(
                    text,
                    &path,
                    format!("`{path}` is not a response path such as `setDevicePreferences`"),
                ));
            }
            overrides = match error_entry(&error) {
                Some((code, None)) => overrides.error(&path, code),
                Some((code, Some(message))) => overrides.error_with_message(&path, code, message),
                None => {
                    return Err(OverrideError::at_key(
                        text,
                        &path,
                        format!(
                            "the error at `{path}` must be a Kraken code such as \"KT-CT-4321\", \
                             or a table with `code` and an optional `message`"
                        ),
                    ))
                }
            };
        }
        let mut seed = self.seed;
        for (name, concrete) in self.abstract_types {
            // In TOML, a `seed = 7` line written after the `[abstract]` header lands in that
            // table; no GraphQL type is named `seed`, so it is read as the top-level key.
            if name == "seed" {
                if let Some(value) = concrete.as_u64() {
                    seed = seed.or(Some(value));
                    continue;
                }
            }
            let Some(concrete) = concrete.as_str() else {
                return Err(OverrideError::at_key(
                    text,
                    &name,
                    format!("the concrete type chosen for `{name}` must be a type name string"),
                ));
            };
            overrides = overrides.abstract_type(&name, concrete);
        }
        overrides.seed = seed;
        Ok(overrides)
    }
}

/// The code and optional message of an `errors` entry: a code string, or `{code, message}`.
fn error_entry(value: &Value) -> Option<(&str, Option<&str>)> {
    let (code, message) = match value {
        Value::String(code) => (code.as_str(), None),
        Value::Object(table) => {
            let known = table.keys().all(|key| key == "code" || key == "message");
            let message = match table.get("message") {
                None => None,
                Some(message) => Some(message.as_str()?),
            };
            (table.get("code")?.as_str().filter(|_| known)?, message)
        }
        _ => return None,
    };
    code.starts_with("KT-").then_some((code, message))
}

impl OverrideError {
    /// An error located where `key` is defined in the text: the first line that starts with it
    /// as a key (`key =`, `"key" =`, `"key":`), else its first mention, quoted or bare.
    pub fn at_key(text: &str, key: &str, message: String) -> OverrideError {
        let quoted = format!("\"{key}\"");
        let mut offset = 0;
        let mut definition = None;
        for line in text.split_inclusive('\n') {
            let trimmed = line.trim_start();
            let rest = trimmed
                .strip_prefix(quoted.as_str())
                .or_else(|| trimmed.strip_prefix(key));
            if rest.is_some_and(|rest| rest.trim_start().starts_with(['=', ':'])) {
                definition = Some(offset + line.len() - trimmed.len());
                break;
            }
            offset += line.len();
        }
        let offset = definition
            .or_else(|| text.find(&quoted))
            .or_else(|| text.find(key))
            .unwrap_or(0);
        let (line, column) = line_column(text, offset);
        OverrideError {
            message,
            line,
            column,
        }
    }
}

/// serde_json appends " at line L column C" to its messages; the error carries those apart.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_owned(),
        None => message.to_owned(),
    }
}
