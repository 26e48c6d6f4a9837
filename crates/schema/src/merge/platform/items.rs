//! Finding the directives of one coordinate in a schema, for reading and for changing them.

use apollo_compiler::ast::DirectiveList;
use apollo_compiler::schema::{ExtendedType, FieldDefinition};
use apollo_compiler::{Name, Schema};

use crate::coordinate::Coordinate;

/// The directives of the item a coordinate names, or `None` when the schema does not define it.
pub fn directives<'a>(schema: &'a Schema, coordinate: &Coordinate) -> Option<&'a DirectiveList> {
    let ty = schema.types.get(coordinate.type_name())?;
    match (coordinate, ty) {
        (Coordinate::Field { field, .. }, _) => Some(&field_of(ty, field)?.directives),
        (
            Coordinate::Argument {
                field, argument, ..
            },
            _,
        ) => Some(
            &field_of(ty, field)?
                .arguments
                .iter()
                .find(|a| a.name == argument.as_str())?
                .directives,
        ),
        (Coordinate::InputField { field, .. }, ExtendedType::InputObject(input)) => {
            Some(&input.fields.get(field.as_str())?.directives)
        }
        (Coordinate::EnumValue { value, .. }, ExtendedType::Enum(enum_)) => {
            Some(&enum_.values.get(value.as_str())?.directives)
        }
        _ => None,
    }
}

/// The directives of the item a coordinate names, to change them in place.
pub fn directives_mut<'a>(
    schema: &'a mut Schema,
    coordinate: &Coordinate,
) -> Option<&'a mut DirectiveList> {
    let name = Name::new(coordinate.type_name()).ok()?;
    let ty = schema.types.get_mut(&name)?;
    match coordinate {
        Coordinate::Field { field, .. } => Some(&mut field_of_mut(ty, field)?.directives),
        Coordinate::Argument {
            field, argument, ..
        } => {
            let argument = field_of_mut(ty, field)?
                .arguments
                .iter_mut()
                .find(|a| a.name == argument.as_str())?;
            Some(&mut argument.make_mut().directives)
        }
        Coordinate::InputField { field, .. } => match ty {
            ExtendedType::InputObject(input) => Some(
                &mut input
                    .make_mut()
                    .fields
                    .get_mut(field.as_str())?
                    .make_mut()
                    .directives,
            ),
            _ => None,
        },
        Coordinate::EnumValue { value, .. } => match ty {
            ExtendedType::Enum(enum_) => Some(
                &mut enum_
                    .make_mut()
                    .values
                    .get_mut(value.as_str())?
                    .make_mut()
                    .directives,
            ),
            _ => None,
        },
        Coordinate::DirectiveArgument { .. } => None,
    }
}

/// The field `name` of an object or interface type.
fn field_of<'a>(ty: &'a ExtendedType, name: &str) -> Option<&'a FieldDefinition> {
    match ty {
        ExtendedType::Object(object) => object.fields.get(name).map(|field| &***field),
        ExtendedType::Interface(interface) => interface.fields.get(name).map(|field| &***field),
        _ => None,
    }
}

/// The field `name` of an object or interface type, to change it in place.
fn field_of_mut<'a>(ty: &'a mut ExtendedType, name: &str) -> Option<&'a mut FieldDefinition> {
    let field = match ty {
        ExtendedType::Object(object) => object.make_mut().fields.get_mut(name)?,
        ExtendedType::Interface(interface) => interface.make_mut().fields.get_mut(name)?,
        _ => return None,
    };
    Some(field.make_mut())
}

/// Every coordinate of a schema's own types, arguments included, in schema order.
pub fn all_coordinates(schema: &Schema) -> Vec<Coordinate> {
    let mut out = Vec::new();
    for (name, ty) in schema.types.iter().filter(|(_, ty)| !ty.is_built_in()) {
        let fields = match ty {
            ExtendedType::Object(object) => Some(&object.fields),
            ExtendedType::Interface(interface) => Some(&interface.fields),
            ExtendedType::InputObject(input) => {
                out.extend(
                    input
                        .fields
                        .keys()
                        .map(|f| Coordinate::input_field(name.as_str(), f.as_str())),
                );
                None
            }
            ExtendedType::Enum(enum_) => {
                out.extend(
                    enum_
                        .values
                        .keys()
                        .map(|v| Coordinate::enum_value(name.as_str(), v.as_str())),
                );
                None
            }
            ExtendedType::Scalar(_) | ExtendedType::Union(_) => None,
        };
        for (field_name, field) in fields.into_iter().flatten() {
            out.push(Coordinate::field(name.as_str(), field_name.as_str()));
            out.extend(field.arguments.iter().map(|argument| {
                Coordinate::argument(name.as_str(), field_name.as_str(), argument.name.as_str())
            }));
        }
    }
    out
}
