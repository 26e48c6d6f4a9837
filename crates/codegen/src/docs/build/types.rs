//! Views of the named types: one per object, interface, union, enum, input object and scalar.

use apollo_compiler::ast::{InputValueDefinition, Type};
use apollo_compiler::schema::{ExtendedType, FieldDefinition};
use apollo_compiler::Schema;
use krakenql_schema::examples::possible_object_types;
use krakenql_schema::Coordinate;

use super::timeline::view_of;
use super::Context;
use crate::docs::model::{EnumValueView, FieldView, InputValueView, TypeRef, TypeView};

/// The page that documents a named type.
pub(crate) fn page_of(schema: &Schema, name: &str) -> &'static str {
    if schema
        .root_operation(apollo_compiler::executable::OperationType::Query)
        .is_some_and(|root| root == name)
    {
        return "queries";
    }
    if schema
        .root_operation(apollo_compiler::executable::OperationType::Mutation)
        .is_some_and(|root| root == name)
    {
        return "mutations";
    }
    match schema.types.get(name) {
        Some(ExtendedType::Object(_)) => "objects",
        Some(ExtendedType::Interface(_)) => "interfaces",
        Some(ExtendedType::Union(_)) => "unions",
        Some(ExtendedType::Enum(_)) => "enums",
        Some(ExtendedType::InputObject(_)) => "inputs",
        _ => "scalars",
    }
}

/// The kind of a type as the pages name it.
pub(crate) fn kind_of(ty: &ExtendedType) -> &'static str {
    match ty {
        ExtendedType::Object(_) => "object",
        ExtendedType::Interface(_) => "interface",
        ExtendedType::Union(_) => "union",
        ExtendedType::Enum(_) => "enum",
        ExtendedType::InputObject(_) => "input",
        ExtendedType::Scalar(_) => "scalar",
    }
}

/// A use-site reference to a type.
pub(crate) fn type_ref(schema: &Schema, ty: &Type) -> TypeRef {
    let name = ty.inner_named_type().as_str();
    TypeRef {
        display: ty.to_string(),
        name: name.to_owned(),
        page: page_of(schema, name),
    }
}

/// A reference to a named type.
fn named_ref(schema: &Schema, name: &str) -> TypeRef {
    TypeRef {
        display: name.to_owned(),
        name: name.to_owned(),
        page: page_of(schema, name),
    }
}

/// Trims a description, treating an empty one as none.
pub(crate) fn description(text: Option<&apollo_compiler::Node<str>>) -> Option<String> {
    text.map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty())
}

/// The view of a field's arguments.
pub(crate) fn arguments(
    context: &Context,
    owner: &str,
    field: &FieldDefinition,
) -> Vec<InputValueView> {
    field
        .arguments
        .iter()
        .map(|argument| {
            input_value(
                context,
                argument,
                Coordinate::argument(owner, field.name.as_str(), argument.name.as_str()),
            )
        })
        .collect()
}

fn input_value(
    context: &Context,
    value: &InputValueDefinition,
    coordinate: Coordinate,
) -> InputValueView {
    InputValueView {
        name: value.name.to_string(),
        ty: type_ref(context.schema, &value.ty),
        default: value.default_value.as_ref().map(|value| value.to_string()),
        description: description(value.description.as_ref()),
        deprecation: view_of(context, &coordinate),
    }
}

fn field_view(context: &Context, owner: &str, field: &FieldDefinition) -> FieldView {
    FieldView {
        name: field.name.to_string(),
        ty: type_ref(context.schema, &field.ty),
        description: description(field.description.as_ref()),
        arguments: arguments(context, owner, field),
        deprecation: view_of(context, &Coordinate::field(owner, field.name.as_str())),
    }
}

/// The view of one named type.
pub(crate) fn type_view(context: &Context, ty: &ExtendedType) -> TypeView {
    let schema = context.schema;
    let name = ty.name().as_str();
    let mut view = TypeView {
        name: name.to_owned(),
        kind: kind_of(ty),
        description: description(ty.description()),
        fields: Vec::new(),
        input_fields: Vec::new(),
        values: Vec::new(),
        possible_types: Vec::new(),
        interfaces: Vec::new(),
        deprecated_items: 0,
    };
    match ty {
        ExtendedType::Object(object) => {
            view.fields = object
                .fields
                .values()
                .map(|field| field_view(context, name, field))
                .collect();
            view.interfaces = object
                .implements_interfaces
                .iter()
                .map(|interface| named_ref(schema, interface.name.as_str()))
                .collect();
        }
        ExtendedType::Interface(interface) => {
            view.fields = interface
                .fields
                .values()
                .map(|field| field_view(context, name, field))
                .collect();
            view.interfaces = interface
                .implements_interfaces
                .iter()
                .map(|interface| named_ref(schema, interface.name.as_str()))
                .collect();
            view.possible_types = possible_object_types(schema, name)
                .iter()
                .map(|member| named_ref(schema, member.as_str()))
                .collect();
        }
        ExtendedType::Union(union) => {
            view.possible_types = union
                .members
                .iter()
                .map(|member| named_ref(schema, member.name.as_str()))
                .collect();
        }
        ExtendedType::Enum(definition) => {
            view.values = definition
                .values
                .values()
                .map(|value| EnumValueView {
                    name: value.value.to_string(),
                    description: description(value.description.as_ref()),
                    deprecation: view_of(
                        context,
                        &Coordinate::enum_value(name, value.value.as_str()),
                    ),
                })
                .collect();
        }
        ExtendedType::InputObject(input) => {
            view.input_fields = input
                .fields
                .values()
                .map(|field| {
                    input_value(
                        context,
                        field,
                        Coordinate::input_field(name, field.name.as_str()),
                    )
                })
                .collect();
        }
        ExtendedType::Scalar(_) => {}
    }
    view.deprecated_items = context.deprecated_items.get(name).copied().unwrap_or(0);
    view
}
