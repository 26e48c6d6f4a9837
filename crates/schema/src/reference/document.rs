//! Builds a best-effort SDL document of one section of the reference from apollo-compiler AST nodes.
//!
//! The document has `type Query` with every field whose return type the page (or the known schema)
//! reveals, and one object or interface type per returned type with the fields the examples select.
//! It names types it does not define, so it is an input to a merge, not a schema on its own.

use apollo_compiler::ast;
use apollo_compiler::{Name, Node, Schema};
use indexmap::IndexMap;

use super::known::{self, Kind};
use super::{InferredBase, InferredType, ListShape, Reference, ReferenceEntry, Section};
use crate::codes::{self, Code};
use crate::diagnostic::{Diagnostic, Location};

/// The code of a warning about a field left out because its type is not revealed.
const UNREVEALED: Code = codes::REFERENCE_TYPE_UNREVEALED;

/// A type being collected from the entries that return it.
struct Draft {
    kind: Kind,
    /// The fields in first-seen order; `None` marks a field left out (so it is reported once).
    fields: IndexMap<String, Option<Node<ast::FieldDefinition>>>,
}

/// Builds the document of `section`; see [`Reference::to_document`].
pub(super) fn build(
    reference: &Reference,
    section: Section,
    known: Option<&Schema>,
) -> (ast::Document, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut query_fields = Vec::new();
    let mut drafts: IndexMap<String, Draft> = IndexMap::new();
    let mut abstract_noted: Vec<String> = Vec::new();
    let query_type = known::query_type_name(known);
    for entry in reference.section(section) {
        let at = Location::new(&reference.source_name, entry.line, 1);
        let coordinate = format!("Query.{}", entry.name);
        let ty = match &entry.stated_type {
            Some(stated) => Ok(stated.clone()),
            None => resolve(
                &entry.return_type,
                known,
                known::field_type(known, query_type, &entry.name),
            ),
        };
        let ty = match ty {
            Ok(ty) => ty,
            Err(why) => {
                diagnostics.push(unrevealed(&coordinate, &why, known.is_some(), at));
                continue;
            }
        };
        let Some(definition) = query_field(entry, ty.clone()) else {
            continue;
        };
        query_fields.push(Node::new(definition));
        let type_name = ty.inner_named_type().as_str();
        if !entry.fields.is_empty() {
            collect(entry, type_name, known, &mut drafts, &mut diagnostics, &at);
        } else if !entry.possible_types.is_empty()
            && !abstract_noted.iter().any(|noted| noted == type_name)
        {
            abstract_noted.push(type_name.to_owned());
            diagnostics.push(
                Diagnostic::note(
                    UNREVEALED,
                    format!(
                        "`{type_name}`, returned by `{coordinate}`, is shown only through its possible types {}; it is not defined here",
                        entry.possible_types.join(", ")
                    ),
                )
                .at(at),
            );
        }
    }
    let mut definitions = vec![ast::Definition::from(ast::ObjectTypeDefinition {
        description: None,
        name: Name::new_unchecked(query_type),
        implements_interfaces: Vec::new(),
        directives: ast::DirectiveList::new(),
        fields: query_fields,
    })];
    for (name, draft) in drafts {
        let fields: Vec<_> = draft.fields.into_values().flatten().collect();
        let Ok(name) = Name::new(&name) else { continue };
        definitions.push(if draft.kind == Kind::Interface {
            ast::Definition::from(ast::InterfaceTypeDefinition {
                description: None,
                name,
                implements_interfaces: Vec::new(),
                directives: ast::DirectiveList::new(),
                fields,
            })
        } else {
            ast::Definition::from(ast::ObjectTypeDefinition {
                description: None,
                name,
                implements_interfaces: Vec::new(),
                directives: ast::DirectiveList::new(),
                fields,
            })
        });
    }
    let mut document = ast::Document::new();
    document.definitions = definitions;
    (document, diagnostics)
}

/// The `Query` field of one entry, with its description, arguments and deprecation.
fn query_field(entry: &ReferenceEntry, ty: ast::Type) -> Option<ast::FieldDefinition> {
    let arguments = entry
        .arguments
        .iter()
        .filter_map(|argument| {
            Some(Node::new(ast::InputValueDefinition {
                description: argument.description.as_deref().map(Node::new_str),
                name: Name::new(&argument.name).ok()?,
                ty: Node::new(argument.ty.clone()),
                default_value: argument.default_value.clone(),
                directives: ast::DirectiveList::new(),
            }))
        })
        .collect();
    let mut directives = ast::DirectiveList::new();
    if let Some(reason) = &entry.deprecation {
        directives.push(Node::new(ast::Directive {
            name: Name::new_unchecked("deprecated"),
            arguments: vec![Node::new(ast::Argument {
                name: Name::new_unchecked("reason"),
                value: Node::new(ast::Value::String(reason.clone())),
            })],
        }));
    }
    Some(ast::FieldDefinition {
        description: entry.description.as_deref().map(Node::new_str),
        name: Name::new(&entry.name).ok()?,
        arguments,
        ty,
        directives,
    })
}

/// Adds the fields an entry selects to the draft of the type it returns.
fn collect(
    entry: &ReferenceEntry,
    type_name: &str,
    known: Option<&Schema>,
    drafts: &mut IndexMap<String, Draft>,
    diagnostics: &mut Vec<Diagnostic>,
    at: &Location,
) {
    let kind = match known::kind_of(known, type_name) {
        Some(kind @ (Kind::Object | Kind::Interface)) => kind,
        Some(other) => {
            diagnostics.push(
                Diagnostic::warning(
                    UNREVEALED,
                    format!(
                        "the example of `Query.{}` selects fields on `{type_name}`, which the known schema defines as {other:?}; its fields are left out",
                        entry.name
                    ),
                )
                .at(at.clone()),
            );
            return;
        }
        // Kraken names its interfaces `...Interface`; the page does not otherwise tell them apart.
        None if type_name.ends_with("Interface") => Kind::Interface,
        None => Kind::Object,
    };
    let draft = drafts.entry(type_name.to_owned()).or_insert(Draft {
        kind,
        fields: IndexMap::new(),
    });
    for field in &entry.fields {
        if draft.fields.contains_key(&field.name) {
            continue;
        }
        let known_ty = known::field_type(known, type_name, &field.name);
        let definition = match resolve(&field.ty, known, known_ty) {
            Ok(ty) => Name::new(&field.name).ok().map(|name| {
                Node::new(ast::FieldDefinition {
                    description: None,
                    name,
                    arguments: Vec::new(),
                    ty,
                    directives: ast::DirectiveList::new(),
                })
            }),
            Err(why) => {
                let coordinate = format!("{type_name}.{}", field.name);
                diagnostics.push(unrevealed(&coordinate, &why, known.is_some(), at.clone()));
                None
            }
        };
        draft.fields.insert(field.name.clone(), definition);
    }
}

/// The type to write for what the example shows, preferring the known type where it fits.
fn resolve(
    inferred: &InferredType,
    known: Option<&Schema>,
    known_ty: Option<&ast::Type>,
) -> Result<ast::Type, String> {
    if let (Some(schema), Some(ty)) = (known, known_ty) {
        if known::fits(schema, ty, inferred) {
            return Ok(ty.clone());
        }
    }
    let name = match &inferred.base {
        InferredBase::Scalar(name) | InferredBase::Object(name) => name,
        InferredBase::EnumValue(value) => {
            return Err(format!(
                "the page shows only the enum value `{value}`, not the enum's name"
            ))
        }
        InferredBase::Abstract(possible) => {
            return Err(format!(
                "the page shows only its possible types ({})",
                possible.join(", ")
            ))
        }
        InferredBase::UnnamedObject => {
            return Err(
                "the page shows the fields of the object it returns but lost the object's name"
                    .to_owned(),
            )
        }
        InferredBase::Unknown => return Err("the page shows no example value for it".to_owned()),
    };
    let name = Name::new(name).map_err(|_| format!("`{name}` is not a GraphQL name"))?;
    Ok(match inferred.list {
        ListShape::Brackets => ast::Type::Named(name).list(),
        ListShape::NotList | ListShape::BareOrNonNullList | ListShape::NotShown => {
            ast::Type::Named(name)
        }
    })
}

fn unrevealed(coordinate: &str, why: &str, had_known: bool, at: Location) -> Diagnostic {
    let help = if had_known {
        format!("the known schema has no `{coordinate}` of a type that fits the example")
    } else {
        format!("pass an older schema that defines `{coordinate}`")
    };
    Diagnostic::warning(UNREVEALED, format!("left out `{coordinate}`: {why}"))
        .at(at)
        .with_help(help)
}
