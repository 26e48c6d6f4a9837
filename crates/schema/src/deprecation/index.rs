//! Walking a schema for every `@deprecated` coordinate and reading its reason.

use apollo_compiler::ast::{DirectiveList, FieldDefinition};
use apollo_compiler::collections::IndexMap;
use apollo_compiler::schema::{Component, ExtendedType};
use apollo_compiler::{Name, Schema};

use super::reason::{parse_reason, DateField};
use super::replacement::resolve_mentions;
use super::{Deprecation, ReasonProblem, Replacement};
use crate::coordinate::Coordinate;

/// The reason GraphQL gives when `@deprecated` has no `reason` argument.
pub const DEFAULT_REASON: &str = "No longer supported";

/// Every deprecation in the schema, sorted by coordinate.
///
/// Covers fields of object and interface types, their arguments, input-object fields, enum
/// values and the arguments of directives; built-in and introspection types (`__Schema`,
/// `__Type`, ...) and built-in directives are skipped.
pub fn collect_deprecations(schema: &Schema) -> Vec<Deprecation> {
    let mut found = Vec::new();
    for (name, ty) in &schema.types {
        if name.starts_with("__") || ty.is_built_in() {
            continue;
        }
        match ty {
            ExtendedType::Object(object) => {
                found.extend(field_deprecations(schema, name, &object.fields));
            }
            ExtendedType::Interface(interface) => {
                found.extend(field_deprecations(schema, name, &interface.fields));
            }
            ExtendedType::InputObject(input) => {
                for (field_name, field) in &input.fields {
                    let coordinate = Coordinate::input_field(name.as_str(), field_name.as_str());
                    found.extend(deprecation(schema, coordinate, &field.directives));
                }
            }
            ExtendedType::Enum(values) => {
                for (value_name, value) in &values.values {
                    let coordinate = Coordinate::enum_value(name.as_str(), value_name.as_str());
                    found.extend(deprecation(schema, coordinate, &value.directives));
                }
            }
            ExtendedType::Scalar(_) | ExtendedType::Union(_) => {}
        }
    }
    for (name, definition) in &schema.directive_definitions {
        if definition.is_built_in() {
            continue;
        }
        for argument in &definition.arguments {
            let coordinate = Coordinate::directive_argument(name.as_str(), argument.name.as_str());
            found.extend(deprecation(schema, coordinate, &argument.directives));
        }
    }
    found.sort_by(|a, b| a.coordinate.cmp(&b.coordinate));
    found
}

/// Deprecations of the fields of an object or interface type and of their arguments.
fn field_deprecations(
    schema: &Schema,
    type_name: &str,
    fields: &IndexMap<Name, Component<FieldDefinition>>,
) -> Vec<Deprecation> {
    let mut found = Vec::new();
    for (field_name, field) in fields {
        let coordinate = Coordinate::field(type_name, field_name.as_str());
        found.extend(deprecation(schema, coordinate, &field.directives));
        for argument in &field.arguments {
            let coordinate =
                Coordinate::argument(type_name, field_name.as_str(), argument.name.as_str());
            found.extend(deprecation(schema, coordinate, &argument.directives));
        }
    }
    found
}

/// Builds the deprecation of one coordinate, when its directives include `@deprecated`.
fn deprecation(
    schema: &Schema,
    coordinate: Coordinate,
    directives: &DirectiveList,
) -> Option<Deprecation> {
    let directive = directives.get("deprecated")?;
    let reason = directive
        .specified_argument_by_name("reason")
        .and_then(|value| value.as_str())
        .unwrap_or(DEFAULT_REASON)
        .to_owned();
    let parsed = parse_reason(&reason);

    let mut problems = Vec::new();
    if let DateField::Invalid(text) = &parsed.marked_on {
        problems.push(ReasonProblem::InvalidDate {
            which: "marked_on",
            text: text.clone(),
        });
    }
    match &parsed.removal_on_or_after {
        DateField::Valid(_) => {}
        DateField::Absent => problems.push(ReasonProblem::NoRemovalDate),
        DateField::Invalid(text) => problems.push(ReasonProblem::InvalidDate {
            which: "removal_on_or_after",
            text: text.clone(),
        }),
    }

    let replacement = parsed.advice.as_ref().map(|advice| Replacement {
        advice: advice.clone(),
        items: resolve_mentions(schema, &coordinate, advice),
    });
    Some(Deprecation {
        kind: coordinate.kind(),
        coordinate,
        reason,
        marked_on: parsed.marked_on.valid(),
        removal_on_or_after: parsed.removal_on_or_after.valid(),
        replacement,
        announcement: parsed.announcement,
        problems,
        source: None,
        per: None,
    })
}
