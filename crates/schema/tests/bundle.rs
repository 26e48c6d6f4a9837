//! The bundled schemas hold every entry of the Query reference, as the reference states it.

use chrono::NaiveDate;
use krakenql_schema::load::load_sources;
use krakenql_schema::reference::{parse_reference, Section};
use krakenql_schema::{Coordinate, KrakenSchema, SourceFile};

const REFERENCE: &str = include_str!("../../../schema/sources/kraken-query-reference.txt");
const API: &str = include_str!("../../../schema/kraken.graphql");
const AUTH: &str = include_str!("../../../schema/kraken-auth.graphql");

fn load(name: &str, text: &str) -> KrakenSchema {
    load_sources(&[SourceFile::new(name, text)]).expect("bundled schema loads")
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a real date")
}

/// All 165 entries: 163 in kraken.graphql (first, in the reference's order, then the fields
/// the platform layer adds), 2 in kraken-auth.graphql, with the same argument names and types,
/// and the same return type wherever the reference states one.
#[test]
fn every_reference_entry_is_in_the_bundle() {
    let reference = parse_reference("kraken-query-reference.txt", REFERENCE).expect("reads");
    let api = load("kraken.graphql", API);
    let auth = load("kraken-auth.graphql", AUTH);
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for (section, schema) in [(Section::Api, &api), (Section::Auth, &auth)] {
        let query = schema.schema().get_object("Query").expect("Query exists");
        for entry in reference.section(section) {
            checked += 1;
            let Some(field) = query.fields.get(entry.name.as_str()) else {
                mismatches.push(format!("{:?} Query.{} is missing", section, entry.name));
                continue;
            };
            if let Some(stated) = &entry.stated_type {
                if &field.ty != stated {
                    mismatches.push(format!(
                        "Query.{}: type {} but the reference says {stated}",
                        entry.name, field.ty
                    ));
                }
            }
            let names: Vec<String> = field.arguments.iter().map(|a| a.name.to_string()).collect();
            let expected: Vec<String> = entry.arguments.iter().map(|a| a.name.clone()).collect();
            // The reference's arguments first, in its order; the platform layer appends the
            // optional arguments newer platform schemas define (e.g. `devices(integrationDeviceId:)`).
            if !names.starts_with(&expected) {
                mismatches.push(format!(
                    "Query.{}: arguments {names:?}, reference {expected:?}",
                    entry.name
                ));
            }
            for argument in &entry.arguments {
                let actual = field
                    .arguments
                    .iter()
                    .find(|a| a.name == argument.name.as_str());
                if let Some(actual) = actual {
                    if *actual.ty != argument.ty {
                        mismatches.push(format!(
                            "Query.{}({}:): type {} but the reference passes {}",
                            entry.name, argument.name, actual.ty, argument.ty
                        ));
                    }
                }
            }
        }
    }
    assert_eq!(checked, 165);
    // The reference's 163 entries come first, in its order; the platform layer appends the
    // Query fields of newer platform schemas after them.
    let api_query: Vec<String> = api
        .schema()
        .get_object("Query")
        .map(|q| q.fields.keys().map(|k| k.to_string()).collect())
        .unwrap_or_default();
    let entries: Vec<String> = reference
        .section(Section::Api)
        .map(|e| e.name.clone())
        .collect();
    assert_eq!(entries.len(), 163);
    assert_eq!(api_query[..163], entries[..]);
    assert!(api_query.iter().any(|f| f == "flexPlannedDispatches"));
    assert_eq!(
        auth.schema().get_object("Query").map(|q| q.fields.len()),
        Some(2)
    );
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    for schema in [&api, &auth] {
        let query = schema.schema().get_object("Query").expect("Query exists");
        assert!(query.fields.contains_key("krakenVersion"));
    }
}

/// The reference's 12 deprecated Query fields carry exactly its dates, with the reference as
/// their source; the platform layer deprecates further Query fields with their own source.
#[test]
fn deprecated_query_fields_carry_the_reference_dates() {
    let api = load("kraken.graphql", API);
    let mut rows = Vec::new();
    for deprecation in api.deprecations() {
        if let Coordinate::Field { ty, .. } = &deprecation.coordinate {
            if ty == "Query" && deprecation.source.as_deref() == Some("kraken-query-reference") {
                rows.push(format!(
                    "{} marked {} removal {} hint {}",
                    deprecation.coordinate,
                    deprecation.marked_on.map_or("-".into(), |d| d.to_string()),
                    deprecation
                        .removal_on_or_after
                        .map_or("-".into(), |d| d.to_string()),
                    deprecation.replacement_hint().unwrap_or_default()
                ));
            }
        }
    }
    assert_eq!(rows.len(), 12, "{}", rows.join("\n"));
    let account_urls = api
        .deprecation(&Coordinate::field("Query", "accountUrls"))
        .expect("accountUrls is deprecated");
    assert_eq!(account_urls.marked_on, Some(date("2021-10-12")));
    assert_eq!(account_urls.removal_on_or_after, Some(date("2024-01-01")));
    insta::assert_snapshot!("deprecated_query_fields", rows.join("\n"));
}
