//! Schema statistics: how many types of each kind, fields, and deprecations of each kind.

use std::fmt::Write;

use apollo_compiler::schema::ExtendedType;

use crate::coordinate::CoordinateKind;
use crate::model::KrakenSchema;

/// Counts that describe a schema's size.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct SchemaStats {
    /// Object types.
    pub objects: usize,
    /// Interface types.
    pub interfaces: usize,
    /// Union types.
    pub unions: usize,
    /// Enum types.
    pub enums: usize,
    /// Input object types.
    pub input_objects: usize,
    /// Scalar types the file defines (the built-in ones are not counted).
    pub scalars: usize,
    /// Fields of object and interface types.
    pub fields: usize,
    /// Arguments of those fields.
    pub arguments: usize,
    /// Fields of input object types.
    pub input_fields: usize,
    /// Values of enum types.
    pub enum_values: usize,
    /// Fields of the query root.
    pub query_fields: usize,
    /// Fields of the mutation root.
    pub mutation_fields: usize,
    /// Deprecated fields.
    pub deprecated_fields: usize,
    /// Deprecated arguments.
    pub deprecated_arguments: usize,
    /// Deprecated input fields.
    pub deprecated_input_fields: usize,
    /// Deprecated enum values.
    pub deprecated_enum_values: usize,
}

impl SchemaStats {
    /// Counts everything a schema file defines (built-in scalars and introspection types excluded).
    pub fn of(kraken: &KrakenSchema) -> Self {
        let schema = kraken.schema();
        let mut stats = SchemaStats::default();
        for ty in schema.types.values().filter(|ty| !ty.is_built_in()) {
            match ty {
                ExtendedType::Object(t) => {
                    stats.objects += 1;
                    stats.fields += t.fields.len();
                    stats.arguments += t.fields.values().map(|f| f.arguments.len()).sum::<usize>();
                }
                ExtendedType::Interface(t) => {
                    stats.interfaces += 1;
                    stats.fields += t.fields.len();
                    stats.arguments += t.fields.values().map(|f| f.arguments.len()).sum::<usize>();
                }
                ExtendedType::Union(_) => stats.unions += 1,
                ExtendedType::Enum(t) => {
                    stats.enums += 1;
                    stats.enum_values += t.values.len();
                }
                ExtendedType::InputObject(t) => {
                    stats.input_objects += 1;
                    stats.input_fields += t.fields.len();
                }
                ExtendedType::Scalar(_) => stats.scalars += 1,
            }
        }
        let root_fields = |kind| {
            schema
                .root_operation(kind)
                .and_then(|name| schema.get_object(name))
                .map_or(0, |object| object.fields.len())
        };
        stats.query_fields = root_fields(apollo_compiler::ast::OperationType::Query);
        stats.mutation_fields = root_fields(apollo_compiler::ast::OperationType::Mutation);
        for deprecation in kraken.deprecations() {
            match deprecation.kind {
                CoordinateKind::Field => stats.deprecated_fields += 1,
                CoordinateKind::Argument | CoordinateKind::DirectiveArgument => {
                    stats.deprecated_arguments += 1
                }
                CoordinateKind::InputField => stats.deprecated_input_fields += 1,
                CoordinateKind::EnumValue => stats.deprecated_enum_values += 1,
            }
        }
        stats
    }
}

/// The statistics as aligned `name: count` lines.
pub fn stats_human(stats: &SchemaStats) -> String {
    let rows = [
        ("objects", stats.objects),
        ("interfaces", stats.interfaces),
        ("unions", stats.unions),
        ("enums", stats.enums),
        ("input objects", stats.input_objects),
        ("scalars", stats.scalars),
        ("fields", stats.fields),
        ("arguments", stats.arguments),
        ("input fields", stats.input_fields),
        ("enum values", stats.enum_values),
        ("Query fields", stats.query_fields),
        ("Mutation fields", stats.mutation_fields),
        ("deprecated fields", stats.deprecated_fields),
        ("deprecated arguments", stats.deprecated_arguments),
        ("deprecated input fields", stats.deprecated_input_fields),
        ("deprecated enum values", stats.deprecated_enum_values),
    ];
    let mut out = String::new();
    for (name, count) in rows {
        let _ = writeln!(out, "{name:<24}{count:>7}");
    }
    out
}
