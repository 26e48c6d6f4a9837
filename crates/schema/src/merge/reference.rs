//! Applying the docs reference over a merged schema: the newest word on the `Query` root and
//! on every type whose fields an example query lists.
//!
//! The reference states the `Query` field list, order, return types, argument types,
//! descriptions and deprecations, so those win. For the object types its examples reveal it
//! states the field list and order, but field types only as example values, so a field the
//! schema already has keeps its exact type, and a new field takes its type from a fallback
//! schema's same coordinate before an inferred type is used.

use apollo_compiler::ast::{self, FieldDefinition, InputValueDefinition};
use apollo_compiler::collections::IndexMap;
use apollo_compiler::schema::{Component, ComponentName, ExtendedType, ObjectType};
use apollo_compiler::{Name, Node, Schema};

use super::provenance::Provenance;
use crate::coordinate::Coordinate;
use crate::diagnostic::{Diagnostic, Location};
use crate::reference::{
    InferredBase, InferredType, ListShape, Reference, ReferenceEntry, RevealedField, Section,
};

/// Applies one section of the reference over `schema`; returns what it changed that a
/// reviewer should know (fields dropped or added, types it could not state).
pub fn apply_reference(
    schema: &mut Schema,
    reference: &Reference,
    section: Section,
    source: &str,
    fallbacks: &[(&str, &Schema)],
    provenance: &mut Provenance,
) -> Vec<Diagnostic> {
    let mut applier = Applier {
        schema,
        reference,
        source,
        fallbacks,
        provenance,
        notes: Vec::new(),
    };
    applier.apply_query(section);
    applier.apply_revealed_types(section);
    applier.notes
}

struct Applier<'a> {
    schema: &'a mut Schema,
    reference: &'a Reference,
    source: &'a str,
    fallbacks: &'a [(&'a str, &'a Schema)],
    provenance: &'a mut Provenance,
    notes: Vec<Diagnostic>,
}

impl Applier<'_> {
    fn location(&self, entry: &ReferenceEntry) -> Location {
        Location::new(&self.reference.source_name, entry.line, 1)
    }

    /// Rebuilds `Query` with the reference's field list and order.
    fn apply_query(&mut self, section: Section) {
        let query_name = Name::new_static_unchecked("Query");
        let mut old_fields = match self.schema.types.get(&query_name) {
            Some(ExtendedType::Object(object)) => object.fields.clone(),
            _ => IndexMap::default(),
        };
        let mut fields = IndexMap::default();
        for entry in self.reference.section(section) {
            let Ok(name) = Name::new(&entry.name) else {
                continue;
            };
            let existing = old_fields.shift_remove(&name);
            let fallback = self.fallback_field("Query", &entry.name);
            let older = match (&existing, &fallback) {
                (Some(existing), _) => {
                    let coordinate = Coordinate::field("Query", name.as_str());
                    let source = self
                        .provenance
                        .items
                        .get(&coordinate)
                        .map(|o| o.source.clone());
                    Some((
                        source.unwrap_or_else(|| "older source".to_owned()),
                        existing.node.clone(),
                    ))
                }
                (None, Some(fallback)) => Some(fallback.clone()),
                (None, None) => None,
            };
            if let Some(field) = self.query_field(entry, &name, older.as_ref()) {
                fields.insert(name, Component::new(field));
            }
        }
        let dropped: Vec<String> = old_fields.keys().map(|name| name.to_string()).collect();
        for name in &dropped {
            self.provenance
                .items
                .remove(&Coordinate::field("Query", name.as_str()));
        }
        if !dropped.is_empty() {
            self.notes.push(Diagnostic::note(
                "reference-dropped-fields",
                format!(
                    "the reference no longer documents {} Query fields of the older sources, so they were left out: {}",
                    dropped.len(),
                    dropped.join(", ")
                ),
            ));
        }
        let object = ObjectType {
            description: self
                .schema
                .types
                .get(&query_name)
                .and_then(|ty| ty.description().cloned()),
            name: query_name.clone(),
            implements_interfaces: Default::default(),
            directives: Default::default(),
            fields,
        };
        self.provenance
            .types
            .entry(query_name.to_string())
            .or_insert_with(|| self.source.to_owned());
        self.schema
            .types
            .insert(query_name.clone(), ExtendedType::Object(Node::new(object)));
        self.schema.schema_definition.make_mut().query = Some(ComponentName::from(query_name));
    }

    /// One `Query` field as the reference states it, with gaps filled from older definitions.
    fn query_field(
        &mut self,
        entry: &ReferenceEntry,
        name: &Name,
        older: Option<&(String, Node<FieldDefinition>)>,
    ) -> Option<FieldDefinition> {
        let older_source = older.map(|(source, _)| source.clone());
        let older = older.map(|(_, field)| field);
        let coordinate = Coordinate::field("Query", name.as_str());
        let ty = match (&entry.stated_type, older) {
            (Some(stated), _) => stated.clone(),
            (None, Some(older)) => older.ty.clone(),
            (None, None) => match self.inferred_type(&entry.return_type) {
                Some(ty) => ty,
                None => {
                    self.notes.push(
                        Diagnostic::warning(
                            "reference-unknown-type",
                            format!("`Query.{}`: the reference does not show its return type and no source has it; left out", entry.name),
                        )
                        .at(self.location(entry)),
                    );
                    return None;
                }
            },
        };
        let mut filled = Vec::new();
        let arguments = entry
            .arguments
            .iter()
            .filter_map(|argument| {
                let name = Name::new(&argument.name).ok()?;
                let old = older.and_then(|o| o.arguments.iter().find(|a| a.name == name));
                let description = argument
                    .description
                    .as_deref()
                    .map(Node::new_str)
                    .or_else(|| old.and_then(|o| o.description.clone()));
                let directives = old.map(|o| o.directives.clone()).unwrap_or_default();
                if directives.has("deprecated") {
                    filled.push("argument deprecation");
                }
                Some(Node::new(InputValueDefinition {
                    description,
                    name,
                    ty: Node::new(argument.ty.clone()),
                    default_value: old
                        .and_then(|o| o.default_value.clone())
                        .or_else(|| argument.default_value.clone()),
                    directives,
                }))
            })
            .collect::<Vec<_>>();
        let mut arguments = arguments;
        // The reference is printed from introspection that omits deprecated arguments, so an
        // older deprecated argument it does not show is kept.
        if let Some(older) = older {
            for old_argument in &older.arguments {
                let shown = arguments.iter().any(|a| a.name == old_argument.name);
                if !shown && old_argument.directives.has("deprecated") {
                    arguments.push(old_argument.clone());
                    filled.push("deprecated argument");
                }
            }
        }
        let description = match (&entry.description, older) {
            (Some(text), _) => Some(Node::new_str(text)),
            (None, Some(older)) => {
                filled.push("description");
                older.description.clone()
            }
            (None, None) => None,
        };
        let mut directives = ast::DirectiveList::default();
        if let Some(reason) = &entry.deprecation {
            directives.push(deprecated_directive(reason));
        }
        if entry.stated_type.is_none() && older.is_some() {
            filled.push("type");
        }
        self.provenance.define(coordinate.clone(), self.source);
        if let Some(older_source) = older_source {
            for part in filled {
                self.provenance.fill(&coordinate, part, &older_source);
            }
        }
        Some(FieldDefinition {
            description,
            name: name.clone(),
            arguments,
            ty,
            directives,
        })
    }

    /// Replaces the field list of every type an example query reveals.
    fn apply_revealed_types(&mut self, section: Section) {
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
                        "reference-interface-field",
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
                    "reference-revealed-type",
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
                        "reference-unknown-type",
                        format!("`{type_name}.{}`: the example does not show its type and no source has it; left out", revealed.name),
                    )
                    .at(location.clone()),
                );
                None
            }
        }
    }

    /// The type an example shows, where it names one; enum values are looked up in the sources.
    fn inferred_type(&self, inferred: &InferredType) -> Option<ast::Type> {
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

    /// The same field in the first fallback that has it, with that fallback's name.
    fn fallback_field(&self, ty: &str, field: &str) -> Option<(String, Node<FieldDefinition>)> {
        self.fallbacks.iter().find_map(|(source, schema)| {
            let field = schema.type_field(ty, field).ok()?;
            Some(((*source).to_owned(), Node::new(field.as_ref().clone())))
        })
    }
}

/// `@deprecated(reason: "…")`.
fn deprecated_directive(reason: &str) -> Node<ast::Directive> {
    Node::new(ast::Directive {
        name: Name::new_static_unchecked("deprecated"),
        arguments: vec![Node::new(ast::Argument {
            name: Name::new_static_unchecked("reason"),
            value: Node::new(ast::Value::String(reason.to_owned())),
        })],
    })
}
