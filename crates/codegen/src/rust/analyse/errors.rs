//! The `Error` enum of an operation: the possible-error codes its selected fields list in the
//! schema (`KrakenSchema::possible_errors_of`), named after their messages.

use std::collections::{BTreeMap, HashSet};

use apollo_compiler::executable::{Selection, SelectionSet};
use apollo_compiler::{ExecutableDocument, Name};
use heck::ToUpperCamelCase;
use krakenql_schema::{Coordinate, KrakenSchema};
use proc_macro2::{Ident, TokenStream};

use crate::rust::model::{ErrorEnum, ErrorVariant};
use crate::rust::names::Registry;

/// The derives of every `Error` enum, before the configured extra ones: those of the runtime's
/// `UnlistedError`, which an operation listing no codes and asking no extra derive names instead.
pub(super) const ERROR_DERIVES: &[&str] = &["Debug", "Clone", "PartialEq", "Eq", "Hash"];

/// The enum for the fields selected by `selection_set` (fragments included, each once), in the
/// order the operation selects them and, per field, the order its description lists the codes.
pub(super) fn error_enum(
    schema: &KrakenSchema,
    document: &ExecutableDocument,
    selection_set: &SelectionSet,
    names: (Ident, Ident, String),
    runtime: TokenStream,
    derives: Vec<TokenStream>,
) -> ErrorEnum {
    let (ident, operation, operation_name) = names;
    let mut fields = Vec::new();
    selected_fields(document, selection_set, &mut HashSet::new(), &mut fields);
    let mut variants: Vec<ErrorVariant> = Vec::new();
    for coordinate in fields {
        let listed_by = coordinate.to_string();
        for error in schema.possible_errors_of(&coordinate).iter() {
            match variants.iter_mut().find(|v| v.code == error.code) {
                Some(variant) if !variant.listed_by.contains(&listed_by) => {
                    variant.listed_by.push(listed_by.clone());
                }
                Some(_) => {}
                None => variants.push(ErrorVariant {
                    ident: ident_placeholder(),
                    code: error.code.clone(),
                    message: error.message.clone(),
                    listed_by: vec![listed_by.clone()],
                }),
            }
        }
    }
    let mut registry = Registry::default();
    let names = variant_names(&variants);
    for (variant, name) in variants.iter_mut().zip(names) {
        variant.ident = registry.claim(&name);
    }
    let other = if registry.is_taken("Other") {
        registry.claim("UnknownCode")
    } else {
        registry.claim("Other")
    };
    let unlisted = variants.is_empty() && derives.len() == ERROR_DERIVES.len();
    ErrorEnum {
        ident,
        operation,
        operation_name,
        runtime,
        derives,
        variants,
        other,
        unlisted,
    }
}

/// The field coordinates a selection set selects, depth first; `__typename` has none.
fn selected_fields(
    document: &ExecutableDocument,
    selection_set: &SelectionSet,
    fragments: &mut HashSet<Name>,
    out: &mut Vec<Coordinate>,
) {
    for selection in &selection_set.selections {
        match selection {
            Selection::Field(field) => {
                if !field.name.starts_with("__") {
                    let coordinate =
                        Coordinate::field(selection_set.ty.as_str(), field.name.as_str());
                    if !out.contains(&coordinate) {
                        out.push(coordinate);
                    }
                }
                selected_fields(document, &field.selection_set, fragments, out);
            }
            Selection::InlineFragment(inline) => {
                selected_fields(document, &inline.selection_set, fragments, out);
            }
            Selection::FragmentSpread(spread) => {
                if fragments.insert(spread.fragment_name.clone()) {
                    if let Some(fragment) = document.fragments.get(&spread.fragment_name) {
                        selected_fields(document, &fragment.selection_set, fragments, out);
                    }
                }
            }
        }
    }
}

/// A variant name per code, from its message: `Serializer validation error.` becomes
/// `SerializerValidationError`. Codes whose messages give the same name (Kraken has many
/// `Unauthorized.`) all get their number, `Unauthorized1111` and `Unauthorized4922`, and a
/// brand's code its scope too (`InvalidDataGb6812`), so a name never depends on which of
/// them comes first.
pub(crate) fn variant_names(variants: &[ErrorVariant]) -> Vec<String> {
    let bases: Vec<String> = variants
        .iter()
        .map(|variant| message_name(&variant.message, &variant.code))
        .collect();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for base in &bases {
        *counts.entry(base).or_default() += 1;
    }
    bases
        .iter()
        .zip(variants)
        .map(|(base, variant)| {
            if counts[base.as_str()] > 1 {
                format!("{base}{}", code_suffix(&variant.code))
            } else {
                base.clone()
            }
        })
        .collect()
}

/// The UpperCamelCase name of a message, ASCII letters and digits only; a name that would
/// start with a digit gets `Error` before it, an empty one `Code` and the code's suffix.
fn message_name(message: &str, code: &str) -> String {
    let ascii: String = message
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let name = ascii.to_upper_camel_case();
    match name.chars().next() {
        None => format!("Code{}", code_suffix(code)),
        Some(first) if first.is_ascii_digit() => format!("Error{name}"),
        Some(_) => name,
    }
}

/// `1111` for a platform code `KT-CT-1111`, `Gb6812` for a brand's `KT-GB-6812`.
fn code_suffix(code: &str) -> String {
    let rest = code.strip_prefix("KT-").unwrap_or(code);
    match rest.split_once('-') {
        Some(("CT", number)) => number.to_owned(),
        Some((scope, number)) => format!("{}{number}", scope.to_upper_camel_case()),
        None => rest.to_upper_camel_case(),
    }
}

fn ident_placeholder() -> Ident {
    Ident::new("Placeholder", proc_macro2::Span::call_site())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn variant(code: &str, message: &str) -> ErrorVariant {
        ErrorVariant {
            ident: ident_placeholder(),
            code: code.to_owned(),
            message: message.to_owned(),
            listed_by: Vec::new(),
        }
    }

    #[test]
    fn names_come_from_messages_and_collisions_take_their_codes() {
        let variants = [
            variant("KT-CT-4321", "Serializer validation error."),
            variant("KT-CT-1112", "'Authorization' header not provided."),
            variant("KT-CT-4922", "Unauthorized."),
            variant("KT-CT-1111", "Unauthorized."),
            variant("KT-GB-6812", "Invalid data."),
            variant("KT-IT-4111", "Invalid data."),
            variant("KT-CT-9001", "2FA required."),
            variant("KT-CT-9002", "..."),
        ];
        assert_eq!(
            variant_names(&variants),
            [
                "SerializerValidationError",
                "AuthorizationHeaderNotProvided",
                "Unauthorized4922",
                "Unauthorized1111",
                "InvalidDataGb6812",
                "InvalidDataIt4111",
                "Error2faRequired",
                "Code9002",
            ]
        );
    }
}
