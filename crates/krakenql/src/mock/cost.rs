//! A bound on the work of one execution, computed when a document is validated, so that a server
//! can run a cheap operation at once on the thread that read it and send only the others to a
//! pool of threads meant for long work.
//!
//! The bound counts the selections execution visits: every field, fragment spread and inline
//! fragment, each multiplied by the longest list the mock builds around it (one element, three
//! with a seed). Introspection (`__schema`, `__type`) and value overrides, whose lists can be any
//! length, have no bound. The walk stops as soon as the count passes [`INLINE_COST`], so
//! computing it costs no more than the cheap executions it admits.

use apollo_compiler::executable::{Operation, Selection, SelectionSet};
use apollo_compiler::schema::Type;
use apollo_compiler::ExecutableDocument;
use serde_json::Value;

/// The most selections (list multiplicity included) an execution run inline may visit.
pub(crate) const INLINE_COST: u64 = 512;

/// The most JSON values the variables of an execution run inline may hold (coercing them is
/// part of the execution's work).
const INLINE_VARIABLE_VALUES: usize = 256;

/// The bound of `operation`, or `None` when it has none or passes [`INLINE_COST`]. `list` is
/// the longest list the mock builds (`None` when overrides can make lists of any length).
pub(crate) fn operation_cost(
    document: &ExecutableDocument,
    operation: &Operation,
    list: Option<u64>,
) -> Option<u64> {
    let list = list?;
    let mut total: u64 = 0;
    let mut pending: Vec<(&SelectionSet, u64, bool)> = vec![(&operation.selection_set, 1, true)];
    while let Some((set, times, root)) = pending.pop() {
        for selection in &set.selections {
            total = total.saturating_add(times);
            if total > INLINE_COST {
                return None;
            }
            match selection {
                Selection::Field(field) => {
                    if root && matches!(field.name.as_str(), "__schema" | "__type") {
                        return None;
                    }
                    let inner =
                        times.saturating_mul(list.saturating_pow(lists(&field.definition.ty)));
                    pending.push((&field.selection_set, inner, false));
                }
                Selection::FragmentSpread(spread) => {
                    // Validation guarantees the fragment exists; a missing one adds nothing.
                    if let Some(fragment) = document.fragments.get(&spread.fragment_name) {
                        pending.push((&fragment.selection_set, times, root));
                    }
                }
                Selection::InlineFragment(inline) => {
                    pending.push((&inline.selection_set, times, root));
                }
            }
        }
    }
    Some(total)
}

/// How many list wrappers a type has (`[[Int!]]!` has two).
fn lists(ty: &Type) -> u32 {
    let mut count = 0;
    let mut ty = ty;
    while let Type::List(item) | Type::NonNullList(item) = ty {
        count += 1;
        ty = item;
    }
    count
}

/// Whether variables are small enough to coerce inline: at most [`INLINE_VARIABLE_VALUES`] JSON
/// values, counted without recursion and stopping at the bound.
pub(crate) fn small_variables(variables: &serde_json::Map<String, Value>) -> bool {
    let mut count = 0usize;
    if variables.len() > INLINE_VARIABLE_VALUES {
        return false;
    }
    let mut pending: Vec<&Value> = variables.values().collect();
    while let Some(value) = pending.pop() {
        count += 1;
        if count > INLINE_VARIABLE_VALUES {
            return false;
        }
        let children = match value {
            Value::Array(items) => items.len(),
            Value::Object(map) => map.len(),
            _ => 0,
        };
        if count + pending.len() + children > INLINE_VARIABLE_VALUES {
            return false;
        }
        match value {
            Value::Array(items) => pending.extend(items),
            Value::Object(map) => pending.extend(map.values()),
            _ => {}
        }
    }
    true
}
