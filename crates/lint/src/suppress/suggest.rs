//! "Did you mean" for rule names in suppression comments.

use super::parse::is_suppression_rule;
use crate::rules;

/// The suppressible rules' names, for a help that has no better suggestion.
pub(super) fn known_rules() -> String {
    let names: Vec<String> = rules::ALL
        .iter()
        .filter(|rule| !is_suppression_rule(rule))
        .map(|rule| format!("`{}`", rule.name))
        .collect();
    names.join(", ")
}

/// The suppressible rule whose name (or code) is closest to `name`, when one is close enough.
pub(super) fn closest_rule(name: &str) -> Option<&'static str> {
    let name = name.to_ascii_lowercase();
    rules::ALL
        .iter()
        .filter(|rule| !is_suppression_rule(rule))
        .flat_map(|rule| [rule.name, rule.code])
        .map(|candidate| {
            (
                edit_distance(&name, &candidate.to_ascii_lowercase()),
                candidate,
            )
        })
        .filter(|(distance, candidate)| *distance <= (candidate.len() / 3).max(1))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// The Levenshtein distance between two strings, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}
