//! Checks overrides against the schema, so that a misspelt type, coordinate or abstract-type
//! choice is an error rather than an override that silently never applies. Paths are not
//! checked: they name response keys of operations, which the schema does not know.

use apollo_compiler::schema::ExtendedType;
use apollo_compiler::Schema;
use krakenql_schema::examples::possible_object_types;

use super::overrides::Overrides;

/// One override key that names nothing the schema has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverrideProblem {
    /// The key as written: a type name, a coordinate, or an abstract type.
    pub key: String,
    /// What is wrong, and what the schema has instead where that helps.
    pub message: String,
}

impl Overrides {
    /// Every type, coordinate (values and closures) and abstract-type choice that `schema` does
    /// not define, sorted by key.
    pub fn problems(&self, schema: &Schema) -> Vec<OverrideProblem> {
        let mut problems = Vec::new();
        for name in self.types.keys() {
            if !schema.types.contains_key(name.as_str()) {
                problems.push(problem(name, format!("the schema has no type `{name}`")));
            }
        }
        for coordinate in self.coordinates.keys().chain(self.resolvers.keys()) {
            if let Some(message) = coordinate_problem(schema, coordinate) {
                problems.push(problem(coordinate, message));
            }
        }
        for (abstract_name, concrete) in &self.abstract_types {
            let possible = possible_object_types(schema, abstract_name);
            let is_abstract = matches!(
                schema.types.get(abstract_name.as_str()),
                Some(ExtendedType::Interface(_) | ExtendedType::Union(_))
            );
            if !is_abstract {
                problems.push(problem(
                    abstract_name,
                    format!("`{abstract_name}` is not an interface or union of the schema"),
                ));
            } else if !possible.iter().any(|name| name == concrete.as_str()) {
                let names: Vec<&str> = possible.iter().map(|name| name.as_str()).collect();
                problems.push(problem(
                    abstract_name,
                    format!(
                        "`{concrete}` is not an object type `{abstract_name}` can be; it can be: {}",
                        names.join(", ")
                    ),
                ));
            }
        }
        problems.sort_by(|a, b| a.key.cmp(&b.key));
        problems
    }
}

fn problem(key: &str, message: String) -> OverrideProblem {
    OverrideProblem {
        key: key.to_owned(),
        message,
    }
}

/// Why a `Type.field` coordinate names no field of the schema, if it does not.
fn coordinate_problem(schema: &Schema, coordinate: &str) -> Option<String> {
    let Some((type_name, field)) = coordinate.split_once('.') else {
        return Some(format!(
            "`{coordinate}` is not a coordinate: write `Type.field`, e.g. `AccountType.balance`"
        ));
    };
    let fields = match schema.types.get(type_name) {
        Some(ExtendedType::Object(object)) => &object.fields,
        Some(ExtendedType::Interface(interface)) => &interface.fields,
        Some(_) => return Some(format!("`{type_name}` is not an object or interface type")),
        None => return Some(format!("the schema has no type `{type_name}`")),
    };
    (!fields.contains_key(field)).then(|| format!("`{type_name}` has no field `{field}`"))
}
