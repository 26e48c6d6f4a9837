//! The bundle knows every platform deprecation: of the coordinates `schema/kraken.graphql`
//! defines, every one that the newest platform source defining it (EDF GB 2026-07, then Octopus
//! IT 2026-02) deprecates is deprecated in the bundle with that source's removal date. The
//! exception is the reference's own `Query` deprecations, which keep exactly its dates.
//! Computed from `schema/sources/` on every run; before the platform layer the bundle carried
//! 49 of 187.

use std::collections::BTreeMap;

use krakenql_schema::deprecation::parse_reason;
use krakenql_schema::load::load_sources;
use krakenql_schema::merge::platform::items::{all_coordinates, directives};
use krakenql_schema::reference::{parse_reference, Section};
use krakenql_schema::{Coordinate, KrakenSchema, SourceFile};

/// The platform sources, newest first.
const PLATFORM: &[(&str, &str)] = &[
    (
        "edf-gb-2026-07.graphql",
        include_str!("../../../schema/sources/edf-gb-2026-07.graphql"),
    ),
    (
        "octopus-it-2026-02.graphql",
        include_str!("../../../schema/sources/octopus-it-2026-02.graphql"),
    ),
];

fn load(name: &str, text: &str) -> KrakenSchema {
    load_sources(&[SourceFile::new(name, text)]).expect("loads")
}

#[test]
fn every_platform_deprecation_of_a_bundle_coordinate_is_in_the_bundle() {
    let bundle = load(
        "kraken.graphql",
        include_str!("../../../schema/kraken.graphql"),
    );
    let platform: Vec<KrakenSchema> = PLATFORM.iter().map(|(n, t)| load(n, t)).collect();
    let reference = parse_reference(
        "kraken-query-reference.txt",
        include_str!("../../../schema/sources/kraken-query-reference.txt"),
    )
    .expect("the reference parses");
    let reference_dates: BTreeMap<Coordinate, Option<chrono::NaiveDate>> = reference
        .section(Section::Api)
        .filter_map(|entry| {
            let reason = entry.deprecation.as_ref()?;
            Some((
                Coordinate::field("Query", entry.name.as_str()),
                parse_reason(reason).removal_on_or_after.valid(),
            ))
        })
        .collect();
    assert_eq!(
        reference_dates.len(),
        12,
        "the reference deprecates 12 Query fields"
    );

    let mut deprecated_by_platform = 0;
    let mut misses = Vec::new();
    for coordinate in all_coordinates(bundle.schema()) {
        let Some(speaker) = platform
            .iter()
            .find(|p| directives(p.schema(), &coordinate).is_some())
        else {
            continue;
        };
        let Some(stated) = speaker.deprecation(&coordinate) else {
            continue;
        };
        deprecated_by_platform += 1;
        let expected = reference_dates
            .get(&coordinate)
            .copied()
            .unwrap_or(stated.removal_on_or_after);
        match bundle.deprecation(&coordinate) {
            Some(ours) if ours.removal_on_or_after == expected => {}
            Some(ours) => misses.push(format!(
                "{coordinate}: removal {:?} in the bundle, {expected:?} expected",
                ours.removal_on_or_after
            )),
            None => misses.push(format!("{coordinate}: not deprecated in the bundle")),
        }
    }
    assert!(
        misses.is_empty(),
        "{} of {deprecated_by_platform} missed:\n{}",
        misses.len(),
        misses.join("\n")
    );
    // The 187 coordinates the bundle shared with the platform before the platform layer, and
    // the ones it added since.
    assert!(deprecated_by_platform >= 187, "{deprecated_by_platform}");
    for (coordinate, date) in &reference_dates {
        let ours = bundle
            .deprecation(coordinate)
            .expect("the reference's deprecations stay");
        assert_eq!(&ours.removal_on_or_after, date, "{coordinate}");
        assert_eq!(ours.source.as_deref(), Some("kraken-query-reference"));
    }
}
