//! Applying the reference to the object types its example queries reveal: the field list and
//! order are the reference's; a field the schema has keeps its exact type; a new field takes its
//! type from a fallback schema's same coordinate before an inferred type is used.

use apollo_compiler::ast::{self, FieldDefinition};
use apollo_compiler::collections::IndexMap;
use apollo_compiler::schema::{Component, ExtendedType, ObjectType};
use apollo_compiler::{Name, Node};

use super::reference::Applier;
use crate::codes;
use crate::coordinate::Coordinate;
use crate::diagnostic::{Diagnostic, Location};
use crate::reference::{
    InferredBase, InferredType, ListShape, ReferenceEntry, RevealedField, Section,
};

impl Applier<'_> {
    /// Replaces the field list of every type an example query reveals.
    pub(super) fn apply_revealed_types(&mut self, section: Section) {
        let mut done: Vec<Name> = Vec::new();
        let entries: Vec<&ReferenceEntry> = self
            .reference
            .section(section)
            .filter(|entry| !entry.fields.is_empty())
            .collect();
        for entry in entries {
            let Some(type_name) = self.query_return_type(&entry.name) else {
                continue;
            };
            if done.contains(&type_name) {
                continue;
            }
            done.push(type_name.clone());
            self.apply_revealed(entry, &type_name);
            self.apply_shown_enum_values(entry, &type_name);
        }
    }

    fn query_return_type(&self, field: &str) -> Option<Name> {
        let query = self.schema.get_object("Query")?;
        Some(query.fields.get(field)?.ty.inner_named_type().clone())
    }

    /// Sets the fields of `type_name` to those `entry` reveals, in its order.
    fn apply_revealed(&mut self, entry: &ReferenceEntry, type_name: &Name) {
        let location = self.location(entry);
        let interface_fields = self.interface_field_names(type_name);
        let (mut old_fields, is_interface) = match self.schema.types.get(type_name) {
            Some(ExtendedType::Object(object)) => (object.fields.clone(), false),
            Some(ExtendedType::Interface(interface)) => (interface.fields.clone(), true),
            Some(_) => return,
            None => (IndexMap::default(), false),
        };
        let mut fields = IndexMap::default();
        let mut added = Vec::new();
        for revealed in &entry.fields {
            let Ok(name) = Name::new(&revealed.name) else {
                continue;
            };
            if let Some(field) = old_fields.shift_remove(&name) {
                fields.insert(name, field);
                continue;
            }
            if is_interface {
                match self.interface_field_with_implementations(type_name, &name) {
                    Some((field, source)) => {
                        let coordinate = Coordinate::field(type_name.as_str(), name.as_str());
                        self.provenance.define(coordinate.clone(), self.source);
                        self.provenance.fill(&coordinate, "type", &source);
                        added.push(name.to_string());
                        fields.insert(name, Component::new(field));
                    }
                    None => self.notes.push(Diagnostic::note(
                        codes::REFERENCE_INTERFACE_FIELD,
                        format!("`{type_name}.{name}` is new in the reference but `{type_name}` is an interface and no source states the field on every implementation; not added"),
                    ).at(location.clone())),
                }
                continue;
            }
            match self.new_revealed_field(type_name, revealed, &location) {
                Some((field, from)) => {
                    let coordinate = Coordinate::field(type_name.as_str(), name.as_str());
                    self.provenance.define(coordinate.clone(), self.source);
                    if let Some(from) = from {
                        self.provenance.fill(&coordinate, "type", &from);
                    }
                    added.push(name.to_string());
                    fields.insert(name, Component::new(field));
                }
                None => continue,
            }
        }
        let mut dropped = Vec::new();
        for (name, field) in old_fields {
            if interface_fields.contains(&name) {
                fields.insert(name, field);
            } else {
                self.provenance
                    .items
                    .remove(&Coordinate::field(type_name.as_str(), name.as_str()));
                dropped.push(name.to_string());
            }
        }
        if !added.is_empty() || !dropped.is_empty() {
            self.notes.push(
                Diagnostic::note(
                    codes::REFERENCE_REVEALED_TYPE,
                    format!(
                        "`{type_name}` takes the reference's field list: added [{}], removed [{}]",
                        added.join(", "),
                        dropped.join(", ")
                    ),
                )
                .at(location),
            );
        }
        self.set_fields(type_name, fields, is_interface);
    }

    fn set_fields(
        &mut self,
        type_name: &Name,
        fields: IndexMap<Name, Component<FieldDefinition>>,
        is_interface: bool,
    ) {
        match self.schema.types.get_mut(type_name) {
            Some(ExtendedType::Object(object)) => object.make_mut().fields = fields,
            Some(ExtendedType::Interface(interface)) if is_interface => {
                interface.make_mut().fields = fields
            }
            Some(_) => {}
            None => {
                self.provenance
                    .types
                    .insert(type_name.to_string(), self.source.to_owned());
                self.schema.types.insert(
                    type_name.clone(),
                    ExtendedType::Object(Node::new(ObjectType {
                        description: None,
                        name: type_name.clone(),
                        implements_interfaces: Default::default(),
                        directives: Default::default(),
                        fields,
                    })),
                );
            }
        }
    }

    /// Fields an object must keep because an interface it implements declares them.
    fn interface_field_names(&self, type_name: &Name) -> Vec<Name> {
        let Some(object) = self.schema.get_object(type_name) else {
            return Vec::new();
        };
        object
            .implements_interfaces
            .iter()
            .filter_map(|interface| self.schema.get_interface(&interface.name))
            .flat_map(|interface| interface.fields.keys().cloned())
            .collect()
    }

    /// A new interface field, taken from a fallback only when every object implementing the
    /// interface either has the field or can take it from a fallback too; those objects get it.
    fn interface_field_with_implementations(
        &mut self,
        interface: &Name,
        field: &Name,
    ) -> Option<(FieldDefinition, String)> {
        let (source, definition) = self.fallback_field(interface, field)?;
        let implementations: Vec<Name> = self
            .schema
            .types
            .iter()
            .filter_map(|(name, ty)| match ty {
                ExtendedType::Object(object)
                    if object
                        .implements_interfaces
                        .iter()
                        .any(|i| i.name == *interface) =>
                {
                    Some(name.clone())
                }
                _ => None,
            })
            .collect();
        let mut additions = Vec::new();
        for object in &implementations {
            let has = self
                .schema
                .get_object(object)
                .is_some_and(|o| o.fields.contains_key(field));
            if has {
                continue;
            }
            additions.push((object.clone(), self.fallback_field(object, field)?));
        }
        for (object, (object_source, object_field)) in additions {
            if let Some(ExtendedType::Object(target)) = self.schema.types.get_mut(&object) {
                target
                    .make_mut()
                    .fields
                    .insert(field.clone(), Component::new(object_field.as_ref().clone()));
                let coordinate = Coordinate::field(object.as_str(), field.as_str());
                self.provenance.define(coordinate, &object_source);
            }
        }
        Some((definition.as_ref().clone(), source))
    }

    /// A field the schema lacks: from a fallback's same coordinate, else from the example.
    fn new_revealed_field(
        &mut self,
        type_name: &Name,
        revealed: &RevealedField,
        location: &Location,
    ) -> Option<(FieldDefinition, Option<String>)> {
        for (source, fallback) in self.fallbacks {
            if let Ok(field) = fallback.type_field(type_name, &revealed.name) {
                return Some((field.as_ref().clone(), Some((*source).to_owned())));
            }
        }
        match self.inferred_type(&revealed.ty) {
            Some(ty) => Some((
                FieldDefinition {
                    description: None,
                    name: Name::new(&revealed.name).ok()?,
                    arguments: Vec::new(),
                    ty,
                    directives: Default::default(),
                },
                None,
            )),
            None => {
                self.notes.push(
                    Diagnostic::warning(
                        codes::REFERENCE_UNKNOWN_TYPE,
                        format!("`{type_name}.{}`: the example does not show its type and no source has it; left out", revealed.name),
                    )
                    .at(location.clone()),
                );
                None
            }
        }
    }

    /// The type an example shows, where it names one; enum values are looked up in the sources.
    pub(super) fn inferred_type(&self, inferred: &InferredType) -> Option<ast::Type> {
        let name = match &inferred.base {
            InferredBase::Scalar(name) | InferredBase::Object(name) => Name::new(name).ok()?,
            InferredBase::EnumValue(value) => self.enum_with_first_value(value)?,
            InferredBase::Abstract(_) | InferredBase::UnnamedObject | InferredBase::Unknown => {
                return None
            }
        };
        let named = ast::Type::Named(name);
        Some(match inferred.list {
            ListShape::Brackets => ast::Type::List(Box::new(named)),
            ListShape::NotList | ListShape::BareOrNonNullList | ListShape::NotShown => named,
        })
    }

    /// The one enum, in the schema or a fallback, whose first value is `value`.
    fn enum_with_first_value(&self, value: &str) -> Option<Name> {
        let schemas = std::iter::once(&*self.schema).chain(self.fallbacks.iter().map(|(_, s)| *s));
        for schema in schemas {
            let matches: Vec<&Name> = schema
                .types
                .iter()
                .filter_map(|(name, ty)| match ty {
                    ExtendedType::Enum(e) if e.values.keys().next().is_some_and(|v| v == value) => {
                        Some(name)
                    }
                    _ => None,
                })
                .collect();
            if let [only] = matches.as_slice() {
                return Some((*only).clone());
            }
        }
        None
    }
}
