// Prepared by `krakenql prepare` for #[kraken_query] from MeterReadings.graphql. Do not edit.

#![allow(
    dead_code,
    non_camel_case_types,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]

/// The `MeterReadings` query, sent as [`QUERY`].
///
/// Its variables are [`Variables`], its data [`ResponseData`] and its Kraken errors [`Error`].
#[derive(Debug, Clone, Copy, Default)]
pub struct MeterReadings;

/// The variables of the operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Variables {
    /// `$meter: MeterLookup!`
    pub meter: MeterLookup,
}

/// The data of the `MeterReadings` response.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseData {
    /// Readings of one meter, found by exactly one of its identifiers.
    pub meter_readings: Option<Vec<i32>>,
}

/// The Kraken errors of `MeterReadings`: its fields list no possible errors in the schema, so
/// every code is `Error::Other`.
///
/// Read them from a response with `response.kraken_errors::<MeterReadings>()`.
pub type Error = ::krakenql::UnlistedError;

/// The response data the krakenql mock executor gives for this operation and these
/// variables, as JSON: example values from the schema (`krakenql mock` prints the same).
#[inline]
pub fn mock_json(variables: &Variables) -> ::krakenql::__private::serde_json::Value {
    let _ = variables;
    ::krakenql::__private::mock::parse(r#"{"meterReadings":[1]}"#)
}

/// The mock response data, to override values by response path before it is typed.
#[inline]
pub fn mock_builder(variables: &Variables) -> ::krakenql::MockData<ResponseData> {
    ::krakenql::MockData::new(mock_json(variables))
}

/// The mock response data, typed.
///
/// # Panics
///
/// Never for data the generator wrote; a panic here is a krakenql bug.
#[inline]
pub fn mock(variables: &Variables) -> ResponseData {
    ::krakenql::__private::mock::typed(mock_json(variables))
}

/// Find a meter by exactly one of its identifiers.
///
/// A one-of input object (`@oneOf`): exactly one field is sent, so `MeterLookup` is an enum with one variant per field, serialised as `{"field": value}`.
#[derive(Debug, Clone, PartialEq)]
pub enum MeterLookup {
    /// The meter's serial number.
    /// Sends `serialNumber`.
    SerialNumber(String),
    /// The meter point administration number of the meter's supply.
    /// Sends `mpan`.
    Mpan(String),
    /// A lookup through the meter's property.
    /// Sends `property`.
    Property(Box<PropertyLookup>),
}

/// A property, and optionally one of its meters.
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyLookup {
    /// The `postcode` field of `PropertyLookup`.
    pub postcode: String,
    /// The `meter` field of `PropertyLookup`.
    pub meter: ::krakenql::InputValue<Box<MeterLookup>>,
}

impl ::krakenql::Operation for MeterReadings {
    const QUERY: &'static str = QUERY;
    const OPERATION_NAME: &'static str = OPERATION_NAME;
    type Variables = Variables;
    type ResponseData = ResponseData;
}

impl ::krakenql::OperationErrors for MeterReadings {
    type Error = Error;
}

#[allow(deprecated)]
impl ::krakenql::__private::serde::Serialize for Variables {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::krakenql::__private::serde::Serializer,
    {
        let mut __object = ::krakenql::__private::ser::Object::start(serializer)?;
        __object.field("meter", &self.meter)?;
        __object.end()
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de> for ResponseData {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for ResponseData {
    const KEYS: &'static [&'static str] = &["meterReadings"];
    type Slots = (Option<Option<Vec<i32>>>,);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            meter_readings: ::krakenql::__private::de::take(__slots.0, "meterReadings")?,
        })
    }
}

#[allow(deprecated)]
impl ::krakenql::__private::serde::Serialize for MeterLookup {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::krakenql::__private::serde::Serializer,
    {
        let mut __object = ::krakenql::__private::ser::Object::start(serializer)?;
        match self {
            Self::SerialNumber(value) => __object.field("serialNumber", value)?,
            Self::Mpan(value) => __object.field("mpan", value)?,
            Self::Property(value) => __object.field("property", value)?,
        }
        __object.end()
    }
}

#[allow(deprecated)]
impl ::krakenql::__private::serde::Serialize for PropertyLookup {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::krakenql::__private::serde::Serializer,
    {
        let mut __object = ::krakenql::__private::ser::Object::start(serializer)?;
        __object.field("postcode", &self.postcode)?;
        __object.optional("meter", &self.meter)?;
        __object.end()
    }
}

/// The operation's name, as the server sees it.
pub const OPERATION_NAME: &str = "MeterReadings";

/// The document the `MeterReadings` query sends to the server: the operation, the
/// fragments it uses, and `__typename` on every selection of an interface or union.
pub const QUERY: &str = r"query MeterReadings($meter: MeterLookup!) {
  meterReadings(meter: $meter)
}";
