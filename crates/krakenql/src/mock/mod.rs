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
//! `document.rs` parses, checks the operation limits, validates and caches documents;
//! `resolve.rs` is the value policy; `budget.rs` stops an execution whose response grows past
//! its budget or which runs past its time; `response.rs` the request and response types.

mod budget;
mod check;
mod coerce;
mod document;
mod errors;
mod overrides;
mod resolve;
mod response;
pub mod seed;
mod time_travel;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use apollo_compiler::executable::Operation;
use apollo_compiler::introspection::check_max_depth;
use apollo_compiler::request::coerce_variable_values;
use apollo_compiler::resolvers::Execution;
use apollo_compiler::response::{GraphQLError, JsonMap, JsonValue};
use apollo_compiler::schema::ExtendedType;
use apollo_compiler::Name;
use chrono::NaiveDate;
use krakenql_schema::examples::{example_object_type, leaf_example, ExampleStyle};
use krakenql_schema::limits::OperationLimits;
use krakenql_schema::KrakenSchema;

pub use apollo_compiler::executable::OperationType;
pub use check::OverrideProblem;
pub use errors::ErrorOverrideProblem;
pub use overrides::{OverrideError, Overrides, ResolveContext};
pub use response::{MockRequest, MockResponse, Outcome};

#[cfg(test)]
mod tests;

use document::DocumentCache;
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

/// What is computed once per schema (the implementers of each interface are the schema's own,
/// [`KrakenSchema::implementers`]).
pub(crate) struct SchemaIndex {
    /// The example concrete type of every object, interface and union.
    pub(crate) examples: HashMap<Name, Name>,
    /// The example of every scalar and enum (wire face).
    pub(crate) leaves: HashMap<Name, JsonValue>,
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
        let document = parsed.as_ref().as_ref().ok()?;
        let operation = document
            .operations
            .get(request.operation_name.as_deref())
            .ok()?;
        Some(operation.operation_type)
    }

    /// Answers one request.
    pub fn execute(&self, request: &MockRequest) -> MockResponse {
        let parsed = self.parsed(&request.query);
        let document = match parsed.as_ref() {
            Ok(document) => document,
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
            document::parse(inner.schema.schema(), query, &inner.config.limits)
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

impl SchemaIndex {
    fn new(schema: &KrakenSchema) -> Self {
        let schema = schema.schema();
        let mut examples = HashMap::new();
        let mut leaves = HashMap::new();
        for (name, ty) in &schema.types {
            match ty {
                ExtendedType::Object(_) | ExtendedType::Interface(_) | ExtendedType::Union(_) => {
                    if let Some(concrete) = example_object_type(schema, name) {
                        examples.insert(name.clone(), concrete);
                    }
                }
                ExtendedType::Scalar(_) | ExtendedType::Enum(_) => {
                    if let Some(value) = leaf_example(schema, name, ExampleStyle::Wire) {
                        leaves.insert(name.clone(), value.into());
                    }
                }
                ExtendedType::InputObject(_) => {}
            }
        }
        SchemaIndex { examples, leaves }
    }
}
