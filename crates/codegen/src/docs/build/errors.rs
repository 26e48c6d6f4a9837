//! The possible errors on the docs: each root field's table, and the errors index (code to the
//! fields that list it), from `KrakenSchema::possible_errors`.

use std::collections::BTreeMap;

use krakenql_schema::Coordinate;

use super::timeline::anchor_of;
use super::Context;
use crate::docs::model::{ErrorFieldLink, ErrorIndexRow, ErrorRow};

/// The rows of one field's table.
pub(crate) fn rows(context: &Context, coordinate: &Coordinate) -> Vec<ErrorRow> {
    context
        .model
        .possible_errors_of(coordinate)
        .iter()
        .map(|error| ErrorRow {
            code: error.code.clone(),
            message: error.message.clone(),
        })
        .collect()
}

/// Every code the schema lists, sorted by code (by its number within a scope, so `KT-CT-1111`
/// comes before `KT-CT-10003`), with its messages and the fields that list it in coordinate
/// order.
pub(crate) fn index(context: &Context) -> Vec<ErrorIndexRow> {
    let mut by_code: BTreeMap<(String, u64, String), ErrorIndexRow> = BTreeMap::new();
    for field in &context.model.possible_errors().fields {
        let (page, anchor) = anchor_of(context, &field.coordinate);
        for error in &field.errors {
            let row = by_code
                .entry(sort_key(&error.code))
                .or_insert_with(|| ErrorIndexRow {
                    code: error.code.clone(),
                    messages: Vec::new(),
                    fields: Vec::new(),
                });
            if !row.messages.contains(&error.message) {
                row.messages.push(error.message.clone());
            }
            row.fields.push(ErrorFieldLink {
                coordinate: field.coordinate.to_string(),
                page,
                anchor: anchor.clone(),
            });
        }
    }
    by_code.into_values().collect()
}

/// `KT-CT-1111` sorts as (`KT-CT`, 1111): scope first, then the number as a number.
fn sort_key(code: &str) -> (String, u64, String) {
    match code.rsplit_once('-') {
        Some((scope, number)) => (
            scope.to_owned(),
            number.parse().unwrap_or(u64::MAX),
            code.to_owned(),
        ),
        None => (code.to_owned(), u64::MAX, code.to_owned()),
    }
}
