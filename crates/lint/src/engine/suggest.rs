//! "Did you mean" hints for unknown fields, arguments and types in validator messages.

use apollo_compiler::schema::ExtendedType;
use apollo_compiler::Schema;

/// A hint for an apollo-compiler validation message, when a close schema name exists.
pub fn did_you_mean(schema: &Schema, message: &str) -> Option<String> {
    if let Some((type_name, field)) = between_ticks(message, "type `", "` does not have a field `")
    {
        let candidates: Vec<&str> = match schema.types.get(type_name)? {
            ExtendedType::Object(object) => object.fields.keys().map(|k| k.as_str()).collect(),
            ExtendedType::Interface(interface) => {
                interface.fields.keys().map(|k| k.as_str()).collect()
            }
            _ => return None,
        };
        return closest(field, &candidates).map(|name| format!("did you mean `{name}`?"));
    }
    if let Some((argument, coordinate)) =
        between_ticks(message, "the argument `", "` is not supported by `")
    {
        let (type_name, field_name) = coordinate.split_once('.')?;
        let field = schema.type_field(type_name, field_name).ok()?;
        let candidates: Vec<&str> = field.arguments.iter().map(|a| a.name.as_str()).collect();
        return closest(argument, &candidates).map(|name| format!("did you mean `{name}`?"));
    }
    if let Some(rest) = message.strip_prefix("cannot find type `") {
        let name = rest.split('`').next()?;
        let candidates: Vec<&str> = schema.types.keys().map(|k| k.as_str()).collect();
        return closest(name, &candidates).map(|name| format!("did you mean `{name}`?"));
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
