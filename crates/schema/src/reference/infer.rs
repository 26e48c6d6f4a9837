//! Infers types from the example values of the reference page.
//!
//! The example responses are JSON except that object fields are printed as bare type names
//! (`"address": RichAddressType`), so bare names are wrapped into marker objects before `serde_json`
//! reads the text. A nullable list is printed in brackets and a non-null list as one bare element.

use apollo_compiler::ast;
use serde_json::Value;

use super::{InferredBase, InferredType, ListShape};

/// A scalar the page shows by a fixed example value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShownScalar {
    /// The example value as printed on the page.
    pub example: &'static str,
    /// The scalar the importer infers from it.
    pub scalar: &'static str,
    /// What else the value could stand for.
    pub ambiguity: &'static str,
}

/// The value-to-scalar table, built from the values the page prints.
///
/// Each example is the only value the page prints for its scalar. The ambiguities were checked
/// against the fields the page and the UK 2024-11 schema share.
pub const SHOWN_SCALARS: &[ShownScalar] = &[
    ShownScalar {
        example: r#""abc123""#,
        scalar: "String",
        ambiguity: "also ID and custom string scalars such as Email",
    },
    ShownScalar {
        example: "1",
        scalar: "Int",
        ambiguity: "also BigInt and ID (one interface prints `id` as 1)",
    },
    ShownScalar {
        example: "1.0",
        scalar: "Float",
        ambiguity: "also Decimal",
    },
    ShownScalar {
        example: "true",
        scalar: "Boolean",
        ambiguity: "none",
    },
    ShownScalar {
        example: r#""2020-01-01T00:00:00.000Z""#,
        scalar: "DateTime",
        ambiguity: "none",
    },
    ShownScalar {
        example: r#""2020-01-01""#,
        scalar: "Date",
        ambiguity: "none",
    },
    ShownScalar {
        example: r#""500c164d-38c7-4f74-9ac6-be210197e9e4""#,
        scalar: "UUID",
        ambiguity: "none",
    },
    ShownScalar {
        example: r#"{"key": "value"}"#,
        scalar: "JSONString",
        ambiguity: "also GenericScalar, which the page never shows apart",
    },
];

/// The key of the marker object that stands for a bare type name in an example.
const BARE_KEY: &str = "__krakenql_bare_type__";

/// Reads an example block, wrapping bare type names into marker objects.
pub(super) fn parse_example(text: &str) -> Result<Value, serde_json::Error> {
    serde_json::from_str(&quote_bare_names(text))
}

/// The type name a value stands for, when it is a bare name.
pub(super) fn bare_name(value: &Value) -> Option<&str> {
    value.as_object()?.get(BARE_KEY)?.as_str()
}

/// The list shape a shown value has; `None` means the value is not shown.
pub(super) fn shape_of(shown: Option<&Value>) -> ListShape {
    match shown {
        Some(Value::Array(_)) => ListShape::Brackets,
        Some(_) => ListShape::BareOrNonNullList,
        None => ListShape::NotShown,
    }
}

/// The first element of a bracketed list, or the value itself.
pub(super) fn element(value: &Value) -> Option<&Value> {
    match value {
        Value::Array(items) => items.first(),
        other => Some(other),
    }
}

/// Infers the type of a value shown for a field that selects nothing.
pub(super) fn infer_value(shown: Option<&Value>) -> InferredType {
    let base = shown
        .and_then(element)
        .map_or(InferredBase::Unknown, infer_base);
    InferredType {
        base,
        list: shape_of(shown),
    }
}

/// Infers the type of a field of the root type from its selection and its shown value.
///
/// Returns the type and, when the spread and the shown name disagree, the shown name.
pub(super) fn reveal_field(
    field: &ast::Field,
    shown: Option<&Value>,
) -> (InferredType, Option<String>) {
    if field.selection_set.is_empty() {
        return (infer_value(shown), None);
    }
    let shown_name = shown.and_then(element).and_then(bare_name);
    let (base, disagreement) = match selected_type(&field.selection_set) {
        Some(SelectedType::Spread(name)) => {
            let disagreement = shown_name.filter(|shown| *shown != name);
            (InferredBase::Object(name), disagreement.map(str::to_owned))
        }
        Some(SelectedType::Abstract(names)) => (InferredBase::Abstract(names), None),
        None => match shown_name {
            Some(name) => (InferredBase::Object(name.to_owned()), None),
            None => (InferredBase::UnnamedObject, None),
        },
    };
    let list = shape_of(shown);
    (InferredType { base, list }, disagreement)
}

/// What a selection set shows of its type.
pub(super) enum SelectedType {
    /// A `...<Type>Fragment` spread names the type.
    Spread(String),
    /// Inline fragments name the possible types of an abstract type.
    Abstract(Vec<String>),
}

/// Reads the type a selection set shows through its fragments, if any.
pub(super) fn selected_type(selection_set: &[ast::Selection]) -> Option<SelectedType> {
    let spread = selection_set.iter().find_map(|selection| match selection {
        ast::Selection::FragmentSpread(spread) => spread
            .fragment_name
            .strip_suffix("Fragment")
            .filter(|name| !name.is_empty()),
        _ => None,
    });
    if let Some(name) = spread {
        return Some(SelectedType::Spread(name.to_owned()));
    }
    let possible = type_conditions(selection_set);
    (!possible.is_empty()).then_some(SelectedType::Abstract(possible))
}

/// The type conditions of the inline fragments of a selection set, in order.
pub(super) fn type_conditions(selection_set: &[ast::Selection]) -> Vec<String> {
    selection_set
        .iter()
        .filter_map(|selection| match selection {
            ast::Selection::InlineFragment(inline) => {
                inline.type_condition.as_ref().map(|name| name.to_string())
            }
            _ => None,
        })
        .collect()
}

fn infer_base(value: &Value) -> InferredBase {
    match value {
        Value::Null | Value::Array(_) => InferredBase::Unknown,
        Value::Bool(_) => scalar("Boolean"),
        Value::Number(number) if number.is_f64() => scalar("Float"),
        Value::Number(_) => scalar("Int"),
        Value::String(text) => infer_string(text),
        Value::Object(_) => match bare_name(value) {
            Some(name) => InferredBase::Object(name.to_owned()),
            None => scalar("JSONString"),
        },
    }
}

fn infer_string(text: &str) -> InferredBase {
    let shape: String = text
        .chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect();
    if shape == "9999-99-99" {
        scalar("Date")
    } else if shape.starts_with("9999-99-99T99:99") {
        scalar("DateTime")
    } else if is_uuid(text) {
        scalar("UUID")
    } else if is_enum_value(text) {
        InferredBase::EnumValue(text.to_owned())
    } else {
        scalar("String")
    }
}

fn is_uuid(text: &str) -> bool {
    text.len() == 36
        && text.char_indices().all(|(index, c)| match index {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

fn is_enum_value(text: &str) -> bool {
    text.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

fn scalar(name: &str) -> InferredBase {
    InferredBase::Scalar(name.to_owned())
}

/// Rewrites bare names outside strings (other than `true`, `false`, `null`) as marker objects.
fn quote_bare_names(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut in_string = false;
    let mut escaped = false;
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        if !(c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.') {
            in_string = c == '"';
            out.push(c);
            continue;
        }
        let mut word = String::from(c);
        while let Some(&next) = chars.peek() {
            if !(next.is_ascii_alphanumeric() || next == '_' || next == '.' || next == '+') {
                break;
            }
            word.push(next);
            chars.next();
        }
        let is_name = c.is_ascii_alphabetic() || c == '_';
        if is_name && !matches!(word.as_str(), "true" | "false" | "null") {
            let quoted = serde_json::to_string(&word).unwrap_or_default();
            out.push_str(&format!("{{\"{BARE_KEY}\": {quoted}}}"));
        } else {
            out.push_str(&word);
        }
    }
    out
}
