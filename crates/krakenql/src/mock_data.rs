//! Typed mocks: the example response a generated module builds for its operation, with
//! overrides by response path and Kraken errors at response paths, read into the operation's
//! `ResponseData` (or a whole `Response`).

use std::fmt;
use std::marker::PhantomData;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::typed_errors::mock_extensions;
use crate::{Error, ErrorCode, GraphQLError, PathSegment, Response};

/// The mock response data of one operation: the JSON the krakenql mock executor answers for
/// it, before it is read into the typed `ResponseData`.
///
/// Generated modules return one from `mock_builder(&variables)`; `mock(&variables)` is
/// `mock_builder(&variables).build()`. Override any value by its response path first:
///
/// ```
/// use krakenql::MockData;
/// use serde_json::json;
///
/// #[derive(serde::Deserialize)]
/// struct Account { number: String, balance: i32 }
/// #[derive(serde::Deserialize)]
/// struct Data { account: Account }
///
/// let data: Data = MockData::new(json!({"account": {"number": "abc123", "balance": 1}}))
///     .set("account.balance", 4200)
///     .build()
///     .unwrap();
/// assert_eq!(data.account.balance, 4200);
/// assert_eq!(data.account.number, "abc123");
/// ```
pub struct MockData<T> {
    value: Value,
    errors: Vec<Value>,
    data: PhantomData<fn() -> T>,
}

impl<T> fmt::Debug for MockData<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockData")
            .field("value", &self.value)
            .field("errors", &self.errors)
            .finish()
    }
}

impl<T: DeserializeOwned> MockData<T> {
    /// Mock data holding `value`, the JSON of the response's `data`.
    pub fn new(value: Value) -> Self {
        MockData {
            value,
            errors: Vec::new(),
            data: PhantomData,
        }
    }

    /// Sets the value at a response path: response keys (aliases, not field names) joined by
    /// dots. A number selects one element of a list (`account.ledgers.0.number`); a key applied
    /// to a list applies to every element (`account.ledgers.number`). Objects the path names but
    /// the data lacks are created; an index past the end of a list sets nothing.
    pub fn set(mut self, path: &str, value: impl Into<Value>) -> Self {
        let segments: Vec<&str> = path.split('.').filter(|s| !s.is_empty()).collect();
        set_at(&mut self.value, &segments, &value.into());
        self
    }

    /// Answers the field at a response path (as for [`MockData::set`], one element per index)
    /// with a Kraken error, as the mock executor's `errors` overrides do: the value there becomes
    /// `null` and the response gets an error with the code, the schema's message, the path and
    /// Kraken's extensions (`errorCode`, `errorType`, `errorDescription`). Read it with
    /// [`MockData::build_response`]. A field that is non-null in the response cannot be `null`:
    /// answer its nearest nullable parent instead, as Kraken's null propagation would.
    ///
    /// ```
    /// use krakenql::{ErrorCode, MockData};
    /// use serde_json::json;
    ///
    /// # #[derive(Debug, PartialEq)]
    /// # enum Error { NotFound }
    /// # impl ErrorCode for Error {
    /// #     fn from_code(_: &str, _: &str) -> Self { Error::NotFound }
    /// #     fn code(&self) -> &str { "KT-CT-4178" }
    /// #     fn message(&self) -> &str { "No account found with given account number." }
    /// # }
    /// let response = MockData::<serde_json::Value>::new(json!({"account": {"number": "abc123"}}))
    ///     .error("account", Error::NotFound)
    ///     .build_response()
    ///     .unwrap();
    /// assert_eq!(response.data, Some(json!({"account": null})));
    /// assert_eq!(response.errors[0].error_code(), Some("KT-CT-4178"));
    /// assert_eq!(response.errors[0].message, "No account found with given account number.");
    /// ```
    pub fn error(mut self, path: &str, error: impl ErrorCode) -> Self {
        let segments: Vec<&str> = path.split('.').filter(|s| !s.is_empty()).collect();
        set_at(&mut self.value, &segments, &Value::Null);
        let path: Vec<PathSegment> = segments
            .iter()
            .map(|segment| match segment.parse::<usize>() {
                Ok(index) => PathSegment::Index(index),
                Err(_) => PathSegment::Key((*segment).to_owned()),
            })
            .collect();
        self.errors.push(serde_json::json!({
            "message": error.message(),
            "path": path,
            "extensions": mock_extensions(error.code(), error.message()),
        }));
        self
    }

    /// The JSON as it stands.
    pub fn json(&self) -> &Value {
        &self.value
    }

    /// The JSON, taken out.
    pub fn into_json(self) -> Value {
        self.value
    }

    /// Reads the data into the typed response; fails only when an override does not fit it.
    pub fn build(self) -> Result<T, Error> {
        serde_json::from_value(self.value).map_err(Error::MockData)
    }

    /// Reads the data and the errors set with [`MockData::error`] into a typed [`Response`].
    pub fn build_response(self) -> Result<Response<T>, Error> {
        let errors = self
            .errors
            .into_iter()
            .map(serde_json::from_value::<GraphQLError>)
            .collect::<Result<Vec<_>, _>>()
            .map_err(Error::MockData)?;
        let data = serde_json::from_value(self.value).map_err(Error::MockData)?;
        Ok(Response {
            data: Some(data),
            errors,
        })
    }
}

fn set_at(target: &mut Value, path: &[&str], value: &Value) {
    let Some((first, rest)) = path.split_first() else {
        *target = value.clone();
        return;
    };
    match target {
        Value::Array(items) => match first.parse::<usize>() {
            Ok(index) => {
                if let Some(item) = items.get_mut(index) {
                    set_at(item, rest, value);
                }
            }
            Err(_) => items.iter_mut().for_each(|item| set_at(item, path, value)),
        },
        Value::Object(map) => {
            let next = map
                .entry((*first).to_owned())
                .or_insert_with(|| Value::Object(Default::default()));
            set_at(next, rest, value);
        }
        other => {
            *other = Value::Object(Default::default());
            set_at(other, path, value);
        }
    }
}

/// Helpers the generated `mock_json` functions call.
#[doc(hidden)]
pub mod support {
    use serde_json::Value;

    use crate::InputValue;

    /// Parses the mock JSON a generated module embeds (always valid: the generator wrote it).
    pub fn parse(json: &str) -> Value {
        serde_json::from_str(json).unwrap_or(Value::Null)
    }

    /// The typed data of a generated `mock` function, so that each module does not spell out
    /// its own error handling.
    ///
    /// # Panics
    ///
    /// When `value` does not fit `T`: never for data the generator wrote, so a panic here is a
    /// krakenql bug (reported at the generated function that called it).
    #[track_caller]
    pub fn typed<T: serde::de::DeserializeOwned>(value: Value) -> T {
        match serde_json::from_value(value) {
            Ok(data) => data,
            Err(error) => {
                panic!("krakenql: the generated mock does not fit its response data: {error}")
            }
        }
    }

    /// Removes `key` from every object at `path` unless `keep`: a field under `@skip` or
    /// `@include` whose condition is false for these variables.
    pub fn keep_if(value: &mut Value, path: &[&str], key: &str, keep: bool) {
        if keep {
            return;
        }
        match value {
            Value::Array(items) => items
                .iter_mut()
                .for_each(|item| keep_if(item, path, key, keep)),
            Value::Object(map) => match path.split_first() {
                None => {
                    map.shift_remove(key);
                }
                Some((first, rest)) => {
                    if let Some(next) = map.get_mut(*first) {
                        keep_if(next, rest, key, keep);
                    }
                }
            },
            _ => {}
        }
    }

    /// A Boolean variable as an `@include`/`@skip` condition reads it.
    pub trait Flag {
        /// The value, or `None` when the variable is not given.
        fn flag(&self) -> Option<bool>;
    }

    impl Flag for bool {
        fn flag(&self) -> Option<bool> {
            Some(*self)
        }
    }

    impl Flag for Option<bool> {
        fn flag(&self) -> Option<bool> {
            *self
        }
    }

    impl Flag for InputValue<bool> {
        fn flag(&self) -> Option<bool> {
            match self {
                InputValue::Value(value) => Some(*value),
                _ => None,
            }
        }
    }

    /// The condition's value: the variable's, else its default in the operation.
    pub fn flag(value: &impl Flag, default: bool) -> bool {
        value.flag().unwrap_or(default)
    }
}
