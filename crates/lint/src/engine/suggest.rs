//! "Did you mean" hints for unknown fields, arguments and types in validator messages.

use apollo_compiler::schema::ExtendedType;
use krakenql_schema::{Coordinate, Deprecation, KrakenSchema};

/// A hint for an apollo-compiler validation message, when a close schema name exists.
///
/// A hint never steers backwards: close candidates that are not deprecated are preferred, and
/// when only a deprecated one is close the hint says so, with its removal date and replacement.
pub(super) fn did_you_mean(schema: &KrakenSchema, message: &str) -> Option<String> {
    let (name, candidates) = candidates(schema, message)?;
    let current: Vec<&str> = candidates
        .iter()
        .filter(|(_, coordinate)| deprecation(schema, coordinate.as_ref()).is_none())
        .map(|(name, _)| *name)
        .collect();
    if let Some(found) = closest(name, &current) {
        return Some(format!("did you mean `{found}`?"));
    }
    let all: Vec<&str> = candidates.iter().map(|(name, _)| *name).collect();
    let found = closest(name, &all)?;
    let coordinate = candidates
        .iter()
        .find(|(name, _)| *name == found)
        .and_then(|(_, coordinate)| coordinate.as_ref());
    match deprecation(schema, coordinate) {
        Some(deprecation) => Some(format!(
            "did you mean `{found}`? It is deprecated{}",
            deprecated_suffix(deprecation)
        )),
        None => Some(format!("did you mean `{found}`?")),
    }
}

/// The deprecation of a candidate, if it has a coordinate and is deprecated.
fn deprecation<'s>(
    schema: &'s KrakenSchema,
    coordinate: Option<&Coordinate>,
) -> Option<&'s Deprecation> {
    schema.deprecation(coordinate?)
}

/// ": removal on or after D; use 'X' instead" — what a deprecated candidate's hint adds.
fn deprecated_suffix(deprecation: &Deprecation) -> String {
    let removal = match deprecation.removal_on_or_after {
        Some(date) => format!("removal on or after {date}"),
        None => "no removal date given".to_owned(),
    };
    match deprecation.replacement_hint() {
        Some(hint) => format!(" ({removal}); {hint}"),
        None => format!(" ({removal})"),
    }
}

/// Schema names a hint may offer, each with its coordinate when it has one.
type Candidates<'s> = Vec<(&'s str, Option<Coordinate>)>;

/// The unknown name of a validator message and the schema names it could have meant, each with
/// its coordinate (types have none: they cannot be deprecated).
fn candidates<'s, 'm>(
    schema: &'s KrakenSchema,
    message: &'m str,
) -> Option<(&'m str, Candidates<'s>)> {
    let schema_ref = schema.schema();
    if let Some((type_name, field)) = between_ticks(message, "type `", "` does not have a field `")
    {
        let fields = match schema_ref.types.get(type_name)? {
            ExtendedType::Object(object) => &object.fields,
            ExtendedType::Interface(interface) => &interface.fields,
            _ => return None,
        };
        let candidates = fields
            .keys()
            .map(|k| (k.as_str(), Some(Coordinate::field(type_name, k.as_str()))))
            .collect();
        return Some((field, candidates));
    }
    if let Some((argument, coordinate)) =
        between_ticks(message, "the argument `", "` is not supported by `")
    {
        let (type_name, field_name) = coordinate.split_once('.')?;
        let field = schema_ref.type_field(type_name, field_name).ok()?;
        let candidates = field
            .arguments
            .iter()
            .map(|a| {
                let coordinate = Coordinate::argument(type_name, field_name, a.name.as_str());
                (a.name.as_str(), Some(coordinate))
            })
            .collect();
        return Some((argument, candidates));
    }
    if let Some(rest) = message.strip_prefix("cannot find type `") {
        let name = rest.split('`').next()?;
        let candidates = schema_ref
            .types
            .keys()
            .map(|k| (k.as_str(), None))
            .collect();
        return Some((name, candidates));
    }
    None
}

/// The two names in a message of the form `<a>NAME<b>NAME\``.
fn between_ticks<'m>(message: &'m str, first: &str, second: &str) -> Option<(&'m str, &'m str)> {
    let rest = message.strip_prefix(first)?;
    let (one, rest) = rest.split_once(second)?;
    let two = rest.split('`').next()?;
    Some((one, two))
}

/// The candidate closest to `name`, if it is close enough to be a likely typo.
pub fn closest<'c>(name: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let lower = name.to_lowercase();
    candidates
        .iter()
        .map(|candidate| {
            let distance = strsim::levenshtein(&lower, &candidate.to_lowercase());
            (distance, *candidate)
        })
        .filter(|(distance, candidate)| *distance <= (candidate.len().max(name.len()) / 3).max(1))
        .min()
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(closest("balanse", &["balance", "status"]), Some("balance"));
        assert_eq!(
            closest("accountUrl", &["accountUrls", "account"]),
            Some("accountUrls")
        );
        assert_eq!(closest("zzz", &["balance"]), None);
    }
}
