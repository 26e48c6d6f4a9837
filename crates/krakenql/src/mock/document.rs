//! Parsing and validating request documents, the operation limits, and two caches: valid
//! documents keyed by query text, bounded in entries and in bytes, so that a server answering
//! the same operation again does not parse and validate it again; and rejections found by a
//! keyed hash of the text (`hashed_cache.rs`), so that a repeated abusive document of any length
//! costs a hash and a lookup. Each valid document carries the cost bound of its operations
//! (`cost.rs`), computed here once.

use std::sync::{Arc, RwLock};

use apollo_compiler::executable::{ExecutableDocument, Operation};
use apollo_compiler::parser::{Parser, SourceMap};
use apollo_compiler::response::GraphQLError;
use apollo_compiler::validation::Valid;
use apollo_compiler::{Name, Schema};
use indexmap::IndexMap;
use krakenql_schema::limits::{Limit, LimitExceeded, OperationLimits};

use super::cost::operation_cost;
use super::hashed_cache::{CacheBounds, ContentKey, HashedCache};

/// A parsed and validated document, or the request errors that stop it.
pub(crate) type Parsed = Result<Prepared, Vec<GraphQLError>>;

/// A valid document and the cost bound of each of its operations.
pub(crate) struct Prepared {
    /// The document.
    pub(crate) document: Valid<ExecutableDocument>,
    /// The bound of each operation by name (`None` for the anonymous one); an operation with
    /// no bound is absent.
    costs: Vec<(Option<Name>, u64)>,
}

impl Prepared {
    /// The cost bound of `operation` (`cost.rs`), if it has one.
    pub(crate) fn cost(&self, operation: &Operation) -> Option<u64> {
        self.costs
            .iter()
            .find(|(name, _)| *name == operation.name)
            .map(|(_, cost)| *cost)
    }
}

/// How many valid documents the cache keeps.
const CAPACITY: usize = 256;

/// Documents longer than this are not cached by text (a server limits request size anyway);
/// their rejections are cached by hash.
const LARGEST_CACHED: usize = 64 * 1024;

/// The most query text the cache of valid documents holds, in bytes. A parsed and validated
/// document grows in proportion to its text, so this bounds the cache's memory in bytes, not
/// only in entries.
const CACHED_BYTES: usize = 2 * 1024 * 1024;

/// The name under which a request document appears in apollo-compiler's source map.
const SOURCE_NAME: &str = "request.graphql";

/// The bounds of the cache of rejected documents: at most 1,024, holding at most 512 KiB by
/// [`rejection_bytes`]' estimate; a rejection over 32 KiB is not cached. The text of a
/// rejected document is never kept, whatever its length.
pub(crate) const REJECTION_BOUNDS: CacheBounds = CacheBounds {
    entries: 1024,
    bytes: 512 * 1024,
    largest: 32 * 1024,
};

/// The bounded first-in first-out caches of parse results: valid documents by their text,
/// rejected ones (a document that fails the operation limits, does not parse or does not
/// validate) by a keyed hash of their text, so that sending the same abusive document again
/// costs a hash and a lookup instead of a lex, a parse and a check.
pub(crate) struct DocumentCache {
    entries: RwLock<Entries>,
    rejections: HashedCache<Arc<Parsed>>,
}

impl Default for DocumentCache {
    fn default() -> Self {
        DocumentCache {
            entries: RwLock::default(),
            rejections: HashedCache::new(REJECTION_BOUNDS),
        }
    }
}

/// The cached valid documents and the total length of their query texts.
#[derive(Default)]
struct Entries {
    map: IndexMap<String, Arc<Parsed>>,
    bytes: usize,
}

impl DocumentCache {
    /// The cached result for `query`, or `parse`'s, which is then cached.
    pub(crate) fn get_or_parse(&self, query: &str, parse: impl FnOnce() -> Parsed) -> Arc<Parsed> {
        if let Some(found) = self.valid(query) {
            return found;
        }
        let key = self.rejections.key(query.as_bytes());
        if let Some(found) = self.rejections.get(&key) {
            return found;
        }
        let parsed = Arc::new(parse());
        self.insert(query, key, &parsed);
        parsed
    }

    /// The cached result for `query` if there is one, without parsing.
    pub(crate) fn cached(&self, query: &str) -> Option<Arc<Parsed>> {
        self.valid(query).or_else(|| {
            let key = self.rejections.key(query.as_bytes());
            self.rejections.get(&key)
        })
    }

    fn valid(&self, query: &str) -> Option<Arc<Parsed>> {
        if query.len() > LARGEST_CACHED {
            return None;
        }
        let entries = self.entries.read().ok()?;
        entries.map.get(query).cloned()
    }

    fn insert(&self, query: &str, key: ContentKey, parsed: &Arc<Parsed>) {
        if let Err(errors) = parsed.as_ref() {
            self.rejections
                .insert(key, Arc::clone(parsed), rejection_bytes(errors));
            return;
        }
        if query.len() > LARGEST_CACHED {
            return;
        }
        // A poisoned lock only means another request panicked; skip caching then.
        let Ok(mut entries) = self.entries.write() else {
            return;
        };
        while entries.map.len() >= CAPACITY || entries.bytes + query.len() > CACHED_BYTES {
            let Some((oldest, _)) = entries.map.shift_remove_index(0) else {
                break;
            };
            entries.bytes -= oldest.len();
        }
        if entries
            .map
            .insert(query.to_owned(), Arc::clone(parsed))
            .is_none()
        {
            entries.bytes += query.len();
        }
    }

    /// The rejection cache, for tests of its bound.
    #[cfg(test)]
    pub(crate) fn rejections(&self) -> &HashedCache<Arc<Parsed>> {
        &self.rejections
    }
}

/// The memory a rejection holds, estimated as its errors' JSON plus a fixed cost per error and
/// per entry (the `GraphQLError` structures, the map slot).
fn rejection_bytes(errors: &[GraphQLError]) -> usize {
    const PER_ERROR: usize = 128;
    const PER_ENTRY: usize = 64;
    let json = serde_json::to_vec(errors).map_or(usize::MAX / 2, |json| json.len());
    json.saturating_add(PER_ERROR.saturating_mul(errors.len()))
        .saturating_add(PER_ENTRY)
}

/// Parses `query`, checks the operation limits, and builds and validates it against the schema.
///
/// The limits are checked on the syntax tree, before the document meets the schema, following
/// fragments without recursion (`krakenql_schema::limits`), so a deeply nested or fanned-out
/// document costs no more than its parse.
/// `list` is the longest list the mock builds, for the cost bound (`cost.rs`).
pub(crate) fn parse(
    schema: &Valid<Schema>,
    query: &str,
    limits: &OperationLimits,
    list: Option<u64>,
) -> Parsed {
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
    let document = ast.to_executable_validate(schema).map_err(|with_errors| {
        with_errors
            .errors
            .iter()
            .map(|d| d.to_json())
            .collect::<Vec<_>>()
    })?;
    let costs = document
        .operations
        .iter()
        .filter_map(|operation| {
            let cost = operation_cost(&document, operation, list)?;
            Some((operation.name.clone(), cost))
        })
        .collect();
    Ok(Prepared { document, costs })
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
