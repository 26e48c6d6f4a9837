//! Every possible-error list of every schema in `schema/sources/` is read: per source, how many
//! fields and types carry a list, how many entries and distinct codes they hold, and every entry
//! that could not be read, with its coordinate. The counts are committed snapshots (the sources
//! never change; the bundle's line changes when the merge does, and `INSTA_UPDATE=always`
//! rewrites it).

use std::collections::BTreeSet;
use std::fmt::Write;

use krakenql_schema::load::load_sources;
use krakenql_schema::SourceFile;

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
];

const BUNDLE: &[(&str, &str)] = &[
    (
        "kraken.graphql",
        include_str!("../../../schema/kraken.graphql"),
    ),
    (
        "kraken-auth.graphql",
        include_str!("../../../schema/kraken-auth.graphql"),
    ),
];

/// The header as the raw texts write it (SDL, `#` comments, JSON strings alike).
const HEADER: &str = "The possible errors that can be raised are:";

fn counts(sources: &[(&str, &str)]) -> String {
    let mut table = String::new();
    for (name, text) in sources {
        let schema = load_sources(&[SourceFile::new(*name, *text)])
            .unwrap_or_else(|error| panic!("{name} does not load:\n{error}"));
        let index = schema.possible_errors();
        let entries: usize = index.fields.iter().map(|field| field.errors.len()).sum();
        let codes: BTreeSet<&str> = index
            .fields
            .iter()
            .flat_map(|field| field.errors.iter().map(|error| error.code.as_str()))
            .collect();
        // Every header of the raw text is a list the index read, on a field or on a type.
        assert_eq!(
            text.matches(HEADER).count(),
            index.fields.len() + index.type_lists,
            "{name}: a list was not found"
        );
        let _ = writeln!(
            table,
            "{name}: {} headers in the text; {} fields and {} types with a list; {} entries, {} distinct codes; {} unreadable entries",
            text.matches(HEADER).count(),
            index.fields.len(),
            index.type_lists,
            entries,
            codes.len(),
            index.problems.len(),
        );
        for problem in &index.problems {
            let _ = writeln!(
                table,
                "  {}: {:?}: {}",
                problem.coordinate, problem.entry, problem.reason
            );
        }
    }
    table
}

#[test]
fn every_list_in_the_sources_is_read() {
    insta::assert_snapshot!("possible_error_counts_per_source", counts(SOURCES));
}

#[test]
fn every_list_in_the_bundle_is_read() {
    insta::assert_snapshot!("possible_error_counts_bundle", counts(BUNDLE));
}

/// A field's list read alone (before the index is built, as `#[kraken_query]` reads it) is the
/// index's entry for it, for every field of the bundled schema, listed or not.
#[test]
fn one_field_read_alone_is_its_index_entry() {
    use apollo_compiler::schema::ExtendedType;
    use krakenql_schema::Coordinate;

    let (name, text) = BUNDLE[0];
    let alone = load_sources(&[SourceFile::new(name, text)]).expect("the bundle loads");
    let indexed = alone.clone();
    let index = indexed.possible_errors();
    let mut listed = 0;
    for (type_name, ty) in &alone.schema().types {
        let fields = match ty {
            ExtendedType::Object(object) => &object.fields,
            ExtendedType::Interface(interface) => &interface.fields,
            _ => continue,
        };
        for field_name in fields.keys() {
            let coordinate = Coordinate::field(type_name.as_str(), field_name.as_str());
            let read = alone.possible_errors_of(&coordinate);
            assert_eq!(&*read, index.of(&coordinate), "{coordinate}");
            listed += usize::from(!read.is_empty());
        }
    }
    assert_eq!(
        listed,
        index.fields.len(),
        "every indexed field was read alone"
    );
}
