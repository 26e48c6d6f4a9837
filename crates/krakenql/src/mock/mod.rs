//! The dynamic mock executor: answers any operation on a Kraken schema with deterministic
//! example data (feature `mock`).
//!
//! Execution is apollo-compiler's own (`apollo_compiler::resolvers`): it handles fragments,
//! aliases, `__typename`, `@include`/`@skip`, variables and their defaults, lists, non-null
//! propagation and schema introspection. This module supplies the values, one field at a time:
//!
//! - a leaf gets the shared example of its type (`krakenql_schema::examples::leaf_example`, the
//!   wire face: decimals are strings), an enum its first value in schema order;
//! - an interface or union gets `krakenql_schema::examples::example_object_type`;
//! - a list has one element, and a nullable field is never null;
//! - field arguments do not change values;
//! - [`Overrides`] replace values (path, then coordinate or closure, then type);
//! - a seed varies list lengths and `String`/`ID` values by response path ([`seed`]);
//! - with a `today`, fields whose removal date has passed answer with Kraken's error for a
//!   disabled field (`time_travel.rs`);
//! - error overrides answer the field at a response path with one of the Kraken codes the
//!   schema lists for it (`errors.rs`).
//!
//! `document.rs` parses, checks the operation limits, validates and caches documents
//! (rejected ones by a hash of their text, in a [`HashedCache`], which `krakenql mock serve`
//! also keeps its refused bodies in); `cost.rs` bounds an
//! operation's work, so a server can run a cheap one inline ([`Mocks::execute_if_cheap`]);
//! `index.rs` is what is computed once per schema; `resolve.rs` is the value policy;
//! `budget.rs` stops an execution whose response grows past its budget or which runs past its
//! time; `response.rs` the request and response types.

mod budget;
mod check;
mod coerce;
mod cost;
mod document;
mod errors;
mod hashed_cache;
mod index;
mod override_file;
mod overrides;
mod resolve;
mod response;
pub mod seed;
mod time_travel;

use std::sync::Arc;
use std::time::Duration;

use apollo_compiler::executable::Operation;
use apollo_compiler::introspection::check_max_depth;
use apollo_compiler::request::coerce_variable_values;
use apollo_compiler::resolvers::Execution;
use apollo_compiler::response::{GraphQLError, JsonMap};
use apollo_compiler::Name;
use chrono::NaiveDate;
use krakenql_schema::limits::OperationLimits;
use krakenql_schema::KrakenSchema;

pub use apollo_compiler::executable::OperationType;
pub use check::OverrideProblem;
pub use errors::ErrorOverrideProblem;
pub use hashed_cache::{CacheBounds, ContentKey, HashedCache};
pub use override_file::key_location;
pub use overrides::{Overrides, ResolveContext};
pub use response::{MockRequest, MockResponse, Outcome};

#[cfg(test)]
mod cache_tests;
#[cfg(test)]
mod tests;

use document::DocumentCache;
pub(crate) use index::SchemaIndex;
use time_travel::Removed;

/// The default limit on how deeply fields may nest in an operation.
pub const DEFAULT_MAX_DEPTH: usize = OperationLimits::DEFAULT.max_depth;

/// The default budget of a response being built, in bytes of JSON (approximately: keys, leaf
/// values and punctuation are counted as they are produced).
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;

/// The mock executor of one schema: cheap to clone (an `Arc` inside), `Send` and `Sync`.
///
/// ```
/// # use std::sync::Arc;
/// # use krakenql::mock::{Mocks, MockRequest};
/// let schema = krakenql_schema::load::load_sources(&[krakenql_schema::SourceFile::new(
///     "s.graphql",
///     "type Query { balance: Int, name: String! }",
/// )])
/// .unwrap();
/// let mocks = Mocks::new(Arc::new(schema));
/// let response = mocks.execute(&MockRequest::new("{ balance name }"));
/// assert_eq!(response.body.to_string(), r#"{"data":{"balance":1,"name":"abc123"}}"#);
/// ```
#[derive(Clone)]
pub struct Mocks {
    inner: Arc<Inner>,
}

/// Everything an execution reads.
pub(crate) struct Inner {
    pub(crate) schema: Arc<KrakenSchema>,
    pub(crate) index: Arc<SchemaIndex>,
    pub(crate) config: Config,
    cache: DocumentCache,
}

/// The settings of a [`Mocks`].
#[derive(Clone)]
pub(crate) struct Config {
    pub(crate) overrides: Overrides,
    pub(crate) seed: Option<u64>,
    pub(crate) today: Option<NaiveDate>,
    pub(crate) removed: Arc<Removed>,
    pub(crate) introspection: bool,
    pub(crate) limits: OperationLimits,
    pub(crate) max_response_bytes: usize,
    pub(crate) timeout: Option<Duration>,
}

impl Mocks {
    /// The executor of a schema: no overrides, no seed, no time travel, introspection on, the
    /// default operation limits ([`OperationLimits::DEFAULT`]), a response budget of
    /// [`DEFAULT_MAX_RESPONSE_BYTES`] and no time limit.
    pub fn new(schema: Arc<KrakenSchema>) -> Self {
        let index = Arc::new(SchemaIndex::new(&schema));
        Mocks {
            inner: Arc::new(Inner {
                schema,
                index,
                config: Config {
                    overrides: Overrides::new(),
                    seed: None,
                    today: None,
                    removed: Arc::new(Removed::none()),
                    introspection: true,
                    limits: OperationLimits::DEFAULT,
                    max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
                    timeout: None,
                },
                cache: DocumentCache::default(),
            }),
        }
    }

    /// Replaces the overrides; a seed they carry (the `seed` key of a file) becomes the seed.
    pub fn with_overrides(self, overrides: Overrides) -> Self {
        self.configure(|config| {
            if let Some(seed) = overrides.seed() {
                config.seed = Some(seed);
            }
            config.overrides = overrides;
        })
    }

    /// Varies list lengths (1 to 3) and `String`/`ID` values reproducibly (see [`seed`]).
    pub fn with_seed(self, seed: u64) -> Self {
        self.configure(|config| config.seed = Some(seed))
    }

    /// Time travel: fields whose removal date is on or before `today` answer with an error.
    pub fn with_today(self, today: NaiveDate) -> Self {
        let removed = Arc::new(Removed::as_of(&self.inner.schema, today));
        self.configure(|config| {
            config.today = Some(today);
            config.removed = removed;
        })
    }

    /// Whether `__schema` and `__type` answer (on by default).
    pub fn with_introspection(self, enabled: bool) -> Self {
        self.configure(|config| config.introspection = enabled)
    }

    /// The deepest nesting of fields an operation may have; deeper is a request error.
    pub fn with_max_depth(self, depth: usize) -> Self {
        self.configure(|config| config.limits.max_depth = depth)
    }

    /// The operation limits (depth, height, aliases, root fields), checked before validation;
    /// an operation over one is a request error naming the limit.
    pub fn with_limits(self, limits: OperationLimits) -> Self {
        self.configure(|config| config.limits = limits)
    }

    /// The budget of one response, in bytes of JSON: a response that would grow past it stops,
    /// and answers `data: null` with an error naming the limit (`RESPONSE_TOO_LARGE`).
    pub fn with_max_response_bytes(self, bytes: usize) -> Self {
        self.configure(|config| config.max_response_bytes = bytes)
    }

    /// The time one execution may take: past it, execution stops and answers `data: null` with
    /// an error naming the limit (`TIMEOUT`). Checked between fields.
    pub fn with_timeout(self, timeout: Duration) -> Self {
        self.configure(|config| config.timeout = Some(timeout))
    }

    /// The operation limits in force.
    pub fn limits(&self) -> &OperationLimits {
        &self.inner.config.limits
    }

    /// The schema this executor answers for.
    pub fn schema(&self) -> &Arc<KrakenSchema> {
        &self.inner.schema
    }

    /// The date time travel is set to, if any.
    pub fn today(&self) -> Option<NaiveDate> {
        self.inner.config.today
    }

    /// The seed, if any.
    pub fn seed(&self) -> Option<u64> {
        self.inner.config.seed
    }

    /// The type of the operation a request would run, or `None` when the request is invalid or
    /// names no operation of its document (a server refuses mutations over GET with this).
    pub fn operation_type(&self, request: &MockRequest) -> Option<OperationType> {
        let parsed = self.parsed(&request.query);
        let prepared = parsed.as_ref().as_ref().ok()?;
        let operation = prepared
            .document
            .operations
            .get(request.operation_name.as_deref())
            .ok()?;
        Some(operation.operation_type)
    }

    /// Answers one request.
    pub fn execute(&self, request: &MockRequest) -> MockResponse {
        self.answer(&self.parsed(&request.query), request)
    }

    /// Answers a request only if that is cheap: its document's parse result is already cached
    /// and is a rejection, or its operation has a cost bound under the inline limit (a few
    /// hundred fields, list lengths included; no introspection, no value overrides) and its
    /// variables are small. `None` otherwise: the caller then runs [`Mocks::execute`] where
    /// long work may run (a server's blocking pool). Costs a cache lookup when it answers
    /// `None`.
    pub fn execute_if_cheap(&self, request: &MockRequest) -> Option<MockResponse> {
        let parsed = self.inner.cache.cached(&request.query)?;
        if let Ok(prepared) = parsed.as_ref() {
            let operation = prepared
                .document
                .operations
                .get(request.operation_name.as_deref())
                .ok()?;
            prepared.cost(operation)?;
            if !cost::small_variables(&request.variables) {
                return None;
            }
        }
        Some(self.answer(&parsed, request))
    }

    fn answer(&self, parsed: &document::Parsed, request: &MockRequest) -> MockResponse {
        let document = match parsed {
            Ok(prepared) => &prepared.document,
            Err(errors) => return MockResponse::request_errors(errors),
        };
        let operation = match document.operations.get(request.operation_name.as_deref()) {
            Ok(operation) => operation,
            Err(error) => {
                return MockResponse::request_errors(&[error.to_graphql_error(&document.sources)])
            }
        };
        self.execute_operation(document, operation, request)
    }

    fn execute_operation(
        &self,
        document: &apollo_compiler::validation::Valid<apollo_compiler::ExecutableDocument>,
        operation: &Operation,
        request: &MockRequest,
    ) -> MockResponse {
        let inner = &*self.inner;
        let schema = inner.schema.schema();
        if inner.config.introspection {
            if let Err(error) = check_max_depth(document, operation) {
                return MockResponse::request_errors(&[error.to_graphql_error(&document.sources)]);
            }
        } else if let Some(field) = operation
            .root_fields(document)
            .find(|field| matches!(field.name.as_str(), "__schema" | "__type"))
        {
            let error = GraphQLError::new(
                format!(
                    "introspection is disabled: `{}` is not available",
                    field.name
                ),
                field.name.location(),
                &document.sources,
            );
            return MockResponse::request_errors(&[error]);
        }
        let raw: JsonMap = request
            .variables
            .iter()
            .map(|(name, value)| (name.as_str().into(), value.clone().into()))
            .collect();
        let variables = match coerce_variable_values(schema, operation, &raw) {
            Ok(variables) => variables,
            Err(error) => {
                return MockResponse::request_errors(&[error.to_graphql_error(&document.sources)])
            }
        };
        let absent = coerce::absent_variables(operation, &variables);
        let stripped = coerce::without_absent_fields(document, &absent);
        let (document, operation) = match &stripped {
            Some(copy) => (
                copy,
                copy.operations
                    .get(operation.name.as_ref().map(Name::as_str))
                    .map_or(operation, |found| &**found),
            ),
            None => (document, operation),
        };
        let run = resolve::Run::new(inner);
        let root = run.root(operation.object_type());
        let result = Execution::new(schema, document)
            .operation(operation)
            .implementers_map(inner.schema.implementers())
            .coerced_variable_values(&variables)
            .enable_schema_introspection(inner.config.introspection)
            .execute_sync(&root);
        if let Some(stop) = run.stopped() {
            let location = operation
                .name
                .as_ref()
                .and_then(Name::location)
                .or_else(|| {
                    operation
                        .root_fields(document)
                        .next()
                        .and_then(|field| field.name.location())
                });
            return MockResponse::stopped(stop, location, &document.sources);
        }
        match result {
            Ok(mut response) => {
                run.finish_errors(&mut response.errors);
                MockResponse::executed(response.data.as_ref(), &response.errors)
            }
            Err(error) => {
                MockResponse::request_errors(&[error.to_graphql_error(&document.sources)])
            }
        }
    }

    fn parsed(&self, query: &str) -> Arc<document::Parsed> {
        let inner = &*self.inner;
        inner.cache.get_or_parse(query, || {
            document::parse(
                inner.schema.schema(),
                query,
                &inner.config.limits,
                inner.config.longest_list(),
            )
        })
    }

    /// A copy with changed settings and an empty document cache.
    fn configure(self, change: impl FnOnce(&mut Config)) -> Self {
        let mut config = self.inner.config.clone();
        change(&mut config);
        Mocks {
            inner: Arc::new(Inner {
                schema: Arc::clone(&self.inner.schema),
                index: Arc::clone(&self.inner.index),
                config,
                cache: DocumentCache::default(),
            }),
        }
    }
}

impl Config {
    /// The longest list an execution builds (one element, up to three with a seed), or `None`
    /// when overrides supply values or resolvers, whose lists can be any length.
    fn longest_list(&self) -> Option<u64> {
        if self.overrides.sets_values() {
            None
        } else if self.seed.is_some() {
            Some(3)
        } else {
            Some(1)
        }
    }
}

impl std::fmt::Debug for Mocks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let config = &self.inner.config;
        f.debug_struct("Mocks")
            .field("overrides", &config.overrides)
            .field("seed", &config.seed)
            .field("today", &config.today)
            .field("introspection", &config.introspection)
            .field("limits", &config.limits)
            .field("max_response_bytes", &config.max_response_bytes)
            .field("timeout", &config.timeout)
            .finish_non_exhaustive()
    }
}
