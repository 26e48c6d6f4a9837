//! Reading an overrides file (TOML or JSON, one shape) into [`Overrides`], and locating what is
//! wrong in it: a file that does not read is a `KQX008 bad-overrides` diagnostic, an override
//! naming nothing in the schema a `KQX009 unknown-override`, each at its line and column.

use serde::Deserialize;
use serde_json::{Map, Value};

use krakenql_schema::line_index::line_column;
use krakenql_schema::{codes, Diagnostic, Location};

use super::check::OverrideProblem;
use super::overrides::Overrides;

/// What every `bad-overrides` diagnostic suggests.
const FILE_HELP: &str = "an overrides file has tables `types`, `coordinates` (`\"AccountType.balance\" = 100`), `paths` and `abstract`, and a top-level `seed`";

/// What every `unknown-override` diagnostic suggests.
const UNKNOWN_HELP: &str =
    "an override must name a type, field or possible type of the schema; fix the spelling or remove it";

impl Overrides {
    /// Reads an overrides file in TOML (tables `types`, `coordinates`, `paths`, `abstract`,
    /// `errors`, and a top-level `seed`). An `errors` entry maps a response path to a Kraken code
    /// (`"setDevicePreferences" = "KT-CT-4321"`) or to `{ code = "…", message = "…" }`. `name`
    /// is the file's name in the diagnostic.
    ///
    /// # Errors
    ///
    /// A `bad-overrides` diagnostic at the line and column of the first problem.
    pub fn from_toml(name: &str, text: &str) -> Result<Self, Diagnostic> {
        let file: OverrideFile = toml::from_str(text).map_err(|error| {
            let (line, column) = error
                .span()
                .map_or((1, 1), |span| line_column(text, span.start));
            Located {
                message: error.message().to_owned(),
                line,
                column,
            }
            .bad_file(name)
        })?;
        file.into_overrides(text)
            .map_err(|located| located.bad_file(name))
    }

    /// Reads an overrides file in JSON, the same shape as the TOML form.
    ///
    /// # Errors
    ///
    /// As [`Overrides::from_toml`].
    pub fn from_json(name: &str, text: &str) -> Result<Self, Diagnostic> {
        let file: OverrideFile = serde_json::from_str(text).map_err(|error| {
            let at = krakenql_schema::position::json_error_location(name, text, &error);
            Located {
                message: strip_position(&error.to_string()),
                line: at.line,
                column: at.column,
            }
            .bad_file(name)
        })?;
        file.into_overrides(text)
            .map_err(|located| located.bad_file(name))
    }
}

impl OverrideProblem {
    /// The problem as an `unknown-override` diagnostic at the first mention of its key in the
    /// overrides file `text`, named `name`.
    pub fn locate(&self, name: &str, text: &str) -> Diagnostic {
        let at = Located::at_key(text, &self.key, self.message.clone());
        Diagnostic::error(codes::UNKNOWN_OVERRIDE, at.message)
            .at(Location::new(name, at.line, at.column))
            .with_help(UNKNOWN_HELP)
    }
}

/// Where `key` is defined in the overrides file `text`, named `name`: the first line that
/// starts with it as a key (`key =`, `"key" =`, `"key":`), else its first mention, quoted or
/// bare, else the file's start.
pub fn key_location(name: &str, text: &str, key: &str) -> Location {
    let at = Located::at_key(text, key, String::new());
    Location::new(name, at.line, at.column)
}

/// A problem of the file with its 1-based line and column (in characters).
struct Located {
    message: String,
    line: usize,
    column: usize,
}

impl Located {
    /// The `bad-overrides` diagnostic of this problem in the file named `name`.
    fn bad_file(self, name: &str) -> Diagnostic {
        Diagnostic::error(
            codes::BAD_OVERRIDES,
            format!("invalid overrides file: {}", self.message),
        )
        .at(Location::new(name, self.line, self.column))
        .with_help(FILE_HELP)
    }
}

impl Located {
    /// The problem `message`, located where `key` is defined in the text (see [`key_location`]).
    fn at_key(text: &str, key: &str, message: String) -> Located {
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
        Located {
            message,
            line,
            column,
        }
    }
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
    fn into_overrides(self, text: &str) -> Result<Overrides, Located> {
        let mut overrides = Overrides::new();
        for (name, value) in self.types {
            overrides = overrides.type_value(&name, value);
        }
        for (coordinate, value) in self.coordinates {
            let well_formed = coordinate
                .split_once('.')
                .is_some_and(|(ty, field)| !ty.is_empty() && !field.is_empty());
            if !well_formed {
                return Err(Located::at_key(
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
                return Err(Located::at_key(
                    text,
                    &path,
                    format!("`{path}` is not a response path such as `account.ledgers.0.id`"),
                ));
            }
            overrides = overrides.path(&path, value);
        }
        for (path, error) in self.errors {
            if path.is_empty() || path.split('.').any(str::is_empty) {
                return Err(Located::at_key(
                    text,
                    &path,
                    format!("`{path}` is not a response path such as `setDevicePreferences`"),
                ));
            }
            overrides = match error_entry(&error) {
                Some((code, None)) => overrides.error(&path, code),
                Some((code, Some(message))) => overrides.error_with_message(&path, code, message),
                None => {
                    return Err(Located::at_key(
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
                return Err(Located::at_key(
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

/// serde_json appends " at line L column C" to its messages; the error carries those apart.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_owned(),
        None => message.to_owned(),
    }
}
