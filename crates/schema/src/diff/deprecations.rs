//! Kraken's own changes: a deprecation added or removed, or its removal date moved, on a
//! coordinate both schemas have. The removal dates come from the deprecation reasons
//! (`crate::deprecation`), as Kraken writes them.

use chrono::NaiveDate;

use super::change::{ChangeType, Criticality, DeprecationDates, SchemaChange};
use crate::deprecation::Deprecation;
use crate::model::KrakenSchema;

/// Deprecation changes of the coordinates that exist in both schemas.
pub(super) fn deprecation_changes(old: &KrakenSchema, new: &KrakenSchema) -> Vec<SchemaChange> {
    let mut changes = Vec::new();
    for after in new.deprecations() {
        match old.deprecation(&after.coordinate) {
            None if exists(old, after) => changes.push(added(after)),
            None => {}
            Some(before) if before.removal_on_or_after != after.removal_on_or_after => {
                changes.push(moved(before, after));
            }
            Some(_) => {}
        }
    }
    for before in old.deprecations() {
        if new.deprecation(&before.coordinate).is_none() && exists(new, before) {
            let coordinate = before.coordinate.to_string();
            let mut change = SchemaChange::new(
                ChangeType::DeprecationRemoved,
                coordinate.clone(),
                format!("{coordinate} is no longer deprecated."),
            );
            change.deprecation = Some(DeprecationDates {
                before: before.removal_on_or_after,
                after: None,
            });
            changes.push(change);
        }
    }
    changes
}

/// Whether the coordinate of a deprecation in one schema exists in `schema`.
fn exists(schema: &KrakenSchema, deprecation: &Deprecation) -> bool {
    use crate::coordinate::Coordinate;
    use apollo_compiler::schema::ExtendedType;
    let types = &schema.schema().types;
    match &deprecation.coordinate {
        Coordinate::Field { ty, field } => match types.get(ty.as_str()) {
            Some(ExtendedType::Object(object)) => object.fields.contains_key(field.as_str()),
            Some(ExtendedType::Interface(interface)) => {
                interface.fields.contains_key(field.as_str())
            }
            _ => false,
        },
        Coordinate::Argument {
            ty,
            field,
            argument,
        } => {
            let definition = match types.get(ty.as_str()) {
                Some(ExtendedType::Object(object)) => object.fields.get(field.as_str()),
                Some(ExtendedType::Interface(interface)) => interface.fields.get(field.as_str()),
                _ => None,
            };
            definition
                .is_some_and(|definition| definition.argument_by_name(argument.as_str()).is_some())
        }
        Coordinate::InputField { ty, field } => matches!(
            types.get(ty.as_str()),
            Some(ExtendedType::InputObject(input)) if input.fields.contains_key(field.as_str())
        ),
        Coordinate::EnumValue { ty, value } => matches!(
            types.get(ty.as_str()),
            Some(ExtendedType::Enum(values)) if values.values.contains_key(value.as_str())
        ),
        Coordinate::DirectiveArgument {
            directive,
            argument,
        } => schema
            .schema()
            .directive_definitions
            .get(directive.as_str())
            .is_some_and(|definition| definition.argument_by_name(argument.as_str()).is_some()),
    }
}

/// A deprecation the old schema did not have.
fn added(after: &Deprecation) -> SchemaChange {
    let coordinate = after.coordinate.to_string();
    let message = match after.removal_on_or_after {
        Some(date) => format!("{coordinate} was deprecated: removed on or after {date}."),
        None => format!("{coordinate} was deprecated, with no removal date."),
    };
    let mut change = SchemaChange::new(ChangeType::DeprecationAdded, coordinate, message);
    change.deprecation = Some(DeprecationDates {
        before: None,
        after: after.removal_on_or_after,
    });
    change
}

/// A deprecation whose removal date changed: dangerous when the date came earlier or was set
/// where there was none, safe when it moved later or was dropped.
fn moved(before: &Deprecation, after: &Deprecation) -> SchemaChange {
    let coordinate = after.coordinate.to_string();
    let (old, new) = (before.removal_on_or_after, after.removal_on_or_after);
    let message = format!(
        "The removal date of {coordinate} moved from {} to {}.",
        date_text(old),
        date_text(new)
    );
    let mut change = SchemaChange::new(
        ChangeType::DeprecationRemovalDateChanged,
        coordinate,
        message,
    );
    change.criticality = match (old, new) {
        (Some(old), Some(new)) if new > old => Criticality::Safe,
        (Some(_), None) => Criticality::Safe,
        _ => Criticality::Dangerous,
    };
    change.deprecation = Some(DeprecationDates {
        before: old,
        after: new,
    });
    change
}

/// A removal date, or "no date".
fn date_text(date: Option<NaiveDate>) -> String {
    date.map_or_else(|| "no date".to_owned(), |date| date.to_string())
}
