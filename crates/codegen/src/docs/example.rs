//! Example operations, variables and responses of a root field, printed the way the official
//! reference prints them.
//!
//! The official generator selects every field of the return type without arguments, shows object
//! fields as `...<Type>Fragment` spreads, prints a nullable list in brackets and a non-null list as
//! one bare element, and shows composite values (and input objects in variables) as bare type
//! names. Every leaf value comes from the shared policy in [`krakenql_schema::examples`].

use apollo_compiler::ast::Type;
use apollo_compiler::schema::{ExtendedType, FieldDefinition};
use apollo_compiler::Schema;
use heck::ToUpperCamelCase;
use krakenql_schema::examples::{example_object_type, leaf_example, ExampleStyle};
use serde_json::Value;

/// A value as an example shows it: JSON leaves, bare type names, lists and objects.
#[derive(Debug, Clone, PartialEq)]
enum Shown {
    /// A scalar or enum example.
    Leaf(Value),
    /// A type name printed without quotes, standing for a value of that type.
    Bare(String),
    /// A list with one element.
    List(Box<Shown>),
    /// An object with its fields in order.
    Object(Vec<(String, Shown)>),
}

/// The three example blocks of a root field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// The example operation.
    pub query: String,
    /// The example variables, when the field takes arguments.
    pub variables: Option<String>,
    /// The example response.
    pub response: String,
}

/// Builds the example of `field` on the root type whose operation keyword is `keyword`.
pub fn example(schema: &Schema, keyword: &str, field: &FieldDefinition) -> Example {
    Example {
        query: query(schema, keyword, field),
        variables: variables(schema, field),
        response: response(schema, field),
    }
}

/// The example operation: variables for every argument, every field of the return type.
fn query(schema: &Schema, keyword: &str, field: &FieldDefinition) -> String {
    let name = field.name.as_str();
    let mut out = format!("{keyword} {}", name.to_upper_camel_case());
    let arguments = &field.arguments;
    match arguments.len() {
        0 => out.push_str(" {\n"),
        1 => out.push_str(&format!(
            "(${}: {}) {{\n",
            arguments[0].name, arguments[0].ty
        )),
        _ => {
            let list: Vec<String> = arguments
                .iter()
                .map(|argument| format!("${}: {}", argument.name, argument.ty))
                .collect();
            out.push_str(&format!("(\n{}\n) {{\n", list.join(",\n")));
        }
    }
    match arguments.len() {
        0 => out.push_str(name),
        1 => out.push_str(&format!(
            "{name}({}: ${})",
            arguments[0].name, arguments[0].name
        )),
        _ => {
            let list: Vec<String> = arguments
                .iter()
                .map(|argument| format!("{}: ${}", argument.name, argument.name))
                .collect();
            out.push_str(&format!("{name}(\n{}\n)", list.join(",\n")));
        }
    }
    let named = field.ty.inner_named_type().as_str();
    match schema.types.get(named) {
        Some(ExtendedType::Object(_) | ExtendedType::Interface(_)) => {
            out.push_str(" {\n");
            for (child, definition) in fields_of(schema, named) {
                out.push_str(child);
                let child_type = definition.ty.inner_named_type().as_str();
                match schema.types.get(child_type) {
                    Some(ExtendedType::Object(_) | ExtendedType::Interface(_)) => {
                        out.push_str(&format!(" {{\n...{child_type}Fragment\n}}"));
                    }
                    Some(ExtendedType::Union(union)) => {
                        out.push_str(" {\n");
                        push_members(&mut out, union);
                        out.push('}');
                    }
                    _ => {}
                }
                out.push('\n');
            }
            out.push('}');
        }
        Some(ExtendedType::Union(union)) => {
            out.push_str(" {\n");
            push_members(&mut out, union);
            out.push('}');
        }
        _ => {}
    }
    out.push_str("\n}");
    out
}

/// Selects each member of a union through an inline fragment that spreads its fragment.
fn push_members(out: &mut String, union: &apollo_compiler::schema::UnionType) {
    for member in &union.members {
        out.push_str(&format!("... on {member} {{\n...{member}Fragment\n}}\n"));
    }
}

/// The example variables: one value per argument, input objects as bare type names.
fn variables(schema: &Schema, field: &FieldDefinition) -> Option<String> {
    if field.arguments.is_empty() {
        return None;
    }
    let entries = field
        .arguments
        .iter()
        .map(|argument| {
            let named = argument.ty.inner_named_type().as_str();
            let element = leaf(schema, named).unwrap_or_else(|| Shown::Bare(named.to_owned()));
            (
                argument.name.to_string(),
                wrap(&argument.ty, element, brackets(schema, named)),
            )
        })
        .collect();
    Some(print(&Shown::Object(entries)))
}

/// The example response: `{"data": {"<field>": …}}`.
fn response(schema: &Schema, field: &FieldDefinition) -> String {
    let named = field.ty.inner_named_type().as_str();
    let element = match schema.types.get(named) {
        Some(ExtendedType::Object(_) | ExtendedType::Interface(_)) => Shown::Object(
            fields_of(schema, named)
                .map(|(child, definition)| {
                    let child_type = definition.ty.inner_named_type().as_str();
                    let value = match schema.types.get(child_type) {
                        Some(ExtendedType::Union(_)) => {
                            Shown::Bare(example_name(schema, child_type))
                        }
                        _ => leaf(schema, child_type)
                            .unwrap_or_else(|| Shown::Bare(child_type.to_owned())),
                    };
                    let shape = brackets(schema, child_type);
                    (child.to_owned(), wrap(&definition.ty, value, shape))
                })
                .collect(),
        ),
        Some(ExtendedType::Union(_)) => Shown::Bare(example_name(schema, named)),
        _ => leaf(schema, named).unwrap_or_else(|| Shown::Bare(named.to_owned())),
    };
    // An abstract root type is shown through its fields, like an object, and so bracketed.
    let shape = matches!(element, Shown::Object(_)) || brackets(schema, named);
    let shown = wrap(&field.ty, element, shape);
    let data = Shown::Object(vec![(field.name.to_string(), shown)]);
    print(&Shown::Object(vec![("data".to_owned(), data)]))
}

/// The fields of an object or interface type, in schema order.
fn fields_of<'a>(
    schema: &'a Schema,
    type_name: &str,
) -> impl Iterator<Item = (&'a str, &'a FieldDefinition)> {
    let fields = match schema.types.get(type_name) {
        Some(ExtendedType::Object(object)) => Some(&object.fields),
        Some(ExtendedType::Interface(interface)) => Some(&interface.fields),
        _ => None,
    };
    fields
        .into_iter()
        .flat_map(|fields| fields.iter())
        .map(|(name, definition)| (name.as_str(), &***definition))
}

/// The concrete type an example shows for an abstract one (its own name when none).
fn example_name(schema: &Schema, type_name: &str) -> String {
    example_object_type(schema, type_name)
        .map_or_else(|| type_name.to_owned(), |name| name.to_string())
}

/// Whether the official generator prints a nullable list of this type in brackets: it does for
/// scalars and object types, and prints lists of enums, interfaces, unions and input objects as
/// one bare element whatever their nullability.
fn brackets(schema: &Schema, type_name: &str) -> bool {
    !matches!(
        schema.types.get(type_name),
        Some(
            ExtendedType::Enum(_)
                | ExtendedType::Interface(_)
                | ExtendedType::Union(_)
                | ExtendedType::InputObject(_)
        )
    )
}

/// The shared example of a scalar or enum.
fn leaf(schema: &Schema, type_name: &str) -> Option<Shown> {
    leaf_example(schema, type_name, ExampleStyle::Shown).map(Shown::Leaf)
}

/// Wraps an element in the list shapes of `ty`: brackets for a nullable list (when the element
/// type is printed so), bare for a non-null one.
fn wrap(ty: &Type, element: Shown, brackets: bool) -> Shown {
    match ty {
        Type::Named(_) | Type::NonNullNamed(_) => element,
        Type::List(inner) if brackets => Shown::List(Box::new(wrap(inner, element, brackets))),
        Type::List(inner) | Type::NonNullList(inner) => wrap(inner, element, brackets),
    }
}

/// Prints a shown value as the reference does: objects over lines, everything else inline.
fn print(value: &Shown) -> String {
    let mut out = String::new();
    print_into(value, &mut out);
    out
}

fn print_into(value: &Shown, out: &mut String) {
    match value {
        Shown::Leaf(leaf) => inline_json(leaf, out),
        Shown::Bare(name) => out.push_str(name),
        Shown::List(element) => {
            if matches!(**element, Shown::Object(_)) {
                out.push_str("[\n");
                print_into(element, out);
                out.push_str("\n]");
            } else {
                out.push('[');
                print_into(element, out);
                out.push(']');
            }
        }
        Shown::Object(entries) => {
            out.push_str("{\n");
            for (index, (key, entry)) in entries.iter().enumerate() {
                if index > 0 {
                    out.push_str(",\n");
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push_str(": ");
                print_into(entry, out);
            }
            out.push_str("\n}");
        }
    }
}

/// Prints JSON on one line with the reference's spacing (`{"key": "value"}`).
fn inline_json(value: &Value, out: &mut String) {
    match value {
        Value::Array(items) => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push_str(", ");
                }
                inline_json(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (index, (key, item)) in map.iter().enumerate() {
                if index > 0 {
                    out.push_str(", ");
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push_str(": ");
                inline_json(item, out);
            }
            out.push('}');
        }
        other => out.push_str(&other.to_string()),
    }
}
