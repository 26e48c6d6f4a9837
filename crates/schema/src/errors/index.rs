//! Walking a schema for every possible-error list: on fields (exposed by coordinate) and on
//! types (read only so that an unreadable entry is reported).

use apollo_compiler::ast::FieldDefinition;
use apollo_compiler::collections::IndexMap;
use apollo_compiler::schema::{Component, ExtendedType};
use apollo_compiler::{Name, Schema};

use super::list::parse_error_list;
use super::{ErrorListProblem, FieldErrors, PossibleError};
use crate::coordinate::Coordinate;

/// The possible errors of every field of a schema that lists any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PossibleErrorIndex {
    /// One entry per field with a list, sorted by coordinate.
    pub fields: Vec<FieldErrors>,
    /// How many type descriptions carry a list (Kraken repeats a mutation's list on its
    /// payload type); their entries are checked, not indexed.
    pub type_lists: usize,
    /// Entries that could not be read, sorted by coordinate.
    pub problems: Vec<ErrorListProblem>,
}

impl PossibleErrorIndex {
    /// The possible errors of one field; empty when its description lists none.
    pub fn of(&self, coordinate: &Coordinate) -> &[PossibleError] {
        self.fields
            .binary_search_by(|field| field.coordinate.cmp(coordinate))
            .map_or(&[], |index| &self.fields[index].errors)
    }
}

/// Reads the possible-error list of every field and type description of `schema`; built-in
/// and introspection types are skipped.
pub fn collect_possible_errors(schema: &Schema) -> PossibleErrorIndex {
    let mut index = PossibleErrorIndex::default();
    for (name, ty) in &schema.types {
        if !is_read(name, ty) {
            continue;
        }
        if let Some(description) = ty.description() {
            if let Some(parsed) = parse_error_list(description) {
                index.type_lists += 1;
                index
                    .problems
                    .extend(problems(name.as_str(), parsed.unreadable));
            }
        }
        if let Some(own) = fields_of(ty) {
            fields(&mut index, name, own);
        }
    }
    index.fields.sort_by(|a, b| a.coordinate.cmp(&b.coordinate));
    index.problems.sort();
    index
}

/// The possible errors of one field, read from its description alone: what
/// [`PossibleErrorIndex::of`] gives for it once every list is read.
pub fn field_possible_errors(schema: &Schema, coordinate: &Coordinate) -> Vec<PossibleError> {
    let Coordinate::Field { ty, field } = coordinate else {
        return Vec::new();
    };
    schema
        .types
        .get(ty.as_str())
        .filter(|found| is_read(ty, found))
        .and_then(fields_of)
        .and_then(|fields| fields.get(field.as_str()))
        .and_then(|field| field.description.as_deref())
        .and_then(parse_error_list)
        .map(|parsed| parsed.errors)
        .unwrap_or_default()
}

/// Whether the index reads a type's lists: not for introspection's `__` types nor built-in
/// ones. [`collect_possible_errors`] and [`field_possible_errors`] both ask this, so they agree.
fn is_read(name: &str, ty: &ExtendedType) -> bool {
    !name.starts_with("__") && !ty.is_built_in()
}

/// The fields of an object or interface type, whose descriptions may list possible errors.
fn fields_of(ty: &ExtendedType) -> Option<&IndexMap<Name, Component<FieldDefinition>>> {
    match ty {
        ExtendedType::Object(object) => Some(&object.fields),
        ExtendedType::Interface(interface) => Some(&interface.fields),
        _ => None,
    }
}

fn fields(
    index: &mut PossibleErrorIndex,
    type_name: &Name,
    fields: &IndexMap<Name, Component<FieldDefinition>>,
) {
    for (field_name, field) in fields {
        let Some(parsed) = field.description.as_deref().and_then(parse_error_list) else {
            continue;
        };
        let coordinate = Coordinate::field(type_name.as_str(), field_name.as_str());
        index
            .problems
            .extend(problems(&coordinate.to_string(), parsed.unreadable));
        if !parsed.errors.is_empty() {
            index.fields.push(FieldErrors {
                coordinate,
                errors: parsed.errors,
            });
        }
    }
}

fn problems(
    coordinate: &str,
    unreadable: Vec<(String, String)>,
) -> impl Iterator<Item = ErrorListProblem> + '_ {
    unreadable
        .into_iter()
        .map(move |(entry, reason)| ErrorListProblem {
            coordinate: coordinate.to_owned(),
            entry,
            reason,
        })
}
