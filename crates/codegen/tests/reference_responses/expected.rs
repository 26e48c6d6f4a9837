//! Builds the expected `data` of an entry from its printed example response.
//!
//! The printed response is JSON except for object placeholders: a field of an object type is
//! printed as the bare type name (`"address": RichAddressType`, `[LedgerType]`). `read` turns each
//! bare name into a marker object and parses the result with serde_json; `normalise` then walks
//! the value beside the rewritten query and the schema and:
//! - replaces each placeholder with the minimal object the rewritten query asks for,
//!   `{"__typename": "<Type>"}`; a placeholder naming an interface or union gets the first
//!   concrete member type (by name) instead, because a server never answers with an abstract
//!   type's name (when it has none, the name is kept as printed);
//! - wraps a bare value in a one-element array where the schema field is a list: the page prints a
//!   non-null list (`[T]!`), and lists of interfaces or union members, as one bare element;
//! - removes the keys of the fields the rewrite dropped.

use std::collections::BTreeSet;

use apollo_compiler::ast::{self, Selection};
use apollo_compiler::schema::ExtendedType;
use apollo_compiler::Schema;
use serde_json::{Map, Value};

/// The key of the marker object that stands for a bare type name until `normalise` replaces it.
const PLACEHOLDER: &str = "$placeholder";

/// What `normalise` changed, for the summary.
#[derive(Debug, Default)]
pub struct Changes {
    /// Placeholders replaced by a minimal object.
    pub placeholders: usize,
    /// Placeholders of an abstract type, as `Interface -> Object`.
    pub abstract_placeholders: BTreeSet<String>,
    /// Bare values wrapped in an array because the schema field is a list.
    pub wrapped: usize,
    /// Keys removed because the rewrite dropped their field.
    pub removed: usize,
}

/// Parses a printed response, turning each bare type name into a marker object.
pub fn read(printed: &str) -> Result<Value, String> {
    let mut json = String::with_capacity(printed.len());
    let mut chars = printed.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '"' {
            json.push(c);
            while let Some(c) = chars.next() {
                json.push(c);
                match c {
                    '\\' => json.extend(chars.next()),
                    '"' => break,
                    _ => {}
                }
            }
        } else if c.is_ascii_alphabetic() || c == '_' {
            let mut word = String::from(c);
            while let Some(&next) = chars.peek() {
                if !(next.is_ascii_alphanumeric() || next == '_') {
                    break;
                }
                word.push(next);
                chars.next();
            }
            match word.as_str() {
                "true" | "false" | "null" => json.push_str(&word),
                _ => json.push_str(&format!("{{\"{PLACEHOLDER}\": \"{word}\"}}")),
            }
        } else {
            json.push(c);
        }
    }
    serde_json::from_str(&json).map_err(|error| format!("the example response is not readable: {error}"))
}

/// The walk's fixed inputs.
pub struct Normaliser<'a> {
    pub schema: &'a Schema,
    pub dropped: &'a BTreeSet<Vec<String>>,
    pub changes: Changes,
}

impl Normaliser<'_> {
    /// Normalises the `data` object of a response to the operation's root selection set.
    pub fn data(&mut self, data: Value, root: &str, selections: &[Selection]) -> Value {
        self.object(data, root, selections, &mut Vec::new())
    }

    /// Normalises a value of the schema type `ty`, selected with `selections`.
    fn value(&mut self, value: Value, ty: &ast::Type, selections: &[Selection], path: &mut Vec<String>) -> Value {
        match (ty, value) {
            (_, Value::Null) => Value::Null,
            (ast::Type::List(item) | ast::Type::NonNullList(item), Value::Array(values)) => values
                .into_iter()
                .map(|value| self.value(value, item, selections, path))
                .collect(),
            (ast::Type::List(item) | ast::Type::NonNullList(item), value) => {
                self.changes.wrapped += 1;
                Value::Array(vec![self.value(value, item, selections, path)])
            }
            (ty, value) => self.object(value, ty.inner_named_type().as_str(), selections, path),
        }
    }

    /// Normalises a value of the named type `ty`: objects key by key, placeholders to minimal
    /// objects, scalars as they are.
    fn object(&mut self, value: Value, ty: &str, selections: &[Selection], path: &mut Vec<String>) -> Value {
        let Value::Object(object) = value else {
            return value;
        };
        if let Some(Value::String(name)) = object.get(PLACEHOLDER) {
            self.changes.placeholders += 1;
            let concrete = self.concrete(name);
            if concrete != *name {
                self.changes.abstract_placeholders.insert(format!("{name} -> {concrete}"));
            }
            return Value::Object(Map::from_iter([("__typename".to_owned(), Value::String(concrete))]));
        }
        let mut out = Map::new();
        for (key, value) in object {
            path.push(key.clone());
            if self.dropped.contains(path) {
                self.changes.removed += 1;
            } else {
                let value = match field(self.schema, ty, selections, &key) {
                    Some((field_ty, inner)) => self.value(value, &field_ty, &inner, path),
                    None => value,
                };
                out.insert(key, value);
            }
            path.pop();
        }
        Value::Object(out)
    }

    /// A concrete type to answer for the type `name`: itself unless it is abstract.
    fn concrete(&self, name: &str) -> String {
        let mut members: Vec<String> = match self.schema.types.get(name) {
            Some(ExtendedType::Union(union)) => union.members.iter().map(|m| m.name.to_string()).collect(),
            Some(ExtendedType::Interface(_)) => self
                .schema
                .types
                .iter()
                .filter(|(_, ty)| matches!(ty, ExtendedType::Object(object) if object.implements_interfaces.contains(name)))
                .map(|(member, _)| member.to_string())
                .collect(),
            _ => Vec::new(),
        };
        members.sort();
        members.into_iter().next().unwrap_or_else(|| name.to_owned())
    }
}

/// The schema type and sub-selections of the field answering `key` on the type `parent`,
/// looking through inline fragments.
fn field(schema: &Schema, parent: &str, selections: &[Selection], key: &str) -> Option<(ast::Type, Vec<Selection>)> {
    selections.iter().find_map(|selection| match selection {
        Selection::Field(field) if field.alias.as_ref().unwrap_or(&field.name) == key => {
            let definition = schema.type_field(parent, &field.name).ok()?;
            Some((definition.ty.clone(), field.selection_set.clone()))
        }
        Selection::InlineFragment(fragment) => {
            let on = fragment.type_condition.as_ref().map_or(parent, |name| name.as_str());
            self::field(schema, on, &fragment.selection_set, key)
        }
        _ => None,
    })
}
