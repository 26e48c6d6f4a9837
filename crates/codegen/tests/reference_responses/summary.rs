//! The totals of a run and the summary the snapshot records.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::{expected, rewrite};

/// Counts across all entries, and the lines that name entries.
#[derive(Default)]
pub(crate) struct Summary {
    /// Entries on the page, per section prefix.
    pub entries: Vec<(&'static str, usize)>,
    /// `skipped KEY: reason` lines, in page order.
    pub skipped: Vec<String>,
    /// Entries that validated and were generated.
    pub generated: usize,
    /// Entries whose expected data deserialised.
    pub deserialised: usize,
    /// `fail KEY: path: error` lines from the harness, in page order.
    pub failures: Vec<String>,
    /// Operations renamed so that module names stay unique, as `KEY: Old -> New`.
    pub renamed: Vec<String>,
    placeholders: usize,
    wrapped: usize,
    typenames: usize,
    removed: usize,
    decimals: usize,
    abstract_placeholders: BTreeSet<String>,
    dropped: BTreeMap<String, usize>,
}

impl Summary {
    /// Adds what building one entry's expected data changed.
    pub(crate) fn add(&mut self, changes: &expected::Changes, dropped: &[rewrite::Dropped]) {
        self.placeholders += changes.placeholders;
        self.wrapped += changes.wrapped;
        self.typenames += changes.typenames;
        self.removed += changes.removed;
        self.decimals += changes.decimals;
        self.abstract_placeholders
            .extend(changes.abstract_placeholders.iter().cloned());
        for field in dropped {
            *self.dropped.entry(field.coordinate.clone()).or_default() += 1;
        }
    }

    /// The keys of the failing entries, in page order.
    pub(crate) fn failing(&self) -> Vec<&str> {
        self.failures
            .iter()
            .filter_map(|line| line.strip_prefix("fail ")?.split(':').next())
            .collect()
    }

    /// Renders the summary; `known` gives the diagnosis of each known failure.
    pub(crate) fn render(&self, known: &[(&str, &str)]) -> String {
        let total: usize = self.entries.iter().map(|(_, count)| count).sum();
        let per_section: Vec<String> = self
            .entries
            .iter()
            .map(|(prefix, count)| format!("{prefix} {count}"))
            .collect();
        let mut out = String::new();
        let mut line = |text: String| writeln!(out, "{text}").expect("writing to a String");
        line(format!("entries: {total} ({})", per_section.join(", ")));
        line(format!("skipped: {}", self.skipped.len()));
        line(format!("validated and generated: {}", self.generated));
        line(format!("deserialised: {}", self.deserialised));
        line(format!("failed: {}", self.failures.len()));
        line(format!(
            "placeholders replaced by minimal objects: {}",
            self.placeholders
        ));
        line(format!(
            "bare values wrapped as one-element lists: {}",
            self.wrapped
        ));
        line(format!(
            "`__typename` keys added to printed objects: {}",
            self.typenames
        ));
        line(format!(
            "`Decimal` values printed as numbers, sent as strings: {}",
            self.decimals
        ));
        line(format!(
            "response keys removed with dropped fields: {}",
            self.removed
        ));
        line(format!("operations renamed: {}", self.renamed.len()));
        for rename in &self.renamed {
            line(format!("  {rename}"));
        }
        line("\nabstract placeholders answered with a concrete type:".to_owned());
        for answer in &self.abstract_placeholders {
            line(format!("  {answer}"));
        }
        line("\nfields dropped for lacking required arguments (entries):".to_owned());
        for (coordinate, count) in &self.dropped {
            line(format!("  {coordinate} ({count})"));
        }
        line(String::new());
        for skipped in &self.skipped {
            line(skipped.clone());
        }
        for (failure, key) in self.failures.iter().zip(self.failing()) {
            line(failure.clone());
            match known.iter().find(|(known, _)| *known == key) {
                Some((_, diagnosis)) => line(format!("    known: {diagnosis}")),
                None => line("    NEW FAILURE".to_owned()),
            }
        }
        out
    }
}
