//! Changes of named types: added, removed, changed kind, and the members of enums, unions and
//! implemented interfaces (graphql-js `findTypeChanges`).

use apollo_compiler::collections::{IndexMap, IndexSet};
use apollo_compiler::schema::{ComponentName, ExtendedType};
use apollo_compiler::{Name, Schema};

use super::change::{ChangeType, SchemaChange};
use super::fields::{field_changes, input_field_changes};

/// The standard scalars graphql-js always has: the introspection types use them.
const ALWAYS_PRESENT: [&str; 2] = ["String", "Boolean"];

/// Type-level changes, in the old schema's type order, then the added types.
pub(super) fn type_changes(old: &Schema, new: &Schema) -> Vec<SchemaChange> {
    let old_types = present_types(old);
    let new_types = present_types(new);
    let mut changes = Vec::new();
    for (name, old_type) in &old_types {
        let Some(new_type) = new_types.get(*name) else {
            let message = if old_type.is_built_in() {
                format!("Standard scalar {name} was removed because it is not referenced anymore.")
            } else {
                format!("{name} was removed.")
            };
            changes.push(SchemaChange::new(
                ChangeType::TypeRemoved,
                name.as_str(),
                message,
            ));
            continue;
        };
        changes.extend(persisted_type_changes(name, old_type, new_type));
    }
    for name in new_types.keys() {
        if !old_types.contains_key(*name) {
            changes.push(SchemaChange::new(
                ChangeType::TypeAdded,
                name.as_str(),
                format!("{name} was added."),
            ));
        }
    }
    changes
}

/// The named types graphql-js would see: every type the schema defines, without the
/// introspection types, and the standard scalars only when something refers to them.
fn present_types(schema: &Schema) -> IndexMap<&Name, &ExtendedType> {
    let referenced = referenced_names(schema);
    schema
        .types
        .iter()
        .filter(|(name, ty)| {
            if name.starts_with("__") {
                return false;
            }
            !ty.is_built_in()
                || ALWAYS_PRESENT.contains(&name.as_str())
                || referenced.contains(name.as_str())
        })
        .collect()
}

/// The type names that fields, arguments, input fields and custom directives refer to.
fn referenced_names(schema: &Schema) -> IndexSet<&str> {
    let mut names = IndexSet::default();
    for (name, ty) in &schema.types {
        if name.starts_with("__") {
            continue;
        }
        match ty {
            ExtendedType::Object(object) => {
                for field in object.fields.values() {
                    names.insert(field.ty.inner_named_type().as_str());
                    for argument in &field.arguments {
                        names.insert(argument.ty.inner_named_type().as_str());
                    }
                }
            }
            ExtendedType::Interface(interface) => {
                for field in interface.fields.values() {
                    names.insert(field.ty.inner_named_type().as_str());
                    for argument in &field.arguments {
                        names.insert(argument.ty.inner_named_type().as_str());
                    }
                }
            }
            ExtendedType::InputObject(input) => {
                for field in input.fields.values() {
                    names.insert(field.ty.inner_named_type().as_str());
                }
            }
            ExtendedType::Scalar(_) | ExtendedType::Union(_) | ExtendedType::Enum(_) => {}
        }
    }
    for directive in schema.directive_definitions.values() {
        if directive.is_built_in() {
            continue;
        }
        for argument in &directive.arguments {
            names.insert(argument.ty.inner_named_type().as_str());
        }
    }
    names
}

/// An input object gaining `@oneOf` (breaking: an operation that gives two of its fields, or a
/// nullable variable for one, stops validating) or losing it (safe: every value that was valid
/// stays valid).
fn one_of_change(name: &Name, old: bool, new: bool) -> Option<SchemaChange> {
    match (old, new) {
        (false, true) => Some(SchemaChange::new(
            ChangeType::OneOfAdded,
            name.as_str(),
            format!("{name} became a one-of input object (@oneOf was added)."),
        )),
        (true, false) => Some(SchemaChange::new(
            ChangeType::OneOfRemoved,
            name.as_str(),
            format!("{name} is no longer a one-of input object (@oneOf was removed)."),
        )),
        _ => None,
    }
}

/// Changes of a type both schemas define.
fn persisted_type_changes(
    name: &Name,
    old: &ExtendedType,
    new: &ExtendedType,
) -> Vec<SchemaChange> {
    let mut changes = Vec::new();
    if description(old) != description(new) {
        changes.push(SchemaChange::new(
            ChangeType::DescriptionChanged,
            name.as_str(),
            format!(
                "Description of {name} has changed to \"{}\".",
                description(new).unwrap_or("undefined")
            ),
        ));
    }
    match (old, new) {
        (ExtendedType::Enum(old), ExtendedType::Enum(new)) => {
            for value in new.values.keys() {
                if !old.values.contains_key(value) {
                    changes.push(SchemaChange::new(
                        ChangeType::ValueAddedToEnum,
                        format!("{name}.{value}"),
                        format!("Enum value {name}.{value} was added."),
                    ));
                }
            }
            for (value, old_value) in &old.values {
                let Some(new_value) = new.values.get(value) else {
                    changes.push(SchemaChange::new(
                        ChangeType::ValueRemovedFromEnum,
                        format!("{name}.{value}"),
                        format!("Enum value {name}.{value} was removed."),
                    ));
                    continue;
                };
                let (before, after) = (
                    old_value.description.as_deref(),
                    new_value.description.as_deref(),
                );
                if before != after {
                    changes.push(SchemaChange::new(
                        ChangeType::DescriptionChanged,
                        format!("{name}.{value}"),
                        format!(
                            "Description of enum value {name}.{value} has changed to \"{}\".",
                            after.unwrap_or("undefined")
                        ),
                    ));
                }
            }
        }
        (ExtendedType::Union(old), ExtendedType::Union(new)) => {
            for member in &new.members {
                if !old.members.contains(member) {
                    changes.push(SchemaChange::new(
                        ChangeType::TypeAddedToUnion,
                        name.as_str(),
                        format!("{member} was added to union type {name}."),
                    ));
                }
            }
            for member in &old.members {
                if !new.members.contains(member) {
                    changes.push(SchemaChange::new(
                        ChangeType::TypeRemovedFromUnion,
                        name.as_str(),
                        format!("{member} was removed from union type {name}."),
                    ));
                }
            }
        }
        (ExtendedType::InputObject(old), ExtendedType::InputObject(new)) => {
            changes.extend(one_of_change(
                name,
                old.directives.get("oneOf").is_some(),
                new.directives.get("oneOf").is_some(),
            ));
            changes.extend(input_field_changes(name, &old.fields, &new.fields));
        }
        (ExtendedType::Object(old), ExtendedType::Object(new)) => {
            changes.extend(field_changes(name, &old.fields, &new.fields));
            changes.extend(interface_changes(
                name,
                &old.implements_interfaces,
                &new.implements_interfaces,
            ));
        }
        (ExtendedType::Interface(old), ExtendedType::Interface(new)) => {
            changes.extend(field_changes(name, &old.fields, &new.fields));
            changes.extend(interface_changes(
                name,
                &old.implements_interfaces,
                &new.implements_interfaces,
            ));
        }
        (ExtendedType::Scalar(_), ExtendedType::Scalar(_)) => {}
        _ => changes.push(SchemaChange::new(
            ChangeType::TypeChangedKind,
            name.as_str(),
            format!(
                "{name} changed from {} to {}.",
                kind_name(old),
                kind_name(new)
            ),
        )),
    }
    changes
}

/// Interfaces added to or removed from an object or interface type.
fn interface_changes(
    name: &Name,
    old: &IndexSet<ComponentName>,
    new: &IndexSet<ComponentName>,
) -> Vec<SchemaChange> {
    let mut changes = Vec::new();
    for interface in new {
        if !old.contains(interface) {
            changes.push(SchemaChange::new(
                ChangeType::ImplementedInterfaceAdded,
                name.as_str(),
                format!("{interface} added to interfaces implemented by {name}."),
            ));
        }
    }
    for interface in old {
        if !new.contains(interface) {
            changes.push(SchemaChange::new(
                ChangeType::ImplementedInterfaceRemoved,
                name.as_str(),
                format!("{name} no longer implements interface {interface}."),
            ));
        }
    }
    changes
}

/// A type's description.
fn description(ty: &ExtendedType) -> Option<&str> {
    match ty {
        ExtendedType::Scalar(t) => t.description.as_deref(),
        ExtendedType::Object(t) => t.description.as_deref(),
        ExtendedType::Interface(t) => t.description.as_deref(),
        ExtendedType::Union(t) => t.description.as_deref(),
        ExtendedType::Enum(t) => t.description.as_deref(),
        ExtendedType::InputObject(t) => t.description.as_deref(),
    }
}

/// The kind of a type as graphql-js words it in `TYPE_CHANGED_KIND`.
fn kind_name(ty: &ExtendedType) -> &'static str {
    match ty {
        ExtendedType::Scalar(_) => "a Scalar type",
        ExtendedType::Object(_) => "an Object type",
        ExtendedType::Interface(_) => "an Interface type",
        ExtendedType::Union(_) => "a Union type",
        ExtendedType::Enum(_) => "an Enum type",
        ExtendedType::InputObject(_) => "an Input type",
    }
}
