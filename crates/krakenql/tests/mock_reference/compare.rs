//! The comparison of a reference example response with the mock's answer, leaf by leaf, with
//! placeholders checked against `__typename`.

use apollo_compiler::schema::ExtendedType;
use apollo_compiler::{Name, Schema};
use krakenql_schema::examples::{scalar_row, ExampleStyle};
use krakenql_schema::reference::bare_type_name;
use serde_json::Value;

use crate::rewrite::find_field;
use crate::Findings;

/// Compares one entry's example response with the mock's answer, recording into its findings.
pub(crate) struct Compare<'a> {
    pub schema: &'a Schema,
    pub findings: &'a mut Findings,
}

impl Compare<'_> {
    /// Compares a shown value with ours; `leaf` is the named type of the field when known.
    pub(crate) fn value(&mut self, shown: &Value, ours: &Value, leaf: Option<&Name>, path: &str) {
        if let Some(name) = bare_type_name(shown) {
            self.placeholder(name, ours, path);
            return;
        }
        match (shown, ours) {
            (Value::Array(shown_items), Value::Array(our_items)) => {
                if shown_items.len() != our_items.len() {
                    self.mismatch("list-length", format!("{path}: {shown} vs {ours}"));
                }
                for (index, (s, o)) in shown_items.iter().zip(our_items).enumerate() {
                    self.value(s, o, leaf, &format!("{path}.{index}"));
                }
            }
            // A non-null list is printed as one bare element.
            (shown, Value::Array(our_items)) if our_items.len() == 1 => {
                self.value(shown, &our_items[0], leaf, &format!("{path}.0"));
            }
            (Value::Object(shown_map), Value::Object(our_map))
                if leaf.is_none_or(|l| !self.is_leaf(l)) =>
            {
                let typename = our_map.get("__typename").and_then(Value::as_str);
                for (key, shown_value) in shown_map {
                    let child = format!("{path}.{key}");
                    let Some(our_value) = our_map.get(key) else {
                        self.mismatch("missing-field", child);
                        continue;
                    };
                    let named = self.field_type(leaf, typename, key, path);
                    self.value(shown_value, our_value, named.as_ref(), &child);
                }
            }
            _ => self.leaf(shown, ours, leaf, path),
        }
    }

    fn placeholder(&mut self, name: &str, ours: &Value, path: &str) {
        let ours = match ours {
            Value::Array(items) if items.len() == 1 => &items[0],
            other => other,
        };
        match self.schema.types.get(name) {
            Some(ExtendedType::Object(_)) => match ours.get("__typename").and_then(Value::as_str) {
                Some(typename) if typename == name => self.findings.typenames += 1,
                _ => self.mismatch(
                    "typename",
                    format!("{path}: placeholder {name}, ours {ours}"),
                ),
            },
            Some(ExtendedType::Interface(_) | ExtendedType::Union(_)) => {
                self.findings.abstract_placeholders += 1;
            }
            Some(ExtendedType::Scalar(_)) => self.mismatch(
                "opaque-scalar",
                format!(
                    "{path}: placeholder {name} is an opaque scalar in our schema, ours {ours}"
                ),
            ),
            _ => self.mismatch("unknown-placeholder", format!("{path}: {name}")),
        }
    }

    fn leaf(&mut self, shown: &Value, ours: &Value, leaf: Option<&Name>, path: &str) {
        if shown == ours {
            self.findings.leaves += 1;
            return;
        }
        let Some(name) = leaf else {
            self.mismatch(
                "untyped-leaf",
                format!("{path}: shown {shown}, ours {ours}"),
            );
            return;
        };
        match self.schema.types.get(name) {
            Some(ExtendedType::Scalar(_)) => {
                let row = scalar_row(name);
                if row.value(ExampleStyle::Wire) == *ours
                    && row.value(ExampleStyle::Shown) == *shown
                {
                    self.findings.decimals += 1;
                } else {
                    self.mismatch(
                        "scalar",
                        format!("{path} ({name}): shown {shown}, ours {ours}"),
                    );
                }
            }
            Some(ExtendedType::Enum(_)) => self.mismatch(
                "enum-first-value",
                format!("{path} ({name}): shown {shown}, the schema's first value is {ours}"),
            ),
            _ => self.mismatch(
                "leaf",
                format!("{path} ({name}): shown {shown}, ours {ours}"),
            ),
        }
    }

    /// The named type of `key` on the object at `path`.
    fn field_type(
        &self,
        parent_field: Option<&Name>,
        typename: Option<&str>,
        key: &str,
        path: &str,
    ) -> Option<Name> {
        let parent = match (typename, parent_field) {
            (Some(typename), _) => typename.to_owned(),
            (None, Some(name)) => name.to_string(),
            (None, None) if path == "data" => "Query".to_owned(),
            _ => return None,
        };
        if key == "__typename" {
            return Some(Name::new_unchecked("String"));
        }
        find_field(self.schema, &parent, key)
            .map(|definition| definition.ty.inner_named_type().clone())
    }

    fn is_leaf(&self, name: &Name) -> bool {
        self.schema
            .types
            .get(name)
            .is_some_and(ExtendedType::is_leaf)
    }

    fn mismatch(&mut self, category: &'static str, detail: String) {
        self.findings.mismatches.push((category, detail));
    }
}
