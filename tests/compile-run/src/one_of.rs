//! An operation whose variable is a one-of input object (`@oneOf`): the generated type is an
//! enum with one variant per field, so a value that sends two fields, or none, cannot be built.
//! The bundled schema has no one-of input object, so `schema/one-of.graphql` declares one.

/// The readings of one meter, found by exactly one of its identifiers.
#[krakenql::kraken_query(
    document = r#"
        query MeterReadings($meter: MeterLookup!) { meterReadings(meter: $meter) }
    "#,
    schema = "schema/one-of.graphql"
)]
pub struct MeterReadings;
