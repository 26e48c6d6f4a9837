//! Which source speaks for each deprecation of the bundle: the platform layer's decision, the
//! reference for the `Query` deprecations it prints, else the newest UK source, then a
//! fallback schema, that states the same reason at the same coordinate.

use std::collections::{BTreeMap, BTreeSet};

use apollo_compiler::Schema;

use crate::coordinate::Coordinate;
use crate::merge::platform::items::{all_coordinates, directives};
use crate::merge::platform::PlatformOutcome;

/// The source label of every deprecated coordinate of `schema`, keyed by printed coordinate.
/// `older` lists the UK sources newest first; `fallbacks` the other brands in their order.
pub(super) fn deprecation_sources(
    schema: &Schema,
    outcome: &PlatformOutcome,
    reference: (&str, &BTreeSet<Coordinate>),
    older: &[(String, Schema)],
    fallbacks: &[(&str, &Schema)],
) -> BTreeMap<String, String> {
    let mut sources = BTreeMap::new();
    for coordinate in all_coordinates(schema) {
        let Some(ours) = directives(schema, &coordinate).and_then(|l| l.get("deprecated")) else {
            continue;
        };
        let source = if let Some(source) = outcome.deprecation_sources.get(&coordinate) {
            source.clone()
        } else if reference.1.contains(&coordinate) {
            reference.0.to_owned()
        } else {
            let candidates = older
                .iter()
                .map(|(label, schema)| (label.as_str(), schema))
                .chain(fallbacks.iter().copied());
            let mut found = None;
            for (label, candidate) in candidates {
                let stated = directives(candidate, &coordinate).and_then(|l| l.get("deprecated"));
                if stated.is_some_and(|stated| stated == ours) {
                    found = Some(label.to_owned());
                    break;
                }
            }
            // A deprecation no file states verbatim was written by the merge from the
            // reference (a `Query` argument it prints with its older deprecation).
            found.unwrap_or_else(|| reference.0.to_owned())
        };
        sources.insert(coordinate.to_string(), source);
    }
    sources
}
