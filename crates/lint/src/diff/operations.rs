//! The operations of a project, one at a time: each operation with the fragments it spreads
//! (from its own document or any other), validated against the old and the new schema.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use apollo_compiler::ast::{self, Definition};
use apollo_compiler::executable::ExecutableDocument;
use apollo_compiler::validation::Valid;
use apollo_compiler::{Name, Node};
use krakenql_schema::KrakenSchema;

use crate::diagnostic::LintDiagnostic;
use crate::engine::documents::{collect_spreads, parse_units, FragmentIndex};
use crate::engine::one_of::one_of_violations;
use crate::engine::units::units;
use crate::source::LintSource;

/// Where an operation is and what it is called.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct OperationRef {
    /// The file as the user named it.
    pub file: String,
    /// 1-based line of the operation's first token.
    pub line: usize,
    /// 1-based column of the operation's first token.
    pub column: usize,
    /// The operation's name, or `<anonymous>`.
    pub operation: String,
}

/// One operation checked against both schemas.
pub(super) struct CheckedOperation {
    /// Where it is.
    pub at: OperationRef,
    /// The document validated against the old schema, when it is valid there.
    pub old: Result<Valid<ExecutableDocument>, Vec<String>>,
    /// The validation errors against the new schema (empty: valid).
    pub new_errors: Vec<String>,
}

/// Splits the sources into operations and validates each against both schemas. Documents
/// that do not parse (or hold no operation) come back as diagnostics.
pub(super) fn check_operations(
    old: &KrakenSchema,
    new: &KrakenSchema,
    sources: &[LintSource],
) -> (Vec<CheckedOperation>, Vec<LintDiagnostic>) {
    let (units, mut problems) = units(sources);
    let parsed = parse_units(&units, sources, &mut problems);
    let fragments = FragmentIndex::new(&parsed, sources, &mut problems);
    let mut checked = Vec::new();
    for unit in &parsed {
        let external = fragments.external_for(&parsed, &unit.ast);
        let mut available: HashMap<&Name, &Node<ast::FragmentDefinition>> = HashMap::new();
        for definition in external.definitions.iter().chain(&unit.ast.definitions) {
            if let Definition::FragmentDefinition(fragment) = definition {
                available.insert(&fragment.name, fragment);
            }
        }
        let mut file_sources = (*unit.ast.sources).clone();
        file_sources.extend(
            external
                .sources
                .iter()
                .map(|(id, file)| (*id, file.clone())),
        );
        let file_sources = Arc::new(file_sources);
        for definition in &unit.ast.definitions {
            let Definition::OperationDefinition(operation) = definition else {
                continue;
            };
            let mut document = ast::Document::new();
            document.sources = file_sources.clone();
            document.definitions.push(definition.clone());
            for name in spread_closure(operation, &available) {
                if let Some(fragment) = available.get(&name) {
                    document
                        .definitions
                        .push(Definition::FragmentDefinition((*fragment).clone()));
                }
            }
            let offset = operation.location().map_or(0, |span| span.offset());
            let span = unit.unit.span(sources, offset, offset);
            let at = OperationRef {
                file: span.file,
                line: span.line,
                column: span.column,
                operation: operation
                    .name
                    .as_ref()
                    .map_or_else(|| "<anonymous>".to_owned(), Name::to_string),
            };
            let old_result = validate(&document, old);
            let new_errors = match validate(&document, new) {
                Ok(_) => Vec::new(),
                Err(errors) => errors,
            };
            checked.push(CheckedOperation {
                at,
                old: old_result,
                new_errors,
            });
        }
    }
    checked.sort_by(|a, b| a.at.cmp(&b.at));
    (checked, problems)
}

/// Validates `document` against `schema` as lint does: apollo-compiler's rules, then the
/// one-of input object rules it lacks (so an input object gaining `@oneOf` breaks the
/// operations that give it two fields).
fn validate(
    document: &ast::Document,
    schema: &KrakenSchema,
) -> Result<Valid<ExecutableDocument>, Vec<String>> {
    let valid = document
        .to_executable_validate(schema.schema())
        .map_err(|invalid| messages(&invalid.errors))?;
    let mut violations: Vec<String> = Vec::new();
    for (_, message) in one_of_violations(schema.schema(), &valid) {
        if !violations.contains(&message) {
            violations.push(message);
        }
    }
    if violations.is_empty() {
        Ok(valid)
    } else {
        Err(violations)
    }
}

/// The validation messages, in order, without repeats.
fn messages(errors: &apollo_compiler::validation::DiagnosticList) -> Vec<String> {
    let mut seen = Vec::new();
    for error in errors.iter() {
        let message = error.error.to_string();
        if !seen.contains(&message) {
            seen.push(message);
        }
    }
    seen
}

/// The fragments an operation spreads, transitively, by name.
fn spread_closure(
    operation: &ast::OperationDefinition,
    available: &HashMap<&Name, &Node<ast::FragmentDefinition>>,
) -> BTreeSet<Name> {
    let mut found = BTreeSet::new();
    let mut pending = Vec::new();
    collect_spreads(&operation.selection_set, &mut pending);
    while let Some(name) = pending.pop() {
        if !found.insert(name.clone()) {
            continue;
        }
        if let Some(fragment) = available.get(&name) {
            collect_spreads(&fragment.selection_set, &mut pending);
        }
    }
    found
}
