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
use crate::codes;
use crate::coordinate::Coordinate;
use crate::diagnostic::{Diagnostic, Location};
use crate::reference::{Reference, ReferenceEntry, Section};

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

/// The state of one application of the reference; `revealed.rs` continues its `impl`.
pub(super) struct Applier<'a> {
    pub(super) schema: &'a mut Schema,
    pub(super) reference: &'a Reference,
    pub(super) source: &'a str,
    pub(super) fallbacks: &'a [(&'a str, &'a Schema)],
    pub(super) provenance: &'a mut Provenance,
    pub(super) notes: Vec<Diagnostic>,
}

impl Applier<'_> {
    pub(super) fn location(&self, entry: &ReferenceEntry) -> Location {
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
                codes::REFERENCE_DROPPED_FIELDS,
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
                            codes::REFERENCE_UNKNOWN_TYPE,
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

    /// The same field in the first fallback that has it, with that fallback's name.
    pub(super) fn fallback_field(
        &self,
        ty: &str,
        field: &str,
    ) -> Option<(String, Node<FieldDefinition>)> {
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
