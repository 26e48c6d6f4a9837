//! Variables a request leaves out, inside input literals, as the GraphQL spec's input coercion
//! treats them.
//!
//! The spec ("Coercing Field Arguments", and the input coercion of input objects) says that an
//! input object field whose value is a variable with no runtime value counts as a field given
//! no value: its default applies, a non-null field without a default is an error, and a
//! nullable one is left out (which is not the same as `null`). apollo-compiler's execution
//! (1.33) instead answers "missing variable for non-null input field" even when the field has a
//! default, and passes `null` for a nullable one. So before execution the mock removes, from a
//! copy of the document, every input object field whose value is such a variable; apollo-
//! compiler's own coercion then applies the defaults and reports the errors. Arguments
//! themselves (`f(arg: $absent)`), list items and explicit `null`s are already coerced as the
//! spec says and are left alone. Variable defaults are applied before this step
//! (`coerce_variable_values`), so a variable with a default is never absent.

use apollo_compiler::executable::{Operation, Selection, SelectionSet};
use apollo_compiler::response::JsonMap;
use apollo_compiler::validation::Valid;
use apollo_compiler::{ExecutableDocument, Name, Node};

use apollo_compiler::ast::Value;

/// The variables `operation` declares that the coerced values do not hold.
pub(super) fn absent_variables(operation: &Operation, coerced: &JsonMap) -> Vec<Name> {
    operation
        .variables
        .iter()
        .filter(|variable| !coerced.contains_key(variable.name.as_str()))
        .map(|variable| variable.name.clone())
        .collect()
}

/// A copy of `document` without the input object fields filled by an `absent` variable, or
/// `None` when it has none (the common case, which costs one walk and no copy).
pub(super) fn without_absent_fields(
    document: &Valid<ExecutableDocument>,
    absent: &[Name],
) -> Option<Valid<ExecutableDocument>> {
    if absent.is_empty() {
        return None;
    }
    let mut copy = ExecutableDocument::clone(document);
    let mut changed = false;
    let operations = copy
        .operations
        .anonymous
        .iter_mut()
        .chain(copy.operations.named.values_mut());
    for operation in operations {
        if mentions_absent_field(&operation.selection_set, absent) {
            changed |= strip_set(&mut operation.make_mut().selection_set, absent);
        }
    }
    for fragment in copy.fragments.values_mut() {
        if mentions_absent_field(&fragment.selection_set, absent) {
            changed |= strip_set(&mut fragment.make_mut().selection_set, absent);
        }
    }
    // Removing a field that names an absent variable keeps the document valid: validation has
    // already accepted the variable in that position, which it only does where the field may
    // be left out (nullable, or with a default) or where coercion reports the missing value.
    changed.then(|| Valid::assume_valid(copy))
}

/// Whether any argument of the selection set (nested selections included) holds an input
/// object field filled by an absent variable; read-only, so nothing is copied when none does.
fn mentions_absent_field(set: &SelectionSet, absent: &[Name]) -> bool {
    set.selections.iter().any(|selection| match selection {
        Selection::Field(field) => {
            field
                .arguments
                .iter()
                .any(|argument| holds_absent_field(&argument.value, absent))
                || mentions_absent_field(&field.selection_set, absent)
        }
        Selection::InlineFragment(inline) => mentions_absent_field(&inline.selection_set, absent),
        Selection::FragmentSpread(_) => false,
    })
}

fn holds_absent_field(value: &Value, absent: &[Name]) -> bool {
    match value {
        Value::Object(fields) => fields
            .iter()
            .any(|(_, value)| is_absent(value, absent) || holds_absent_field(value, absent)),
        Value::List(items) => items.iter().any(|item| holds_absent_field(item, absent)),
        _ => false,
    }
}

fn strip_set(set: &mut SelectionSet, absent: &[Name]) -> bool {
    let mut changed = false;
    for selection in &mut set.selections {
        match selection {
            Selection::Field(field) => {
                let has_absent = field
                    .arguments
                    .iter()
                    .any(|argument| holds_absent_field(&argument.value, absent));
                let nested = mentions_absent_field(&field.selection_set, absent);
                if !has_absent && !nested {
                    continue;
                }
                let field = field.make_mut();
                for argument in &mut field.arguments {
                    if holds_absent_field(&argument.value, absent) {
                        strip_value(argument.make_mut().value.make_mut(), absent);
                        changed = true;
                    }
                }
                changed |= strip_set(&mut field.selection_set, absent);
            }
            Selection::InlineFragment(inline) => {
                if mentions_absent_field(&inline.selection_set, absent) {
                    changed |= strip_set(&mut inline.make_mut().selection_set, absent);
                }
            }
            Selection::FragmentSpread(_) => {}
        }
    }
    changed
}

/// Removes the object fields filled by an absent variable, at every depth of the value.
fn strip_value(value: &mut Value, absent: &[Name]) {
    match value {
        Value::Object(fields) => {
            fields.retain(|(_, value)| !is_absent(value, absent));
            for (_, value) in fields.iter_mut() {
                if holds_absent_field(value, absent) {
                    strip_value(value.make_mut(), absent);
                }
            }
        }
        Value::List(items) => {
            for item in items.iter_mut() {
                if holds_absent_field(item, absent) {
                    strip_value(item.make_mut(), absent);
                }
            }
        }
        _ => {}
    }
}

fn is_absent(value: &Node<Value>, absent: &[Name]) -> bool {
    value
        .as_variable()
        .is_some_and(|name| absent.iter().any(|absent| absent == name))
}
