//! Reading SDL text into an AST, with the quirks of real Kraken schema files handled.
//!
//! Two quirks come from the published files: octopus-uk-2024-07 defines the introspection
//! types (`__Schema`, `__Type`, …) and the built-in directives itself, which apollo-compiler
//! rejects as duplicates, and octopus-uk-2024-11 writes descriptions as `#` comments.

use apollo_compiler::ast::{self, Definition};
use apollo_compiler::Node;

use super::comments::CommentDescriptions;
use super::locate::{apollo_location, syntax_diagnostics};
use super::pieces;
use crate::codes;
use crate::diagnostic::{Diagnostic, LoadError};
use crate::model::SourceFile;

/// The directives every GraphQL schema has built in; a file that defines them again is tolerated.
const BUILT_IN_DIRECTIVES: &[&str] = &["skip", "include", "deprecated", "specifiedBy", "oneOf"];

/// The scalars every GraphQL schema has built in.
const BUILT_IN_SCALARS: &[&str] = &["String", "Int", "Float", "Boolean", "ID"];

/// Parses one SDL file, drops re-definitions of built-in items (with a note), and reads `#`
/// comments as descriptions when the file has no string descriptions at all.
pub fn parse_sdl(source: &SourceFile) -> Result<(ast::Document, Vec<Diagnostic>), LoadError> {
    let mut document = match pieces::parse(&source.text, &source.name) {
        Ok(document) => document,
        Err(with_errors) => {
            return Err(LoadError {
                diagnostics: syntax_diagnostics(&with_errors.errors),
            })
        }
    };
    let mut notes = Vec::new();
    if let Some(note) = drop_built_in_redefinitions(&mut document) {
        notes.push(note);
    }
    if !has_string_descriptions(&document) {
        let comments = CommentDescriptions::scan(&source.text);
        let converted = comments.apply(&mut document);
        if converted > 0 {
            notes.push(
                Diagnostic::note(
                    codes::COMMENT_DESCRIPTIONS,
                    format!(
                        "read {converted} `#` comments as descriptions: {} has no string descriptions",
                        source.name
                    ),
                )
                .with_help("print the schema with string descriptions (`\"\"\"…\"\"\"`) to keep them exact"),
            );
        }
    }
    Ok((document, notes))
}

/// Removes definitions that redefine introspection types, built-in scalars or built-in
/// directives, and says what was removed.
fn drop_built_in_redefinitions(document: &mut ast::Document) -> Option<Diagnostic> {
    let sources = document.sources.clone();
    let mut dropped = Vec::new();
    let mut first_location = None;
    document.definitions.retain(|definition| {
        let built_in = match definition {
            Definition::DirectiveDefinition(directive) => {
                BUILT_IN_DIRECTIVES.contains(&directive.name.as_str())
            }
            Definition::ScalarTypeDefinition(scalar) => {
                BUILT_IN_SCALARS.contains(&scalar.name.as_str())
            }
            other => other
                .name()
                .is_some_and(|name| name.as_str().starts_with("__")),
        };
        if built_in {
            if let Some(name) = definition.name() {
                dropped.push(name.to_string());
            }
            if first_location.is_none() {
                first_location = apollo_location(&sources, definition.location());
            }
        }
        !built_in
    });
    if dropped.is_empty() {
        return None;
    }
    Some(
        Diagnostic::note(
            codes::BUILT_IN_REDEFINITION,
            format!(
                "dropped {} definitions of built-in items that the file defines again: {}",
                dropped.len(),
                dropped.join(", ")
            ),
        )
        .at_opt(first_location)
        .with_help("the built-in definitions of GraphQL are used instead"),
    )
}

/// Whether any definition, field, argument or enum value carries a string description.
fn has_string_descriptions(document: &ast::Document) -> bool {
    document
        .definitions
        .iter()
        .any(|definition| match definition {
            Definition::ObjectTypeDefinition(def) => {
                def.description.is_some() || def.fields.iter().any(field_has_description)
            }
            Definition::InterfaceTypeDefinition(def) => {
                def.description.is_some() || def.fields.iter().any(field_has_description)
            }
            Definition::InputObjectTypeDefinition(def) => {
                def.description.is_some() || def.fields.iter().any(|f| f.description.is_some())
            }
            Definition::EnumTypeDefinition(def) => {
                def.description.is_some() || def.values.iter().any(|v| v.description.is_some())
            }
            Definition::UnionTypeDefinition(def) => def.description.is_some(),
            Definition::ScalarTypeDefinition(def) => def.description.is_some(),
            Definition::DirectiveDefinition(def) => def.description.is_some(),
            _ => false,
        })
}

fn field_has_description(field: &Node<ast::FieldDefinition>) -> bool {
    field.description.is_some() || field.arguments.iter().any(|a| a.description.is_some())
}
