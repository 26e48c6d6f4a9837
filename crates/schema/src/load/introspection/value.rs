//! Default values: introspection gives them as GraphQL value literals inside JSON strings, and
//! apollo-parser reads them.

use apollo_compiler::ast::{self, Value};
use apollo_compiler::{Name, Node};

/// What the literal is wrapped in so that apollo-parser reads it as a field argument.
const PREFIX: &str = "{f(v:";
const SUFFIX: &str = ")}";

/// Parses a constant GraphQL value literal such as `[]`, `{a: 1, b: [RED]}` or `"Europe/Rome"`.
///
/// The error says in a few words why the text is not one.
pub(super) fn parse_const_value(literal: &str) -> Result<Node<Value>, String> {
    let literal = literal.trim();
    if literal.is_empty() {
        return Err("it is empty".to_owned());
    }
    let text = [PREFIX, literal, SUFFIX].concat();
    let document = ast::Document::parser()
        .parse_ast(text, "defaultValue")
        .map_err(|_| "apollo-parser cannot read it as a value".to_owned())?;
    let value = document
        .definitions
        .first()
        .and_then(ast::Definition::as_operation_definition)
        .and_then(|operation| operation.selection_set.first())
        .and_then(ast::Selection::as_field)
        .and_then(|field| field.arguments.first())
        .map(|argument| argument.value.clone())
        .ok_or_else(|| "it is not a single value".to_owned())?;
    // The value must cover the whole literal, not a prefix of it followed by more GraphQL.
    let covers_all = value.location().is_some_and(|span| {
        span.offset() == PREFIX.len() && span.end_offset() == PREFIX.len() + literal.len()
    });
    if !covers_all {
        return Err("it is not a single value".to_owned());
    }
    detach(&value).map(Node::new)
}

/// A copy of `value` without source locations (they point into the throwaway wrapper text),
/// or an error when it uses a variable, which a default value cannot.
fn detach(value: &Value) -> Result<Value, String> {
    Ok(match value {
        Value::Variable(name) => return Err(format!("it uses the variable `${name}`")),
        Value::Enum(name) => Value::Enum(unlocated(name)),
        Value::List(items) => Value::List(
            items
                .iter()
                .map(|item| detach(item).map(Node::new))
                .collect::<Result<_, _>>()?,
        ),
        Value::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(name, item)| Ok((unlocated(name), Node::new(detach(item)?))))
                .collect::<Result<_, String>>()?,
        ),
        Value::Null | Value::String(_) | Value::Float(_) | Value::Int(_) | Value::Boolean(_) => {
            value.clone()
        }
    })
}

/// The same name without a source location.
fn unlocated(name: &Name) -> Name {
    // The parser has already checked the name, so the checked constructor cannot fail here;
    // falling back to the located name keeps this free of panics all the same.
    Name::new(name.as_str()).unwrap_or_else(|_| name.clone())
}
