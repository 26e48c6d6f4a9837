//! Variable values for the reference's examples: a bare input type name shown as a value
//! becomes an object of that type's required fields, filled by the value policy.

use apollo_compiler::schema::ExtendedType;
use apollo_compiler::Schema;
use krakenql_schema::examples::{leaf_example, ExampleStyle};
use krakenql_schema::reference::bare_type_name;
use serde_json::{Map, Value};

/// A shown variable value made valid: a bare input type name becomes an object of its required
/// fields with policy values.
pub(crate) fn build_input(schema: &Schema, value: &Value) -> Value {
    if let Some(name) = bare_type_name(value) {
        return input_object(schema, name, 0);
    }
    match value {
        Value::Array(items) => Value::Array(items.iter().map(|v| build_input(schema, v)).collect()),
        other => other.clone(),
    }
}

fn input_object(schema: &Schema, name: &str, depth: usize) -> Value {
    let Some(ExtendedType::InputObject(input)) = schema.types.get(name) else {
        return leaf_example(schema, name, ExampleStyle::Wire).unwrap_or(Value::Null);
    };
    let mut map = Map::new();
    for (field_name, field) in &input.fields {
        if !field.is_required() || depth > 8 {
            continue;
        }
        let inner = input_object(schema, field.ty.inner_named_type(), depth + 1);
        let value = if field.ty.is_list() {
            Value::Array(vec![inner])
        } else {
            inner
        };
        map.insert(field_name.to_string(), value);
    }
    Value::Object(map)
}
