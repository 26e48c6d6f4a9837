//! Walking a schema for every `@deprecated` coordinate (to be written).

use apollo_compiler::Schema;

use super::Deprecation;

/// Every deprecation in the schema, sorted by coordinate.
pub fn collect_deprecations(_schema: &Schema) -> Vec<Deprecation> {
    todo!()
}
