//! Time travel: with a `today`, fields (and field arguments) whose removal date has passed answer
//! with the error Kraken sends for a disabled field instead of data.
//!
//! Kraken lists `KT-CT-1113` "Disabled GraphQL field requested." among the possible errors of
//! almost every field; it is the code the platform uses for a field that is switched off, which
//! is what a removed field is to a client still selecting it. The error type is `VALIDATION`
//! because the request itself names something the API no longer accepts. The other codes we
//! model ([`crate::codes`]) are about tokens, authorization and rate limits, so none fits.

use std::collections::HashMap;

use apollo_compiler::resolvers::ResolveInfo;
use chrono::NaiveDate;
use krakenql_schema::{Coordinate, KrakenSchema};
use serde_json::{Map, Value};

use crate::codes::DISABLED_FIELD_REQUESTED;

/// What is removed on a field of an object or interface type.
#[derive(Debug, Default, Clone)]
struct FieldRemovals {
    /// The field's own removal date, when it has passed.
    field: Option<NaiveDate>,
    /// Arguments whose removal date has passed.
    arguments: Vec<(String, NaiveDate)>,
}

/// Every field and argument removed on or before a date: type name, field name, removals.
#[derive(Debug, Default, Clone)]
pub(crate) struct Removed {
    fields: HashMap<String, HashMap<String, FieldRemovals>>,
}

impl Removed {
    /// Nothing removed (no time travel).
    pub(crate) fn none() -> Self {
        Self::default()
    }

    /// Everything whose removal date is on or before `today`.
    pub(crate) fn as_of(schema: &KrakenSchema, today: NaiveDate) -> Self {
        let mut fields: HashMap<String, HashMap<String, FieldRemovals>> = HashMap::new();
        for deprecation in schema.deprecations() {
            let Some(date) = deprecation
                .removal_on_or_after
                .filter(|date| *date <= today)
            else {
                continue;
            };
            match &deprecation.coordinate {
                Coordinate::Field { ty, field } => {
                    let entry = fields.entry(ty.clone()).or_default();
                    entry.entry(field.clone()).or_default().field = Some(date);
                }
                Coordinate::Argument {
                    ty,
                    field,
                    argument,
                } => {
                    let entry = fields.entry(ty.clone()).or_default();
                    let removals = entry.entry(field.clone()).or_default();
                    removals.arguments.push((argument.clone(), date));
                }
                Coordinate::InputField { .. }
                | Coordinate::EnumValue { .. }
                | Coordinate::DirectiveArgument { .. } => {}
            }
        }
        Removed { fields }
    }

    /// The error message for a field that is removed, or whose selection passes a removed
    /// argument; `None` when the field is available.
    pub(crate) fn check(&self, type_name: &str, info: &ResolveInfo<'_>) -> Option<String> {
        if self.fields.is_empty() {
            return None;
        }
        let removals = self.fields.get(type_name)?.get(info.field_name())?;
        let field = info.field_name();
        if let Some(date) = removals.field {
            return Some(format!(
                "Disabled GraphQL field requested: `{type_name}.{field}` was scheduled for \
                 removal on or after {date}."
            ));
        }
        let passed = info.field_selections().iter().flat_map(|selection| {
            selection
                .arguments
                .iter()
                .map(|argument| argument.name.as_str())
        });
        for name in passed {
            if let Some((argument, date)) = removals
                .arguments
                .iter()
                .find(|(argument, _)| argument == name)
            {
                return Some(format!(
                    "Disabled GraphQL field requested: the argument \
                     `{type_name}.{field}({argument}:)` was scheduled for removal on or after \
                     {date}."
                ));
            }
        }
        None
    }
}

/// The extensions of a time-travel error.
pub(crate) fn extensions() -> Map<String, Value> {
    let mut map = Map::new();
    map.insert("errorType".into(), Value::from("VALIDATION"));
    map.insert("errorCode".into(), Value::from(DISABLED_FIELD_REQUESTED));
    map
}
