//! Platform deprecations: for every coordinate of the bundle, the newest platform source that
//! defines it decides whether it is deprecated and with which reason. Conflicts with the older
//! sources (a different removal date, a newer source without the deprecation) are decided by
//! the date of the source and listed in the merge report.

use std::collections::BTreeSet;

use apollo_compiler::ast::Directive;
use apollo_compiler::Node;

use super::items::{all_coordinates, directives, directives_mut};
use super::Layer;
use crate::codes;
use crate::coordinate::Coordinate;
use crate::deprecation::parse_reason;
use crate::deprecation::DEFAULT_REASON;
use crate::diagnostic::Diagnostic;

impl Layer<'_> {
    /// Applies the deprecations of the platform sources, leaving the coordinates in `kept` as
    /// they are.
    pub(super) fn apply_deprecations(&mut self, kept: &BTreeSet<Coordinate>) {
        for coordinate in all_coordinates(self.schema) {
            let Some((source, stated)) = self.platform.iter().find_map(|p| {
                directives(p.schema, &coordinate)
                    .map(|list| (p.label, list.get("deprecated").cloned()))
            }) else {
                continue;
            };
            let ours =
                directives(self.schema, &coordinate).and_then(|l| l.get("deprecated").cloned());
            if kept.contains(&coordinate) {
                if let (Some(ours), Some(stated)) = (&ours, &stated) {
                    if removal(ours) != removal(stated) {
                        self.conflict(&coordinate, source, format!(
                            "{source} gives removal {}, the reference {}; kept the reference's, which states `Query` with precedence",
                            shown(removal(stated)),
                            shown(removal(ours))
                        ));
                    }
                }
                continue;
            }
            match (ours, stated) {
                (None, None) => {}
                (Some(ours), Some(stated)) if reason(&ours) == reason(&stated) => {
                    self.counts(source).deprecations_agreed += 1;
                    self.outcome
                        .deprecation_sources
                        .insert(coordinate, source.to_owned());
                }
                (ours, Some(stated)) => {
                    if let Some(ours) = &ours {
                        if removal(ours) != removal(&stated) {
                            self.conflict(&coordinate, source, format!(
                                "an older source gives removal {}, {source} {}; took {source}'s, the newer",
                                shown(removal(ours)),
                                shown(removal(&stated))
                            ));
                        }
                        self.counts(source).deprecations_replaced += 1;
                    } else {
                        self.counts(source).deprecations_added += 1;
                    }
                    if let Some(list) = directives_mut(self.schema, &coordinate) {
                        list.0.retain(|d| d.name != "deprecated");
                        list.0.push(stated);
                    }
                    self.provenance.fill(&coordinate, "deprecation", source);
                    self.outcome
                        .deprecation_sources
                        .insert(coordinate, source.to_owned());
                }
                (Some(ours), None) => {
                    self.conflict(&coordinate, source, format!(
                        "an older source deprecates it (removal {}), {source} defines it without a deprecation; took {source}'s word, the newer",
                        shown(removal(&ours))
                    ));
                    if let Some(list) = directives_mut(self.schema, &coordinate) {
                        list.0.retain(|d| d.name != "deprecated");
                    }
                    self.counts(source).deprecations_removed += 1;
                }
            }
        }
    }

    fn conflict(&mut self, coordinate: &Coordinate, source: &str, message: String) {
        let _ = source;
        self.outcome.notes.push(Diagnostic::note(
            codes::PLATFORM_DEPRECATION_CONFLICT,
            format!("`{coordinate}`: {message}"),
        ));
    }
}

/// The reason of a `@deprecated` directive, GraphQL's default when it has none.
fn reason(directive: &Node<Directive>) -> String {
    directive
        .specified_argument_by_name("reason")
        .and_then(|value| value.as_str())
        .unwrap_or(DEFAULT_REASON)
        .to_owned()
}

/// The removal date a reason states, as text.
fn removal(directive: &Node<Directive>) -> Option<String> {
    parse_reason(&reason(directive))
        .removal_on_or_after
        .valid()
        .map(|date| date.to_string())
}

fn shown(date: Option<String>) -> String {
    date.unwrap_or_else(|| "none".to_owned())
}
