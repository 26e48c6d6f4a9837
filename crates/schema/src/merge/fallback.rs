//! Taking types that no primary source defines from fallback schemas of other Kraken brands.
//!
//! The Kraken platform shares its core types across brands, so a type that the UK sources
//! lack but the reference names can be taken from the EDF or Italy schema. A type that no
//! source defines at all becomes an opaque scalar whose description says so: fields are never
//! invented.

use std::collections::BTreeSet;

use apollo_compiler::ast::FieldDefinition;
use apollo_compiler::collections::{IndexMap, IndexSet};
use apollo_compiler::schema::{Component, ComponentName, ExtendedType, ScalarType};
use apollo_compiler::{Name, Node, Schema};

use super::overlay::{record_type, user_types};
use super::provenance::Provenance;
use crate::codes;
use crate::diagnostic::Diagnostic;

/// The source name recorded for types that no source defines.
pub(super) const PLACEHOLDER_SOURCE: &str = "placeholder";

/// Adds every type that `schema` references but does not define, from the first fallback
/// that defines it (and, in turn, the types those reference). Returns a note per type taken.
pub fn import_missing_types(
    schema: &mut Schema,
    fallbacks: &[(&str, &Schema)],
    provenance: &mut Provenance,
) -> Vec<Diagnostic> {
    let mut notes = Vec::new();
    loop {
        let missing = missing_types(schema);
        if missing.is_empty() {
            return notes;
        }
        for name in missing {
            let found = fallbacks
                .iter()
                .find_map(|(source, fallback)| fallback.types.get(&name).map(|ty| (*source, ty)));
            let (source, ty) = match found {
                Some((source, ty)) => {
                    notes.push(Diagnostic::note(
                        codes::TYPE_FROM_FALLBACK,
                        format!(
                            "type `{name}` is defined by no primary source; taken from {source}"
                        ),
                    ));
                    (source, ty.clone())
                }
                None => {
                    notes.push(
                        Diagnostic::warning(
                            codes::TYPE_UNKNOWN,
                            format!(
                                "type `{name}` is named but defined by no source; represented as an opaque scalar"
                            ),
                        )
                        .with_help("select it without a sub-selection; its value is returned as JSON"),
                    );
                    (PLACEHOLDER_SOURCE, placeholder(&name))
                }
            };
            record_type(&name, &ty, source, provenance);
            schema.types.insert(name, ty);
        }
    }
}

/// An opaque scalar standing for a type whose fields no source states.
fn placeholder(name: &Name) -> ExtendedType {
    ExtendedType::Scalar(Node::new(ScalarType {
        description: Some(Node::new_str(
            "The Kraken reference names this type, but no available schema defines its fields. \
             krakenql represents it as an opaque scalar (its JSON value) until a source does.",
        )),
        name: name.clone(),
        directives: Default::default(),
    }))
}

/// Type names that are referenced by the schema but not defined in it, sorted.
pub(super) fn missing_types(schema: &Schema) -> BTreeSet<Name> {
    let mut referenced = BTreeSet::new();
    for root in schema.schema_definition.iter_root_operations() {
        referenced.insert(root.1.name.clone());
    }
    for (_, ty) in user_types(schema) {
        match ty {
            ExtendedType::Object(object) => {
                field_references(
                    &object.implements_interfaces,
                    &object.fields,
                    &mut referenced,
                );
            }
            ExtendedType::Interface(interface) => {
                field_references(
                    &interface.implements_interfaces,
                    &interface.fields,
                    &mut referenced,
                );
            }
            ExtendedType::Union(union_) => {
                referenced.extend(union_.members.iter().map(|m| m.name.clone()));
            }
            ExtendedType::InputObject(input) => {
                referenced.extend(
                    input
                        .fields
                        .values()
                        .map(|f| f.ty.inner_named_type().clone()),
                );
            }
            ExtendedType::Scalar(_) | ExtendedType::Enum(_) => {}
        }
    }
    referenced.retain(|name| !schema.types.contains_key(name));
    referenced
}

/// The interfaces an object or interface type implements and the types of its fields and
/// their arguments.
fn field_references(
    interfaces: &IndexSet<ComponentName>,
    fields: &IndexMap<Name, Component<FieldDefinition>>,
    referenced: &mut BTreeSet<Name>,
) {
    referenced.extend(interfaces.iter().map(|i| i.name.clone()));
    for field in fields.values() {
        referenced.insert(field.ty.inner_named_type().clone());
        referenced.extend(
            field
                .arguments
                .iter()
                .map(|a| a.ty.inner_named_type().clone()),
        );
    }
}
