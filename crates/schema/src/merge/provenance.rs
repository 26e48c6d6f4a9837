//! Where each type and field of a merged schema came from.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::coordinate::Coordinate;

/// The sources behind a merged schema: per type and per field, which source defined it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Provenance {
    /// The source that defined each type, by type name.
    pub types: BTreeMap<String, String>,
    /// The source behind each field, input field and enum value, by coordinate.
    pub items: BTreeMap<Coordinate, Origin>,
}

/// The source of one item, and the older sources that filled parts of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The newest source that defines the item; its definition wins.
    pub source: String,
    /// Parts taken from other sources, e.g. `("description", "octopus-uk-2024-07")`.
    pub filled: Vec<(&'static str, String)>,
}

impl Origin {
    /// An item defined by `source` with nothing filled in from elsewhere.
    pub fn new(source: &str) -> Self {
        Origin {
            source: source.to_owned(),
            filled: Vec::new(),
        }
    }
}

impl Provenance {
    /// Records that `source` defines `coordinate`, replacing any older record.
    pub fn define(&mut self, coordinate: Coordinate, source: &str) {
        self.items.insert(coordinate, Origin::new(source));
    }

    /// Records that a part of `coordinate` was filled from `source`.
    pub fn fill(&mut self, coordinate: &Coordinate, part: &'static str, source: &str) {
        if let Some(origin) = self.items.get_mut(coordinate) {
            if !origin.filled.iter().any(|(p, s)| *p == part && s == source) {
                origin.filled.push((part, source.to_owned()));
            }
        }
    }

    /// Forgets every item of a type that is no longer in the schema.
    pub fn retain_types(&mut self, keep: impl Fn(&str) -> bool) {
        self.types.retain(|name, _| keep(name));
        self.items
            .retain(|coordinate, _| keep(coordinate.type_name()));
    }

    /// Counts items per defining source, sorted by source name.
    pub fn counts(&self) -> BTreeMap<&str, usize> {
        let mut counts = BTreeMap::new();
        for origin in self.items.values() {
            *counts.entry(origin.source.as_str()).or_insert(0) += 1;
        }
        counts
    }

    /// A tab-separated table: coordinate, source, filled parts. Sorted, so deterministic.
    pub fn to_tsv(&self) -> String {
        let mut out = String::from("coordinate\tsource\tfilled_from\n");
        for (name, source) in &self.types {
            let _ = writeln!(out, "{name}\t{source}\t");
        }
        for (coordinate, origin) in &self.items {
            let filled: Vec<String> = origin
                .filled
                .iter()
                .map(|(part, source)| format!("{part}={source}"))
                .collect();
            let _ = writeln!(out, "{coordinate}\t{}\t{}", origin.source, filled.join(","));
        }
        out
    }
}
