//! Comparing and printing types and default values the way graphql-js does, so that the diff
//! judges type changes and default-value changes exactly as `findSchemaChanges`.

use apollo_compiler::ast::{Type, Value};

/// Whether a field's output type may change from `old` to `new` without breaking a client:
/// the same named type, possibly made non-null (graphql-js
/// `isChangeSafeForObjectOrInterfaceField`).
pub fn safe_output_change(old: &Type, new: &Type) -> bool {
    match (old, new) {
        (Type::List(old), Type::List(new) | Type::NonNullList(new)) => safe_output_change(old, new),
        (Type::NonNullList(old), Type::NonNullList(new)) => safe_output_change(old, new),
        (Type::Named(old), Type::Named(new) | Type::NonNullNamed(new)) => old == new,
        (Type::NonNullNamed(old), Type::NonNullNamed(new)) => old == new,
        _ => false,
    }
}

/// Whether an argument's or input field's type may change from `old` to `new` without
/// breaking a client: the same named type, possibly made nullable (graphql-js
/// `isChangeSafeForInputObjectFieldOrFieldArg`).
pub fn safe_input_change(old: &Type, new: &Type) -> bool {
    match (old, new) {
        (Type::List(old), Type::List(new)) => safe_input_change(old, new),
        (Type::NonNullList(old), Type::List(new) | Type::NonNullList(new)) => {
            safe_input_change(old, new)
        }
        (Type::Named(old), Type::Named(new)) => old == new,
        (Type::NonNullNamed(old), Type::Named(new) | Type::NonNullNamed(new)) => old == new,
        _ => false,
    }
}

/// A default value printed as graphql-js prints it after `sortValueNode`: object fields sorted
/// by name, `{ a: 1 }` with spaces inside the braces, `[1, 2]` for lists.
pub fn print_value(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Enum(name) => name.to_string(),
        Value::Variable(name) => format!("${name}"),
        Value::String(text) => serde_json::to_string(text).unwrap_or_else(|_| format!("{text:?}")),
        Value::Float(float) => float.as_str().to_owned(),
        Value::Int(int) => int.as_str().to_owned(),
        Value::Boolean(boolean) => boolean.to_string(),
        Value::List(items) => {
            let items: Vec<String> = items.iter().map(|item| print_value(item)).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Object(fields) => {
            let mut fields: Vec<(&str, String)> = fields
                .iter()
                .map(|(name, value)| (name.as_str(), print_value(value)))
                .collect();
            fields.sort_by(|a, b| a.0.cmp(b.0));
            let fields: Vec<String> = fields
                .into_iter()
                .map(|(name, value)| format!("{name}: {value}"))
                .collect();
            format!("{{ {} }}", fields.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use apollo_compiler::Name;

    fn named(name: &str) -> Type {
        Type::Named(Name::new(name).expect("a valid name"))
    }

    #[test]
    fn output_types_may_only_become_stricter() {
        let string = named("String");
        assert!(safe_output_change(&string, &string.clone().non_null()));
        assert!(!safe_output_change(&string.clone().non_null(), &string));
        assert!(safe_output_change(
            &string.clone().list(),
            &string.clone().non_null().list().non_null()
        ));
        assert!(!safe_output_change(&string.clone().list(), &string));
    }

    #[test]
    fn input_types_may_only_become_looser() {
        let int = named("Int");
        assert!(safe_input_change(&int.clone().non_null(), &int));
        assert!(!safe_input_change(&int, &int.clone().non_null()));
        assert!(safe_input_change(
            &int.clone().non_null().list().non_null(),
            &int.clone().list()
        ));
        assert!(!safe_input_change(&int.clone().list(), &int));
        assert!(!safe_input_change(&int, &named("Float")));
    }

    #[test]
    fn default_values_print_sorted() {
        let sdl = r#"type Query { f(a: In = {b: [1, 2], a: "x\ny", c: RED}): Int }"#;
        let document = apollo_compiler::ast::Document::parse(sdl, "t.graphql").expect("parses");
        let apollo_compiler::ast::Definition::ObjectTypeDefinition(query) =
            &document.definitions[0]
        else {
            panic!("the first definition is the Query type");
        };
        let value = query.fields[0].arguments[0]
            .default_value
            .as_ref()
            .expect("a default");
        assert_eq!(print_value(value), r#"{ a: "x\ny", b: [1, 2], c: RED }"#);
    }
}
