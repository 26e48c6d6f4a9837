//! Changes of directive definitions (graphql-js `findDirectiveChanges`), built-in directives
//! left out: the loader treats them as the spec's own whatever a file spells out.

use apollo_compiler::Schema;

use super::change::{ChangeType, SchemaChange};
use super::fields::argument_changes;

/// The directives the GraphQL spec (and graphql-js 17) defines.
const BUILT_IN: [&str; 5] = ["skip", "include", "deprecated", "specifiedBy", "oneOf"];

/// Changes of the custom directive definitions.
pub(super) fn directive_changes(old: &Schema, new: &Schema) -> Vec<SchemaChange> {
    let custom = |schema: &Schema| {
        schema
            .directive_definitions
            .iter()
            .filter(|(name, _)| !BUILT_IN.contains(&name.as_str()))
            .map(|(name, definition)| (name.clone(), definition.clone()))
            .collect::<Vec<_>>()
    };
    let (old, new) = (custom(old), custom(new));
    let mut changes = Vec::new();
    for (name, _) in &old {
        if !new.iter().any(|(n, _)| n == name) {
            changes.push(SchemaChange::new(
                ChangeType::DirectiveRemoved,
                format!("@{name}"),
                format!("Directive @{name} was removed."),
            ));
        }
    }
    for (name, _) in &new {
        if !old.iter().any(|(n, _)| n == name) {
            changes.push(SchemaChange::new(
                ChangeType::DirectiveAdded,
                format!("@{name}"),
                format!("Directive @{name} was added."),
            ));
        }
    }
    for (name, before) in &old {
        let Some((_, after)) = new.iter().find(|(n, _)| n == name) else {
            continue;
        };
        let coordinate = format!("@{name}");
        changes.extend(argument_changes(
            &coordinate,
            &before.arguments,
            &after.arguments,
        ));
        if before.repeatable && !after.repeatable {
            changes.push(SchemaChange::new(
                ChangeType::DirectiveRepeatableRemoved,
                coordinate.clone(),
                format!("Repeatable flag was removed from {coordinate}."),
            ));
        } else if after.repeatable && !before.repeatable {
            changes.push(SchemaChange::new(
                ChangeType::DirectiveRepeatableAdded,
                coordinate.clone(),
                format!("Repeatable flag was added to {coordinate}."),
            ));
        }
        if before.description != after.description {
            changes.push(SchemaChange::new(
                ChangeType::DescriptionChanged,
                coordinate.clone(),
                format!(
                    "Description of {coordinate} has changed to \"{}\".",
                    after.description.as_deref().unwrap_or("undefined")
                ),
            ));
        }
        for location in &before.locations {
            if !after.locations.contains(location) {
                changes.push(SchemaChange::new(
                    ChangeType::DirectiveLocationRemoved,
                    coordinate.clone(),
                    format!("{location} was removed from {coordinate}."),
                ));
            }
        }
        for location in &after.locations {
            if !before.locations.contains(location) {
                changes.push(SchemaChange::new(
                    ChangeType::DirectiveLocationAdded,
                    coordinate.clone(),
                    format!("{location} was added to {coordinate}."),
                ));
            }
        }
    }
    changes
}
