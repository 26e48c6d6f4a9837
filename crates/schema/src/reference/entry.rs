//! Reads one raw entry of the reference page: its example operation, arguments, fields and texts.
//!
//! The example operation is parsed with apollo-compiler's AST parser (it spreads fragments the page
//! never defines, so it cannot be validated). Argument names come from the root field of the example,
//! because the scrape lost the name column of the arguments table.

use apollo_compiler::ast;
use serde_json::Value;

use super::infer::{self, SelectedType};
use super::scan::RawEntry;
use super::text::{join_description, rebuild_deprecation, table_cell};
use super::{
    InferredBase, InferredType, ListShape, ReferenceArgument, ReferenceEntry, RevealedField,
};
use crate::codes::{self, Code};
use crate::diagnostic::{Diagnostic, Location};

/// The code of a warning about an entry that had to be skipped.
const UNREADABLE: Code = codes::REFERENCE_ENTRY_UNREADABLE;
/// The code of a warning about an entry that was read only in part.
const PARTIAL: Code = codes::REFERENCE_ENTRY_PARTIAL;

/// Reads one raw entry; an entry without a readable example query is skipped with a warning.
pub(super) fn read_entry(
    source_name: &str,
    raw: &RawEntry,
) -> Result<(ReferenceEntry, Vec<Diagnostic>), Diagnostic> {
    let at = |line: usize| Location::new(source_name, line, 1);
    let label = raw.name.as_deref().unwrap_or("(headerless entry)");
    let Some(query) = &raw.query else {
        return Err(
            Diagnostic::warning(UNREADABLE, format!("`{label}` has no example query"))
                .at(at(raw.line)),
        );
    };
    if !query.complete {
        return Err(Diagnostic::warning(
            UNREADABLE,
            format!("the example query of `{label}` is cut off"),
        )
        .at(at(query.first_line)));
    }
    let document =
        ast::Document::parse(query.text.as_str(), source_name).map_err(|with_errors| {
            let first = with_errors.errors.iter().next();
            let (line, column) = first
                .as_ref()
                .and_then(|error| error.line_column_range())
                .map_or((0, 1), |range| {
                    (range.start.line.saturating_sub(1), range.start.column)
                });
            let message = first.map_or_else(
                || "a syntax error".to_owned(),
                |error| error.error.to_string(),
            );
            Diagnostic::warning(
                UNREADABLE,
                format!("the example query of `{label}` does not parse: {message}"),
            )
            .at(Location::new(source_name, query.first_line + line, column))
        })?;
    let Some((operation, root)) = root_field(&document) else {
        return Err(Diagnostic::warning(
            UNREADABLE,
            format!("the example query of `{label}` selects no root field"),
        )
        .at(at(query.first_line)));
    };
    let mut notes = Vec::new();
    let name = raw.name.clone().unwrap_or_else(|| root.name.to_string());
    if name != root.name.as_str() {
        notes.push(
            Diagnostic::warning(
                PARTIAL,
                format!("`{name}` has an example query that selects `{}`", root.name),
            )
            .at(at(raw.line)),
        );
    }
    let stated_type = raw.type_line.as_ref().and_then(|(text, line)| {
        ast::Type::parse(text.as_str(), source_name)
            .map_err(|_| {
                notes.push(
                    Diagnostic::warning(
                        PARTIAL,
                        format!("`{name}` states the type `{text}`, which does not parse"),
                    )
                    .at(at(*line)),
                )
            })
            .ok()
    });
    let response =
        raw.response
            .as_ref()
            .and_then(|block| match infer::parse_example(&block.text) {
                Ok(value) => Some(value),
                Err(error) => {
                    notes.push(
                        Diagnostic::warning(
                            PARTIAL,
                            format!("the example response of `{name}` does not read: {error}"),
                        )
                        .at(Location::new(
                            source_name,
                            block.first_line + error.line().saturating_sub(1),
                            error.column().max(1),
                        )),
                    );
                    None
                }
            });
    let key = root.alias.as_ref().unwrap_or(&root.name);
    let shown = response
        .as_ref()
        .and_then(|value| value.get("data")?.get(key.as_str()));
    let arguments = read_arguments(
        &name,
        raw,
        operation,
        root,
        &mut notes,
        at(query.first_line),
    );
    let mut fields = Vec::new();
    for selection in &root.selection_set {
        let ast::Selection::Field(field) = selection else {
            continue;
        };
        let field_key = field.alias.as_ref().unwrap_or(&field.name);
        let field_shown = shown
            .and_then(infer::element)
            .and_then(|object| object.get(field_key.as_str()));
        let (ty, disagreement) = infer::reveal_field(field, field_shown);
        if let Some(shown_name) = disagreement {
            notes.push(Diagnostic::note(PARTIAL, format!("`{name}.{}` spreads a fragment on a type the example response shows as `{shown_name}`", field.name))
                .at(at(query.first_line)));
        }
        fields.push(RevealedField {
            name: field.name.to_string(),
            ty,
        });
    }
    let return_type = match &stated_type {
        Some(stated) => from_stated(stated, root, shown),
        None => inferred_root(root, shown),
    };
    Ok((
        ReferenceEntry {
            section: raw.section,
            line: raw.line,
            name,
            has_header: raw.name.is_some() && raw.type_line.is_some() && raw.url.is_some(),
            has_name_line: raw.name.is_some(),
            stated_type,
            url: raw.url.clone(),
            description: join_description(&raw.description),
            deprecation: rebuild_deprecation(&raw.deprecated),
            arguments,
            return_type,
            fields,
            possible_types: infer::type_conditions(&root.selection_set),
            query: query.text.clone(),
            variables: raw.variables.as_ref().map(|block| block.text.clone()),
            response: raw.response.as_ref().map(|block| block.text.clone()),
        },
        notes,
    ))
}

/// The first operation of the document and the first field it selects.
fn root_field(document: &ast::Document) -> Option<(&ast::OperationDefinition, &ast::Field)> {
    document.definitions.iter().find_map(|definition| {
        let ast::Definition::OperationDefinition(operation) = definition else {
            return None;
        };
        let root = operation
            .selection_set
            .iter()
            .find_map(|selection| match selection {
                ast::Selection::Field(field) => Some(&**field),
                _ => None,
            })?;
        Some((&**operation, root))
    })
}

/// Pairs the root field's arguments with their variables' types and the table rows at the same positions.
fn read_arguments(
    name: &str,
    raw: &RawEntry,
    operation: &ast::OperationDefinition,
    root: &ast::Field,
    notes: &mut Vec<Diagnostic>,
    location: Location,
) -> Vec<ReferenceArgument> {
    let rows: Vec<Option<String>> = raw
        .table
        .iter()
        .flatten()
        .map(|row| table_cell(row))
        .collect();
    let aligned = rows.len() == root.arguments.len();
    // A lone empty row is how the page prints an empty table; no table at all means no descriptions.
    let empty_table = root.arguments.is_empty() && rows.iter().all(Option::is_none);
    if raw.table.is_some() && !aligned && !empty_table {
        notes.push(Diagnostic::warning(PARTIAL, format!(
            "the arguments table of `{name}` has {} row(s) but the example passes {} argument(s), so their descriptions are left out",
            rows.len(), root.arguments.len()
        )).at(location.clone()));
    }
    let mut arguments = Vec::new();
    for (position, argument) in root.arguments.iter().enumerate() {
        let variable = match argument.value.as_ref() {
            ast::Value::Variable(variable) => operation
                .variables
                .iter()
                .find(|definition| definition.name == *variable),
            _ => None,
        };
        let Some(variable) = variable else {
            notes.push(Diagnostic::warning(PARTIAL, format!(
                "the example passes `{name}({}:)` no declared variable, so its type is unknown and it is left out",
                argument.name
            )).at(location.clone()));
            continue;
        };
        arguments.push(ReferenceArgument {
            name: argument.name.to_string(),
            ty: (*variable.ty).clone(),
            default_value: variable.default_value.clone(),
            description: if aligned {
                rows[position].clone()
            } else {
                None
            },
        });
    }
    arguments
}

/// The return type as stated, with the base kind read from the example.
fn from_stated(stated: &ast::Type, root: &ast::Field, shown: Option<&Value>) -> InferredType {
    let list = match stated {
        ast::Type::List(_) => ListShape::Brackets,
        ast::Type::NonNullList(_) => ListShape::BareOrNonNullList,
        ast::Type::Named(_) | ast::Type::NonNullNamed(_) => ListShape::NotList,
    };
    let name = stated.inner_named_type().to_string();
    let base = if !root.selection_set.is_empty() {
        InferredBase::Object(name)
    } else {
        match infer::infer_value(shown).base {
            InferredBase::EnumValue(value) => InferredBase::EnumValue(value),
            _ => InferredBase::Scalar(name),
        }
    };
    InferredType { base, list }
}

/// The return type as far as the example shows it, for entries without a `Type:` line.
fn inferred_root(root: &ast::Field, shown: Option<&Value>) -> InferredType {
    if root.selection_set.is_empty() {
        return infer::infer_value(shown);
    }
    let has_fields = root
        .selection_set
        .iter()
        .any(|selection| matches!(selection, ast::Selection::Field(_)));
    let base = match infer::selected_type(&root.selection_set) {
        _ if has_fields => InferredBase::UnnamedObject,
        Some(SelectedType::Spread(name)) => InferredBase::Object(name),
        Some(SelectedType::Abstract(names)) => InferredBase::Abstract(names),
        None => InferredBase::UnnamedObject,
    };
    InferredType {
        base,
        list: infer::shape_of(shown),
    }
}
