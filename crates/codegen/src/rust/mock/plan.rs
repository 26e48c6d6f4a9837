//! The mock plan of an operation: the response the mock executor gives, computed at generation
//! time with the shared example policy, and the keys whose presence depends on variables.
//!
//! It follows GraphQL's execution: fields are collected per concrete object type (fragments
//! whose type condition does not apply are left out), merged by response key in order of first
//! appearance, and completed by type: a leaf takes `leaf_example` (wire form), a list one
//! element, an abstract type `example_object_type`, and `__typename` the concrete type.

use apollo_compiler::ast::Type;
use apollo_compiler::executable::{Operation, Selection, SelectionSet};
use apollo_compiler::schema::ExtendedType;
use apollo_compiler::{ExecutableDocument, Node, Schema};
use indexmap::IndexMap;
use krakenql_schema::examples::{example_object_type, leaf_example, ExampleStyle};
use serde_json::{Map, Value};

use super::cond::Cond;

/// A key removed from the objects at a path unless its condition holds.
#[derive(Debug, Clone)]
pub(crate) struct Conditional {
    /// Response keys from the root to the objects holding the key (lists are walked through).
    pub path: Vec<String>,
    pub key: String,
    pub cond: Cond,
}

/// The mock response data of an operation, every conditional key present.
#[derive(Debug, Clone)]
pub(crate) struct MockPlan {
    pub data: Value,
    pub conditionals: Vec<Conditional>,
}

/// The plan of `operation`, whose fragments are those of `document`.
pub(crate) fn plan(
    schema: &Schema,
    document: &ExecutableDocument,
    operation: &Operation,
) -> MockPlan {
    let defaults = |name: &str| {
        operation
            .variables
            .iter()
            .find(|variable| variable.name == name)
            .and_then(|variable| variable.default_value.as_ref())
            .and_then(|value| value.to_bool())
            .unwrap_or(false)
    };
    let mut planner = Planner {
        schema,
        document,
        defaults: &defaults,
        conditionals: Vec::new(),
    };
    let root = operation.selection_set.ty.to_string();
    let data = planner.object(&root, &[(&operation.selection_set, Cond::Const(true))], &[]);
    MockPlan {
        data,
        conditionals: planner.conditionals,
    }
}

struct Planner<'a> {
    schema: &'a Schema,
    document: &'a ExecutableDocument,
    defaults: &'a dyn Fn(&str) -> bool,
    conditionals: Vec<Conditional>,
}

/// Every occurrence of one response key, with the condition it is selected under.
type Occurrences<'a> = Vec<(&'a Node<apollo_compiler::executable::Field>, Cond)>;

impl<'a> Planner<'a> {
    fn object(
        &mut self,
        concrete: &str,
        sets: &[(&'a SelectionSet, Cond)],
        path: &[String],
    ) -> Value {
        let mut fields: IndexMap<String, Occurrences<'a>> = IndexMap::new();
        for (set, cond) in sets {
            self.collect(concrete, set, cond.clone(), &mut fields);
        }
        let mut object = Map::new();
        for (key, occurrences) in fields {
            let presence = occurrences
                .iter()
                .fold(Cond::Const(false), |all, (_, cond)| all.or(cond.clone()));
            if presence != Cond::Const(true) {
                self.conditionals.push(Conditional {
                    path: path.to_vec(),
                    key: key.clone(),
                    cond: presence,
                });
            }
            let field = occurrences[0].0;
            let value = if field.name == "__typename" {
                Value::String(concrete.to_owned())
            } else {
                let mut child_path = path.to_vec();
                child_path.push(key.clone());
                let sets: Vec<(&'a SelectionSet, Cond)> = occurrences
                    .iter()
                    .map(|(field, cond)| (&field.selection_set, cond.clone()))
                    .collect();
                self.complete(&field.definition.ty, &sets, &child_path)
            };
            object.insert(key, value);
        }
        Value::Object(object)
    }

    fn complete(&mut self, ty: &Type, sets: &[(&'a SelectionSet, Cond)], path: &[String]) -> Value {
        match ty {
            Type::List(inner) | Type::NonNullList(inner) => {
                Value::Array(vec![self.complete(inner, sets, path)])
            }
            Type::Named(name) | Type::NonNullNamed(name) => {
                if let Some(leaf) = leaf_example(self.schema, name, ExampleStyle::Wire) {
                    return leaf;
                }
                match example_object_type(self.schema, name) {
                    Some(concrete) => self.object(&concrete, sets, path),
                    None => Value::Null,
                }
            }
        }
    }

    fn collect(
        &self,
        concrete: &str,
        set: &'a SelectionSet,
        cond: Cond,
        fields: &mut IndexMap<String, Occurrences<'a>>,
    ) {
        for selection in &set.selections {
            let own = cond
                .clone()
                .and(Cond::of(selection.directives(), self.defaults));
            if own == Cond::Const(false) {
                continue;
            }
            match selection {
                Selection::Field(field) => fields
                    .entry(field.response_key().to_string())
                    .or_default()
                    .push((field, own)),
                Selection::InlineFragment(inline) => {
                    let applies = inline
                        .type_condition
                        .as_ref()
                        .is_none_or(|condition| self.applies(concrete, condition));
                    if applies {
                        self.collect(concrete, &inline.selection_set, own, fields);
                    }
                }
                Selection::FragmentSpread(spread) => {
                    if let Some(fragment) = self.document.fragments.get(&spread.fragment_name) {
                        if self.applies(concrete, fragment.type_condition()) {
                            self.collect(concrete, &fragment.selection_set, own, fields);
                        }
                    }
                }
            }
        }
    }

    /// Whether a type condition applies to a concrete object type.
    fn applies(&self, concrete: &str, condition: &str) -> bool {
        if concrete == condition {
            return true;
        }
        match self.schema.types.get(condition) {
            Some(ExtendedType::Union(union)) => union.members.iter().any(|m| m.name == concrete),
            Some(ExtendedType::Interface(_)) => match self.schema.types.get(concrete) {
                Some(ExtendedType::Object(object)) => object
                    .implements_interfaces
                    .iter()
                    .any(|i| i.name == condition),
                _ => false,
            },
            _ => false,
        }
    }
}
