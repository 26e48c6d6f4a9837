//! Turns a reference example query into a valid operation by rewriting its AST.
//!
//! The official generator prints every object field as a `...<Type>Fragment` spread of a fragment
//! the page never defines, and selects every field without arguments, so a nested field with a
//! required argument makes the printed query invalid. The rewrite replaces each spread with
//! `__typename` and drops each field that lacks a required argument, remembering the response
//! path of every dropped field so that the expected response drops it too.

use std::collections::BTreeSet;

use apollo_compiler::ast::{self, Definition, Selection};
use apollo_compiler::{name, Node, Schema};

/// A field the rewrite removed from an example query.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Dropped {
    /// The response keys from the data root to the field.
    pub path: Vec<String>,
    /// The schema coordinate with its missing arguments, e.g. `AccountType.bill(id:)`.
    pub coordinate: String,
}

/// The example query made valid.
pub(crate) struct Rewritten {
    /// The printed operation.
    pub text: String,
    /// The operation's name after any renaming.
    pub operation_name: String,
    /// The root type of the operation, if the schema has one.
    pub root: Option<String>,
    /// The operation's rewritten selection set, for normalising the expected response.
    pub selections: Vec<Selection>,
    /// The fields removed because they lacked required arguments.
    pub dropped: Vec<Dropped>,
}

/// Parses the example query and rewrites it against `schema`, naming the operation with
/// `name_for(current name)` so that the caller can keep module names unique.
pub(crate) fn rewrite(
    schema: &Schema,
    file: &str,
    query: &str,
    name_for: impl FnOnce(Option<&str>) -> String,
) -> Result<Rewritten, String> {
    let mut document = ast::Document::parse(query, file).map_err(|errors| {
        let first = errors.errors.iter().next().map(|e| e.to_string());
        format!(
            "the example query does not parse: {}",
            first.unwrap_or_default()
        )
    })?;
    let mut operations =
        document
            .definitions
            .iter_mut()
            .filter_map(|definition| match definition {
                Definition::OperationDefinition(operation) => Some(operation),
                _ => None,
            });
    let (Some(operation), None) = (operations.next(), operations.next()) else {
        return Err("the example query does not hold exactly one operation".to_owned());
    };
    let operation = operation.make_mut();
    let operation_name = name_for(operation.name.as_ref().map(|name| name.as_str()));
    operation.name = Some(
        apollo_compiler::Name::new(&operation_name)
            .map_err(|error| format!("bad operation name: {error}"))?,
    );
    let root = schema
        .root_operation(operation.operation_type)
        .map(|name| name.as_str().to_owned());
    let mut dropped = Vec::new();
    rewrite_selections(
        schema,
        root.as_deref(),
        &mut operation.selection_set,
        &mut Vec::new(),
        &mut dropped,
    );
    let selections = operation.selection_set.clone();
    Ok(Rewritten {
        text: document.to_string(),
        operation_name,
        root,
        selections,
        dropped,
    })
}

/// Rewrites one selection set on the type `parent` (unknown when the schema lacks a field on
/// the way, in which case the linter reports it later).
fn rewrite_selections(
    schema: &Schema,
    parent: Option<&str>,
    selections: &mut Vec<Selection>,
    path: &mut Vec<String>,
    dropped: &mut Vec<Dropped>,
) {
    let mut has_typename = false;
    let mut had_spread = false;
    let mut kept = Vec::with_capacity(selections.len());
    for selection in selections.drain(..) {
        match selection {
            Selection::FragmentSpread(_) => had_spread = true,
            Selection::InlineFragment(mut fragment) => {
                let fragment_mut = fragment.make_mut();
                let condition = fragment_mut
                    .type_condition
                    .as_ref()
                    .map(|name| name.as_str().to_owned());
                let on = condition.as_deref().or(parent);
                rewrite_selections(schema, on, &mut fragment_mut.selection_set, path, dropped);
                kept.push(Selection::InlineFragment(fragment));
            }
            Selection::Field(mut field) => {
                let key = field
                    .alias
                    .as_ref()
                    .unwrap_or(&field.name)
                    .as_str()
                    .to_owned();
                has_typename |= field.name == "__typename" && field.alias.is_none();
                let definition =
                    parent.and_then(|parent| schema.type_field(parent, &field.name).ok());
                let missing: Vec<String> = definition
                    .iter()
                    .flat_map(|definition| definition.arguments.iter())
                    .filter(|argument| argument.is_required())
                    .filter(|argument| !field.arguments.iter().any(|a| a.name == argument.name))
                    .map(|argument| format!("{}:", argument.name))
                    .collect();
                path.push(key);
                if missing.is_empty() {
                    let inner = definition.map(|d| d.ty.inner_named_type().as_str().to_owned());
                    let field_mut = field.make_mut();
                    if !field_mut.selection_set.is_empty() {
                        rewrite_selections(
                            schema,
                            inner.as_deref(),
                            &mut field_mut.selection_set,
                            path,
                            dropped,
                        );
                    }
                    kept.push(Selection::Field(field));
                } else {
                    dropped.push(Dropped {
                        path: path.clone(),
                        coordinate: format!(
                            "{}.{}({})",
                            parent.unwrap_or("?"),
                            field.name,
                            missing.join(" ")
                        ),
                    });
                }
                path.pop();
            }
        }
    }
    // A spread stands for the fragment's fields; `__typename` is the smallest valid stand-in,
    // and it also keeps a selection set from becoming empty when every field was dropped.
    if !has_typename && (had_spread || kept.is_empty()) {
        kept.insert(0, typename());
    }
    *selections = kept;
}

fn typename() -> Selection {
    Selection::Field(Node::new(ast::Field {
        alias: None,
        name: name!("__typename"),
        arguments: Vec::new(),
        directives: ast::DirectiveList::default(),
        selection_set: Vec::new(),
    }))
}

/// The response keys of every dropped field, for removing them from the expected response.
pub(crate) fn dropped_paths(dropped: &[Dropped]) -> BTreeSet<Vec<String>> {
    dropped.iter().map(|d| d.path.clone()).collect()
}
