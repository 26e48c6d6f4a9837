//! Resolving names mentioned in deprecation advice against the schema (to be written).

use apollo_compiler::Schema;

use super::MentionedItem;
use crate::coordinate::Coordinate;

/// Finds schema items named in `advice` for the deprecated `coordinate`.
pub fn resolve_mentions(_schema: &Schema, _coordinate: &Coordinate, _advice: &str) -> Vec<MentionedItem> {
    todo!()
}
