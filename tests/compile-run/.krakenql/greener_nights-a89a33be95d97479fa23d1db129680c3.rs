// Prepared by `krakenql prepare` for #[kraken_query] from GreenerNights.graphql. Do not edit.

#![allow(
    dead_code,
    non_camel_case_types,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]

/// The `GreenerNights` query, sent as [`QUERY`].
///
/// Its variables are [`Variables`], its data [`ResponseData`] and its Kraken errors [`Error`].
#[derive(Debug, Clone, Copy, Default)]
pub struct GreenerNights;

/// The variables of the operation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Variables {}

/// The data of the `GreenerNights` response.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseData {
    /// A forecast of how green the electricity generation is predicted to be (do not assume a fixed length, that the periods are contiguous or in time order).
    pub greenness_forecast: Option<Vec<Option<GreenerNightsGreennessForecast>>>,
}

/// A greenness forecast entry for a single period of time.
#[derive(Debug, Clone, PartialEq)]
pub struct GreenerNightsGreennessForecast {
    /// The start of the forecast period (inclusive).
    pub valid_from: Option<DateTime>,
    /// The end of the forecast period (exclusive).
    pub valid_to: Option<DateTime>,
    /// The greenness score 0-100 (higher is greener).
    pub greenness_score: Option<i32>,
    /// The greenness index LOW/MEDIUM/HIGH (higher is greener) to map to a localised value.
    pub greenness_index: Option<GreennessForecastIndex>,
}

/// The Kraken errors of `GreenerNights`: its fields list no possible errors in the schema, so
/// every code is `Error::Other`.
///
/// Read them from a response with `response.kraken_errors::<GreenerNights>()`.
pub type Error = ::krakenql::UnlistedError;

/// The response data the krakenql mock executor gives for this operation and these
/// variables, as JSON: example values from the schema (`krakenql mock` prints the same).
#[inline]
pub fn mock_json(variables: &Variables) -> ::krakenql::__private::serde_json::Value {
    let _ = variables;
    ::krakenql::__private::mock::parse(
        r#"{"greennessForecast":[{"validFrom":"2020-01-01T00:00:00.000Z","validTo":"2020-01-01T00:00:00.000Z","greennessScore":1,"greennessIndex":"LOW"}]}"#,
    )
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

/// The greenness index LOW/MEDIUM/HIGH (higher is greener).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GreennessForecastIndex {
    /// The `LOW` value of `GreennessForecastIndex`.
    Low,
    /// The `MEDIUM` value of `GreennessForecastIndex`.
    Medium,
    /// The `HIGH` value of `GreennessForecastIndex`.
    High,
    /// A value this code does not know, e.g. one added to the schema later, as sent.
    Other(String),
}

impl ::krakenql::Operation for GreenerNights {
    const QUERY: &'static str = QUERY;
    const OPERATION_NAME: &'static str = OPERATION_NAME;
    type Variables = Variables;
    type ResponseData = ResponseData;
}

impl ::krakenql::OperationErrors for GreenerNights {
    type Error = Error;
}

#[allow(deprecated)]
impl ::krakenql::__private::serde::Serialize for Variables {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::krakenql::__private::serde::Serializer,
    {
        let __object = ::krakenql::__private::ser::Object::start(serializer)?;
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
    const KEYS: &'static [&'static str] = &["greennessForecast"];
    type Slots = (Option<Option<Vec<Option<GreenerNightsGreennessForecast>>>>,);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            greenness_forecast: ::krakenql::__private::de::take(
                __slots.0,
                "greennessForecast",
            )?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for GreenerNightsGreennessForecast {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for GreenerNightsGreennessForecast {
    const KEYS: &'static [&'static str] = &[
        "validFrom",
        "validTo",
        "greennessScore",
        "greennessIndex",
    ];
    type Slots = (
        Option<Option<DateTime>>,
        Option<Option<DateTime>>,
        Option<Option<i32>>,
        Option<Option<GreennessForecastIndex>>,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            valid_from: ::krakenql::__private::de::take(__slots.0, "validFrom")?,
            valid_to: ::krakenql::__private::de::take(__slots.1, "validTo")?,
            greenness_score: ::krakenql::__private::de::take(
                __slots.2,
                "greennessScore",
            )?,
            greenness_index: ::krakenql::__private::de::take(
                __slots.3,
                "greennessIndex",
            )?,
        })
    }
}

#[allow(deprecated)]
impl GreennessForecastIndex {
    /// The value as GraphQL writes it, e.g. `LOW`.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "LOW",
            Self::Medium => "MEDIUM",
            Self::High => "HIGH",
            Self::Other(value) => value.as_str(),
        }
    }
}

impl ::krakenql::__private::serde::Serialize for GreennessForecastIndex {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::krakenql::__private::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> ::krakenql::__private::serde::Deserialize<'de> for GreennessForecastIndex {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        let value = <String as ::krakenql::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "LOW" => Self::Low,
                "MEDIUM" => Self::Medium,
                "HIGH" => Self::High,
                _ => Self::Other(value),
            },
        )
    }
}

/// The operation's name, as the server sees it.
pub const OPERATION_NAME: &str = "GreenerNights";

/// The document the `GreenerNights` query sends to the server: the operation, the
/// fragments it uses, and `__typename` on every selection of an interface or union.
pub const QUERY: &str = r"query GreenerNights {
  greennessForecast {
    validFrom
    validTo
    greennessScore
    greennessIndex
  }
}";
