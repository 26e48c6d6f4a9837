//! The one walk over a literal of a known input type (an argument, a variable's default, a
//! directive argument): into the fields of input object literals, by the fields' types, and
//! into the items of lists, by the item type. What each walker records is its visitor's; the
//! deprecation walk (`walk.rs`), the one-of rules (`one_of.rs`) and the diff's usage
//! (`diff/usage.rs`) share the recursion.

use apollo_compiler::ast::{self, Type};
use apollo_compiler::schema::{ExtendedType, InputObjectType};
use apollo_compiler::{Name, Node, Schema};

/// What a walker does at each part of a literal; every method does nothing unless overridden.
pub(crate) trait LiteralVisitor {
    /// An object literal of the named type `named` (`input`: its definition, when it is an
    /// input object type), before its fields are walked.
    fn object(
        &mut self,
        _named: &Name,
        _input: Option<&Node<InputObjectType>>,
        _value: &Node<ast::Value>,
        _fields: &[(Name, Node<ast::Value>)],
    ) {
    }

    /// A field `field` written in an object literal of the input object type `named`, defined
    /// there or not; its value is walked next when the type defines it.
    fn input_field(&mut self, _named: &Name, _field: &Name, _value: &Node<ast::Value>) {}

    /// The enum value `value` written where the named type `named` is expected.
    fn enum_value(&mut self, _named: &Name, _value: &Name, _node: &Node<ast::Value>) {}

    /// A scalar or `null` literal where the named type `named` is expected (variables are not
    /// literals and are not visited).
    fn leaf(&mut self, _named: &Name, _value: &Node<ast::Value>) {}
}

/// Walks `value`, a literal of type `ty` in `schema`, calling `visitor` at each part.
pub(crate) fn walk_literal<V: LiteralVisitor + ?Sized>(
    schema: &Schema,
    visitor: &mut V,
    value: &Node<ast::Value>,
    ty: &Type,
) {
    let named = ty.inner_named_type();
    match value.as_ref() {
        ast::Value::Object(fields) => {
            let input = match schema.types.get(named) {
                Some(ExtendedType::InputObject(input)) => Some(input),
                _ => None,
            };
            visitor.object(named, input, value, fields);
            let Some(input) = input else {
                return;
            };
            for (name, field_value) in fields {
                visitor.input_field(named, name, field_value);
                if let Some(definition) = input.fields.get(name) {
                    walk_literal(schema, visitor, field_value, &definition.ty);
                }
            }
        }
        ast::Value::List(items) => {
            let item_ty = ty.item_type();
            for item in items {
                walk_literal(schema, visitor, item, item_ty);
            }
        }
        ast::Value::Enum(name) => visitor.enum_value(named, name, value),
        ast::Value::Variable(_) => {}
        _ => visitor.leaf(named, value),
    }
}
