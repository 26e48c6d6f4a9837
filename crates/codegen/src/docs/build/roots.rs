//! The root type pages: every field of `Query` or `Mutation` as the official reference shows it,
//! with its possible errors.

use apollo_compiler::executable::OperationType;
use apollo_compiler::schema::ExtendedType;
use krakenql_schema::errors::without_error_list;
use krakenql_schema::Coordinate;

use super::errors;
use super::timeline::view_of;
use super::types::{arguments, description, type_ref};
use super::Context;
use crate::docs::example::example;
use crate::docs::model::{RootEntry, RootPage};

/// The page of one root type, when the schema has it.
pub(crate) fn root_page(context: &Context, operation: OperationType) -> Option<RootPage> {
    let schema = context.schema;
    let root = schema.root_operation(operation)?;
    let Some(ExtendedType::Object(object)) = schema.types.get(root) else {
        return None;
    };
    let (keyword, page, title, about) = match operation {
        OperationType::Mutation => (
            "mutation",
            "mutations",
            "Mutations",
            "Every GraphQL schema has a root type for both queries and mutations. The mutation type defines GraphQL operations that change data on the server.",
        ),
        _ => (
            "query",
            "queries",
            "Queries",
            "Every GraphQL schema has a root type for both queries and mutations. The query type defines GraphQL operations that retrieve data from the server.",
        ),
    };
    let entries = object
        .fields
        .values()
        .map(|field| {
            let example = example(schema, keyword, field);
            let coordinate = Coordinate::field(root.as_str(), field.name.as_str());
            RootEntry {
                name: field.name.to_string(),
                ty: type_ref(schema, &field.ty),
                url: context.endpoint.clone(),
                description: description(field.description.as_ref()),
                prose: field
                    .description
                    .as_deref()
                    .map(without_error_list)
                    .filter(|prose| !prose.is_empty())
                    .map(str::to_owned),
                errors: errors::rows(context, &coordinate),
                deprecation: view_of(context, &coordinate),
                arguments: arguments(context, root.as_str(), field),
                query: example.query,
                variables: example.variables,
                response: example.response,
            }
        })
        .collect();
    Some(RootPage {
        root: root.to_string(),
        page,
        title,
        about,
        entries,
    })
}
