//! What one case of a target gives: an [`Outcome`] to count, or a [`Violation`] of a property.

use std::fmt;

/// How far one case got, for the runner's counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Outcome {
    /// The bytes ran out before the generator made an input; nothing of krakenql ran.
    Exhausted,
    /// The input was rejected with an error (invalid operation, unreadable file, …), as the
    /// properties require.
    Rejected,
    /// The input was accepted and every output agreed.
    Accepted,
}

/// A property that did not hold for one input: which one, and the input that breaks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The property, e.g. `lint agrees with apollo-compiler`.
    pub property: &'static str,
    /// What was observed, in one or more sentences.
    pub message: String,
    /// The text krakenql was given (the generated operation, schema or file).
    pub input: String,
}

impl Violation {
    /// A violation of `property` on `input`.
    pub fn new(
        property: &'static str,
        message: impl Into<String>,
        input: impl Into<String>,
    ) -> Self {
        Violation {
            property,
            message: message.into(),
            input: input.into(),
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "property `{}` does not hold: {}\n--- input ---\n{}",
            self.property, self.message, self.input
        )
    }
}

impl std::error::Error for Violation {}
