//! Enum values the reference shows: an example prints an enum field as the enum's first value,
//! so a value shown there that the enum lacks, or holds further down, is the newest word on the
//! enum's first value (e.g. `SmartMeterInterestChoices.PRIORITY`, newer than every full schema).

use apollo_compiler::collections::IndexMap;
use apollo_compiler::schema::{Component, EnumValueDefinition, ExtendedType};
use apollo_compiler::Name;

use super::reference::Applier;
use crate::codes;
use crate::coordinate::Coordinate;
use crate::diagnostic::{Diagnostic, Location};
use crate::reference::{InferredBase, ReferenceEntry};

impl Applier<'_> {
    /// Puts first every enum value the example of `entry` shows for a field of `type_name`.
    pub(super) fn apply_shown_enum_values(&mut self, entry: &ReferenceEntry, type_name: &Name) {
        let location = self.location(entry);
        for revealed in &entry.fields {
            let InferredBase::EnumValue(value) = &revealed.ty.base else {
                continue;
            };
            let field_type = match self.schema.types.get(type_name) {
                Some(ExtendedType::Object(object)) => object.fields.get(revealed.name.as_str()),
                Some(ExtendedType::Interface(interface)) => {
                    interface.fields.get(revealed.name.as_str())
                }
                _ => None,
            }
            .map(|field| field.ty.inner_named_type().clone());
            if let Some(enum_name) = field_type {
                self.put_first(&enum_name, value, &location);
            }
        }
    }

    fn put_first(&mut self, enum_name: &Name, value: &str, location: &Location) {
        let Some(ExtendedType::Enum(definition)) = self.schema.types.get_mut(enum_name) else {
            return;
        };
        if definition
            .values
            .keys()
            .next()
            .is_some_and(|first| first == value)
        {
            return;
        }
        let Ok(value_name) = Name::new(value) else {
            return;
        };
        let definition = definition.make_mut();
        let existing = definition.values.shift_remove(&value_name);
        let added = existing.is_none();
        let component = existing.unwrap_or_else(|| {
            Component::new(EnumValueDefinition {
                description: None,
                value: value_name.clone(),
                directives: Default::default(),
            })
        });
        let mut values = IndexMap::default();
        values.insert(value_name.clone(), component);
        values.extend(definition.values.drain(..));
        definition.values = values;
        let coordinate = Coordinate::enum_value(enum_name.as_str(), value);
        let message = if added {
            self.provenance.define(coordinate, self.source);
            format!("`{enum_name}.{value}` is new in the reference, which shows it as the first value; added first")
        } else {
            format!("the reference shows `{enum_name}.{value}` as the first value; moved first")
        };
        self.notes
            .push(Diagnostic::note(codes::REFERENCE_ENUM_VALUE, message).at(location.clone()));
    }
}
