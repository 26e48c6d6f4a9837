//! Resolving names mentioned in deprecation advice against the schema.
//!
//! A mentioned name is looked up, in order, as a sibling of the deprecated item (a field beside
//! a field, an argument beside an argument, an input field beside an input field, a value beside
//! an enum value), then as a field of the query root, then of the mutation root. A dotted path
//! (`devices.preferences`) starts at a sibling field, a root field or a type name and follows
//! field return types; it resolves to the coordinate of its last step. Words after the name can
//! move a lookup first: "the X query", "the X mutation", "X on the Y type". When the name as
//! written is not found, its camelCase spelling is tried (`ineligibility_reasons`,
//! `DeauthenticateDevice`), since Kraken sometimes writes Python or class names in advice.

use apollo_compiler::ast::OperationType;
use apollo_compiler::schema::ExtendedType;
use apollo_compiler::Schema;

use super::mentions::{find_mentions, Hint, Mention};
use super::MentionedItem;
use crate::coordinate::Coordinate;

/// Finds schema items named in `advice` for the deprecated `coordinate`.
///
/// Quoted and backticked names are returned even when they resolve to nothing; bare words only
/// when they resolve. A name that resolves to nothing but the deprecated item itself is left out.
pub fn resolve_mentions(
    schema: &Schema,
    coordinate: &Coordinate,
    advice: &str,
) -> Vec<MentionedItem> {
    let mut items: Vec<MentionedItem> = Vec::new();
    for mention in find_mentions(advice) {
        let resolved = resolve(schema, coordinate, &mention);
        let item = match resolved {
            Resolved::To(found) => MentionedItem {
                text: mention.text,
                coordinate: Some(found),
            },
            Resolved::OnlyItself => continue,
            Resolved::Nothing if mention.explicit && mention.text != coordinate.item_name() => {
                MentionedItem {
                    text: mention.text,
                    coordinate: None,
                }
            }
            Resolved::Nothing => continue,
        };
        let duplicate = items.iter().any(|seen| {
            seen.text == item.text
                || (item.coordinate.is_some() && seen.coordinate == item.coordinate)
        });
        if !duplicate {
            items.push(item);
        }
    }
    items
}

/// The outcome of looking up one mention.
enum Resolved {
    /// A schema item other than the deprecated one.
    To(Coordinate),
    /// Only the deprecated item itself, as in "`rateLimit` has been replaced by ...".
    OnlyItself,
    /// Nothing in the schema.
    Nothing,
}

/// Where a lookup of a single name starts.
#[derive(Clone, Copy)]
enum Place {
    Sibling,
    Query,
    Mutation,
}

fn resolve(schema: &Schema, deprecated: &Coordinate, mention: &Mention) -> Resolved {
    let mut saw_itself = false;
    for spelling in spellings(schema, &mention.text) {
        let segments: Vec<&str> = spelling
            .split('.')
            .map(|s| s.trim_end_matches("[]"))
            .collect();
        for found in lookups(schema, deprecated, &segments, &mention.hint) {
            if &found == deprecated {
                saw_itself = true;
            } else {
                return Resolved::To(found);
            }
        }
    }
    if saw_itself {
        Resolved::OnlyItself
    } else {
        Resolved::Nothing
    }
}

/// The name as written, then its camelCase spelling when that differs and is not a type name.
fn spellings(schema: &Schema, text: &str) -> Vec<String> {
    let mut spellings = vec![text.to_owned()];
    let camel = text
        .split('.')
        .map(|segment| {
            if schema.types.contains_key(segment) && !names_its_root_field(schema, segment) {
                return segment.to_owned();
            }
            let mut words = segment.split('_').filter(|word| !word.is_empty());
            let mut out = String::new();
            if let Some(first) = words.next() {
                let mut chars = first.chars();
                out.extend(chars.next().map(|c| c.to_ascii_lowercase()));
                out.push_str(chars.as_str());
            }
            for word in words {
                let mut chars = word.chars();
                out.extend(chars.next().map(|c| c.to_ascii_uppercase()));
                out.push_str(chars.as_str());
            }
            out
        })
        .collect::<Vec<_>>()
        .join(".");
    if camel != text && !camel.is_empty() {
        spellings.push(camel);
    }
    spellings
}

/// Whether a type name is the payload of a root field of the same name, as `DeauthenticateDevice`
/// is of `Mutation.deauthenticateDevice`: advice then means the field, not the type.
fn names_its_root_field(schema: &Schema, type_name: &str) -> bool {
    let mut chars = type_name.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let field_name = format!("{}{}", first.to_ascii_lowercase(), chars.as_str());
    [OperationType::Query, OperationType::Mutation]
        .into_iter()
        .any(|operation| {
            root(schema, operation)
                .and_then(|root| output_type(schema, &root, &field_name))
                .is_some_and(|returned| returned == type_name)
        })
}

/// Every coordinate the segments name, best first.
fn lookups(
    schema: &Schema,
    deprecated: &Coordinate,
    segments: &[&str],
    hint: &Hint,
) -> Vec<Coordinate> {
    let mut found = Vec::new();
    let places = match hint {
        Hint::Query => [Place::Query, Place::Sibling, Place::Mutation],
        Hint::Mutation => [Place::Mutation, Place::Sibling, Place::Query],
        Hint::None | Hint::OnType(_) => [Place::Sibling, Place::Query, Place::Mutation],
    };
    match segments {
        [] => {}
        [name] => {
            if let Hint::OnType(ty) = hint {
                // Advice says "on the Ledger type" where the schema names `LedgerType`.
                for candidate in [ty.clone(), format!("{ty}Type"), format!("{ty}Interface")] {
                    found.extend(member(schema, &candidate, name));
                }
            }
            for place in places {
                found.extend(single(schema, deprecated, place, name));
            }
        }
        [first, rest @ ..] => {
            let mut starts: Vec<String> = Vec::new();
            for place in places {
                let owner = match place {
                    Place::Sibling => Some(deprecated.type_name().to_owned()),
                    Place::Query => root(schema, OperationType::Query),
                    Place::Mutation => root(schema, OperationType::Mutation),
                };
                let field_type = owner.and_then(|owner| output_type(schema, &owner, first));
                starts.extend(field_type);
            }
            if schema.types.contains_key(*first) {
                starts.push((*first).to_owned());
            }
            found.extend(starts.iter().filter_map(|start| walk(schema, start, rest)));
        }
    }
    found
}

/// A single name looked up at one place.
fn single(
    schema: &Schema,
    deprecated: &Coordinate,
    place: Place,
    name: &str,
) -> Option<Coordinate> {
    match place {
        Place::Sibling => sibling(schema, deprecated, name),
        Place::Query => root(schema, OperationType::Query).and_then(|ty| field(schema, &ty, name)),
        Place::Mutation => {
            root(schema, OperationType::Mutation).and_then(|ty| field(schema, &ty, name))
        }
    }
}

/// A sibling of the same kind as the deprecated item.
fn sibling(schema: &Schema, deprecated: &Coordinate, name: &str) -> Option<Coordinate> {
    match deprecated {
        Coordinate::Field { ty, .. } => field(schema, ty, name),
        Coordinate::Argument { ty, field, .. } => {
            let definition = schema.type_field(ty, field).ok()?;
            definition
                .arguments
                .iter()
                .any(|argument| argument.name == name)
                .then(|| Coordinate::argument(ty.as_str(), field.as_str(), name))
        }
        Coordinate::InputField { ty, .. } => {
            let input = schema.get_input_object(ty)?;
            input
                .fields
                .contains_key(name)
                .then(|| Coordinate::input_field(ty.as_str(), name))
        }
        Coordinate::EnumValue { ty, .. } => {
            let values = schema.get_enum(ty)?;
            values
                .values
                .contains_key(name)
                .then(|| Coordinate::enum_value(ty.as_str(), name))
        }
        Coordinate::DirectiveArgument { directive, .. } => {
            let definition = schema.directive_definitions.get(directive.as_str())?;
            definition
                .arguments
                .iter()
                .any(|argument| argument.name == name)
                .then(|| Coordinate::directive_argument(directive.as_str(), name))
        }
    }
}

/// Follows `path` from type `start` through field return types to its last step.
fn walk(schema: &Schema, start: &str, path: &[&str]) -> Option<Coordinate> {
    let (last, steps) = path.split_last()?;
    let mut current = start.to_owned();
    for step in steps {
        current = output_type(schema, &current, step)?;
    }
    member(schema, &current, last)
}

/// A field, input field or enum value named `name` on type `ty`.
fn member(schema: &Schema, ty: &str, name: &str) -> Option<Coordinate> {
    match schema.types.get(ty)? {
        ExtendedType::Object(_) | ExtendedType::Interface(_) => field(schema, ty, name),
        ExtendedType::InputObject(input) => input
            .fields
            .contains_key(name)
            .then(|| Coordinate::input_field(ty, name)),
        ExtendedType::Enum(values) => values
            .values
            .contains_key(name)
            .then(|| Coordinate::enum_value(ty, name)),
        ExtendedType::Scalar(_) | ExtendedType::Union(_) => None,
    }
}

/// An explicit field of an object or interface type.
fn field(schema: &Schema, ty: &str, name: &str) -> Option<Coordinate> {
    let fields = match schema.types.get(ty)? {
        ExtendedType::Object(object) => &object.fields,
        ExtendedType::Interface(interface) => &interface.fields,
        _ => return None,
    };
    fields
        .contains_key(name)
        .then(|| Coordinate::field(ty, name))
}

/// The named type a field returns.
fn output_type(schema: &Schema, ty: &str, name: &str) -> Option<String> {
    field(schema, ty, name)?;
    let definition = schema.type_field(ty, name).ok()?;
    Some(definition.ty.inner_named_type().to_string())
}

/// The name of a root operation type.
fn root(schema: &Schema, operation: OperationType) -> Option<String> {
    schema
        .root_operation(operation)
        .map(|name| name.to_string())
}
