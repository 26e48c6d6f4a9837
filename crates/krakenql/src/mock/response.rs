//! The request and response of the mock executor, as a GraphQL server receives and sends them.

use apollo_compiler::parser::{SourceMap, SourceSpan};
use apollo_compiler::response::{GraphQLError, JsonMap};
use serde_json::{Map, Value};

use super::budget::Stop;

/// One GraphQL request: the document, the operation to run and the variables.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MockRequest {
    /// The GraphQL document.
    pub query: String,
    /// The operation to run; may be `None` when the document holds exactly one operation.
    pub operation_name: Option<String>,
    /// The variable values, as JSON.
    pub variables: Map<String, Value>,
}

impl MockRequest {
    /// A request for the only operation of `query`, without variables.
    pub fn new(query: impl Into<String>) -> Self {
        MockRequest {
            query: query.into(),
            ..Self::default()
        }
    }

    /// Sets the operation name.
    pub fn operation_name(mut self, name: impl Into<String>) -> Self {
        self.operation_name = Some(name.into());
        self
    }

    /// Sets the variables.
    pub fn variables(mut self, variables: Map<String, Value>) -> Self {
        self.variables = variables;
        self
    }
}

/// How a request ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The operation ran: `data` is present (possibly `null`), with field errors if any.
    Executed,
    /// The request was refused before execution (a parse or validation error, an unknown
    /// operation name, bad variables, a query too deep): `errors` only, no `data`.
    RequestError,
}

/// A GraphQL response.
#[derive(Debug, Clone, PartialEq)]
pub struct MockResponse {
    /// `{"data": …, "errors": […]}` as a GraphQL server sends it: `data` is absent after a
    /// request error, `errors` is absent when there are none. Keys follow the selection order.
    pub body: Value,
    /// Whether the operation ran.
    pub outcome: Outcome,
}

impl MockResponse {
    /// The response to a request error.
    pub(crate) fn request_errors(errors: &[GraphQLError]) -> Self {
        let mut body = Map::new();
        body.insert("errors".into(), errors_json(errors));
        MockResponse {
            body: Value::Object(body),
            outcome: Outcome::RequestError,
        }
    }

    /// The response of an execution.
    pub(crate) fn executed(data: Option<&JsonMap>, errors: &[GraphQLError]) -> Self {
        let mut body = Map::new();
        let data = data.map_or(Value::Null, |data| {
            serde_json::to_value(data).unwrap_or(Value::Null)
        });
        body.insert("data".into(), data);
        if !errors.is_empty() {
            body.insert("errors".into(), errors_json(errors));
        }
        MockResponse {
            body: Value::Object(body),
            outcome: Outcome::Executed,
        }
    }

    /// The response of an execution stopped by its budget or time limit: `data: null` and one
    /// error at the operation, naming the limit, with its `code` in `extensions`.
    pub(crate) fn stopped(stop: Stop, location: Option<SourceSpan>, sources: &SourceMap) -> Self {
        let mut error = GraphQLError::new(stop.message(), location, sources);
        error.extensions.insert("code", stop.code().into());
        Self::executed(None, &[error])
    }

    /// The `data` member, if the operation ran.
    pub fn data(&self) -> Option<&Value> {
        self.body.get("data")
    }

    /// The `errors` member (empty when absent).
    pub fn errors(&self) -> &[Value] {
        self.body
            .get("errors")
            .and_then(Value::as_array)
            .map_or(&[], Vec::as_slice)
    }
}

/// Errors in the JSON shape of the GraphQL spec: `message`, `locations`, `path`, `extensions`.
fn errors_json(errors: &[GraphQLError]) -> Value {
    Value::Array(
        errors
            .iter()
            .map(|error| serde_json::to_value(error).unwrap_or(Value::Null))
            .collect(),
    )
}
