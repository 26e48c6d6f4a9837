// Prepared by `krakenql prepare` for #[kraken_query] from LiveConsumption.graphql. Do not edit.

#![allow(
    dead_code,
    non_camel_case_types,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]

/// The `LiveConsumption` query, sent as [`QUERY`].
///
/// Its variables are [`Variables`], its data [`ResponseData`] and its Kraken errors [`Error`].
#[derive(Debug, Clone, Copy, Default)]
pub struct LiveConsumption;

/// The variables of the operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Variables {
    /// `$deviceId: String!`
    pub device_id: String,
    /// `$start: DateTime`
    ///
    /// `InputValue::Absent` (the default) leaves it out, `InputValue::Null` sends `null`, `value.into()` sends a value.
    pub start: ::krakenql::InputValue<DateTime>,
    /// `$end: DateTime`
    ///
    /// `InputValue::Absent` (the default) leaves it out, `InputValue::Null` sends `null`, `value.into()` sends a value.
    pub end: ::krakenql::InputValue<DateTime>,
    /// `$withExport: Boolean!`
    pub with_export: bool,
}

/// The data of the `LiveConsumption` response.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseData {
    /// Query telemetry data collected by the CAD associated with the provided ESME or GSME device ID.
    ///
    /// If only the smart meter device ID is provided, the latest data available will be returned.
    ///
    /// Additionally including the range options (start, end, and grouping) will return the data for that time period, at the desired granularity.
    pub smart_meter_telemetry: Option<Vec<Option<LiveConsumptionSmartMeterTelemetry>>>,
}

/// The fields selected on `SmartMeterTelemetryType`.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveConsumptionSmartMeterTelemetry {
    /// The start_at time of the telemetry data. E.g if querying in 30 minute intervals the reading may have been taken anywhere between 00:00:00 and 00:29:59 and represents the maximum reading taken in the time period.
    pub read_at: Option<DateTime>,
    /// Total energy consumed by the meter measured in Wh.
    pub consumption: Option<Decimal>,
    /// Energy consumption in Wh between the read_at and the next reading.
    pub consumption_delta: Option<Decimal>,
    /// Energy being demanded by the meter measured in W.
    pub demand: Option<Decimal>,
    /// Total energy exported by the meter measured in Wh.
    pub export: Option<Decimal>,
}

/// The Kraken errors of `LiveConsumption`: its fields list no possible errors in the schema, so
/// every code is `Error::Other`.
///
/// Read them from a response with `response.kraken_errors::<LiveConsumption>()`.
pub type Error = ::krakenql::UnlistedError;

/// The response data the krakenql mock executor gives for this operation and these
/// variables, as JSON: example values from the schema (`krakenql mock` prints the same).
#[inline]
pub fn mock_json(variables: &Variables) -> ::krakenql::__private::serde_json::Value {
    let mut data = ::krakenql::__private::mock::parse(
        r#"{"smartMeterTelemetry":[{"readAt":"2020-01-01T00:00:00.000Z","consumption":"1.0","consumptionDelta":"1.0","demand":"1.0","export":"1.0"}]}"#,
    );
    ::krakenql::__private::mock::keep_if(
        &mut data,
        &["smartMeterTelemetry"],
        "export",
        ::krakenql::__private::mock::flag(&variables.with_export, false),
    );
    data
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

/// The `DateTime` scalar.
///
/// The `DateTime` scalar type represents a DateTime
/// value as specified by
/// [iso8601](https://en.wikipedia.org/wiki/ISO_8601).
pub type DateTime = String;

/// The `Decimal` scalar.
///
/// The `Decimal` scalar type represents a python Decimal.
pub type Decimal = String;

impl ::krakenql::Operation for LiveConsumption {
    const QUERY: &'static str = QUERY;
    const OPERATION_NAME: &'static str = OPERATION_NAME;
    type Variables = Variables;
    type ResponseData = ResponseData;
}

impl ::krakenql::OperationErrors for LiveConsumption {
    type Error = Error;
}

#[allow(deprecated)]
impl ::krakenql::__private::serde::Serialize for Variables {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::krakenql::__private::serde::Serializer,
    {
        let mut __object = ::krakenql::__private::ser::Object::start(serializer)?;
        __object.field("deviceId", &self.device_id)?;
        __object.optional("start", &self.start)?;
        __object.optional("end", &self.end)?;
        __object.field("withExport", &self.with_export)?;
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
    const KEYS: &'static [&'static str] = &["smartMeterTelemetry"];
    type Slots = (Option<Option<Vec<Option<LiveConsumptionSmartMeterTelemetry>>>>,);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            smart_meter_telemetry: ::krakenql::__private::de::take(
                __slots.0,
                "smartMeterTelemetry",
            )?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for LiveConsumptionSmartMeterTelemetry {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for LiveConsumptionSmartMeterTelemetry {
    const KEYS: &'static [&'static str] = &[
        "readAt",
        "consumption",
        "consumptionDelta",
        "demand",
        "export",
    ];
    type Slots = (
        Option<Option<DateTime>>,
        Option<Option<Decimal>>,
        Option<Option<Decimal>>,
        Option<Option<Decimal>>,
        Option<Option<Decimal>>,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            read_at: ::krakenql::__private::de::take(__slots.0, "readAt")?,
            consumption: ::krakenql::__private::de::take(__slots.1, "consumption")?,
            consumption_delta: ::krakenql::__private::de::take(
                __slots.2,
                "consumptionDelta",
            )?,
            demand: ::krakenql::__private::de::take(__slots.3, "demand")?,
            export: ::krakenql::__private::de::take_or_default(__slots.4),
        })
    }
}

/// The operation's name, as the server sees it.
pub const OPERATION_NAME: &str = "LiveConsumption";

/// The document the `LiveConsumption` query sends to the server: the operation, the
/// fragments it uses, and `__typename` on every selection of an interface or union.
pub const QUERY: &str = r"query LiveConsumption($deviceId: String!, $start: DateTime, $end: DateTime, $withExport: Boolean!) {
  smartMeterTelemetry(deviceId: $deviceId, grouping: HALF_HOURLY, start: $start, end: $end) {
    readAt
    consumption
    consumptionDelta
    demand
    export @include(if: $withExport)
  }
}";
