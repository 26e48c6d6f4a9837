//! The GraphQL response envelope: `data`, and `errors` with locations, paths and Kraken's
//! extensions.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use crate::error::Error;
use crate::extensions::KrakenErrorExtensions;

/// A GraphQL response: the `data` (possibly partial) and the `errors`.
///
/// Kraken answers HTTP 200 even when there are errors, and a query can return partial
/// data together with errors (a field that failed is `null` in `data`). A missing or
/// `null` `errors` reads as empty; the response's own `extensions` are ignored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response<T> {
    /// The result of the operation, `None` when the server returned no `data` or `null`.
    pub data: Option<T>,
    /// The errors, in the order the server sent them.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub errors: Vec<GraphQLError>,
}

impl<T> Response<T> {
    /// The data when there are no errors; else [`Error::GraphQL`] with the errors (partial
    /// data is dropped: read the fields directly to keep it), or [`Error::NoData`].
    pub fn into_result(self) -> Result<T, Error> {
        if !self.errors.is_empty() {
            return Err(Error::GraphQL(self.errors));
        }
        self.data.ok_or(Error::NoData)
    }

    /// Whether the server returned at least one error.
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// The first error with this Kraken error code (e.g. `"KT-CT-1124"`), if any.
    pub fn error_with_code(&self, code: &str) -> Option<&GraphQLError> {
        self.errors.iter().find(|e| e.error_code() == Some(code))
    }
}

/// One entry of the `errors` array, as the GraphQL spec defines it, with Kraken's
/// extensions parsed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GraphQLError {
    /// The human-readable message (not meant to be parsed; Kraken may reword it).
    #[serde(default)]
    pub message: String,
    /// Where in the document the error was found.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub locations: Vec<Location>,
    /// The response path of the field that failed, e.g. `["account", "bills", 0]`.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub path: Vec<PathSegment>,
    /// Kraken's `extensions` object (error code, type, description, validation errors).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<KrakenErrorExtensions>,
}

impl GraphQLError {
    /// Kraken's error code, e.g. `"KT-CT-1124"`.
    pub fn error_code(&self) -> Option<&str> {
        self.extensions.as_ref()?.error_code.as_deref()
    }

    /// Kraken's error type, e.g. `"VALIDATION"` or `"APPLICATION"`.
    pub fn error_type(&self) -> Option<&str> {
        self.extensions.as_ref()?.error_type.as_deref()
    }

    /// Whether this error says that the Kraken token (JWT) has expired.
    pub fn is_token_expired(&self) -> bool {
        self.error_code()
            .is_some_and(|code| crate::codes::TOKEN_EXPIRED.contains(&code))
    }
}

impl fmt::Display for GraphQLError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(code) = self.error_code() {
            write!(f, "[{code}] ")?;
        }
        f.write_str(&self.message)?;
        if !self.path.is_empty() {
            write!(f, " (at {})", DisplayPath(&self.path))?;
        }
        if let Some(extensions) = &self.extensions {
            for validation in &extensions.validation_errors {
                write!(f, "; {validation}")?;
            }
        }
        Ok(())
    }
}

/// A line and column (both from 1) in the GraphQL document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Location {
    /// The line, from 1.
    pub line: u32,
    /// The column, from 1.
    pub column: u32,
}

/// One step of a response path or an input path: a field name or a list index.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PathSegment {
    /// A field (or input field, or argument) name.
    Key(String),
    /// An index in a list.
    Index(usize),
}

impl fmt::Display for PathSegment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PathSegment::Key(key) => f.write_str(key),
            PathSegment::Index(index) => write!(f, "{index}"),
        }
    }
}

/// Shows a path as `account.bills[0].id`.
pub(crate) struct DisplayPath<'a>(pub(crate) &'a [PathSegment]);

impl fmt::Display for DisplayPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                PathSegment::Key(key) if i == 0 => f.write_str(key)?,
                PathSegment::Key(key) => write!(f, ".{key}")?,
                PathSegment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// Reads a JSON `null` as the default value, for lists that servers send as `null`.
pub(crate) fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}
