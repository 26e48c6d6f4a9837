//! The `__schema` object into apollo-compiler AST definitions, one JSON element at a time.
//!
//! Every problem is collected with the JSON path it was found at; the conversion goes on after
//! one so that a single run reports all of them.

use apollo_compiler::ast::{
    Definition, DirectiveDefinition, DirectiveList, DirectiveLocation, Document,
    EnumTypeDefinition, InputObjectTypeDefinition, InterfaceTypeDefinition, ObjectTypeDefinition,
    OperationType, ScalarTypeDefinition, SchemaDefinition, UnionTypeDefinition,
};
use apollo_compiler::{name, Name, Node};

use super::json::{self, FullType, Schema};
use super::members::{description, directive};
use super::type_ref::NAMED_KINDS;
use crate::codes;
use crate::diagnostic::{Diagnostic, LoadError};

/// Scalars every schema has; introspection lists them but SDL does not define them.
const BUILT_IN_SCALARS: [&str; 5] = ["String", "Int", "Float", "Boolean", "ID"];
/// Directives every schema has (`oneOf` included: newer servers list it).
const BUILT_IN_DIRECTIVES: [&str; 5] = ["skip", "include", "deprecated", "specifiedBy", "oneOf"];
/// Every directive location, to read the names introspection gives.
const LOCATIONS: [DirectiveLocation; 19] = [
    DirectiveLocation::Query,
    DirectiveLocation::Mutation,
    DirectiveLocation::Subscription,
    DirectiveLocation::Field,
    DirectiveLocation::FragmentDefinition,
    DirectiveLocation::FragmentSpread,
    DirectiveLocation::InlineFragment,
    DirectiveLocation::VariableDefinition,
    DirectiveLocation::Schema,
    DirectiveLocation::Scalar,
    DirectiveLocation::Object,
    DirectiveLocation::FieldDefinition,
    DirectiveLocation::ArgumentDefinition,
    DirectiveLocation::Interface,
    DirectiveLocation::Union,
    DirectiveLocation::Enum,
    DirectiveLocation::EnumValue,
    DirectiveLocation::InputObject,
    DirectiveLocation::InputFieldDefinition,
];

/// Converts `schema`, found at JSON path `root` of file `file`, into a document.
pub(super) fn to_document(schema: &Schema, root: &str, file: &str) -> Result<Document, LoadError> {
    let mut converter = Converter {
        file,
        problems: Vec::new(),
    };
    let mut document = Document::new();
    if let Some(definition) = converter.schema_definition(schema, root) {
        document.definitions.push(definition);
    }
    for (index, directive) in schema.directives.iter().flatten().enumerate() {
        if BUILT_IN_DIRECTIVES.contains(&directive.name.as_str()) {
            continue;
        }
        let path = format!("{root}.directives[{index}]");
        if let Some(definition) = converter.directive(directive, &path) {
            document.definitions.push(definition);
        }
    }
    for (index, ty) in schema.types.iter().enumerate() {
        if ty.name.starts_with("__")
            || (ty.kind == "SCALAR" && BUILT_IN_SCALARS.contains(&ty.name.as_str()))
        {
            continue;
        }
        let path = format!("{root}.types[{index}]");
        if let Some(definition) = converter.type_definition(ty, &path) {
            document.definitions.push(definition);
        }
    }
    if converter.problems.is_empty() {
        Ok(document)
    } else {
        Err(LoadError {
            diagnostics: converter.problems,
        })
    }
}

/// The conversion state: the file name for messages and the problems found so far.
pub(super) struct Converter<'a> {
    file: &'a str,
    problems: Vec<Diagnostic>,
}

impl Converter<'_> {
    /// Records a shape problem at a JSON path.
    pub(super) fn problem(&mut self, path: &str, what: impl std::fmt::Display) {
        self.problems.push(
            Diagnostic::error(
                codes::INTROSPECTION_SHAPE,
                format!("in `{}`, `{path}` {what}", self.file),
            )
            .with_help("the file must be an unmodified response to an introspection query"),
        );
    }

    /// A checked name, or a recorded problem.
    pub(super) fn name(&mut self, value: &str, path: &str) -> Option<Name> {
        match Name::new(value) {
            Ok(name) => Some(name),
            Err(_) => {
                self.problem(
                    path,
                    format!("holds `{value}`, which is not a GraphQL name"),
                );
                None
            }
        }
    }

    /// `schema { … }`, only when the root types are not the default `Query`, `Mutation` and
    /// `Subscription` (or a type with a default name is not the root it would be taken for),
    /// or when the schema has a description.
    fn schema_definition(&mut self, schema: &Schema, root: &str) -> Option<Definition> {
        let roots = [
            (OperationType::Query, "queryType", &schema.query_type),
            (
                OperationType::Mutation,
                "mutationType",
                &schema.mutation_type,
            ),
            (
                OperationType::Subscription,
                "subscriptionType",
                &schema.subscription_type,
            ),
        ];
        let mut needed = schema.description.is_some();
        let mut root_operations = Vec::new();
        for (operation, key, root_type) in roots {
            let default = operation.default_type_name();
            match root_type {
                Some(root_type) => {
                    needed |= root_type.name != default.as_str();
                    let name = self.name(&root_type.name, &format!("{root}.{key}.name"))?;
                    root_operations.push(Node::new((operation, name)));
                }
                None => needed |= schema.types.iter().any(|ty| ty.name == default.as_str()),
            }
        }
        needed.then(|| {
            Definition::SchemaDefinition(Node::new(SchemaDefinition {
                description: schema.description.as_deref().map(Node::new_str),
                directives: DirectiveList::new(),
                root_operations,
            }))
        })
    }

    fn directive(&mut self, directive: &json::Directive, path: &str) -> Option<Definition> {
        let name = self.name(&directive.name, &format!("{path}.name"));
        let arguments = self.input_values(directive.args.as_deref(), path, "args");
        let mut locations = Vec::new();
        for (index, location) in directive.locations.iter().enumerate() {
            match LOCATIONS.iter().find(|known| known.name() == location) {
                Some(known) => locations.push(*known),
                None => self.problem(
                    &format!("{path}.locations[{index}]"),
                    format!("holds `{location}`, which is not a directive location"),
                ),
            }
        }
        Some(Definition::DirectiveDefinition(Node::new(
            DirectiveDefinition {
                description: description(&directive.description),
                name: name?,
                arguments,
                repeatable: directive.is_repeatable.unwrap_or(false),
                locations,
            },
        )))
    }

    fn type_definition(&mut self, ty: &FullType, path: &str) -> Option<Definition> {
        let name = self.name(&ty.name, &format!("{path}.name"));
        let description = description(&ty.description);
        let definition = match ty.kind.as_str() {
            "SCALAR" => {
                let mut directives = DirectiveList::new();
                if let Some(url) = &ty.specified_by_url {
                    directives.push(directive(
                        name!("specifiedBy"),
                        Some((name!("url"), url.as_str())),
                    ));
                }
                Definition::ScalarTypeDefinition(Node::new(ScalarTypeDefinition {
                    description,
                    name: name?,
                    directives,
                }))
            }
            "OBJECT" => {
                let implements_interfaces =
                    self.named_list(ty.interfaces.as_deref(), path, "interfaces");
                let fields = self.fields(ty, path);
                Definition::ObjectTypeDefinition(Node::new(ObjectTypeDefinition {
                    description,
                    name: name?,
                    implements_interfaces,
                    directives: DirectiveList::new(),
                    fields,
                }))
            }
            "INTERFACE" => {
                let implements_interfaces =
                    self.named_list(ty.interfaces.as_deref(), path, "interfaces");
                let fields = self.fields(ty, path);
                Definition::InterfaceTypeDefinition(Node::new(InterfaceTypeDefinition {
                    description,
                    name: name?,
                    implements_interfaces,
                    directives: DirectiveList::new(),
                    fields,
                }))
            }
            "UNION" => {
                let members = self.named_list(ty.possible_types.as_deref(), path, "possibleTypes");
                Definition::UnionTypeDefinition(Node::new(UnionTypeDefinition {
                    description,
                    name: name?,
                    directives: DirectiveList::new(),
                    members,
                }))
            }
            "ENUM" => {
                let values = self.enum_values(ty, path);
                Definition::EnumTypeDefinition(Node::new(EnumTypeDefinition {
                    description,
                    name: name?,
                    directives: DirectiveList::new(),
                    values,
                }))
            }
            "INPUT_OBJECT" => {
                let fields = self.input_values(ty.input_fields.as_deref(), path, "inputFields");
                // `isOneOf: true` (GraphQL, September 2025) is the `@oneOf` directive in SDL.
                let mut directives = DirectiveList::new();
                if ty.is_one_of == Some(true) {
                    directives.push(Node::new(apollo_compiler::ast::Directive {
                        name: name!("oneOf"),
                        arguments: Vec::new(),
                    }));
                }
                Definition::InputObjectTypeDefinition(Node::new(InputObjectTypeDefinition {
                    description,
                    name: name?,
                    directives,
                    fields,
                }))
            }
            other => {
                self.problem(
                    &format!("{path}.kind"),
                    format!(
                        "holds `{other}`, which is not the kind of a named type (one of {})",
                        NAMED_KINDS.join(", ")
                    ),
                );
                return None;
            }
        };
        Some(definition)
    }
}
