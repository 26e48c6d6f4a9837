//! Overrides of the example values: per type, per schema coordinate, per response path, by Rust
//! closure, and the choice of concrete type for abstract types; built in Rust or read from a
//! TOML or JSON file.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use serde_json::{Map, Value};

use super::errors::ErrorOverride;

/// A resolver closure for one schema coordinate.
pub(crate) type Resolver = Arc<dyn Fn(&ResolveContext<'_>) -> Value + Send + Sync>;

/// What a resolver closure is told about the field it resolves.
#[derive(Debug, Clone, Copy)]
pub struct ResolveContext<'a> {
    pub(crate) type_name: &'a str,
    pub(crate) field_name: &'a str,
    pub(crate) path: &'a str,
    pub(crate) arguments: &'a Map<String, Value>,
    pub(crate) seed: Option<u64>,
}

impl ResolveContext<'_> {
    /// The concrete object type whose field is resolved, e.g. `AccountType`.
    pub fn type_name(&self) -> &str {
        self.type_name
    }

    /// The field name (not the alias), e.g. `balance`.
    pub fn field_name(&self) -> &str {
        self.field_name
    }

    /// The response path of the field, e.g. `account.ledgers.0.id` (aliases respected).
    pub fn path(&self) -> &str {
        self.path
    }

    /// The field's arguments after coercion (variables substituted, defaults applied).
    pub fn arguments(&self) -> &Map<String, Value> {
        self.arguments
    }

    /// The seed of the executor, if any.
    pub fn seed(&self) -> Option<u64> {
        self.seed
    }
}

/// Overrides of the example values.
///
/// Precedence for one field: a value for its response path, then its coordinate (a closure or a
/// value), then its type. A JSON object given for an object-typed field (or for an object type)
/// sets the fields it names (by field name, `__typename` choosing the concrete type); those
/// values rank with the override that gave the object, and win ties against the field's own
/// coordinate or type, since they name this very value. `null` is a value: it makes the field
/// null. A non-array value given for a list field is used for every element.
#[derive(Clone, Default)]
pub struct Overrides {
    pub(crate) types: HashMap<String, Value>,
    pub(crate) coordinates: HashMap<String, Value>,
    pub(crate) paths: HashMap<String, Value>,
    pub(crate) resolvers: HashMap<String, Resolver>,
    pub(crate) abstract_types: HashMap<String, String>,
    pub(crate) errors: HashMap<String, ErrorOverride>,
    pub(crate) seed: Option<u64>,
}

impl fmt::Debug for Overrides {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut resolvers: Vec<&String> = self.resolvers.keys().collect();
        resolvers.sort();
        f.debug_struct("Overrides")
            .field("types", &self.types)
            .field("coordinates", &self.coordinates)
            .field("paths", &self.paths)
            .field("resolvers", &resolvers)
            .field("abstract_types", &self.abstract_types)
            .field("errors", &self.errors)
            .field("seed", &self.seed)
            .finish()
    }
}

impl Overrides {
    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }

    /// The value of every leaf of the scalar or enum type `type_name`, or for an object type the
    /// values of its fields as a JSON object (field name to value).
    pub fn type_value(mut self, type_name: &str, value: Value) -> Self {
        self.types.insert(type_name.to_owned(), value);
        self
    }

    /// The value of the field at a schema coordinate, e.g. `AccountType.balance`.
    pub fn coordinate(mut self, coordinate: &str, value: Value) -> Self {
        self.resolvers.remove(coordinate);
        self.coordinates.insert(coordinate.to_owned(), value);
        self
    }

    /// The value at a response path, e.g. `account.balance` or `account.ledgers.0.id` (response
    /// keys, so aliases are respected).
    pub fn path(mut self, path: &str, value: Value) -> Self {
        self.paths.insert(path.to_owned(), value);
        self
    }

    /// A closure that computes the value of the field at a schema coordinate; it replaces a value
    /// given for the same coordinate.
    pub fn resolver(
        mut self,
        coordinate: &str,
        f: impl Fn(&ResolveContext<'_>) -> Value + Send + Sync + 'static,
    ) -> Self {
        self.coordinates.remove(coordinate);
        self.resolvers.insert(coordinate.to_owned(), Arc::new(f));
        self
    }

    /// The concrete object type that fields of the interface or union `abstract_name` resolve to.
    pub fn abstract_type(mut self, abstract_name: &str, concrete: &str) -> Self {
        self.abstract_types
            .insert(abstract_name.to_owned(), concrete.to_owned());
        self
    }

    /// A seed for the executor (the `seed` key of an overrides file).
    pub fn with_seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }

    /// The seed the overrides carry, if any.
    pub fn seed(&self) -> Option<u64> {
        self.seed
    }

    /// Whether there is nothing to override.
    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
            && self.coordinates.is_empty()
            && self.paths.is_empty()
            && self.resolvers.is_empty()
            && self.abstract_types.is_empty()
            && self.errors.is_empty()
            && self.seed.is_none()
    }

    /// Whether any override supplies values or resolvers (which can make lists of any length),
    /// as opposed to only a seed or abstract-type choices.
    pub(crate) fn sets_values(&self) -> bool {
        !(self.types.is_empty()
            && self.coordinates.is_empty()
            && self.paths.is_empty()
            && self.resolvers.is_empty()
            && self.errors.is_empty())
    }
}
