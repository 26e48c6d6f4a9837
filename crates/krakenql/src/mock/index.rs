//! What the executor computes once per schema: the example concrete type of every abstract
//! type and the example value of every leaf type.

use std::collections::HashMap;

use apollo_compiler::response::JsonValue;
use apollo_compiler::schema::ExtendedType;
use apollo_compiler::Name;
use krakenql_schema::examples::{example_object_type, leaf_example, ExampleStyle};
use krakenql_schema::KrakenSchema;

/// What is computed once per schema (the implementers of each interface are the schema's own,
/// [`KrakenSchema::implementers`]).
pub(crate) struct SchemaIndex {
    /// The example concrete type of every object, interface and union.
    pub(crate) examples: HashMap<Name, Name>,
    /// The example of every scalar and enum (wire face).
    pub(crate) leaves: HashMap<Name, JsonValue>,
}

impl SchemaIndex {
    pub(crate) fn new(schema: &KrakenSchema) -> Self {
        let schema = schema.schema();
        let mut examples = HashMap::new();
        let mut leaves = HashMap::new();
        for (name, ty) in &schema.types {
            match ty {
                ExtendedType::Object(_) | ExtendedType::Interface(_) | ExtendedType::Union(_) => {
                    if let Some(concrete) = example_object_type(schema, name) {
                        examples.insert(name.clone(), concrete);
                    }
                }
                ExtendedType::Scalar(_) | ExtendedType::Enum(_) => {
                    if let Some(value) = leaf_example(schema, name, ExampleStyle::Wire) {
                        leaves.insert(name.clone(), value.into());
                    }
                }
                ExtendedType::InputObject(_) => {}
            }
        }
        SchemaIndex { examples, leaves }
    }
}
