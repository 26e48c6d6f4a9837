//! The members of a type: fields, arguments and input fields, enum values, and their
//! deprecation.

use apollo_compiler::ast::{
    Argument, Directive, DirectiveList, EnumValueDefinition, FieldDefinition, InputValueDefinition,
    Value,
};
use apollo_compiler::{name, Name, Node};

use super::convert::Converter;
use super::json::{self, FullType};
use super::value::parse_const_value;

impl Converter<'_> {
    /// The fields of an object or interface type, with their arguments.
    pub(super) fn fields(&mut self, ty: &FullType, path: &str) -> Vec<Node<FieldDefinition>> {
        let mut fields = Vec::new();
        for (index, field) in ty.fields.iter().flatten().enumerate() {
            let path = format!("{path}.fields[{index}]");
            let name = self.name(&field.name, &format!("{path}.name"));
            let arguments = self.input_values(field.args.as_deref(), &path, "args");
            let field_type = self.type_ref(&field.ty, &format!("{path}.type"));
            let (Some(name), Some(ty)) = (name, field_type) else {
                continue;
            };
            fields.push(Node::new(FieldDefinition {
                description: description(&field.description),
                name,
                arguments,
                ty,
                directives: deprecation(field.is_deprecated, field.deprecation_reason.as_deref()),
            }));
        }
        fields
    }

    /// Arguments or input fields, found under `key` of the element at `path`.
    pub(super) fn input_values(
        &mut self,
        values: Option<&[json::InputValue]>,
        path: &str,
        key: &str,
    ) -> Vec<Node<InputValueDefinition>> {
        let mut definitions = Vec::new();
        for (index, value) in values.unwrap_or_default().iter().enumerate() {
            let path = format!("{path}.{key}[{index}]");
            let name = self.name(&value.name, &format!("{path}.name"));
            let ty = self.type_ref(&value.ty, &format!("{path}.type"));
            let default_value = match value.default_value.as_deref().map(parse_const_value) {
                None => None,
                Some(Ok(parsed)) => Some(parsed),
                Some(Err(why)) => {
                    self.problem(
                        &format!("{path}.defaultValue"),
                        format!("is not a GraphQL value literal: {why}"),
                    );
                    None
                }
            };
            let (Some(name), Some(ty)) = (name, ty) else {
                continue;
            };
            definitions.push(Node::new(InputValueDefinition {
                description: description(&value.description),
                name,
                ty: Node::new(ty),
                default_value,
                directives: deprecation(value.is_deprecated, value.deprecation_reason.as_deref()),
            }));
        }
        definitions
    }

    /// The values of an enum type.
    pub(super) fn enum_values(
        &mut self,
        ty: &FullType,
        path: &str,
    ) -> Vec<Node<EnumValueDefinition>> {
        let mut values = Vec::new();
        for (index, value) in ty.enum_values.iter().flatten().enumerate() {
            let Some(name) = self.name(&value.name, &format!("{path}.enumValues[{index}].name"))
            else {
                continue;
            };
            values.push(Node::new(EnumValueDefinition {
                description: description(&value.description),
                value: name,
                directives: deprecation(value.is_deprecated, value.deprecation_reason.as_deref()),
            }));
        }
        values
    }
}

/// A description, when there is one.
pub(super) fn description(text: &Option<String>) -> Option<Node<str>> {
    text.as_deref().map(Node::new_str)
}

/// `@deprecated(reason: "…")`, or `@deprecated` when the reason is null, or nothing.
pub(super) fn deprecation(flag: Option<bool>, reason: Option<&str>) -> DirectiveList {
    let mut directives = DirectiveList::new();
    if json::is_deprecated(flag, reason) {
        directives.push(directive(
            name!("deprecated"),
            reason.map(|reason| (name!("reason"), reason)),
        ));
    }
    directives
}

/// A directive with at most one string argument.
pub(super) fn directive(name: Name, argument: Option<(Name, &str)>) -> Node<Directive> {
    Node::new(Directive {
        name,
        arguments: argument
            .map(|(name, text)| {
                Node::new(Argument {
                    name,
                    value: Node::new(Value::String(text.to_owned())),
                })
            })
            .into_iter()
            .collect(),
    })
}
