//! `krakenql schema diff` as data: the schema changes (`krakenql_schema::diff`) and, given
//! operations, which of them each change touches and which it breaks.
//!
//! An operation is broken when it validates against the old schema and not against the new
//! one; each broken operation is attributed to the breaking changes of what it uses (at least
//! one: see `attribute`). An operation invalid against both schemas is listed as such and
//! never marked as broken. No IO: the caller passes the loaded schemas and the sources.

mod attribute;
mod operations;
#[cfg(feature = "render")]
pub mod render;
#[cfg(test)]
mod tests;
mod usage;

use chrono::NaiveDate;
use krakenql_schema::diff::{diff_schemas, ChangeCounts, SchemaChange};
use krakenql_schema::KrakenSchema;

pub use operations::OperationRef;

use crate::diagnostic::LintDiagnostic;
use crate::source::LintSource;

/// The diff of two schemas with the operations each change touches.
#[derive(Debug, Clone)]
pub struct DiffReport {
    /// Every change, sorted by criticality, type and coordinate, with its operations.
    pub changes: Vec<ChangeReport>,
    /// Whether operations were given (`--documents`); without them, nothing is attributed.
    pub with_documents: bool,
    /// Operations given, counted.
    pub operations: usize,
    /// Operations valid against the old schema and not against the new one.
    pub broken: Vec<BrokenOperation>,
    /// Operations that validate against neither schema: not broken by the change.
    pub invalid: Vec<InvalidOperation>,
    /// Documents that could not be read as GraphQL (syntax errors, no operation).
    pub problems: Vec<LintDiagnostic>,
    /// The day removal dates are judged by, for the renderers' "in N days".
    pub today: NaiveDate,
}

/// One change and the operations it touches.
#[derive(Debug, Clone)]
pub struct ChangeReport {
    /// The change.
    pub change: SchemaChange,
    /// The operations that use what it changes, sorted by file and position.
    pub operations: Vec<AffectedOperation>,
}

/// An operation a change touches.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AffectedOperation {
    /// Where it is.
    #[serde(flatten)]
    pub at: OperationRef,
    /// Whether this change is one of the reasons the operation no longer validates.
    pub breaks: bool,
}

/// An operation valid against the old schema and invalid against the new one.
#[derive(Debug, Clone)]
pub struct BrokenOperation {
    /// Where it is.
    pub at: OperationRef,
    /// What validation against the new schema says.
    pub errors: Vec<String>,
}

/// An operation invalid against both schemas.
#[derive(Debug, Clone, serde::Serialize)]
pub struct InvalidOperation {
    /// Where it is.
    #[serde(flatten)]
    pub at: OperationRef,
    /// What validation against the old schema says.
    pub errors: Vec<String>,
}

impl DiffReport {
    /// Counts of changes by criticality.
    pub fn counts(&self) -> ChangeCounts {
        let changes: Vec<SchemaChange> = self.changes.iter().map(|c| c.change.clone()).collect();
        ChangeCounts::of(&changes)
    }

    /// Whether the run should fail: an operation is broken, or, without operations, any
    /// change is breaking.
    pub fn fails(&self) -> bool {
        if self.with_documents {
            !self.broken.is_empty()
        } else {
            self.counts().breaking > 0
        }
    }
}

/// Diffs two schemas; with `documents`, attributes their operations to the changes.
pub fn diff_report(
    old: &KrakenSchema,
    new: &KrakenSchema,
    documents: Option<&[LintSource]>,
    today: NaiveDate,
) -> DiffReport {
    let changes = diff_schemas(old, new);
    let Some(sources) = documents else {
        return DiffReport {
            changes: changes
                .into_iter()
                .map(|change| ChangeReport {
                    change,
                    operations: Vec::new(),
                })
                .collect(),
            with_documents: false,
            operations: 0,
            broken: Vec::new(),
            invalid: Vec::new(),
            problems: Vec::new(),
            today,
        };
    };
    let (checked, problems) = operations::check_operations(old, new, sources);
    let attributed = attribute::attribute(old, &changes, &checked);
    DiffReport {
        changes: changes
            .into_iter()
            .zip(attributed.touched)
            .map(|(change, operations)| ChangeReport { change, operations })
            .collect(),
        with_documents: true,
        operations: checked.len(),
        broken: attributed.broken,
        invalid: attributed.invalid,
        problems,
        today,
    }
}
