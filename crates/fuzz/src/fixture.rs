//! What every case shares, built once per driver: the bundled schema, its mock executor and
//! the same schema as apollo-smith's generator model.

use std::sync::Arc;

use apollo_compiler::schema::{ExtendedType, Type};
use apollo_compiler::Schema;
use apollo_smith::Document;
use krakenql::mock::Mocks;
use krakenql_schema::load::load_sources;
use krakenql_schema::{KrakenSchema, SourceFile};

/// The bundled schema (`schema/kraken.graphql`), compiled in so the targets do no IO.
const BUNDLED: &str = include_str!("../../../schema/kraken.graphql");

/// The root operation types of the bundled schema, stated for apollo-smith, which only
/// generates operations for the roots a `schema` definition names (the bundle relies on the
/// default names `Query` and `Mutation`).
const ROOTS: &str = "schema { query: Query mutation: Mutation }\n";

/// The bundled schema in the three forms the targets use.
pub struct Fixture {
    /// The loaded and validated bundled schema.
    pub schema: Arc<KrakenSchema>,
    /// The mock executor over it, with its default limits and response budget.
    pub mocks: Mocks,
    /// The part of the schema apollo-smith can generate operations for (see `smith_model`).
    pub smith: Document,
}

impl Fixture {
    /// Loads the bundled schema. Errors: a message when the bundle does not load (the schema
    /// crate's tests report that first) or apollo-smith cannot read its model.
    pub fn bundled() -> Result<Fixture, String> {
        let schema = load_sources(&[SourceFile::new("schema/kraken.graphql", BUNDLED)])
            .map_err(|error| format!("the bundled schema does not load: {error}"))?;
        let schema = Arc::new(schema);
        let smith = smith_document(&format!("{ROOTS}{}", smith_model(schema.schema())))?;
        Ok(Fixture {
            mocks: Mocks::new(Arc::clone(&schema)),
            schema,
            smith,
        })
    }
}

/// Reads SDL into apollo-smith's model. Errors: a message when apollo-parser finds a syntax
/// error or apollo-smith cannot represent a definition.
pub(crate) fn smith_document(sdl: &str) -> Result<Document, String> {
    let tree = apollo_parser::Parser::new(sdl).parse();
    if let Some(error) = tree.errors().next() {
        return Err(format!("apollo-parser: {}", error.message()));
    }
    Document::try_from(tree.document()).map_err(|error| format!("apollo-smith: {error}"))
}

/// The part of `schema` that apollo-smith 0.15 generates operations for without reaching one
/// of its `todo!()`s: fields whose type is a built-in scalar, an enum, an object or an
/// interface with such fields, and arguments of built-in scalar or enum types (a field with a
/// required argument of another type is left out, an optional one loses the argument). Unions
/// and custom scalars are then covered by the `document` target's seeds instead. Returns SDL.
pub(crate) fn smith_model(schema: &Schema) -> String {
    let mut schema = schema.clone();
    let builtin = |name: &str| matches!(name, "Int" | "Float" | "String" | "Boolean" | "ID");
    let enums: Vec<String> = schema
        .types
        .iter()
        .filter(|(_, ty)| matches!(ty, ExtendedType::Enum(_)))
        .map(|(name, _)| name.to_string())
        .collect();
    let leaf = |ty: &Type| {
        builtin(ty.inner_named_type()) || enums.iter().any(|e| e == ty.inner_named_type().as_str())
    };
    schema.directive_definitions.retain(|_, definition| {
        definition
            .arguments
            .iter()
            .all(|argument| leaf(&argument.ty))
    });
    loop {
        let composite: Vec<String> = schema
            .types
            .iter()
            .filter(|(_, ty)| match ty {
                ExtendedType::Object(object) => !object.fields.is_empty(),
                ExtendedType::Interface(interface) => !interface.fields.is_empty(),
                _ => false,
            })
            .map(|(name, _)| name.to_string())
            .collect();
        let keep = |ty: &Type| {
            leaf(ty)
                || composite
                    .iter()
                    .any(|c| c == ty.inner_named_type().as_str())
        };
        let mut changed = false;
        for ty in schema.types.values_mut() {
            let fields = match ty {
                ExtendedType::Object(object) => &mut object.make_mut().fields,
                ExtendedType::Interface(interface) => &mut interface.make_mut().fields,
                _ => continue,
            };
            let before = fields.len();
            fields.retain(|_, field| {
                keep(&field.ty)
                    && field
                        .arguments
                        .iter()
                        .all(|argument| leaf(&argument.ty) || !argument.is_required())
            });
            changed |= fields.len() != before;
            for field in fields.values_mut() {
                field
                    .make_mut()
                    .arguments
                    .retain(|argument| leaf(&argument.ty));
            }
        }
        if !changed {
            break;
        }
    }
    // apollo-smith cannot read an object or interface without fields, and never selects a
    // union; what is left points to neither.
    schema.types.retain(|_, ty| match ty {
        ExtendedType::Object(object) => !object.fields.is_empty(),
        ExtendedType::Interface(interface) => !interface.fields.is_empty(),
        ExtendedType::Union(_) => false,
        _ => true,
    });
    let kept: Vec<String> = schema.types.keys().map(|name| name.to_string()).collect();
    for ty in schema.types.values_mut() {
        let implements = match ty {
            ExtendedType::Object(object) => &mut object.make_mut().implements_interfaces,
            ExtendedType::Interface(interface) => &mut interface.make_mut().implements_interfaces,
            _ => continue,
        };
        implements.retain(|name| kept.iter().any(|k| k == name.as_str()));
    }
    schema.to_string()
}
