//! Parsing and validating request documents, the operation limits, and a small cache of the
//! results keyed by query text, bounded in entries and in bytes, so that a server answering the
//! same operation again does not parse and validate it again.

use std::sync::{Arc, Mutex};

use apollo_compiler::executable::ExecutableDocument;
use apollo_compiler::parser::{Parser, SourceMap};
use apollo_compiler::response::GraphQLError;
use apollo_compiler::validation::Valid;
use apollo_compiler::Schema;
use indexmap::IndexMap;
use krakenql_schema::limits::{Limit, LimitExceeded, OperationLimits};

/// A parsed and validated document, or the request errors that stop it.
pub(crate) type Parsed = Result<Valid<ExecutableDocument>, Vec<GraphQLError>>;

/// How many documents the cache keeps.
const CAPACITY: usize = 256;

/// Documents longer than this are not cached (a server limits request size anyway).
const LARGEST_CACHED: usize = 64 * 1024;

/// The most query text the cache holds, in bytes. A parsed and validated document grows in
/// proportion to its text, so this bounds the cache's memory in bytes, not only in entries.
const CACHED_BYTES: usize = 2 * 1024 * 1024;

/// The name under which a request document appears in apollo-compiler's source map.
const SOURCE_NAME: &str = "request.graphql";

/// A bounded first-in first-out cache of parse results.
#[derive(Default)]
pub(crate) struct DocumentCache {
    entries: Mutex<Entries>,
}

/// The cached results and the total length of their query texts.
#[derive(Default)]
struct Entries {
    map: IndexMap<String, Arc<Parsed>>,
    bytes: usize,
}

impl DocumentCache {
    /// The cached result for `query`, or `parse`'s, which is then cached.
    pub(crate) fn get_or_parse(&self, query: &str, parse: impl FnOnce() -> Parsed) -> Arc<Parsed> {
        if let Some(found) = self
            .entries
            .lock()
            .ok()
            .and_then(|entries| entries.map.get(query).cloned())
        {
            return found;
        }
        let parsed = Arc::new(parse());
        if query.len() <= LARGEST_CACHED {
            // A poisoned lock only means another request panicked; skip caching then.
            if let Ok(mut entries) = self.entries.lock() {
                while entries.map.len() >= CAPACITY || entries.bytes + query.len() > CACHED_BYTES {
                    let Some((oldest, _)) = entries.map.shift_remove_index(0) else {
                        break;
                    };
                    entries.bytes -= oldest.len();
                }
                if entries
                    .map
                    .insert(query.to_owned(), Arc::clone(&parsed))
                    .is_none()
                {
                    entries.bytes += query.len();
                }
            }
        }
        parsed
    }
}

/// Parses `query`, checks the operation limits, and builds and validates it against the schema.
///
/// The limits are checked on the syntax tree, before the document meets the schema, following
/// fragments without recursion (`krakenql_schema::limits`), so a deeply nested or fanned-out
/// document costs no more than its parse.
pub(crate) fn parse(schema: &Valid<Schema>, query: &str, limits: &OperationLimits) -> Parsed {
    let mut parser = Parser::new().token_limit(limits.max_tokens);
    let parsed = parser.parse_ast(query, SOURCE_NAME);
    if parser.tokens_reached() > limits.max_tokens {
        let exceeded = LimitExceeded {
            limit: Limit::Tokens,
            actual: parser.tokens_reached() as u64,
            max: limits.max_tokens,
            location: None,
        };
        return Err(vec![limit_error(&exceeded, &Default::default())]);
    }
    let ast = parsed.map_err(|with_errors| {
        with_errors
            .errors
            .iter()
            .map(|d| d.to_json())
            .collect::<Vec<_>>()
    })?;
    if let Some(exceeded) = limits.check(&ast) {
        return Err(vec![limit_error(&exceeded, &ast.sources)]);
    }
    ast.to_executable_validate(schema)
        .map_err(|with_errors| with_errors.errors.iter().map(|d| d.to_json()).collect())
}

/// The request error of an operation over a limit: the message names the limit, and
/// `extensions.code` is Apollo Router's code for it.
fn limit_error(exceeded: &LimitExceeded, sources: &SourceMap) -> GraphQLError {
    let mut error = GraphQLError::new(exceeded.message(), exceeded.location, sources);
    error
        .extensions
        .insert("code", exceeded.limit.code().into());
    error
}
