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
//! - adds `__typename` to a printed object where the query sent selects it: the rewrite selects it
//!   where every field was dropped, and the emitter adds it on interfaces and unions; its value
//!   is the first object type an inline fragment names, else the concrete type chosen as above;
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
pub(crate) struct Changes {
    /// Placeholders replaced by a minimal object.
    pub placeholders: usize,
    /// Placeholders of an abstract type, as `Interface -> Object`.
    pub abstract_placeholders: BTreeSet<String>,
    /// Bare values wrapped in an array because the schema field is a list.
    pub wrapped: usize,
    /// `__typename` keys added to printed objects that the query sent selects it on.
    pub typenames: usize,
    /// Keys removed because the rewrite dropped their field.
    pub removed: usize,
    /// `Decimal` values the page prints as a number (`1.0`, like a Float) and Kraken sends as
    /// a string (graphene writes Python decimals with `str`), turned into that string.
    pub decimals: usize,
}

/// Parses a printed response, turning each bare type name into a marker object.
pub(crate) fn read(printed: &str) -> Result<Value, String> {
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
    serde_json::from_str(&json)
        .map_err(|error| format!("the example response is not readable: {error}"))
}

/// The walk over one entry's printed data.
pub(crate) struct Normaliser<'a> {
    /// The schema of the entry's section.
    pub schema: &'a Schema,
    /// The response paths of the fields the rewrite dropped.
    pub dropped: &'a BTreeSet<Vec<String>>,
    /// What the walk changed so far.
    pub changes: Changes,
}

impl Normaliser<'_> {
    /// Normalises the `data` object of a response to the operation's root selection set.
    pub(crate) fn data(&mut self, data: Value, root: &str, selections: &[Selection]) -> Value {
        self.object(data, root, selections, &mut Vec::new())
    }

    /// Normalises a value of the schema type `ty`, selected with `selections`.
    fn value(
        &mut self,
        value: Value,
        ty: &ast::Type,
        selections: &[Selection],
        path: &mut Vec<String>,
    ) -> Value {
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
    fn object(
        &mut self,
        value: Value,
        ty: &str,
        selections: &[Selection],
        path: &mut Vec<String>,
    ) -> Value {
        let object = match value {
            Value::Object(object) => object,
            Value::Number(number) if ty == "Decimal" => {
                self.changes.decimals += 1;
                return Value::String(number.to_string());
            }
            other => return other,
        };
        if let Some(Value::String(name)) = object.get(PLACEHOLDER) {
            self.changes.placeholders += 1;
            let concrete = self.concrete(name);
            if concrete != *name {
                self.changes
                    .abstract_placeholders
                    .insert(format!("{name} -> {concrete}"));
            }
            return Value::Object(Map::from_iter([(
                "__typename".to_owned(),
                Value::String(concrete),
            )]));
        }
        let mut out = Map::new();
        if !object.contains_key("__typename") && self.wants_typename(ty, selections) {
            self.changes.typenames += 1;
            out.insert(
                "__typename".to_owned(),
                Value::String(self.answer_type(ty, selections)),
            );
        }
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

    /// Whether the query sent selects `__typename` on this object: the rewrite added it (for a
    /// spread or a selection set left empty), or the emitter adds it (on an interface or union).
    fn wants_typename(&self, ty: &str, selections: &[Selection]) -> bool {
        let selected = selections.iter().any(|selection| {
            matches!(selection, Selection::Field(field) if field.name == "__typename" && field.alias.is_none())
        });
        selected
            || matches!(
                self.schema.types.get(ty),
                Some(ExtendedType::Interface(_) | ExtendedType::Union(_))
            )
    }

    /// The `__typename` a server would send for an object of the type `ty` selected with
    /// `selections`: the first object type an inline fragment names, else `concrete(ty)`.
    fn answer_type(&self, ty: &str, selections: &[Selection]) -> String {
        selections
            .iter()
            .find_map(|selection| match selection {
                Selection::InlineFragment(fragment) => fragment
                    .type_condition
                    .as_ref()
                    .filter(|name| {
                        matches!(
                            self.schema.types.get(name.as_str()),
                            Some(ExtendedType::Object(_))
                        )
                    })
                    .map(|name| name.to_string()),
                _ => None,
            })
            .unwrap_or_else(|| self.concrete(ty))
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
        members
            .into_iter()
            .next()
            .unwrap_or_else(|| name.to_owned())
    }
}

/// The schema type and sub-selections of the field answering `key` on the type `parent`,
/// looking through inline fragments.
fn field(
    schema: &Schema,
    parent: &str,
    selections: &[Selection],
    key: &str,
) -> Option<(ast::Type, Vec<Selection>)> {
    selections.iter().find_map(|selection| match selection {
        Selection::Field(field) if field.alias.as_ref().unwrap_or(&field.name) == key => {
            let definition = schema.type_field(parent, &field.name).ok()?;
            Some((definition.ty.clone(), field.selection_set.clone()))
        }
        Selection::InlineFragment(fragment) => {
            let on = fragment
                .type_condition
                .as_ref()
                .map_or(parent, |name| name.as_str());
            self::field(schema, on, &fragment.selection_set, key)
        }
        _ => None,
    })
}
