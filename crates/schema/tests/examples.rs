//! The example-value table agrees with every scalar leaf of the reference's example responses.

use std::collections::{BTreeMap, BTreeSet};

use apollo_compiler::schema::ExtendedType;
use apollo_compiler::Schema;
use krakenql_schema::examples::{
    leaf_example, possible_object_types, ExampleStyle, ScalarBasis, SCALAR_EXAMPLES,
};
use krakenql_schema::load::load_sources;
use krakenql_schema::reference::{bare_type_name, parse_example_block, parse_reference, Section};
use krakenql_schema::SourceFile;
use serde_json::Value;

const REFERENCE: &str = include_str!("../../../schema/sources/kraken-query-reference.txt");
const API: &str = include_str!("../../../schema/kraken.graphql");
const AUTH: &str = include_str!("../../../schema/kraken-auth.graphql");

/// Records the value shown for every scalar and enum leaf under `value`, typed by `type_name`.
fn collect(
    schema: &Schema,
    type_name: &str,
    value: &Value,
    seen: &mut BTreeMap<String, BTreeSet<String>>,
) {
    // A bare type name stands for an object the page does not expand: no leaf to record.
    if bare_type_name(value).is_some() {
        return;
    }
    if let Some(ExtendedType::Scalar(_)) = schema.types.get(type_name) {
        if let Value::Array(items) = value {
            items
                .iter()
                .for_each(|item| collect(schema, type_name, item, seen));
        } else if !value.is_null() {
            seen.entry(type_name.to_owned())
                .or_default()
                .insert(value.to_string());
        }
        return;
    }
    match value {
        Value::Null => {}
        Value::Array(items) => items
            .iter()
            .for_each(|item| collect(schema, type_name, item, seen)),
        Value::Object(map) => {
            // The type itself, then every object type it can be: an example of an interface
            // shows the fields of one implementation.
            let possible = possible_object_types(schema, type_name);
            let candidates: Vec<&ExtendedType> = std::iter::once(type_name)
                .chain(possible.iter().map(|name| name.as_str()))
                .filter_map(|name| schema.types.get(name))
                .collect();
            for (key, item) in map {
                let field_type = candidates.iter().find_map(|ty| match ty {
                    ExtendedType::Object(object) => object
                        .fields
                        .get(key.as_str())
                        .map(|f| f.ty.inner_named_type().clone()),
                    ExtendedType::Interface(object) => object
                        .fields
                        .get(key.as_str())
                        .map(|f| f.ty.inner_named_type().clone()),
                    _ => None,
                });
                if let Some(field_type) = field_type {
                    collect(schema, &field_type, item, seen);
                }
            }
        }
        leaf => {
            seen.entry(type_name.to_owned())
                .or_default()
                .insert(leaf.to_string());
        }
    }
}

/// Every scalar and enum leaf the reference shows is the policy's example, and every scalar the
/// bundled schemas define has a row of its own in the table.
#[test]
fn the_table_is_what_the_reference_shows() {
    let reference = parse_reference("kraken-query-reference.txt", REFERENCE).expect("reads");
    let api = load_sources(&[SourceFile::new("kraken.graphql", API)]).expect("loads");
    let auth = load_sources(&[SourceFile::new("kraken-auth.graphql", AUTH)]).expect("loads");
    let mut seen = BTreeMap::new();
    let mut responses = 0;
    for (section, schema) in [(Section::Api, &api), (Section::Auth, &auth)] {
        let query = schema.schema().get_object("Query").expect("Query");
        for entry in reference.section(section) {
            // Two entries lost their example response in the scrape.
            let Some(response) = entry
                .response
                .as_deref()
                .and_then(|text| parse_example_block(text).ok())
            else {
                continue;
            };
            responses += 1;
            let field = &query.fields[entry.name.as_str()];
            let data = &response["data"][entry.name.as_str()];
            collect(
                schema.schema(),
                field.ty.inner_named_type(),
                data,
                &mut seen,
            );
        }
    }
    assert_eq!(responses, 163, "every response but the two the scrape lost");

    let mut problems = Vec::new();
    let mut shown_scalars = BTreeSet::new();
    for (type_name, values) in &seen {
        let schema = if api.schema().types.contains_key(type_name.as_str()) {
            &api
        } else {
            &auth
        };
        let expected = leaf_example(schema.schema(), type_name, ExampleStyle::Shown)
            .expect("a leaf type")
            .to_string();
        if values.len() != 1 || !values.contains(&expected) {
            problems.push(format!(
                "{type_name}: the page shows {values:?}, the policy {expected}"
            ));
        }
        if matches!(
            schema.schema().types.get(type_name.as_str()),
            Some(ExtendedType::Scalar(_))
        ) {
            shown_scalars.insert(type_name.as_str());
        }
    }
    for row in SCALAR_EXAMPLES {
        let claims_shown = matches!(row.basis, ScalarBasis::Shown | ScalarBasis::BuiltIn);
        if claims_shown != shown_scalars.contains(row.scalar) {
            problems.push(format!(
                "{}: basis {:?} but shown: {}",
                row.scalar, row.basis, !claims_shown
            ));
        }
    }
    for schema in [&api, &auth] {
        for (name, ty) in &schema.schema().types {
            if matches!(ty, ExtendedType::Scalar(_))
                && !SCALAR_EXAMPLES.iter().any(|r| r.scalar == name.as_str())
            {
                problems.push(format!("{name}: no row in the table"));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
