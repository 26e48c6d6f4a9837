//! Typed Kraken errors: the `Error` enum each generated module has (the codes its fields list in
//! the schema, plus `Other`), and [`Response::kraken_errors`], which reads a response's errors
//! into it.

use std::fmt;

use crate::extensions::ValidationError;
use crate::response::{GraphQLError, PathSegment, Response};

/// An enum of Kraken error codes, as generated for each operation: one variant per code the
/// schema lists for the operation's fields, and an `Other { code, message }` variant for any
/// code it does not list.
pub trait ErrorCode: Sized {
    /// The variant of `code`, or `Other` holding `code` and the error's `message`.
    fn from_code(code: &str, message: &str) -> Self;
    /// The Kraken code, e.g. `"KT-CT-4321"`.
    fn code(&self) -> &str;
    /// The message the schema lists for the code (for `Other`, the message the server sent).
    fn message(&self) -> &str;
}

/// An operation whose possible Kraken errors are typed: generated code implements it on each
/// operation's unit struct, with the module's `Error` enum.
pub trait OperationErrors {
    /// The enum of the codes the operation's fields can raise.
    type Error: ErrorCode;
}

/// The `Error` of an operation whose fields list no possible errors in the schema: every code
/// is `Other`. Generated modules name it with `pub type Error = krakenql::UnlistedError;`
/// instead of writing out an enum of one variant (about 35 lines rustc would compile once per
/// operation), so `Error::Other { code, message }` reads and matches as it does on a generated
/// enum.
///
/// ```
/// use krakenql::{ErrorCode, UnlistedError};
///
/// let error = UnlistedError::from_code("KT-CT-1199", "Too many requests.");
/// assert_eq!(error.code(), "KT-CT-1199");
/// assert_eq!(error.message(), "Too many requests.");
/// assert!(matches!(error, UnlistedError::Other { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UnlistedError {
    /// A code the schema does not list for the operation's fields, with the message the
    /// server sent.
    Other {
        /// The Kraken code, e.g. `KT-CT-1199`.
        code: String,
        /// The error's message.
        message: String,
    },
}

impl ErrorCode for UnlistedError {
    fn from_code(code: &str, message: &str) -> Self {
        Self::Other {
            code: code.to_owned(),
            message: message.to_owned(),
        }
    }

    fn code(&self) -> &str {
        match self {
            Self::Other { code, .. } => code,
        }
    }

    fn message(&self) -> &str {
        match self {
            Self::Other { message, .. } => message,
        }
    }
}

/// One error of a response that carries a Kraken `errorCode`, read into an operation's typed
/// enum, together with the error it was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct KrakenError<'r, E> {
    /// The typed code.
    pub kind: E,
    /// The error as the server sent it (message, locations, path, extensions).
    pub error: &'r GraphQLError,
}

impl<E> KrakenError<'_, E> {
    /// The response path of the field that failed, e.g. `["setDevicePreferences"]`.
    pub fn path(&self) -> &[PathSegment] {
        &self.error.path
    }

    /// The message the server sent.
    pub fn message(&self) -> &str {
        &self.error.message
    }

    /// Kraken's `errorType`, e.g. `"VALIDATION"`.
    pub fn error_type(&self) -> Option<&str> {
        self.error.error_type()
    }

    /// Kraken's `errorDescription`, often a more specific text than the message.
    pub fn error_description(&self) -> Option<&str> {
        self.error.extensions.as_ref()?.error_description.as_deref()
    }

    /// The invalid inputs of a `VALIDATION` error.
    pub fn validation_errors(&self) -> &[ValidationError] {
        self.error
            .extensions
            .as_ref()
            .map_or(&[], |extensions| &extensions.validation_errors)
    }
}

impl<E> fmt::Display for KrakenError<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.error, f)
    }
}

/// The `extensions` a mock sends with a Kraken error: `errorCode`, `errorType` and
/// `errorDescription` (the schema's message).
///
/// The schema lists codes and messages but not their `errorType`: mocks send `APPLICATION`, the
/// type of the errors quoted from real responses in public client projects, except for
/// `KT-CT-1113` ("Disabled GraphQL field requested."), which is `VALIDATION` as in the mock
/// executor's time travel.
pub(crate) fn mock_extensions(
    code: &str,
    message: &str,
) -> serde_json::Map<String, serde_json::Value> {
    let error_type = if code == crate::codes::DISABLED_FIELD_REQUESTED {
        "VALIDATION"
    } else {
        "APPLICATION"
    };
    let mut map = serde_json::Map::new();
    map.insert("errorType".into(), error_type.into());
    map.insert("errorCode".into(), code.into());
    map.insert("errorDescription".into(), message.into());
    map
}

impl<T> Response<T> {
    /// The errors that carry a Kraken `errorCode`, each read into the typed `Error` enum of
    /// operation `O`, in the order the server sent them. Errors without a code (a document the
    /// server could not parse or validate) are not Kraken errors: read [`Response::errors`].
    ///
    /// ```
    /// use krakenql::{ErrorCode, OperationErrors, Response};
    ///
    /// #[derive(Debug, PartialEq)]
    /// enum Error { SerializerValidationError, Other { code: String, message: String } }
    ///
    /// impl ErrorCode for Error {
    ///     fn from_code(code: &str, message: &str) -> Self {
    ///         match code {
    ///             "KT-CT-4321" => Error::SerializerValidationError,
    ///             _ => Error::Other { code: code.to_owned(), message: message.to_owned() },
    ///         }
    ///     }
    ///     fn code(&self) -> &str {
    ///         match self { Error::SerializerValidationError => "KT-CT-4321", Error::Other { code, .. } => code }
    ///     }
    ///     fn message(&self) -> &str {
    ///         match self { Error::SerializerValidationError => "Serializer validation error.", Error::Other { message, .. } => message }
    ///     }
    /// }
    ///
    /// struct SetDevicePreferences;
    /// impl OperationErrors for SetDevicePreferences { type Error = Error; }
    ///
    /// let response: Response<serde_json::Value> = serde_json::from_str(r#"{
    ///     "data": {"setDevicePreferences": null},
    ///     "errors": [{"message": "Serializer validation error.", "path": ["setDevicePreferences"],
    ///                 "extensions": {"errorCode": "KT-CT-4321", "errorType": "VALIDATION"}}]
    /// }"#).unwrap();
    /// let errors = response.kraken_errors::<SetDevicePreferences>();
    /// assert_eq!(errors[0].kind, Error::SerializerValidationError);
    /// assert_eq!(errors[0].error_type(), Some("VALIDATION"));
    /// ```
    pub fn kraken_errors<O: OperationErrors>(&self) -> Vec<KrakenError<'_, O::Error>> {
        self.errors
            .iter()
            .filter_map(|error| {
                let code = error.error_code()?;
                Some(KrakenError {
                    kind: O::Error::from_code(code, &error.message),
                    error,
                })
            })
            .collect()
    }
}
