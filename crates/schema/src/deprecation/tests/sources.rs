//! Every deprecation reason in the bundled schema sources, parsed, counted and checked.
//!
//! The sources live in the repository (`schema/sources/`), so this test needs nothing outside it.
//! The snapshot is the table the module's report quotes: per file, how many deprecations and
//! distinct reasons there are, and how many reasons have a removal date, none, or an invalid one.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::PathBuf;

use apollo_compiler::Schema;
use serde_json::Value;

use crate::deprecation::{collect_deprecations, parse_reason, DateField};

const SDL_FILES: &[&str] = &[
    "octopus-uk-2024-07.graphql",
    "octopus-uk-2024-11.graphql",
    "edf-gb-2026-07.graphql",
    "octopus-it-2026-02.graphql",
];
const INTROSPECTION_FILE: &str = "octopus-it-2025-11.introspection.json";
const REFERENCE_FILE: &str = "kraken-query-reference.txt";

fn read_source(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../schema/sources")
        .join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

/// An SDL source as apollo-compiler reads it, keeping the partial schema when the file has errors
/// (octopus-uk-2024-07 redefines the introspection types, which the walk skips anyway).
fn sdl_schema(name: &str) -> Schema {
    match Schema::parse(read_source(name), name) {
        Ok(schema) => schema,
        Err(with_errors) => with_errors.partial,
    }
}

/// `(kind, reason)` for every deprecation in an SDL file, read through the schema walk.
fn sdl_reasons(name: &str) -> Vec<(String, String)> {
    let deprecations = collect_deprecations(&sdl_schema(name));
    deprecations
        .into_iter()
        .map(|d| (d.kind.as_str().to_owned(), d.reason))
        .collect()
}

/// `(kind, reason)` for every deprecated field, argument, input field and value in introspection JSON.
fn introspection_reasons() -> Vec<(String, String)> {
    let json: Value =
        serde_json::from_str(&read_source(INTROSPECTION_FILE)).expect("the introspection is JSON");
    let schema = json
        .get("data")
        .unwrap_or(&json)
        .get("__schema")
        .expect("an introspection result");
    let mut found = Vec::new();
    let mut push = |kind: &str, item: &Value| {
        if item["isDeprecated"] == Value::Bool(true) {
            let reason = item["deprecationReason"]
                .as_str()
                .unwrap_or("No longer supported");
            found.push((kind.to_owned(), reason.to_owned()));
        }
    };
    let types = schema["types"].as_array().expect("a list of types");
    for ty in types
        .iter()
        .filter(|ty| !ty["name"].as_str().unwrap_or("").starts_with("__"))
    {
        for field in ty["fields"].as_array().into_iter().flatten() {
            push("field", field);
            for argument in field["args"].as_array().into_iter().flatten() {
                push("argument", argument);
            }
        }
        for field in ty["inputFields"].as_array().into_iter().flatten() {
            push("input_field", field);
        }
        for value in ty["enumValues"].as_array().into_iter().flatten() {
            push("enum_value", value);
        }
    }
    found
}

/// The `Deprecated` blocks of the docs reference: the lines up to its `Arguments` or `Query` heading.
fn reference_reasons() -> Vec<(String, String)> {
    let text = read_source(REFERENCE_FILE);
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (index, _) in lines
        .iter()
        .enumerate()
        .filter(|(_, line)| **line == "Deprecated")
    {
        let block: Vec<&str> = lines[index + 1..]
            .iter()
            .take_while(|line| !matches!(**line, "Arguments" | "Query"))
            .copied()
            .collect();
        found.push(("field".to_owned(), block.join("\n")));
    }
    found
}

/// Counts for one file, over its distinct reasons.
#[derive(Default)]
struct Counts {
    deprecations: usize,
    kinds: BTreeMap<String, usize>,
    distinct: usize,
    removal_date: usize,
    no_date: usize,
    invalid_date: usize,
    older_wording: usize,
    announcement: usize,
    no_heading: usize,
}

fn count(reasons: &[(String, String)]) -> Counts {
    let mut counts = Counts {
        deprecations: reasons.len(),
        ..Counts::default()
    };
    for (kind, _) in reasons {
        *counts.kinds.entry(kind.clone()).or_default() += 1;
    }
    let distinct: BTreeSet<&str> = reasons.iter().map(|(_, reason)| reason.as_str()).collect();
    counts.distinct = distinct.len();
    for reason in distinct {
        let parsed = parse_reason(reason);
        let invalid = matches!(parsed.marked_on, DateField::Invalid(_))
            || matches!(parsed.removal_on_or_after, DateField::Invalid(_));
        match (&parsed.removal_on_or_after, invalid) {
            (_, true) => counts.invalid_date += 1,
            (DateField::Valid(_), false) => counts.removal_date += 1,
            (DateField::Absent | DateField::Invalid(_), false) => counts.no_date += 1,
        }
        counts.older_wording += usize::from(reason.contains("Will be removed on"));
        counts.announcement += usize::from(parsed.announcement.is_some());
        counts.no_heading += usize::from(parsed.quoted_name.is_none());
    }
    counts
}

#[test]
fn reasons_of_the_bundled_sources() {
    let mut files: Vec<(&str, Vec<(String, String)>)> = SDL_FILES
        .iter()
        .map(|name| (*name, sdl_reasons(name)))
        .collect();
    files.push((INTROSPECTION_FILE, introspection_reasons()));
    files.push((REFERENCE_FILE, reference_reasons()));
    let everything: Vec<(String, String)> = files
        .iter()
        .flat_map(|(_, reasons)| reasons.clone())
        .collect();
    files.push(("all files", everything));

    let mut table = String::from(
        "file | deprecations (by kind) | distinct reasons | removal date | no date | invalid date | 'Will be removed' wording | announcement | no heading\n",
    );
    for (name, reasons) in &files {
        let counts = count(reasons);
        let kinds: Vec<String> = counts
            .kinds
            .iter()
            .map(|(kind, n)| format!("{kind} {n}"))
            .collect();
        let _ = writeln!(
            table,
            "{name} | {} ({}) | {} | {} | {} | {} | {} | {} | {}",
            counts.deprecations,
            kinds.join(", "),
            counts.distinct,
            counts.removal_date,
            counts.no_date,
            counts.invalid_date,
            counts.older_wording,
            counts.announcement,
            counts.no_heading,
        );
    }
    insta::assert_snapshot!("reason_statistics_per_source", table);
}

/// Every reason that states a removal date in a known wording yields that date, and every reason
/// that yields none is listed, so a new wording cannot slip through unnoticed.
#[test]
fn reasons_without_a_removal_date() {
    let mut without: BTreeSet<String> = BTreeSet::new();
    let all = SDL_FILES
        .iter()
        .flat_map(|name| sdl_reasons(name))
        .chain(introspection_reasons())
        .chain(reference_reasons());
    for (_, reason) in all {
        let parsed = parse_reason(&reason);
        if parsed.removal_on_or_after.valid().is_none() {
            without.insert(format!("{reason:?}"));
        }
        let mentions_removal =
            reason.contains("Scheduled for removal") || reason.contains("Will be removed");
        assert_eq!(
            mentions_removal,
            parsed.removal_on_or_after.valid().is_some(),
            "{reason:?}"
        );
    }
    insta::assert_snapshot!(
        "reasons_without_a_removal_date",
        without.into_iter().collect::<Vec<_>>().join("\n")
    );
}

/// What the advice of every deprecation in one real schema resolves to, one line each.
#[test]
fn replacements_in_octopus_uk_2024_07() {
    let mut out = String::new();
    for deprecation in collect_deprecations(&sdl_schema("octopus-uk-2024-07.graphql")) {
        let items = deprecation
            .replacement
            .map(|replacement| replacement.items)
            .unwrap_or_default();
        let rendered: Vec<String> = items
            .iter()
            .map(|item| {
                let target = item
                    .coordinate
                    .as_ref()
                    .map_or("(unresolved)".to_owned(), ToString::to_string);
                format!("{} -> {target}", item.text)
            })
            .collect();
        let rendered = if rendered.is_empty() {
            "-".to_owned()
        } else {
            rendered.join("; ")
        };
        let _ = writeln!(out, "{}: {rendered}", deprecation.coordinate);
    }
    insta::assert_snapshot!("replacements_in_octopus_uk_2024_07", out);
}
