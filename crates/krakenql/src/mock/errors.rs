//! Kraken errors at response paths: an override answers the field at a path with one of the
//! codes the schema lists for it, in the shape Kraken sends (the schema's message,
//! `extensions.errorCode`, `errorType`, `errorDescription`), so client code can test its error
//! handling against the schema's own codes. [`Mocks::error_problems`] says which overrides name
//! a path the operation never reaches or a code the field does not list.

use std::collections::BTreeSet;

use apollo_compiler::executable::{Selection, SelectionSet};
use apollo_compiler::ExecutableDocument;
use krakenql_schema::{Coordinate, KrakenSchema};
use serde_json::{Map, Value};

use super::overrides::Overrides;
use super::{MockRequest, Mocks};
use crate::typed_errors::mock_extensions;

/// The error an override asks for at one response path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ErrorOverride {
    pub(crate) code: String,
    /// The message to send instead of the schema's.
    pub(crate) message: Option<String>,
}

/// An error override that does not fit the operation it is used with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorOverrideProblem {
    /// The response path as written.
    pub path: String,
    /// What is wrong: no field at the path, or a code the field does not list.
    pub message: String,
}

impl Overrides {
    /// Answers the field at a response path (response keys joined by dots, list indices as
    /// numbers: `account.ledgers.0`) with the Kraken error `code` and the message the schema
    /// lists for it. The field becomes `null`, as on a real server (and so does its nearest
    /// nullable parent when it is non-null).
    pub fn error(mut self, path: &str, code: &str) -> Self {
        self.errors.insert(
            path.to_owned(),
            ErrorOverride {
                code: code.to_owned(),
                message: None,
            },
        );
        self
    }

    /// Like [`Overrides::error`], with the message to send (for a code the schema does not
    /// list, or to test a reworded message).
    pub fn error_with_message(mut self, path: &str, code: &str, message: &str) -> Self {
        self.errors.insert(
            path.to_owned(),
            ErrorOverride {
                code: code.to_owned(),
                message: Some(message.to_owned()),
            },
        );
        self
    }
}

impl Mocks {
    /// The error overrides that do not fit the request's operation: a path no field of the
    /// operation has, or a code the field at the path does not list among its possible errors.
    /// Empty when the request does not parse or validate (executing it says why). Sorted by path.
    pub fn error_problems(&self, request: &MockRequest) -> Vec<ErrorOverrideProblem> {
        let errors = &self.inner.config.overrides.errors;
        if errors.is_empty() {
            return Vec::new();
        }
        let parsed = self.parsed(&request.query);
        let Ok(prepared) = parsed.as_ref() else {
            return Vec::new();
        };
        let document = &prepared.document;
        let Ok(operation) = document.operations.get(request.operation_name.as_deref()) else {
            return Vec::new();
        };
        let schema = &self.inner.schema;
        let mut problems = Vec::new();
        for (path, error) in errors {
            let segments: Vec<&str> = path.split('.').collect();
            let mut fields = BTreeSet::new();
            reached(document, &operation.selection_set, &segments, &mut fields);
            if fields.is_empty() {
                problems.push(ErrorOverrideProblem {
                    path: path.clone(),
                    message: format!(
                        "the operation has no field at the response path `{path}`; its top-level \
                         response keys are: {}",
                        top_keys(document, &operation.selection_set).join(", ")
                    ),
                });
                continue;
            }
            for coordinate in fields {
                let listed = schema.possible_errors_of(&coordinate);
                if listed.iter().any(|listed| listed.code == error.code) {
                    continue;
                }
                let codes: Vec<&str> = listed.iter().map(|e| e.code.as_str()).collect();
                let lists = if codes.is_empty() {
                    "lists no possible errors".to_owned()
                } else {
                    format!("lists {}", codes.join(", "))
                };
                problems.push(ErrorOverrideProblem {
                    path: path.clone(),
                    message: format!(
                        "`{coordinate}` (at `{path}`) does not list `{}` among its possible \
                         errors; it {lists}",
                        error.code
                    ),
                });
            }
        }
        problems.sort_by(|a, b| a.path.cmp(&b.path));
        problems
    }
}

/// The message and extensions of the error a field answers with: the override's message, else
/// the one the field lists for the code, else the one any field of the schema lists for it,
/// else the code itself.
pub(crate) fn answer(
    schema: &KrakenSchema,
    coordinate: &Coordinate,
    error: &ErrorOverride,
) -> (String, Map<String, Value>) {
    let listed = || {
        schema
            .possible_errors_of(coordinate)
            .iter()
            .chain(
                schema
                    .possible_errors()
                    .fields
                    .iter()
                    .flat_map(|f| &f.errors),
            )
            .find(|listed| listed.code == error.code)
            .map(|listed| listed.message.clone())
    };
    let message = error
        .message
        .clone()
        .or_else(listed)
        .unwrap_or_else(|| error.code.clone());
    let extensions = mock_extensions(&error.code, &message);
    (message, extensions)
}

/// The coordinates of the fields at a response path; list indices are skipped.
fn reached(
    document: &ExecutableDocument,
    selection_set: &SelectionSet,
    segments: &[&str],
    out: &mut BTreeSet<Coordinate>,
) {
    let Some((first, rest)) = segments.split_first() else {
        return;
    };
    if first.parse::<usize>().is_ok() {
        reached(document, selection_set, rest, out);
        return;
    }
    let mut fields = Vec::new();
    flatten(document, selection_set, &mut fields);
    for (parent, field) in fields {
        if field.response_key().as_str() != *first {
            continue;
        }
        if rest.iter().all(|segment| segment.parse::<usize>().is_ok()) {
            out.insert(Coordinate::field(parent, field.name.as_str()));
        } else {
            reached(document, &field.selection_set, rest, out);
        }
    }
}

/// The fields of a selection set with their parent types, through fragments.
fn flatten<'d>(
    document: &'d ExecutableDocument,
    selection_set: &'d SelectionSet,
    out: &mut Vec<(&'d str, &'d apollo_compiler::executable::Field)>,
) {
    for selection in &selection_set.selections {
        match selection {
            Selection::Field(field) => out.push((selection_set.ty.as_str(), field)),
            Selection::InlineFragment(inline) => flatten(document, &inline.selection_set, out),
            Selection::FragmentSpread(spread) => {
                if let Some(fragment) = document.fragments.get(&spread.fragment_name) {
                    flatten(document, &fragment.selection_set, out);
                }
            }
        }
    }
}

fn top_keys(document: &ExecutableDocument, selection_set: &SelectionSet) -> Vec<String> {
    let mut fields = Vec::new();
    flatten(document, selection_set, &mut fields);
    let mut keys: Vec<String> = fields
        .iter()
        .map(|(_, field)| format!("`{}`", field.response_key()))
        .collect();
    keys.dedup();
    keys
}
