//! Tests of the introspection reader: a real Kraken response, a fixture with every kind of
//! element, a round trip through apollo-compiler's own introspection, and the errors.

use apollo_compiler::ast::{Definition, Document, Selection};
use apollo_compiler::response::JsonMap;
use apollo_compiler::schema::ExtendedType;
use apollo_compiler::validation::Valid;
use apollo_compiler::{ExecutableDocument, Schema};

use super::{introspection_to_document, INTROSPECTION_QUERY, INTROSPECTION_QUERY_WITHOUT_ONE_OF};
use crate::model::SourceFile;
use crate::render::render_all;

const ITALY: &str =
    include_str!("../../../../../schema/sources/octopus-it-2025-11.introspection.json");
const EVERY_KIND: &str = include_str!("../../../tests/fixtures/introspection/every-kind.json");
const ROUND_TRIP: &str = include_str!("../../../tests/fixtures/introspection/round-trip.graphql");

/// Converts `json` named `name`, or panics with the rendered diagnostics.
fn convert(name: &str, json: &str) -> Document {
    introspection_to_document(&SourceFile::new(name, json))
        .unwrap_or_else(|error| panic!("{name} does not convert:\n{error}"))
}

/// Converts `json` named `name`, which must fail, and renders the diagnostics.
fn rendered_error(name: &str, json: &str) -> String {
    match introspection_to_document(&SourceFile::new(name, json)) {
        Ok(document) => panic!("{name} converted, to:\n{document}"),
        Err(error) => render_all(&error.diagnostics),
    }
}

/// Builds and validates the schema of a converted document.
fn validate(document: &Document) -> Valid<Schema> {
    Schema::builder()
        .add_ast(document)
        .build()
        .and_then(Schema::validate)
        .unwrap_or_else(|invalid| panic!("the converted schema is invalid:\n{}", invalid.errors))
}

/// What a server built from `schema` answers to krakenql's introspection query, as JSON.
///
/// apollo-compiler 1.33 predates `isOneOf`, so it is asked the query without it, as
/// `schema fetch` asks such a server after its first query is refused.
fn introspect(schema: &Valid<Schema>) -> String {
    let document = ExecutableDocument::parse_and_validate(
        schema,
        INTROSPECTION_QUERY_WITHOUT_ONE_OF,
        "introspection.graphql",
    )
    .unwrap_or_else(|invalid| panic!("the query is invalid:\n{}", invalid.errors));
    let operation = document
        .operations
        .get(None)
        .unwrap_or_else(|_| panic!("the query has one operation"));
    let variables =
        apollo_compiler::request::coerce_variable_values(schema, operation, &JsonMap::new())
            .unwrap_or_else(|error| panic!("no variables: {}", error.message()));
    let response = apollo_compiler::introspection::partial_execute(
        schema,
        &schema.implementers_map(),
        &document,
        operation,
        &variables,
    )
    .unwrap_or_else(|error| panic!("introspection fails: {}", error.message()));
    assert!(response.errors.is_empty(), "{:?}", response.errors);
    serde_json::to_string_pretty(&response).unwrap_or_else(|error| panic!("{error}"))
}

/// How many of each element a schema defines, and how many of them are deprecated.
#[derive(Debug, Default, PartialEq, Eq)]
struct Counts {
    types: usize,
    fields: usize,
    arguments: usize,
    input_fields: usize,
    enum_values: usize,
    deprecated_fields: usize,
    deprecated_arguments: usize,
    deprecated_input_fields: usize,
    deprecated_enum_values: usize,
}

fn count(schema: &Schema) -> Counts {
    let mut counts = Counts::default();
    let deprecated = |directives: &apollo_compiler::ast::DirectiveList| {
        usize::from(directives.has("deprecated"))
    };
    for ty in schema.types.values().filter(|ty| !ty.is_built_in()) {
        counts.types += 1;
        let fields = match ty {
            ExtendedType::Object(object) => Some(&object.fields),
            ExtendedType::Interface(interface) => Some(&interface.fields),
            _ => None,
        };
        for field in fields.into_iter().flat_map(|fields| fields.values()) {
            counts.fields += 1;
            counts.deprecated_fields += deprecated(&field.directives);
            for argument in &field.arguments {
                counts.arguments += 1;
                counts.deprecated_arguments += deprecated(&argument.directives);
            }
        }
        if let ExtendedType::InputObject(input) = ty {
            for field in input.fields.values() {
                counts.input_fields += 1;
                counts.deprecated_input_fields += deprecated(&field.directives);
            }
        }
        if let ExtendedType::Enum(enum_) = ty {
            for value in enum_.values.values() {
                counts.enum_values += 1;
                counts.deprecated_enum_values += deprecated(&value.directives);
            }
        }
    }
    counts
}

#[test]
fn italy_2025_11_converts_to_a_valid_schema() {
    let document = convert("octopus-it-2025-11.introspection.json", ITALY);
    let schema = validate(&document);
    // Counted in the JSON itself: 1526 types less 8 `__*` types and 5 built-in scalars. This
    // response was fetched without `includeDeprecated` on arguments and input fields, so it
    // knows of no deprecated ones.
    assert_eq!(
        count(&schema),
        Counts {
            types: 1513,
            fields: 4224,
            arguments: 1171,
            input_fields: 1403,
            enum_values: 1582,
            deprecated_fields: 304,
            deprecated_arguments: 0,
            deprecated_input_fields: 0,
            deprecated_enum_values: 0,
        }
    );
    // The type order of the response is kept.
    let first = document.definitions.first().and_then(|d| d.name());
    assert_eq!(first.map(|name| name.as_str()), Some("Charge"));
}

#[test]
fn italy_2025_11_survives_a_round_trip_through_introspection() {
    let document = convert("octopus-it-2025-11.introspection.json", ITALY);
    let schema = validate(&document);
    let again = convert("reintrospected.json", &introspect(&schema));
    assert_eq!(again.to_string(), document.to_string());
}

#[test]
fn every_kind_of_element_prints_as_sdl() {
    let document = convert("every-kind.json", EVERY_KIND);
    validate(&document);
    insta::assert_snapshot!("every_kind_as_sdl", document.to_string());
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let with_bom = format!("\u{feff}{EVERY_KIND}");
    assert_eq!(
        convert("every-kind.json", &with_bom).to_string(),
        convert("every-kind.json", EVERY_KIND).to_string()
    );
}

#[test]
fn sdl_survives_a_round_trip_through_introspection() {
    // A server reports a bare `@deprecated` with the default reason, "No longer supported", so
    // the fixture writes that reason out; the bare form is covered by `every_kind_as_sdl`.
    let original = Document::parse(ROUND_TRIP, "round-trip.graphql")
        .unwrap_or_else(|invalid| panic!("{}", invalid.errors));
    let schema = validate(&original);
    let document = convert("round-trip.json", &introspect(&schema));
    assert_eq!(document.to_string(), original.to_string());
}

#[test]
fn the_query_asks_for_deprecated_arguments_and_input_fields() {
    let document = Document::parse(INTROSPECTION_QUERY, "introspection.graphql")
        .unwrap_or_else(|invalid| panic!("{}", invalid.errors));
    let mut with_deprecated = Vec::new();
    for definition in &document.definitions {
        let selections = match definition {
            Definition::OperationDefinition(operation) => &operation.selection_set,
            Definition::FragmentDefinition(fragment) => &fragment.selection_set,
            _ => continue,
        };
        collect_include_deprecated(selections, &mut with_deprecated);
    }
    with_deprecated.sort();
    assert_eq!(
        with_deprecated,
        ["args", "args", "enumValues", "fields", "inputFields"]
    );
    // Nine levels of `ofType` below the reference itself.
    assert_eq!(INTROSPECTION_QUERY.matches("ofType {").count(), 9);
}

#[test]
fn the_query_asks_is_one_of_and_the_older_one_differs_only_there() {
    let with: Vec<&str> = INTROSPECTION_QUERY.lines().collect();
    let without: Vec<&str> = INTROSPECTION_QUERY_WITHOUT_ONE_OF.lines().collect();
    let at = with
        .iter()
        .position(|line| line.trim() == "isOneOf")
        .unwrap_or_else(|| panic!("the query does not ask isOneOf:\n{INTROSPECTION_QUERY}"));
    assert_eq!(with[..at], without[..at]);
    assert_eq!(with[at + 1..], without[at..]);
    // The line sits in `FullType`, after `specifiedByURL`, as in graphql-js.
    assert_eq!(with[at - 1].trim(), "specifiedByURL");
}

#[test]
fn a_server_without_is_one_of_refuses_the_field_by_name() {
    // apollo-compiler 1.33 is such a server; `schema fetch` retries when an error names the field.
    let schema = validate(&convert("every-kind.json", EVERY_KIND));
    let invalid = ExecutableDocument::parse_and_validate(
        &schema,
        INTROSPECTION_QUERY,
        "introspection.graphql",
    )
    .err()
    .unwrap_or_else(|| panic!("apollo-compiler 1.33 now knows isOneOf"));
    let message = invalid.errors.to_string();
    assert!(message.contains("isOneOf"), "{message}");
}

/// The names of the fields in `selections` (at any depth) that pass `includeDeprecated: true`.
fn collect_include_deprecated(selections: &[Selection], names: &mut Vec<String>) {
    for selection in selections {
        if let Selection::Field(field) = selection {
            let include = field.arguments.iter().any(|argument| {
                argument.name == "includeDeprecated" && argument.value.to_bool() == Some(true)
            });
            if include {
                names.push(field.name.to_string());
            }
            collect_include_deprecated(&field.selection_set, names);
        }
    }
}

#[test]
fn truncated_json_reports_line_and_column() {
    let truncated = &EVERY_KIND[..EVERY_KIND.len() / 2];
    insta::assert_snapshot!(
        "truncated_json",
        rendered_error("every-kind.json", truncated)
    );
}

#[test]
fn not_json_at_all_reports_line_and_column() {
    insta::assert_snapshot!(
        "not_json",
        rendered_error("schema.graphql", "type Query {\n  a: Int\n}\n")
    );
}

#[test]
fn a_response_with_only_errors_is_named() {
    let json =
        r#"{"errors": [{"message": "Cannot query field \"specifiedByURL\" on type \"__Type\"."}]}"#;
    insta::assert_snapshot!("only_errors", rendered_error("response.json", json));
}

#[test]
fn an_array_at_the_top_level_is_named() {
    insta::assert_snapshot!("top_level_array", rendered_error("response.json", "[]"));
}

#[test]
fn an_object_without_schema_is_named() {
    insta::assert_snapshot!(
        "no_schema_key",
        rendered_error("response.json", r#"{"types": [], "queryType": null}"#)
    );
}

#[test]
fn bad_type_references_are_named_by_json_path() {
    let json = r#"{"data": {"__schema": {
        "queryType": {"name": "Query"},
        "types": [
            {"kind": "OBJECT", "name": "Query", "interfaces": [], "fields": [
                {"name": "a", "args": [], "type": {"kind": "NON_NULL", "ofType": {"kind": "SCLAR", "name": "Int"}}},
                {"name": "b", "args": [{"name": "c", "type": {"kind": "SCALAR"}, "defaultValue": "1) { x"}],
                 "type": {"kind": "LIST", "ofType": {"kind": "OBJECT", "name": null}}}
            ]},
            {"kind": "WIDGET", "name": "Gadget"}
        ]
    }}}"#;
    insta::assert_snapshot!("bad_type_references", rendered_error("bad.json", json));
}

#[test]
fn the_wrong_shape_deep_inside_reports_line_and_column() {
    let json = "{\"__schema\": {\n  \"types\": [\n    {\"kind\": \"OBJECT\"}\n  ]\n}}";
    insta::assert_snapshot!("missing_type_name", rendered_error("deep.json", json));
}
