//! The `@oneOf` directive of the GraphQL specification (September 2025 edition), which
//! apollo-compiler 1.33 does not define: the loader declares it as a built-in.

use apollo_compiler::ast::{DirectiveDefinition, DirectiveLocation};
use apollo_compiler::{name, Node, Schema};

/// Declares `directive @oneOf on INPUT_OBJECT` in `schema` unless it is defined already.
///
/// The definition is placed at the location of the built-in `@deprecated`, so apollo-compiler
/// treats it as a built-in: it is never printed back as SDL (graphql-js's `printSchema` leaves
/// it out too) and never reported as a redefinition. SDL files that define `@oneOf` themselves
/// have that definition dropped with a note by the SDL reader.
pub fn declare_one_of(schema: &mut Schema) {
    if schema.directive_definitions.contains_key("oneOf") {
        return;
    }
    let definition = DirectiveDefinition {
        description: Some(
            "Indicates exactly one field must be supplied and this field must not be `null`."
                .into(),
        ),
        name: name!("oneOf"),
        arguments: Vec::new(),
        repeatable: false,
        locations: vec![DirectiveLocation::InputObject],
    };
    let node = match schema
        .directive_definitions
        .get("deprecated")
        .and_then(|deprecated| deprecated.location())
    {
        Some(location) => Node::new_parsed(definition, location),
        None => Node::new(definition),
    };
    schema.directive_definitions.insert(name!("oneOf"), node);
}

/// Whether the input object `type_name` of `schema` carries `@oneOf`.
pub fn is_one_of(schema: &Schema, type_name: &str) -> bool {
    match schema.types.get(type_name) {
        Some(apollo_compiler::schema::ExtendedType::InputObject(input)) => {
            input.directives.get("oneOf").is_some()
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::load::introspection::introspection_to_document;
    use crate::load::{is_one_of, load_sources};
    use crate::model::SourceFile;

    const SDL: &str = "type Query { p(arg: P): String }\ninput P @oneOf { a: Int b: String }\n";

    #[test]
    fn sdl_with_one_of_loads_and_prints_the_directive_only_where_used() {
        let schema = load_sources(&[SourceFile::new("one-of.graphql", SDL)])
            .unwrap_or_else(|error| panic!("does not load:\n{error}"));
        assert!(is_one_of(schema.schema(), "P"));
        let sdl = schema.to_sdl();
        assert!(sdl.contains("input P @oneOf {"), "{sdl}");
        assert!(!sdl.contains("directive @oneOf"), "{sdl}");
    }

    #[test]
    fn a_file_that_declares_one_of_itself_still_loads() {
        let text = format!("directive @oneOf on INPUT_OBJECT\n{SDL}");
        let schema = load_sources(&[SourceFile::new("declared.graphql", text)])
            .unwrap_or_else(|error| panic!("does not load:\n{error}"));
        assert!(is_one_of(schema.schema(), "P"));
    }

    #[test]
    fn introspection_is_one_of_becomes_the_directive() {
        let json = r#"{"data":{"__schema":{
            "queryType":{"name":"Query"},"mutationType":null,"subscriptionType":null,
            "directives":[{"name":"oneOf","description":null,"isRepeatable":false,
                "locations":["INPUT_OBJECT"],"args":[]}],
            "types":[
              {"kind":"OBJECT","name":"Query","description":null,"fields":[{"name":"p",
                "description":null,"args":[{"name":"arg","description":null,
                "type":{"kind":"INPUT_OBJECT","name":"P","ofType":null},"defaultValue":null}],
                "type":{"kind":"SCALAR","name":"String","ofType":null},
                "isDeprecated":false,"deprecationReason":null}],
                "inputFields":null,"interfaces":[],"enumValues":null,"possibleTypes":null},
              {"kind":"INPUT_OBJECT","name":"P","description":null,"fields":null,"isOneOf":true,
                "inputFields":[
                  {"name":"a","description":null,"type":{"kind":"SCALAR","name":"Int","ofType":null},"defaultValue":null},
                  {"name":"b","description":null,"type":{"kind":"SCALAR","name":"String","ofType":null},"defaultValue":null}],
                "interfaces":null,"enumValues":null,"possibleTypes":null}
            ]}}}"#;
        let source = SourceFile::new("one-of.json", json);
        let document = introspection_to_document(&source)
            .unwrap_or_else(|error| panic!("does not convert:\n{error}"));
        assert!(
            document.to_string().contains("input P @oneOf {"),
            "{document}"
        );
        let schema =
            load_sources(&[source]).unwrap_or_else(|error| panic!("does not load:\n{error}"));
        assert!(is_one_of(schema.schema(), "P"));
    }
}
