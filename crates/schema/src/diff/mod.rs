//! The diff of two schemas: every change graphql-js 17's `findSchemaChanges` reports, with the
//! same type names and criticalities, plus Kraken's own deprecation changes (a deprecation
//! added or removed, a removal date moved).
//!
//! A pure function of two loaded schemas; which operations a change breaks is the linter's
//! part (`krakenql_lint::diff`). Definitions of the built-in directives (`@skip`, `@include`,
//! `@deprecated`, `@specifiedBy`, `@oneOf`) are left out: the loader treats them as built-ins,
//! so a schema file that spells one out differently from the spec is not a change here.

mod change;
mod deprecations;
mod directives;
mod fields;
mod print;
mod types;

pub use change::{ChangeType, Criticality, DeprecationDates, SchemaChange};
pub use print::{print_value, safe_input_change, safe_output_change};

use crate::model::KrakenSchema;

/// Every change from `old` to `new`, sorted by criticality, type and coordinate.
pub fn diff_schemas(old: &KrakenSchema, new: &KrakenSchema) -> Vec<SchemaChange> {
    let mut changes = types::type_changes(old.schema(), new.schema());
    changes.extend(directives::directive_changes(old.schema(), new.schema()));
    changes.extend(deprecations::deprecation_changes(old, new));
    changes.sort_by(|a, b| {
        (a.criticality, a.kind, &a.coordinate, &a.message).cmp(&(
            b.criticality,
            b.kind,
            &b.coordinate,
            &b.message,
        ))
    });
    changes
}

/// Counts of changes by criticality.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ChangeCounts {
    /// Breaking changes.
    pub breaking: usize,
    /// Dangerous changes.
    pub dangerous: usize,
    /// Safe changes.
    pub safe: usize,
}

impl ChangeCounts {
    /// Counts `changes` by criticality.
    pub fn of(changes: &[SchemaChange]) -> Self {
        let mut counts = ChangeCounts::default();
        for change in changes {
            match change.criticality {
                Criticality::Breaking => counts.breaking += 1,
                Criticality::Dangerous => counts.dangerous += 1,
                Criticality::Safe => counts.safe += 1,
            }
        }
        counts
    }
}
