//! The mock object values that apollo-compiler's executor asks for field values: the value
//! policy (examples, overrides, seed) applied one field at a time, with the response path.

use std::cell::RefCell;

use apollo_compiler::ast::Type;
use apollo_compiler::resolvers::{FieldError, ObjectValue, ResolveInfo, ResolvedValue};
use apollo_compiler::response::{GraphQLError, JsonValue};
use apollo_compiler::schema::ExtendedType;
use apollo_compiler::Name;
use serde_json::{Map, Value};

use krakenql_schema::Coordinate;

use super::budget::{leaf_bytes, Budget, Stop};
use super::errors;
use super::overrides::ResolveContext;
use super::seed as mock_seed;
use super::time_travel;
use super::Inner;

/// How an override ranks: a higher rank wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Type,
    Coordinate,
    Path,
}

/// A value chosen by an override, with its rank.
type Chosen = Option<(Value, Rank)>;

/// A field error with a message and Kraken extensions, waiting to replace apollo-compiler's
/// `resolver error: …` message once execution is done.
struct PendingError {
    message: String,
    extensions: Map<String, Value>,
}

/// The marker that a field error message carries to point at its [`PendingError`].
const MARKER: &str = "\u{1}krakenql-field-error:";

/// The state of one execution.
pub(crate) struct Run<'m> {
    inner: &'m Inner,
    track_paths: bool,
    errors: RefCell<Vec<PendingError>>,
    budget: Budget,
}

impl<'m> Run<'m> {
    pub(crate) fn new(inner: &'m Inner) -> Self {
        let overrides = &inner.config.overrides;
        Run {
            inner,
            track_paths: inner.config.seed.is_some()
                || !overrides.paths.is_empty()
                || !overrides.errors.is_empty()
                || !overrides.resolvers.is_empty(),
            errors: RefCell::new(Vec::new()),
            budget: Budget::new(inner.config.max_response_bytes, inner.config.timeout),
        }
    }

    /// Why execution stopped early (response budget or time limit), if it did.
    pub(crate) fn stopped(&self) -> Option<Stop> {
        self.budget.stopped()
    }

    /// The root object of an operation whose root type is `type_name`.
    pub(crate) fn root(&self, type_name: &Name) -> MockObject<'_> {
        self.object(type_name.clone(), String::new(), None)
    }

    /// Replaces the messages of our own field errors and adds their extensions.
    pub(crate) fn finish_errors(&self, errors: &mut [GraphQLError]) {
        let pending = self.errors.borrow();
        for error in errors {
            let index = error
                .message
                .strip_prefix("resolver error: ")
                .and_then(|rest| rest.strip_prefix(MARKER))
                .and_then(|index| index.parse::<usize>().ok());
            if let Some(found) = index.and_then(|index| pending.get(index)) {
                error.message = found.message.clone();
                error.extensions = found
                    .extensions
                    .iter()
                    .map(|(key, value)| (key.as_str().into(), value.clone().into()))
                    .collect();
            }
        }
    }

    /// A field error with our own message and extensions.
    pub(crate) fn field_error(
        &self,
        message: String,
        extensions: Map<String, Value>,
    ) -> FieldError {
        let mut errors = self.errors.borrow_mut();
        errors.push(PendingError {
            message,
            extensions,
        });
        FieldError {
            message: format!("{MARKER}{}", errors.len() - 1),
        }
    }

    fn child_path(&self, parent: &str, key: &str) -> String {
        if !self.track_paths {
            String::new()
        } else if parent.is_empty() {
            key.to_owned()
        } else {
            format!("{parent}.{key}")
        }
    }

    fn object(&self, type_name: Name, path: String, fixed: Chosen) -> MockObject<'_> {
        let type_fixed = self
            .inner
            .config
            .overrides
            .types
            .get(type_name.as_str())
            .and_then(Value::as_object);
        let fixed = fixed.and_then(|(value, rank)| match value {
            Value::Object(map) => Some((map, rank)),
            _ => None,
        });
        MockObject {
            run: self,
            type_name,
            path,
            fixed,
            type_fixed,
        }
    }

    /// Completes a field of type `ty` at `path` from the chosen override, or the policy.
    fn complete<'a>(
        &'a self,
        ty: &Type,
        chosen: Chosen,
        path: String,
    ) -> Result<ResolvedValue<'a>, FieldError> {
        if matches!(chosen, Some((Value::Null, _))) {
            return Ok(ResolvedValue::null());
        }
        match ty {
            Type::List(item) | Type::NonNullList(item) => {
                let items: Vec<Chosen> = match chosen {
                    Some((Value::Array(items), rank)) => {
                        items.into_iter().map(|item| Some((item, rank))).collect()
                    }
                    other => {
                        let len = mock_seed::list_len(self.inner.config.seed, &path);
                        vec![other; len]
                    }
                };
                self.budget.charge(2 + items.len())?;
                let mut values = Vec::with_capacity(items.len());
                for (index, chosen_item) in items.into_iter().enumerate() {
                    let item_path = if self.track_paths {
                        format!("{path}.{index}")
                    } else {
                        String::new()
                    };
                    values.push(self.complete(item, chosen_item, item_path));
                }
                Ok(ResolvedValue::List(Box::new(values.into_iter())))
            }
            Type::Named(name) | Type::NonNullNamed(name) => {
                match self.inner.schema.schema().types.get(name) {
                    Some(ExtendedType::Scalar(_) | ExtendedType::Enum(_)) => {
                        let leaf = self.leaf(name, chosen, &path);
                        if let ResolvedValue::Leaf(value) = &leaf {
                            self.budget.charge(leaf_bytes(value))?;
                        }
                        Ok(leaf)
                    }
                    Some(_) => self.composite(name, chosen, path),
                    None => Err(self.field_error(
                        format!("the schema does not define the type `{name}`"),
                        Map::new(),
                    )),
                }
            }
        }
    }

    fn leaf<'a>(&self, name: &Name, chosen: Chosen, path: &str) -> ResolvedValue<'a> {
        if let Some((value, _)) = chosen {
            return ResolvedValue::Leaf(value.into());
        }
        if let Some(value) = self.inner.config.overrides.types.get(name.as_str()) {
            return ResolvedValue::Leaf(value.clone().into());
        }
        let example = self
            .inner
            .index
            .leaves
            .get(name)
            .cloned()
            .unwrap_or(JsonValue::Null);
        match (self.inner.config.seed, &example) {
            (Some(seed), JsonValue::String(text)) if name == "String" || name == "ID" => {
                ResolvedValue::leaf(mock_seed::vary_string(text.as_str(), seed, path))
            }
            _ => ResolvedValue::Leaf(example),
        }
    }

    fn composite<'a>(
        &'a self,
        name: &Name,
        chosen: Chosen,
        path: String,
    ) -> Result<ResolvedValue<'a>, FieldError> {
        let named = match &chosen {
            None => None,
            Some((Value::Object(map), _)) => map.get("__typename").and_then(Value::as_str),
            Some(_) => {
                return Err(self.field_error(
                    format!(
                        "the override at `{path}` gives a value that is not an object for the \
                         composite type `{name}`"
                    ),
                    Map::new(),
                ))
            }
        };
        let concrete = match named {
            Some(concrete) => self.check_possible(name, concrete)?,
            None => self.concrete_type(name)?,
        };
        Ok(ResolvedValue::object(self.object(concrete, path, chosen)))
    }

    /// The concrete object type of a field of type `name`.
    fn concrete_type(&self, name: &Name) -> Result<Name, FieldError> {
        if let Some(concrete) = self
            .inner
            .config
            .overrides
            .abstract_types
            .get(name.as_str())
        {
            return self.check_possible(name, concrete);
        }
        self.inner.index.examples.get(name).cloned().ok_or_else(|| {
            self.field_error(
                format!("no object type implements `{name}`, so no example can be given"),
                Map::new(),
            )
        })
    }

    fn check_possible(&self, name: &Name, concrete: &str) -> Result<Name, FieldError> {
        let schema = self.inner.schema.schema();
        let possible = match schema.types.get(name) {
            Some(ExtendedType::Object(_)) => name == concrete,
            Some(ExtendedType::Union(union)) => union.members.contains(concrete),
            Some(ExtendedType::Interface(_)) => self
                .inner
                .schema
                .implementers()
                .get(name)
                .is_some_and(|implementers| implementers.objects.contains(concrete)),
            _ => false,
        };
        match schema.types.get(concrete) {
            Some(ExtendedType::Object(object)) if possible => Ok(object.name.clone()),
            _ => Err(self.field_error(
                format!(
                    "the override chooses `{concrete}`, which is not an object type of `{name}`"
                ),
                Map::new(),
            )),
        }
    }
}

/// One object of the mock response.
pub(crate) struct MockObject<'r> {
    run: &'r Run<'r>,
    type_name: Name,
    path: String,
    /// The object value an override gave for this object, with the override's rank.
    fixed: Option<(Map<String, Value>, Rank)>,
    /// The field values an override gives for every object of this type.
    type_fixed: Option<&'r Map<String, Value>>,
}

impl MockObject<'_> {
    /// The override that applies to a field, if any, by precedence.
    fn choose(&self, field: &str, path: &str, info: &ResolveInfo<'_>) -> Chosen {
        let overrides = &self.run.inner.config.overrides;
        if let Some(value) = overrides.paths.get(path) {
            return Some((value.clone(), Rank::Path));
        }
        let inherited = self
            .fixed
            .as_ref()
            .and_then(|(map, rank)| Some((map.get(field)?.clone(), *rank)));
        if inherited
            .as_ref()
            .is_some_and(|(_, rank)| *rank >= Rank::Coordinate)
        {
            return inherited;
        }
        if !overrides.coordinates.is_empty() || !overrides.resolvers.is_empty() {
            let coordinate = format!("{}.{field}", self.type_name);
            if let Some(resolver) = overrides.resolvers.get(&coordinate) {
                let arguments = match serde_json::to_value(info.arguments()) {
                    Ok(Value::Object(map)) => map,
                    _ => Map::new(),
                };
                let context = ResolveContext {
                    type_name: &self.type_name,
                    field_name: field,
                    path,
                    arguments: &arguments,
                    seed: self.run.inner.config.seed,
                };
                return Some((resolver(&context), Rank::Coordinate));
            }
            if let Some(value) = overrides.coordinates.get(&coordinate) {
                return Some((value.clone(), Rank::Coordinate));
            }
        }
        inherited.or_else(|| {
            self.type_fixed
                .and_then(|map| Some((map.get(field)?.clone(), Rank::Type)))
        })
    }
}

impl ObjectValue for MockObject<'_> {
    fn type_name(&self) -> &str {
        &self.type_name
    }

    fn resolve_field<'a>(
        &'a self,
        info: &'a ResolveInfo<'a>,
    ) -> Result<ResolvedValue<'a>, FieldError> {
        let field = info.field_name();
        // The key, its quotes and colon, and the comma or brace around it.
        self.run.budget.charge(field.len() + 4)?;
        if let Some(removed) = self.run.inner.config.removed.check(&self.type_name, info) {
            return Err(self.run.field_error(removed, time_travel::extensions()));
        }
        let key = info
            .field_selections()
            .first()
            .map_or(field, |selection| selection.response_key().as_str());
        let path = self.run.child_path(&self.path, key);
        if let Some(error) = self.run.inner.config.overrides.errors.get(&path) {
            let coordinate = Coordinate::field(self.type_name.as_str(), field);
            let (message, extensions) = errors::answer(&self.run.inner.schema, &coordinate, error);
            return Err(self.run.field_error(message, extensions));
        }
        let chosen = self.choose(field, &path, info);
        self.run.complete(&info.field_definition().ty, chosen, path)
    }
}
