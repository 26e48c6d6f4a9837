//! The serde shape of an introspection response, and the checks on its top level.
//!
//! The structs are lenient where a precise diagnostic is worth more than a serde message: type
//! references keep `kind` and `name` optional so the converter can name the JSON path of a bad
//! one. Everything else that does not fit is reported with serde_json's line and column.

use serde::Deserialize;
use serde_json::error::Category;

use crate::codes;
use crate::diagnostic::{Diagnostic, LoadError, Location};
use crate::model::SourceFile;

const JSON_HELP: &str = "the file must be a complete introspection response";
const SHAPE_EXPECTED: &str =
    "expected a GraphQL response `{\"data\": {\"__schema\": …}}` or a bare `{\"__schema\": …}`";

/// The `__schema` object found in a response, with the JSON path it was found at.
pub(super) struct Located {
    /// The schema object.
    pub schema: Schema,
    /// `data.__schema` or `__schema`, the prefix of every path in diagnostics.
    pub root: &'static str,
}

/// The top level of a response: either a GraphQL response or a bare `__schema` object.
#[derive(Deserialize)]
struct Envelope {
    data: Option<Data>,
    #[serde(rename = "__schema")]
    schema: Option<Schema>,
}

#[derive(Deserialize)]
struct Data {
    #[serde(rename = "__schema")]
    schema: Option<Schema>,
}

/// `__Schema`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Schema {
    pub description: Option<String>,
    pub query_type: Option<RootType>,
    pub mutation_type: Option<RootType>,
    pub subscription_type: Option<RootType>,
    pub types: Vec<FullType>,
    pub directives: Option<Vec<Directive>>,
}

/// The `{ name }` of a root operation type.
#[derive(Deserialize)]
pub(super) struct RootType {
    pub name: String,
}

/// `__Type` as the `FullType` fragment selects it.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct FullType {
    pub kind: String,
    pub name: String,
    pub description: Option<String>,
    #[serde(rename = "specifiedByURL", alias = "specifiedByUrl")]
    pub specified_by_url: Option<String>,
    pub fields: Option<Vec<Field>>,
    pub input_fields: Option<Vec<InputValue>>,
    pub interfaces: Option<Vec<TypeRef>>,
    pub enum_values: Option<Vec<EnumValue>>,
    pub possible_types: Option<Vec<TypeRef>>,
    /// `true` on a one-of input object (GraphQL, September 2025); absent from older servers.
    pub is_one_of: Option<bool>,
}

/// `__Field`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Field {
    pub name: String,
    pub description: Option<String>,
    pub args: Option<Vec<InputValue>>,
    #[serde(rename = "type")]
    pub ty: TypeRef,
    pub is_deprecated: Option<bool>,
    pub deprecation_reason: Option<String>,
}

/// `__InputValue`: an argument or an input field.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct InputValue {
    pub name: String,
    pub description: Option<String>,
    #[serde(rename = "type")]
    pub ty: TypeRef,
    pub default_value: Option<String>,
    pub is_deprecated: Option<bool>,
    pub deprecation_reason: Option<String>,
}

/// `__EnumValue`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct EnumValue {
    pub name: String,
    pub description: Option<String>,
    pub is_deprecated: Option<bool>,
    pub deprecation_reason: Option<String>,
}

/// `__Directive`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Directive {
    pub name: String,
    pub description: Option<String>,
    pub is_repeatable: Option<bool>,
    pub locations: Vec<String>,
    pub args: Option<Vec<InputValue>>,
}

/// A type reference (the `TypeRef` fragment); checked by the converter, which knows its path.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct TypeRef {
    pub kind: Option<String>,
    pub name: Option<String>,
    pub of_type: Option<Box<TypeRef>>,
}

/// Whether an element is deprecated: `isDeprecated` decides; a server that leaves it out but
/// gives a reason is taken at its word.
pub(super) fn is_deprecated(flag: Option<bool>, reason: Option<&str>) -> bool {
    flag.unwrap_or(reason.is_some())
}

/// Reads the response and finds its `__schema` object.
pub(super) fn read(source: &SourceFile) -> Result<Located, LoadError> {
    // A byte-order mark, as some Windows editors save one, is not JSON but harms nothing.
    let text = source.text.strip_prefix('\u{feff}').unwrap_or(&source.text);
    let envelope: Envelope = match serde_json::from_str(text) {
        Ok(envelope) => envelope,
        Err(error) => return Err(read_error(source, text, &error).into()),
    };
    if let Some(schema) = envelope.data.and_then(|data| data.schema) {
        return Ok(Located {
            schema,
            root: "data.__schema",
        });
    }
    if let Some(schema) = envelope.schema {
        return Ok(Located {
            schema,
            root: "__schema",
        });
    }
    Err(missing_schema(source, text).into())
}

/// The diagnostic for a serde_json failure: bad JSON, or JSON of the wrong shape.
fn read_error(source: &SourceFile, text: &str, error: &serde_json::Error) -> Diagnostic {
    let location = crate::position::json_error_location(&source.name, text, error);
    let message = serde_message(error);
    match error.classify() {
        Category::Syntax | Category::Eof | Category::Io => Diagnostic::error(
            codes::INTROSPECTION_JSON,
            format!("`{}` is not valid JSON: {message}", source.name),
        )
        .at(location)
        .with_help(JSON_HELP),
        Category::Data => {
            // Name the top level when it is not an object at all; serde's words do the rest.
            let top = serde_json::from_str::<serde_json::Value>(text)
                .ok()
                .filter(|value| !value.is_object());
            let message = match top {
                Some(value) => format!(
                    "`{}` holds {} at the top level; {SHAPE_EXPECTED}",
                    source.name,
                    describe(&value)
                ),
                None => format!(
                    "`{}` is not an introspection response: {message}",
                    source.name
                ),
            };
            Diagnostic::error(codes::INTROSPECTION_SHAPE, message)
                .at(location)
                .with_help(JSON_HELP)
        }
    }
}

/// serde_json's message without the " at line L column C" it appends.
fn serde_message(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match full.strip_suffix(&suffix) {
        Some(message) => message.to_owned(),
        None => full,
    }
}

/// The diagnostic for a well-formed object that has no `__schema` where one is expected,
/// located at the start of the file: the document as a whole is at fault.
fn missing_schema(source: &SourceFile, text: &str) -> Diagnostic {
    let top = serde_json::from_str::<serde_json::Value>(text).unwrap_or_default();
    let Some(errors) = top.get("errors").and_then(|errors| errors.as_array()) else {
        return Diagnostic::error(
            codes::INTROSPECTION_SHAPE,
            format!("`{}` holds {}; {SHAPE_EXPECTED}", source.name, describe(&top)),
        )
        .at(Location::new(&source.name, 1, 1))
        .with_help(
            "send krakenql's introspection query (`krakenql schema fetch URL`) and save the whole response",
        );
    };
    let messages: Vec<&str> = errors
        .iter()
        .filter_map(|error| error.get("message").and_then(|message| message.as_str()))
        .collect();
    let found = match messages.as_slice() {
        [] => format!("{} error(s)", errors.len()),
        _ => format!("errors: {}", messages.join(" / ")),
    };
    Diagnostic::error(
        codes::INTROSPECTION_SHAPE,
        format!(
            "`{}` is a GraphQL response with no `data.__schema`, only {found}",
            source.name
        ),
    )
    .at(Location::new(&source.name, 1, 1))
    .with_help(
        "the server refused the introspection query; older servers lack `specifiedByURL` or \
         `includeDeprecated` on arguments: fetch with a query the server accepts and save the \
         whole response",
    )
}

/// A few words on a JSON value, for messages about the top level.
fn describe(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => "`null`".to_owned(),
        serde_json::Value::Bool(_) => "a boolean".to_owned(),
        serde_json::Value::Number(_) => "a number".to_owned(),
        serde_json::Value::String(_) => "a string".to_owned(),
        serde_json::Value::Array(items) if items.is_empty() => "an empty array".to_owned(),
        serde_json::Value::Array(items) => format!("an array of {} element(s)", items.len()),
        serde_json::Value::Object(map) if map.is_empty() => "an empty object".to_owned(),
        serde_json::Value::Object(map) => {
            let keys: Vec<String> = map.keys().map(|key| format!("`{key}`")).collect();
            format!("an object with the keys {}", keys.join(", "))
        }
    }
}
