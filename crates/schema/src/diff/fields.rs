//! Changes of fields, arguments and input fields (graphql-js `findFieldChanges`,
//! `findArgChanges`, `findInputObjectTypeChanges`).

use apollo_compiler::ast::{FieldDefinition, InputValueDefinition, Type};
use apollo_compiler::collections::IndexMap;
use apollo_compiler::schema::Component;
use apollo_compiler::{Name, Node};

use super::change::{ChangeType, SchemaChange};
use super::print::{print_value, safe_input_change, safe_output_change};

/// Changes of the fields of an object or interface type and of their arguments.
pub(super) fn field_changes(
    type_name: &Name,
    old: &IndexMap<Name, Component<FieldDefinition>>,
    new: &IndexMap<Name, Component<FieldDefinition>>,
) -> Vec<SchemaChange> {
    let mut changes = Vec::new();
    for name in old.keys() {
        if !new.contains_key(name) {
            changes.push(SchemaChange::new(
                ChangeType::FieldRemoved,
                format!("{type_name}.{name}"),
                format!("Field {type_name}.{name} was removed."),
            ));
        }
    }
    for name in new.keys() {
        if !old.contains_key(name) {
            changes.push(SchemaChange::new(
                ChangeType::FieldAdded,
                format!("{type_name}.{name}"),
                format!("Field {type_name}.{name} was added."),
            ));
        }
    }
    for (name, old_field) in old {
        let Some(new_field) = new.get(name) else {
            continue;
        };
        let coordinate = format!("{type_name}.{name}");
        changes.extend(argument_changes(
            &coordinate,
            &old_field.arguments,
            &new_field.arguments,
        ));
        let (before, after) = (&old_field.ty, &new_field.ty);
        if !safe_output_change(before, after) {
            changes.push(SchemaChange::new(
                ChangeType::FieldChangedKind,
                coordinate.clone(),
                format!("Field {coordinate} changed type from {before} to {after}."),
            ));
        } else if before != after {
            changes.push(SchemaChange::new(
                ChangeType::FieldChangedKindSafe,
                coordinate.clone(),
                format!("Field {coordinate} changed type from {before} to {after}."),
            ));
        }
        if old_field.description != new_field.description {
            changes.push(SchemaChange::new(
                ChangeType::DescriptionChanged,
                coordinate.clone(),
                format!(
                    "Description of field {coordinate} has changed to \"{}\".",
                    new_field.description.as_deref().unwrap_or("undefined")
                ),
            ));
        }
    }
    changes
}

/// Changes of the arguments of one field (`owner` is `Type.field`) or of one directive
/// (`owner` is `@directive`).
pub(super) fn argument_changes(
    owner: &str,
    old: &[Node<InputValueDefinition>],
    new: &[Node<InputValueDefinition>],
) -> Vec<SchemaChange> {
    let directive = owner.starts_with('@');
    let mut changes = Vec::new();
    let find = |list: &[Node<InputValueDefinition>], name: &Name| {
        list.iter().position(|argument| argument.name == *name)
    };
    for argument in old {
        if find(new, &argument.name).is_none() {
            let coordinate = format!("{owner}({}:)", argument.name);
            let kind = if directive {
                ChangeType::DirectiveArgRemoved
            } else {
                ChangeType::ArgRemoved
            };
            changes.push(SchemaChange::new(
                kind,
                coordinate.clone(),
                format!("Argument {coordinate} was removed."),
            ));
        }
    }
    for old_argument in old {
        let Some(index) = find(new, &old_argument.name) else {
            continue;
        };
        let coordinate = format!("{owner}({}:)", old_argument.name);
        changes.extend(input_value_changes(
            &coordinate,
            old_argument,
            &new[index],
            InputKind::Argument,
        ));
    }
    for argument in new {
        if find(old, &argument.name).is_some() {
            continue;
        }
        let coordinate = format!("{owner}({}:)", argument.name);
        let (kind, message) = match (argument.is_required(), directive) {
            (true, false) => (
                ChangeType::RequiredArgAdded,
                format!("A required argument {coordinate} was added."),
            ),
            (false, false) => (
                ChangeType::OptionalArgAdded,
                format!("An optional argument {coordinate} was added."),
            ),
            (true, true) => (
                ChangeType::RequiredDirectiveArgAdded,
                format!("A required argument {coordinate} was added."),
            ),
            (false, true) => (
                ChangeType::OptionalDirectiveArgAdded,
                format!("An optional argument {coordinate} was added."),
            ),
        };
        changes.push(SchemaChange::new(kind, coordinate, message));
    }
    changes
}

/// Changes of the fields of an input object type.
pub(super) fn input_field_changes(
    type_name: &Name,
    old: &IndexMap<Name, Component<InputValueDefinition>>,
    new: &IndexMap<Name, Component<InputValueDefinition>>,
) -> Vec<SchemaChange> {
    let mut changes = Vec::new();
    for (name, field) in new {
        if old.contains_key(name) {
            continue;
        }
        let coordinate = format!("{type_name}.{name}");
        changes.push(if field.is_required() {
            SchemaChange::new(
                ChangeType::RequiredInputFieldAdded,
                coordinate.clone(),
                format!("A required field {coordinate} was added."),
            )
        } else {
            SchemaChange::new(
                ChangeType::OptionalInputFieldAdded,
                coordinate.clone(),
                format!("An optional field {coordinate} was added."),
            )
        });
    }
    for name in old.keys() {
        if !new.contains_key(name) {
            changes.push(SchemaChange::new(
                ChangeType::FieldRemoved,
                format!("{type_name}.{name}"),
                format!("Field {type_name}.{name} was removed."),
            ));
        }
    }
    for (name, old_field) in old {
        if let Some(new_field) = new.get(name) {
            changes.extend(input_value_changes(
                &format!("{type_name}.{name}"),
                old_field,
                new_field,
                InputKind::InputField,
            ));
        }
    }
    changes
}

/// Whether an input value is an argument or an input field: the change types differ.
#[derive(Clone, Copy, PartialEq, Eq)]
enum InputKind {
    Argument,
    InputField,
}

/// Type, default-value and description changes of an argument or input field both schemas
/// have, judged in graphql-js's order: an unsafe type change hides a default-value change.
fn input_value_changes(
    coordinate: &str,
    old: &InputValueDefinition,
    new: &InputValueDefinition,
    kind: InputKind,
) -> Vec<SchemaChange> {
    let argument = kind == InputKind::Argument;
    let mut changes = Vec::new();
    let (before, after): (&Type, &Type) = (&old.ty, &new.ty);
    let old_default = old.default_value.as_deref().map(print_value);
    let new_default = new.default_value.as_deref().map(print_value);
    if !safe_input_change(before, after) {
        let (kind, message) = if argument {
            (
                ChangeType::ArgChangedKind,
                format!("Argument {coordinate} has changed type from {before} to {after}."),
            )
        } else {
            (
                ChangeType::FieldChangedKind,
                format!("Field {coordinate} changed type from {before} to {after}."),
            )
        };
        changes.push(SchemaChange::new(kind, coordinate, message));
    } else if let Some(old_default) = &old_default {
        let kind = if argument {
            ChangeType::ArgDefaultValueChange
        } else {
            ChangeType::InputFieldDefaultValueChange
        };
        match &new_default {
            None => changes.push(SchemaChange::new(
                kind,
                coordinate,
                format!("{coordinate} defaultValue was removed."),
            )),
            Some(new_default) if new_default != old_default => changes.push(SchemaChange::new(
                kind,
                coordinate,
                format!(
                    "{coordinate} has changed defaultValue from {old_default} to {new_default}."
                ),
            )),
            Some(_) => {}
        }
    } else if let Some(new_default) = &new_default {
        let kind = if argument {
            ChangeType::ArgDefaultValueAdded
        } else {
            ChangeType::InputFieldDefaultValueAdded
        };
        changes.push(SchemaChange::new(
            kind,
            coordinate,
            format!("{coordinate} added a defaultValue {new_default}."),
        ));
    } else if before != after {
        let (kind, message) = if argument {
            (
                ChangeType::ArgChangedKindSafe,
                format!("Argument {coordinate} has changed type from {before} to {after}."),
            )
        } else {
            (
                ChangeType::FieldChangedKindSafe,
                format!("Field {coordinate} changed type from {before} to {after}."),
            )
        };
        changes.push(SchemaChange::new(kind, coordinate, message));
    }
    if old.description != new.description {
        let what = if argument { "argument" } else { "input-field" };
        changes.push(SchemaChange::new(
            ChangeType::DescriptionChanged,
            coordinate,
            format!(
                "Description of {what} {coordinate} has changed to \"{}\".",
                new.description.as_deref().unwrap_or("undefined")
            ),
        ));
    }
    changes
}
