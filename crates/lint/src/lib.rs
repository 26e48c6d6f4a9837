//! The krakenql linter: validates operations against a Kraken schema and reports every use of
//! a deprecated field, argument, input field or enum value, judged by its removal date.

pub mod diagnostic;
pub mod rules;
