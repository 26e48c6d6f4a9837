//! Every schema in `schema/sources/` loads, SDL and introspection JSON alike, and its
//! deprecations are counted and dated: the counts are a committed snapshot.

use std::fmt::Write;

use chrono::NaiveDate;
use krakenql_schema::load::load_sources;
use krakenql_schema::report::{RemovalStatus, SchemaStats};
use krakenql_schema::{ReasonProblem, SourceFile};

const SOURCES: &[(&str, &str)] = &[
    (
        "octopus-uk-2024-07.graphql",
        include_str!("../../../schema/sources/octopus-uk-2024-07.graphql"),
    ),
    (
        "octopus-uk-2024-11.graphql",
        include_str!("../../../schema/sources/octopus-uk-2024-11.graphql"),
    ),
    (
        "edf-gb-2026-07.graphql",
        include_str!("../../../schema/sources/edf-gb-2026-07.graphql"),
    ),
    (
        "octopus-it-2025-11.introspection.json",
        include_str!("../../../schema/sources/octopus-it-2025-11.introspection.json"),
    ),
    (
        "octopus-it-2026-02.graphql",
        include_str!("../../../schema/sources/octopus-it-2026-02.graphql"),
    ),
    (
        "kraken.graphql",
        include_str!("../../../schema/kraken.graphql"),
    ),
    (
        "kraken-auth.graphql",
        include_str!("../../../schema/kraken-auth.graphql"),
    ),
];

/// One line per source: types, deprecations by kind, and how many have dates.
#[test]
fn every_source_loads_with_dated_deprecations() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("a real date");
    let mut table = String::new();
    for (name, text) in SOURCES {
        let schema = load_sources(&[SourceFile::new(*name, *text)])
            .unwrap_or_else(|error| panic!("{name} does not load:\n{error}"));
        let stats = SchemaStats::of(&schema);
        let deprecations = schema.deprecations();
        let dated = deprecations
            .iter()
            .filter(|d| d.removal_on_or_after.is_some())
            .count();
        let marked = deprecations
            .iter()
            .filter(|d| d.marked_on.is_some())
            .count();
        let invalid = deprecations
            .iter()
            .filter(|d| {
                d.problems
                    .iter()
                    .any(|p| matches!(p, ReasonProblem::InvalidDate { .. }))
            })
            .count();
        let removed = deprecations
            .iter()
            .filter(|d| RemovalStatus::of(d, today) == RemovalStatus::Removed)
            .count();
        let _ = writeln!(
            table,
            "{name}: {} types, {} Query fields; deprecated: {} fields, {} arguments, {} input fields, {} enum values; {} with a removal date, {} with a marked date, {} without a removal date, {} invalid dates; {} past removal on {today}",
            schema.schema().types.values().filter(|t| !t.is_built_in()).count(),
            stats.query_fields,
            stats.deprecated_fields,
            stats.deprecated_arguments,
            stats.deprecated_input_fields,
            stats.deprecated_enum_values,
            dated,
            marked,
            deprecations.len() - dated,
            invalid,
            removed,
        );
        // A reason that has a date line must have given a date: nothing dated is lost.
        for deprecation in deprecations {
            let says_date = deprecation.reason.contains("removal on or after")
                || deprecation.reason.contains("Will be removed on");
            assert_eq!(
                says_date,
                deprecation.removal_on_or_after.is_some()
                    || deprecation
                        .problems
                        .iter()
                        .any(|p| matches!(p, ReasonProblem::InvalidDate { .. })),
                "{name}: {} has reason {:?}",
                deprecation.coordinate,
                deprecation.reason
            );
        }
    }
    insta::assert_snapshot!("deprecation_counts_per_source", table);
}

/// The loader notes what it did to the quirky UK files.
#[test]
fn uk_quirks_are_handled_with_notes() {
    let (name, text) = SOURCES[0];
    let schema = load_sources(&[SourceFile::new(name, text)]).expect("2024-07 loads");
    let codes: Vec<&str> = schema.notes().iter().map(|n| n.code.name).collect();
    assert_eq!(codes, ["built-in-redefinition"]);

    let (name, text) = SOURCES[1];
    let schema = load_sources(&[SourceFile::new(name, text)]).expect("2024-11 loads");
    let codes: Vec<&str> = schema.notes().iter().map(|n| n.code.name).collect();
    assert_eq!(codes, ["comment-descriptions"]);
    let charge = schema.schema().get_object("Charge").expect("Charge exists");
    assert_eq!(
        charge.description.as_deref(),
        Some("A charge to the customer.")
    );
    assert_eq!(
        charge.fields["createdAt"].description.as_deref(),
        Some("The date time when the transaction is created.")
    );
}

/// Printing is deterministic and a printed schema loads back to the same text.
#[test]
fn printed_sdl_round_trips() {
    let (name, text) = SOURCES[1];
    let first = load_sources(&[SourceFile::new(name, text)]).expect("loads");
    let printed = first.to_sdl();
    let second = load_sources(&[SourceFile::new("printed.graphql", printed.clone())])
        .expect("printed SDL loads");
    assert_eq!(second.to_sdl(), printed);
    assert_eq!(second.deprecations().len(), first.deprecations().len());
}
