//! Looks up coordinates in an older schema, for the types the reference page does not reveal.
//!
//! A known type is used only where it fits what the example shows: same type name for objects, an
//! enum for an enum value, a scalar for a scalar value, and a list where the example shows brackets.

use apollo_compiler::ast;
use apollo_compiler::schema::ExtendedType;
use apollo_compiler::Schema;

use super::{InferredBase, InferredType, ListShape};

/// The kind of a named type, as far as the document builder needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Object,
    Interface,
    Union,
    Enum,
    Scalar,
    InputObject,
}

/// The built-in scalars, which an example value names exactly rather than approximately.
const BUILT_IN_SCALARS: [&str; 5] = ["String", "Int", "Float", "Boolean", "ID"];

/// The name of the query root type of `known`, or `Query`.
pub(super) fn query_type_name(known: Option<&Schema>) -> &str {
    known
        .and_then(|schema| schema.root_operation(ast::OperationType::Query))
        .map_or("Query", |name| name.as_str())
}

/// The type of the field `type_name.field` in `known`, if it has one.
pub(super) fn field_type<'a>(
    known: Option<&'a Schema>,
    type_name: &str,
    field: &str,
) -> Option<&'a ast::Type> {
    let definition = match known?.types.get(type_name)? {
        ExtendedType::Object(object) => object.fields.get(field)?,
        ExtendedType::Interface(interface) => interface.fields.get(field)?,
        _ => return None,
    };
    Some(&definition.ty)
}

/// The kind of the type `name` in `known`.
pub(super) fn kind_of(known: Option<&Schema>, name: &str) -> Option<Kind> {
    Some(match known?.types.get(name)? {
        ExtendedType::Object(_) => Kind::Object,
        ExtendedType::Interface(_) => Kind::Interface,
        ExtendedType::Union(_) => Kind::Union,
        ExtendedType::Enum(_) => Kind::Enum,
        ExtendedType::Scalar(_) => Kind::Scalar,
        ExtendedType::InputObject(_) => Kind::InputObject,
    })
}

/// Whether the known type `ty` is one the example could have shown as `inferred`.
pub(super) fn fits(known: &Schema, ty: &ast::Type, inferred: &InferredType) -> bool {
    let shape_fits = match inferred.list {
        ListShape::NotList => !ty.is_list(),
        ListShape::Brackets => matches!(ty, ast::Type::List(_)),
        // The page prints a list of interfaces or union members bare even when the list is
        // nullable (four such fields against the UK 2024-11 schema), so a bare object may be any list.
        ListShape::BareOrNonNullList => {
            !matches!(ty, ast::Type::List(_))
                || matches!(
                    inferred.base,
                    InferredBase::Object(_) | InferredBase::Abstract(_)
                )
        }
        ListShape::NotShown => true,
    };
    let name = ty.inner_named_type().as_str();
    let kind = kind_of(Some(known), name);
    let base_fits = match &inferred.base {
        InferredBase::Scalar(shown) => {
            kind == Some(Kind::Scalar)
                && (name == shown
                    || !BUILT_IN_SCALARS.contains(&name)
                    || (name == "ID" && matches!(shown.as_str(), "String" | "Int")))
        }
        InferredBase::EnumValue(_) => kind == Some(Kind::Enum),
        InferredBase::Object(shown) => name == shown,
        InferredBase::Abstract(_) => matches!(kind, Some(Kind::Union | Kind::Interface)),
        InferredBase::UnnamedObject => matches!(kind, Some(Kind::Object | Kind::Interface)),
        InferredBase::Unknown => true,
    };
    shape_fits && base_fits
}
