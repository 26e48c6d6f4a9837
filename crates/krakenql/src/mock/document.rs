//! Parsing and validating request documents, the query depth limit, and a small bounded cache of
//! the results keyed by query text, so that a server answering the same operation again does not
//! parse and validate it again.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use apollo_compiler::ast::{self, Selection};
use apollo_compiler::executable::ExecutableDocument;
use apollo_compiler::parser::SourceSpan;
use apollo_compiler::response::GraphQLError;
use apollo_compiler::validation::Valid;
use apollo_compiler::{Name, Schema};
use indexmap::IndexMap;

/// A parsed and validated document, or the request errors that stop it.
pub(crate) type Parsed = Result<Valid<ExecutableDocument>, Vec<GraphQLError>>;

/// How many documents the cache keeps.
const CAPACITY: usize = 256;

/// Documents longer than this are not cached (a server limits request size anyway).
const LARGEST_CACHED: usize = 64 * 1024;

/// The name under which a request document appears in apollo-compiler's source map.
const SOURCE_NAME: &str = "request.graphql";

/// A bounded first-in first-out cache of parse results.
#[derive(Default)]
pub(crate) struct DocumentCache {
    entries: Mutex<IndexMap<String, Arc<Parsed>>>,
}

impl DocumentCache {
    /// The cached result for `query`, or `parse`'s, which is then cached.
    pub(crate) fn get_or_parse(&self, query: &str, parse: impl FnOnce() -> Parsed) -> Arc<Parsed> {
        if let Some(found) = self
            .entries
            .lock()
            .ok()
            .and_then(|entries| entries.get(query).cloned())
        {
            return found;
        }
        let parsed = Arc::new(parse());
        if query.len() <= LARGEST_CACHED {
            // A poisoned lock only means another request panicked; skip caching then.
            if let Ok(mut entries) = self.entries.lock() {
                if entries.len() >= CAPACITY {
                    entries.shift_remove_index(0);
                }
                entries.insert(query.to_owned(), Arc::clone(&parsed));
            }
        }
        parsed
    }
}

/// Parses `query`, checks its depth, and builds and validates it against the schema.
///
/// The depth is checked on the syntax tree, before the document meets the schema, so a deeply
/// nested document costs no more than its parse.
pub(crate) fn parse(schema: &Valid<Schema>, query: &str, max_depth: usize) -> Parsed {
    let ast = ast::Document::parse(query, SOURCE_NAME).map_err(|with_errors| {
        with_errors
            .errors
            .iter()
            .map(|d| d.to_json())
            .collect::<Vec<_>>()
    })?;
    if let Some((depth, location)) = too_deep(&ast, max_depth) {
        let message =
            format!("the query is nested {depth} levels deep; at most {max_depth} are allowed");
        return Err(vec![GraphQLError::new(message, location, &ast.sources)]);
    }
    ast.to_executable_validate(schema)
        .map_err(|with_errors| with_errors.errors.iter().map(|d| d.to_json()).collect())
}

/// The depth of the deepest operation and where its deepest field is, when over `max`.
fn too_deep(document: &ast::Document, max: usize) -> Option<(usize, Option<SourceSpan>)> {
    let fragments: HashMap<&Name, &Vec<Selection>> = document
        .definitions
        .iter()
        .filter_map(|definition| match definition {
            ast::Definition::FragmentDefinition(fragment) => {
                Some((&fragment.name, &fragment.selection_set))
            }
            _ => None,
        })
        .collect();
    let mut walker = Walker {
        fragments,
        memo: HashMap::new(),
        visiting: HashSet::new(),
    };
    document
        .definitions
        .iter()
        .filter_map(|definition| match definition {
            ast::Definition::OperationDefinition(operation) => {
                Some(walker.depth(&operation.selection_set))
            }
            _ => None,
        })
        .max_by_key(|(depth, _)| *depth)
        .filter(|(depth, _)| *depth > max)
}

/// Measures selection depth: the number of nested fields, following fragments.
struct Walker<'d> {
    fragments: HashMap<&'d Name, &'d Vec<Selection>>,
    memo: HashMap<&'d Name, (usize, Option<SourceSpan>)>,
    visiting: HashSet<&'d Name>,
}

impl<'d> Walker<'d> {
    fn depth(&mut self, set: &'d [Selection]) -> (usize, Option<SourceSpan>) {
        let mut deepest = (0, None);
        for selection in set {
            let found = match selection {
                Selection::Field(field) => {
                    let (depth, location) = self.depth(&field.selection_set);
                    (depth + 1, location.or(field.name.location()))
                }
                Selection::InlineFragment(inline) => self.depth(&inline.selection_set),
                Selection::FragmentSpread(spread) => self.fragment(&spread.fragment_name),
            };
            if found.0 > deepest.0 {
                deepest = found;
            }
        }
        deepest
    }

    fn fragment(&mut self, name: &'d Name) -> (usize, Option<SourceSpan>) {
        if let Some(found) = self.memo.get(name) {
            return *found;
        }
        // An unknown fragment or a cycle is a validation error reported later; it adds no depth.
        let Some(selections) = self.fragments.get(name).copied() else {
            return (0, None);
        };
        if !self.visiting.insert(name) {
            return (0, None);
        }
        let found = self.depth(selections);
        self.visiting.remove(name);
        self.memo.insert(name, found);
        found
    }
}
