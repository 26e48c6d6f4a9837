//! The platform layer: the newest full schemas of other Kraken brands speak for the bundle.
//!
//! Kraken is one platform under many brands: core types, fields and deprecations are shared,
//! and deprecations are announced platform-wide. So the newest platform schema that defines a
//! coordinate of the bundle (EDF GB 2026-07, then Octopus IT 2026-02) is evidence about the UK
//! API too. This layer adds what those schemas define on the bundle's types (`additions.rs`),
//! the interface fields they state on every implementation, the implementations and union
//! members they define (`abstracts.rs`), keeps every object consistent with its interfaces
//! (`consistency.rs`), and applies their deprecations (`deprecations.rs`). What only the UK
//! evidence states keeps its precedence: the reference's `Query` deprecations exactly as
//! printed, and types or items no platform source defines.

mod abstracts;
mod additions;
mod consistency;
mod deprecations;
pub mod items;

use std::collections::{BTreeMap, BTreeSet};

use apollo_compiler::Schema;
use chrono::NaiveDate;

use super::fallback::import_missing_types;
use super::provenance::Provenance;
use crate::codes;
use crate::coordinate::Coordinate;
use crate::diagnostic::Diagnostic;

/// One full platform schema of another brand, with the date of its knowledge.
#[derive(Clone, Copy)]
pub struct PlatformSchema<'a> {
    /// The source's short name, e.g. `edf-gb-2026-07`.
    pub label: &'a str,
    /// The date the schema was fetched (`schema/sources/PROVENANCE.md`); sources are consulted
    /// newest first, and an undated source after every dated one.
    pub date: Option<NaiveDate>,
    /// The parsed schema.
    pub schema: &'a Schema,
}

/// What the platform layer did, per source, for the merge report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceCounts {
    /// Fields added to types the bundle has (interface fields included).
    pub fields: usize,
    /// Optional arguments added to fields the bundle has.
    pub arguments: usize,
    /// Optional input fields added to input types the bundle has.
    pub input_fields: usize,
    /// Enum values added to enums the bundle has.
    pub enum_values: usize,
    /// Implementations and union members added to abstract types the bundle has.
    pub implementations: usize,
    /// Whole types taken because added items need them.
    pub types: usize,
    /// Deprecations of coordinates that were not deprecated before.
    pub deprecations_added: usize,
    /// Deprecations that replaced an older reason.
    pub deprecations_replaced: usize,
    /// Deprecations of older sources removed because this newer source defines the item
    /// without one.
    pub deprecations_removed: usize,
    /// Deprecations this source states identically to the older sources.
    pub deprecations_agreed: usize,
}

/// The result of the platform layer.
#[derive(Debug, Clone, Default)]
pub struct PlatformOutcome {
    /// Notes for the merge report: conflicts, refused interface fields, imported types.
    pub notes: Vec<Diagnostic>,
    /// The source that speaks for each deprecation the layer decided.
    pub deprecation_sources: BTreeMap<Coordinate, String>,
    /// What each source contributed, by source label.
    pub counts: BTreeMap<String, SourceCounts>,
}

/// What the older sources state with precedence over the platform.
#[derive(Debug, Clone, Default)]
pub struct Precedence {
    /// Deprecated coordinates whose deprecation stays exactly as it is (the reference's
    /// `Query` deprecations); the layer reports where a platform source disagrees.
    pub kept: BTreeSet<Coordinate>,
    /// Types whose field list an older source states in full (the types the reference's
    /// examples reveal), by type name: the layer adds only fields that list names.
    pub field_lists: BTreeMap<String, BTreeSet<String>>,
}

impl Precedence {
    /// Whether the layer may add `field` to `ty`.
    pub fn allows_field(&self, ty: &str, field: &str) -> bool {
        self.field_lists
            .get(ty)
            .is_none_or(|fields| fields.contains(field))
    }
}

/// Applies the platform schemas over `schema`, leaving what `precedence` names to the older
/// sources.
pub fn apply_platform(
    schema: &mut Schema,
    platform: &[PlatformSchema<'_>],
    precedence: &Precedence,
    provenance: &mut Provenance,
) -> PlatformOutcome {
    let mut platform = platform.to_vec();
    // Newest first; a stable sort keeps the given order among equal dates.
    platform.sort_by_key(|p| std::cmp::Reverse(p.date));
    let mut layer = Layer {
        schema,
        platform: &platform,
        precedence,
        provenance,
        outcome: PlatformOutcome::default(),
    };
    layer.add_items();
    layer.add_implementations_and_needed_types();
    layer.keep_consistent();
    layer.apply_deprecations(&precedence.kept);
    layer.outcome
}

/// The state of one application of the platform layer; the submodules continue its `impl`.
pub(super) struct Layer<'a> {
    pub(super) schema: &'a mut Schema,
    pub(super) platform: &'a [PlatformSchema<'a>],
    pub(super) precedence: &'a Precedence,
    pub(super) provenance: &'a mut Provenance,
    pub(super) outcome: PlatformOutcome,
}

impl Layer<'_> {
    /// The counters of one source.
    pub(super) fn counts(&mut self, source: &str) -> &mut SourceCounts {
        self.outcome.counts.entry(source.to_owned()).or_default()
    }

    /// Adds implementations and union members, then takes every type that the added items
    /// reference and the bundle lacks from the newest platform source that defines it, until
    /// nothing is missing (a taken interface brings its implementations, which need types);
    /// one note per source lists the types taken.
    fn add_implementations_and_needed_types(&mut self) {
        let sources: Vec<(&str, &Schema)> =
            self.platform.iter().map(|p| (p.label, p.schema)).collect();
        let before: BTreeSet<String> = self.provenance.types.keys().cloned().collect();
        let mut notes = Vec::new();
        loop {
            let count = self.schema.types.len();
            self.add_implementations();
            notes.extend(import_missing_types(self.schema, &sources, self.provenance));
            if self.schema.types.len() == count {
                break;
            }
        }
        let mut per_source: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (name, source) in &self.provenance.types {
            if !before.contains(name) {
                per_source
                    .entry(source.clone())
                    .or_default()
                    .push(name.clone());
            }
        }
        // Types no source defines are warnings the report must show one by one.
        self.outcome
            .notes
            .extend(notes.into_iter().filter(|n| n.code != "type-from-fallback"));
        for (source, names) in per_source {
            self.counts(&source).types += names.len();
            self.outcome.notes.push(Diagnostic::note(
                codes::PLATFORM_TYPES,
                format!(
                    "{} types that items added from the platform need were taken from {source}: {}",
                    names.len(),
                    names.join(", ")
                ),
            ));
        }
    }
}
