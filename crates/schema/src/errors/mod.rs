//! The possible errors Kraken lists in field descriptions: "The possible errors that can be
//! raised are:" followed by one `- KT-CT-4321: Serializer validation error.` line per code.
//!
//! Every Kraken schema in `schema/sources/` ends the description of most root fields (and of
//! many mutation payload types) with such a list; codes carry the platform prefix `KT-CT-` or
//! a brand's (`KT-GB-`, `KT-IT-`). [`parse_error_list`] reads one description; `index` walks
//! a schema for every list. An entry that cannot be read is reported with its coordinate and
//! text ([`ErrorListProblem`]), never guessed.

mod index;
mod list;
#[cfg(test)]
mod tests;

pub use index::{collect_possible_errors, field_possible_errors, PossibleErrorIndex};
pub use list::{parse_error_list, without_error_list, ParsedErrorList};

use crate::coordinate::Coordinate;

/// One error a field can raise: its Kraken code and the message the schema gives for it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct PossibleError {
    /// The stable code, e.g. `KT-CT-4321` (platform) or `KT-GB-9310` (a brand's).
    pub code: String,
    /// The message as the schema writes it, e.g. `Serializer validation error.`; Kraken sends
    /// it as the error's `message`.
    pub message: String,
}

/// The possible errors of one field, in the order its description lists them, each code once.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldErrors {
    /// The field, e.g. `Mutation.setDevicePreferences`.
    pub coordinate: Coordinate,
    /// The codes and messages; a code listed twice keeps its first entry.
    pub errors: Vec<PossibleError>,
}

/// An entry of a possible-error list that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct ErrorListProblem {
    /// Where the list is: a field coordinate (`Mutation.setDevicePreferences`) or, for a list
    /// on a type's description, the type name.
    pub coordinate: String,
    /// The line of the description as written.
    pub entry: String,
    /// What is wrong with it.
    pub reason: String,
}
