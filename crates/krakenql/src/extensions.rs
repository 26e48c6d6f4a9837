//! Kraken's `extensions` on a GraphQL error: error code, type, description and validation
//! errors with their input paths.
//!
//! The shape comes from public material: Octopus Energy's public GraphQL conventions
//! (`octoenergy/public-conventions`, `conventions/graphql.md`) describe `validationErrors`
//! entries with `message` and an optional `inputPath`; real responses quoted in public
//! client projects carry `errorType` (`APPLICATION`, `VALIDATION`, …), `errorCode`
//! (`KT-CT-1124`) and `errorDescription`, and some errors add fields of their own (for
//! example `boostChargeRefusalReasons`), which land in [`KrakenErrorExtensions::other`].

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::response::{null_as_default, DisplayPath, PathSegment};

/// The `extensions` object of a Kraken GraphQL error.
///
/// ```
/// let error: krakenql::GraphQLError = serde_json::from_str(r#"{
///     "message": "Signature of the JWT has expired.",
///     "locations": [{"line": 3, "column": 37}],
///     "path": ["account"],
///     "extensions": {"errorType": "APPLICATION", "errorCode": "KT-CT-1124", "errorDescription": ""}
/// }"#).unwrap();
/// assert_eq!(error.error_code(), Some("KT-CT-1124"));
/// assert!(error.is_token_expired());
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KrakenErrorExtensions {
    /// The stable error code, e.g. `"KT-CT-1111"`; the field descriptions of the schema list
    /// the codes each field can raise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// The class of error, e.g. `"VALIDATION"`, `"APPLICATION"`, `"AUTHORIZATION"`,
    /// `"NOT_FOUND"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_type: Option<String>,
    /// A longer description of the error (often empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_description: Option<String>,
    /// The invalid inputs of a `VALIDATION` error.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub validation_errors: Vec<ValidationError>,
    /// Any other member of `extensions` (older errors use `errorClass`; some errors add
    /// their own details).
    #[serde(flatten)]
    pub other: serde_json::Map<String, serde_json::Value>,
}

/// One invalid input of a Kraken `VALIDATION` error.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ValidationError {
    /// What is wrong with the input.
    #[serde(default)]
    pub message: String,
    /// The input field at fault, e.g. `["input", "user", "firstName"]`; empty when the
    /// inputs are valid one by one but not together.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub input_path: Vec<PathSegment>,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.input_path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", DisplayPath(&self.input_path), self.message)
        }
    }
}
