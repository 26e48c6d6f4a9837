//! The targets built on apollo-smith: operations against the bundled schema, and whole
//! generated schemas with their operations.

use std::sync::Arc;

use apollo_compiler::ast;
use apollo_smith::{DocumentBuilder, Unstructured};
use chrono::NaiveDate;
use krakenql::mock::Mocks;
use krakenql_lint::diff::diff_report;
use krakenql_lint::{LintSource, SourceKind};
use krakenql_schema::diff::diff_schemas;
use krakenql_schema::load::load_sources;
use krakenql_schema::{KrakenSchema, SourceFile};

use crate::fixture::Fixture;
use crate::operation::{self, Scalars};
use crate::violation::{Outcome, Violation};

/// How many of a generated schema's operations one case runs, to keep a case short.
const OPERATIONS_PER_SCHEMA: usize = 4;

/// One apollo-smith operation against the bundled schema, through every property of
/// [`operation::check`].
pub(crate) fn operation(fixture: &Fixture, bytes: &[u8]) -> Result<Outcome, Violation> {
    let mut u = Unstructured::new(bytes);
    let Ok(mut builder) = DocumentBuilder::with_document(&mut u, fixture.smith.clone()) else {
        return Ok(Outcome::Exhausted);
    };
    let Ok(Some(definition)) = builder.operation_definition() else {
        return Ok(Outcome::Exhausted);
    };
    let text = String::from(definition);
    operation::check(&fixture.schema, &fixture.mocks, &text, Scalars::Mapped)
}

/// Two apollo-smith documents, one from each half of the bytes. Each one's type system is
/// loaded as a schema (a refusal must be an error, never a panic), each of its operations
/// goes through [`operation::check`], and the two schemas are diffed both ways with the
/// first one's operations: a schema diffed with itself has no change.
pub(crate) fn schema(_fixture: &Fixture, bytes: &[u8]) -> Result<Outcome, Violation> {
    let (first, second) = bytes.split_at(bytes.len() / 2);
    let Some((old, operations)) = generated(first)? else {
        return Ok(Outcome::Rejected);
    };
    let same = diff_schemas(&old, &old);
    if !same.is_empty() {
        return Err(Violation::new(
            "a schema diffed with itself has no change",
            format!("{} changes, the first: {:?}", same.len(), same[0]),
            old.to_sdl(),
        ));
    }
    if let Some((new, _)) = generated(second)? {
        let documents: Vec<LintSource> = operations
            .iter()
            .enumerate()
            .map(|(i, text)| {
                LintSource::new(format!("op{i}.graphql"), text.clone(), SourceKind::Graphql)
            })
            .collect();
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        diff_report(&old, &new, Some(&documents), today);
        diff_report(&new, &old, None, today);
    }
    Ok(Outcome::Accepted)
}

/// Generates one document from `bytes`, loads its type system and checks up to
/// [`OPERATIONS_PER_SCHEMA`] of its operations. `None` when apollo-smith made nothing
/// loadable.
fn generated(bytes: &[u8]) -> Result<Option<(KrakenSchema, Vec<String>)>, Violation> {
    let mut u = Unstructured::new(bytes);
    let Ok(builder) = DocumentBuilder::new(&mut u) else {
        return Ok(None);
    };
    let text = String::from(builder.finish());
    let Ok(mut document) = ast::Document::parse(&text, "smith.graphql") else {
        return Ok(None);
    };
    // apollo-smith also gives one type several roots, which no schema may: the first root
    // of a type stays.
    for definition in &mut document.definitions {
        if let ast::Definition::SchemaDefinition(schema) = definition {
            let mut roots = std::collections::HashSet::new();
            schema
                .make_mut()
                .root_operations
                .retain(|root| roots.insert(root.1.clone()));
        }
    }
    let (executable, system): (Vec<_>, Vec<_>) = document
        .definitions
        .iter()
        .partition(|definition| definition.is_executable_definition());
    // apollo-smith's names repeat (`A14` twice): the first definition of a name stays, so
    // that most generated schemas get past the loader to the other properties.
    let mut seen = std::collections::HashSet::new();
    let sdl: String = system
        .iter()
        .filter(|d| d.name().is_none_or(|name| seen.insert(name.clone())))
        .map(|d| format!("{d}\n"))
        .collect();
    let fragments: Vec<(String, String)> = executable
        .iter()
        .filter_map(|d| match d {
            ast::Definition::FragmentDefinition(f) => Some((f.name.to_string(), format!("{d}\n"))),
            _ => None,
        })
        .collect();
    let Ok(schema) = load_sources(&[SourceFile::new("smith.graphql", sdl)]) else {
        return Ok(None);
    };
    let schema = Arc::new(schema);
    let mocks = Mocks::new(Arc::clone(&schema));
    let mut operations = Vec::new();
    for definition in executable
        .iter()
        .filter(|d| matches!(d, ast::Definition::OperationDefinition(_)))
        .take(OPERATIONS_PER_SCHEMA)
    {
        let text = with_used_fragments(format!("{definition}\n"), &fragments);
        operation::check(&schema, &mocks, &text, Scalars::MayBeUnmapped)?;
        operations.push(text);
    }
    Ok(Some((Arc::unwrap_or_clone(schema), operations)))
}

/// The operation followed by the fragments it spreads, directly or through other fragments
/// (an unused fragment would make every operation invalid).
fn with_used_fragments(mut text: String, fragments: &[(String, String)]) -> String {
    let mut used = std::collections::HashSet::new();
    loop {
        let before = used.len();
        for (name, definition) in fragments {
            let spread = format!("...{name}");
            let spread_at = text.match_indices(&spread).any(|(at, _)| {
                !text[at + spread.len()..].starts_with(|c: char| c == '_' || c.is_alphanumeric())
            });
            if spread_at && used.insert(name.clone()) {
                text.push_str(definition);
            }
        }
        if used.len() == before {
            return text;
        }
    }
}
