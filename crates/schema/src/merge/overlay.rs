//! Applying a newer full schema over an older one.
//!
//! The newer source wins for every type and field it defines, with its types, arguments and
//! deprecations; what it lacks and the older one has (descriptions, deprecations of arguments
//! and input fields, which some schema printers drop) is filled in from the older source.

use apollo_compiler::ast::{FieldDefinition, InputValueDefinition};
use apollo_compiler::collections::IndexMap;
use apollo_compiler::schema::{Component, ExtendedType};
use apollo_compiler::{Name, Node, Schema};

use super::provenance::Provenance;
use crate::coordinate::Coordinate;

/// Records every type and item of `schema` as defined by `source`.
pub fn record_all(schema: &Schema, source: &str, provenance: &mut Provenance) {
    for (name, ty) in user_types(schema) {
        record_type(name, ty, source, provenance);
    }
}

/// Records one type and its items as defined by `source`.
pub(super) fn record_type(
    name: &Name,
    ty: &ExtendedType,
    source: &str,
    provenance: &mut Provenance,
) {
    provenance.types.insert(name.to_string(), source.to_owned());
    for coordinate in item_coordinates(name, ty) {
        provenance.define(coordinate, source);
    }
}

/// The types of a schema that a file defines, leaving out built-in scalars and introspection.
pub(super) fn user_types(schema: &Schema) -> impl Iterator<Item = (&Name, &ExtendedType)> {
    schema.types.iter().filter(|(_, ty)| !ty.is_built_in())
}

/// The coordinates of a type's fields, input fields or enum values, in schema order.
pub(super) fn item_coordinates(name: &Name, ty: &ExtendedType) -> Vec<Coordinate> {
    match ty {
        ExtendedType::Object(object) => object
            .fields
            .keys()
            .map(|field| Coordinate::field(name.as_str(), field.as_str()))
            .collect(),
        ExtendedType::Interface(interface) => interface
            .fields
            .keys()
            .map(|field| Coordinate::field(name.as_str(), field.as_str()))
            .collect(),
        ExtendedType::InputObject(input) => input
            .fields
            .keys()
            .map(|field| Coordinate::input_field(name.as_str(), field.as_str()))
            .collect(),
        ExtendedType::Enum(enum_) => enum_
            .values
            .keys()
            .map(|value| Coordinate::enum_value(name.as_str(), value.as_str()))
            .collect(),
        ExtendedType::Scalar(_) | ExtendedType::Union(_) => Vec::new(),
    }
}

/// Returns `newer` with the gaps it has filled from `older`, and updates the provenance.
pub fn overlay_full(
    older: &Schema,
    mut newer: Schema,
    newer_source: &str,
    provenance: &mut Provenance,
) -> Schema {
    let old_provenance = std::mem::take(provenance);
    let names: Vec<Name> = user_types(&newer).map(|(name, _)| name.clone()).collect();
    for name in names {
        let Some(ty) = newer.types.get_mut(&name) else {
            continue;
        };
        record_type(&name, ty, newer_source, provenance);
        let Some(old) = older.types.get(&name) else {
            continue;
        };
        let mut filler = Filler {
            old_provenance: &old_provenance,
            provenance,
        };
        filler.fill_type(&name, ty, old);
    }
    newer
}

/// Fills gaps of a newer type from the older definition of the same name.
struct Filler<'a> {
    old_provenance: &'a Provenance,
    provenance: &'a mut Provenance,
}

impl Filler<'_> {
    fn fill_type(&mut self, name: &Name, ty: &mut ExtendedType, old: &ExtendedType) {
        if ty.description().is_none() {
            if let Some(description) = old.description() {
                set_type_description(ty, description.clone());
            }
        }
        match (ty, old) {
            (ExtendedType::Object(new), ExtendedType::Object(old)) => {
                self.fill_fields(name, &mut new.make_mut().fields, &old.fields);
            }
            (ExtendedType::Interface(new), ExtendedType::Interface(old)) => {
                self.fill_fields(name, &mut new.make_mut().fields, &old.fields);
            }
            (ExtendedType::InputObject(new), ExtendedType::InputObject(old)) => {
                let new = new.make_mut();
                for (field_name, field) in new.fields.iter_mut() {
                    if let Some(old_field) = old.fields.get(field_name) {
                        let coordinate =
                            Coordinate::input_field(name.as_str(), field_name.as_str());
                        let filled = fill_input_value(field.make_mut(), old_field);
                        self.note_filled(&coordinate, filled);
                    }
                }
                // A printer fed by introspection without `includeDeprecated` on `inputFields`
                // never sees deprecated input fields, so their absence says nothing: keep them.
                for (index, (field_name, old_field)) in old.fields.iter().enumerate() {
                    if new.fields.contains_key(field_name)
                        || !old_field.directives.has("deprecated")
                    {
                        continue;
                    }
                    let coordinate = Coordinate::input_field(name.as_str(), field_name.as_str());
                    let at = index.min(new.fields.len());
                    new.fields
                        .shift_insert(at, field_name.clone(), old_field.clone());
                    self.keep_older(coordinate);
                }
            }
            (ExtendedType::Enum(new), ExtendedType::Enum(old)) => {
                let new = new.make_mut();
                for (value_name, value) in new.values.iter_mut() {
                    let Some(old_value) = old.values.get(value_name) else {
                        continue;
                    };
                    let coordinate = Coordinate::enum_value(name.as_str(), value_name.as_str());
                    if value.description.is_none() && old_value.description.is_some() {
                        value.make_mut().description = old_value.description.clone();
                        self.note_filled(&coordinate, vec!["description"]);
                    }
                    if !value.directives.has("deprecated") {
                        if let Some(deprecated) = old_value.directives.get("deprecated") {
                            value.make_mut().directives.push(deprecated.clone());
                            self.note_filled(&coordinate, vec!["deprecation"]);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    fn fill_fields(
        &mut self,
        type_name: &Name,
        fields: &mut IndexMap<Name, Component<FieldDefinition>>,
        old_fields: &IndexMap<Name, Component<FieldDefinition>>,
    ) {
        for (field_name, field) in fields.iter_mut() {
            let Some(old_field) = old_fields.get(field_name) else {
                continue;
            };
            let coordinate = Coordinate::field(type_name.as_str(), field_name.as_str());
            let field = field.make_mut();
            let mut filled = Vec::new();
            if field.description.is_none() && old_field.description.is_some() {
                field.description = old_field.description.clone();
                filled.push("description");
            }
            // Deprecated arguments are invisible to introspection without `includeDeprecated`
            // on `args`, so a newer file printed that way lacks them: keep the older ones.
            for (index, old_argument) in old_field.arguments.iter().enumerate() {
                let missing = !field.arguments.iter().any(|a| a.name == old_argument.name);
                if missing && old_argument.directives.has("deprecated") {
                    let at = index.min(field.arguments.len());
                    field.arguments.insert(at, old_argument.clone());
                    filled.push("deprecated argument");
                }
            }
            for argument in field.arguments.iter_mut() {
                if let Some(old_argument) = old_field
                    .arguments
                    .iter()
                    .find(|old| old.name == argument.name)
                {
                    for part in fill_input_value(argument.make_mut(), old_argument) {
                        filled.push(match part {
                            "description" => "argument description",
                            _ => "argument deprecation",
                        });
                    }
                }
            }
            self.note_filled(&coordinate, filled);
        }
    }

    /// Records an item kept from the older source with that source's origin.
    fn keep_older(&mut self, coordinate: Coordinate) {
        if let Some(origin) = self.old_provenance.items.get(&coordinate) {
            self.provenance.items.insert(coordinate, origin.clone());
        }
    }

    fn note_filled(&mut self, coordinate: &Coordinate, parts: Vec<&'static str>) {
        let source = self
            .old_provenance
            .items
            .get(coordinate)
            .map(|origin| origin.source.clone())
            .unwrap_or_else(|| "older source".to_owned());
        for part in parts {
            self.provenance.fill(coordinate, part, &source);
        }
    }
}

/// Fills the description and deprecation of an argument or input field; says which were filled.
fn fill_input_value(
    value: &mut InputValueDefinition,
    old: &Node<InputValueDefinition>,
) -> Vec<&'static str> {
    let mut filled = Vec::new();
    if value.description.is_none() && old.description.is_some() {
        value.description = old.description.clone();
        filled.push("description");
    }
    if !value.directives.has("deprecated") {
        if let Some(deprecated) = old.directives.get("deprecated") {
            value.directives.push(deprecated.clone());
            filled.push("deprecation");
        }
    }
    filled
}

/// Sets the description of any kind of type.
pub(super) fn set_type_description(ty: &mut ExtendedType, description: Node<str>) {
    let slot = match ty {
        ExtendedType::Scalar(t) => &mut t.make_mut().description,
        ExtendedType::Object(t) => &mut t.make_mut().description,
        ExtendedType::Interface(t) => &mut t.make_mut().description,
        ExtendedType::Union(t) => &mut t.make_mut().description,
        ExtendedType::Enum(t) => &mut t.make_mut().description,
        ExtendedType::InputObject(t) => &mut t.make_mut().description,
    };
    *slot = Some(description);
}
