//! Example values: the one policy the docs and the mocks share, so they cannot drift apart.
//!
//! The official reference prints one fixed example per scalar (`"abc123"`, `1`, `1.0`, …), the
//! first value of an enum, and one element of a list. [`SCALAR_EXAMPLES`] is that table, completed
//! for the scalars the page never shows; `tests/examples.rs` derives the shown part again from the
//! reference page and the bundled schema and fails when the two disagree.
//!
//! Each scalar has two faces. `shown` is what the reference prints, and what the docs render.
//! `wire` is what a Kraken server sends for the same value, and what the mocks answer: the two
//! differ only for the decimal scalars, which the page prints as a number (`1.0`) but graphene
//! serialises as a string (`"1.0"`), the form generated clients deserialise.

mod table;

use apollo_compiler::schema::ExtendedType;
use apollo_compiler::{Name, Schema};
use serde_json::Value;

pub use table::{ScalarBasis, ScalarExample, FALLBACK_SCALAR, SCALAR_EXAMPLES};

/// Which face of an example to take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExampleStyle {
    /// As the reference page prints it (docs).
    Shown,
    /// As a Kraken server sends it (mocks).
    Wire,
}

/// The table row of a scalar; a scalar the table does not know gets [`FALLBACK_SCALAR`].
pub fn scalar_row(name: &str) -> &'static ScalarExample {
    SCALAR_EXAMPLES
        .iter()
        .find(|row| row.scalar == name)
        .unwrap_or(&FALLBACK_SCALAR)
}

/// The example of a scalar as the reference prints it.
pub fn scalar_example(name: &str) -> Value {
    scalar_row(name).value(ExampleStyle::Shown)
}

/// The example of a scalar as a Kraken server sends it.
pub fn wire_example(name: &str) -> Value {
    scalar_row(name).value(ExampleStyle::Wire)
}

/// The example of a leaf type: a scalar's example, or an enum's first value in schema order.
///
/// Returns `None` for composite types and for names the schema does not define, except the
/// built-in scalars, which are always known.
pub fn leaf_example(schema: &Schema, type_name: &str, style: ExampleStyle) -> Option<Value> {
    match schema.types.get(type_name) {
        Some(ExtendedType::Scalar(_)) => Some(scalar_row(type_name).value(style)),
        Some(ExtendedType::Enum(definition)) => definition
            .values
            .keys()
            .next()
            .map(|value| Value::String(value.to_string())),
        Some(_) => None,
        None => SCALAR_EXAMPLES
            .iter()
            .find(|row| row.scalar == type_name && row.basis == ScalarBasis::BuiltIn)
            .map(|row| row.value(style)),
    }
}

/// The concrete object type examples use for an abstract type.
///
/// A union takes its first member as declared; an interface takes the first object type, in
/// schema order, that implements it. An object type is its own example. Returns `None` for
/// other types and for abstract types nothing implements.
pub fn example_object_type(schema: &Schema, type_name: &str) -> Option<Name> {
    match schema.types.get(type_name)? {
        ExtendedType::Object(object) => Some(object.name.clone()),
        ExtendedType::Union(union) => union.members.iter().next().map(|m| m.name.clone()),
        ExtendedType::Interface(_) => possible_object_types(schema, type_name).into_iter().next(),
        _ => None,
    }
}

/// Every object type an abstract type can resolve to, in schema order.
pub fn possible_object_types(schema: &Schema, type_name: &str) -> Vec<Name> {
    match schema.types.get(type_name) {
        Some(ExtendedType::Object(object)) => vec![object.name.clone()],
        Some(ExtendedType::Union(union)) => union.members.iter().map(|m| m.name.clone()).collect(),
        Some(ExtendedType::Interface(_)) => schema
            .types
            .values()
            .filter_map(|ty| match ty {
                ExtendedType::Object(object)
                    if object
                        .implements_interfaces
                        .iter()
                        .any(|i| i.name == type_name) =>
                {
                    Some(object.name.clone())
                }
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests;
