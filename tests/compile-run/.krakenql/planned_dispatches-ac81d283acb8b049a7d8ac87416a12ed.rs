// Prepared by `krakenql prepare` for #[kraken_query] from PlannedDispatches.graphql. Do not edit.

#![allow(
    dead_code,
    non_camel_case_types,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]

/// The `PlannedDispatches` query, sent as [`QUERY`].
///
/// Its variables are [`Variables`], its data [`ResponseData`] and its Kraken errors [`Error`].
#[derive(Debug, Clone, Copy, Default)]
pub struct PlannedDispatches;

/// The variables of the operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Variables {
    /// `$accountNumber: String!`
    pub account_number: String,
    /// `$deviceId: String!`
    pub device_id: String,
}

/// The data of the `PlannedDispatches` response.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseData {
    /// All planned device dispatches in time order.
    ///
    /// The possible errors that can be raised are:
    ///
    /// - KT-CT-1111: Unauthorized.
    /// - KT-CT-4340: Unable to fetch planned dispatches.
    /// - KT-CT-1113: Disabled GraphQL field requested.
    pub flex_planned_dispatches: Option<
        Vec<Option<PlannedDispatchesFlexPlannedDispatches>>,
    >,
    /// All completed device dispatches 12 hours behind, in reverse time order.
    pub completed_dispatches: Option<Vec<Option<PlannedDispatchesCompletedDispatches>>>,
}

/// The fields selected on `SmartFlexDispatch`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedDispatchesFlexPlannedDispatches {
    /// The start time of the dispatch.
    pub start: DateTime,
    /// The end time of the dispatch.
    pub end: DateTime,
    /// The type of charge.
    pub r#type: SmartFlexChargingType,
    /// The energy added in kWh of the dispatch.
    pub energy_added_kwh: Option<Decimal>,
}

/// The fields selected on `UpsideDispatchType`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedDispatchesCompletedDispatches {
    /// The start time of the dispatch.
    pub start: DateTime,
    /// The end time of the dispatch.
    pub end: DateTime,
    /// Energy in kWh (import has a negative value).
    pub delta: Option<Decimal>,
}

/// The Kraken errors the fields of `PlannedDispatches` can raise, as the schema lists them.
///
/// Read them from a response with `response.kraken_errors::<PlannedDispatches>()`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Error {
    /// `KT-CT-1111`: Unauthorized.
    ///
    /// Listed by `Query.flexPlannedDispatches`.
    Unauthorized,
    /// `KT-CT-4340`: Unable to fetch planned dispatches.
    ///
    /// Listed by `Query.flexPlannedDispatches`.
    UnableToFetchPlannedDispatches,
    /// `KT-CT-1113`: Disabled GraphQL field requested.
    ///
    /// Listed by `Query.flexPlannedDispatches`.
    DisabledGraphQlFieldRequested,
    /// A code the schema does not list for these fields, with the message the
    /// server sent.
    Other {
        /// The Kraken code, e.g. `KT-CT-1199`.
        code: String,
        /// The error's message.
        message: String,
    },
}

/// The response data the krakenql mock executor gives for this operation and these
/// variables, as JSON: example values from the schema (`krakenql mock` prints the same).
#[inline]
pub fn mock_json(variables: &Variables) -> ::krakenql::__private::serde_json::Value {
    let _ = variables;
    ::krakenql::__private::mock::parse(
        r#"{"flexPlannedDispatches":[{"start":"2020-01-01T00:00:00.000Z","end":"2020-01-01T00:00:00.000Z","type":"SMART","energyAddedKwh":"1.0"}],"completedDispatches":[{"start":"2020-01-01T00:00:00.000Z","end":"2020-01-01T00:00:00.000Z","delta":"1.0"}]}"#,
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

/// The `Decimal` scalar.
///
/// The `Decimal` scalar type represents a python Decimal.
pub type Decimal = String;

/// The available charging types.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SmartFlexChargingType {
    /// The `SMART` value of `SmartFlexChargingType`.
    Smart,
    /// The `BOOST` value of `SmartFlexChargingType`.
    Boost,
    /// The `TEST` value of `SmartFlexChargingType`.
    Test,
    /// A value this code does not know, e.g. one added to the schema later, as sent.
    Other(String),
}

impl ::krakenql::Operation for PlannedDispatches {
    const QUERY: &'static str = QUERY;
    const OPERATION_NAME: &'static str = OPERATION_NAME;
    type Variables = Variables;
    type ResponseData = ResponseData;
}

impl ::krakenql::ErrorCode for Error {
    fn from_code(code: &str, message: &str) -> Self {
        match code {
            "KT-CT-1111" => Self::Unauthorized,
            "KT-CT-4340" => Self::UnableToFetchPlannedDispatches,
            "KT-CT-1113" => Self::DisabledGraphQlFieldRequested,
            _ => {
                Self::Other {
                    code: code.to_owned(),
                    message: message.to_owned(),
                }
            }
        }
    }
    fn code(&self) -> &str {
        match self {
            Self::Unauthorized => "KT-CT-1111",
            Self::UnableToFetchPlannedDispatches => "KT-CT-4340",
            Self::DisabledGraphQlFieldRequested => "KT-CT-1113",
            Self::Other { code, .. } => code,
        }
    }
    fn message(&self) -> &str {
        match self {
            Self::Unauthorized => "Unauthorized.",
            Self::UnableToFetchPlannedDispatches => "Unable to fetch planned dispatches.",
            Self::DisabledGraphQlFieldRequested => "Disabled GraphQL field requested.",
            Self::Other { message, .. } => message,
        }
    }
}

impl ::krakenql::OperationErrors for PlannedDispatches {
    type Error = Error;
}

#[allow(deprecated)]
impl ::krakenql::__private::serde::Serialize for Variables {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::krakenql::__private::serde::Serializer,
    {
        let mut __object = ::krakenql::__private::ser::Object::start(serializer)?;
        __object.field("accountNumber", &self.account_number)?;
        __object.field("deviceId", &self.device_id)?;
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
    const KEYS: &'static [&'static str] = &[
        "flexPlannedDispatches",
        "completedDispatches",
    ];
    type Slots = (
        Option<Option<Vec<Option<PlannedDispatchesFlexPlannedDispatches>>>>,
        Option<Option<Vec<Option<PlannedDispatchesCompletedDispatches>>>>,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            flex_planned_dispatches: ::krakenql::__private::de::take(
                __slots.0,
                "flexPlannedDispatches",
            )?,
            completed_dispatches: ::krakenql::__private::de::take(
                __slots.1,
                "completedDispatches",
            )?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for PlannedDispatchesFlexPlannedDispatches {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for PlannedDispatchesFlexPlannedDispatches {
    const KEYS: &'static [&'static str] = &["start", "end", "type", "energyAddedKwh"];
    type Slots = (
        Option<DateTime>,
        Option<DateTime>,
        Option<SmartFlexChargingType>,
        Option<Option<Decimal>>,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            start: ::krakenql::__private::de::take(__slots.0, "start")?,
            end: ::krakenql::__private::de::take(__slots.1, "end")?,
            r#type: ::krakenql::__private::de::take(__slots.2, "type")?,
            energy_added_kwh: ::krakenql::__private::de::take(
                __slots.3,
                "energyAddedKwh",
            )?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for PlannedDispatchesCompletedDispatches {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for PlannedDispatchesCompletedDispatches {
    const KEYS: &'static [&'static str] = &["start", "end", "delta"];
    type Slots = (Option<DateTime>, Option<DateTime>, Option<Option<Decimal>>);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            start: ::krakenql::__private::de::take(__slots.0, "start")?,
            end: ::krakenql::__private::de::take(__slots.1, "end")?,
            delta: ::krakenql::__private::de::take(__slots.2, "delta")?,
        })
    }
}

#[allow(deprecated)]
impl SmartFlexChargingType {
    /// The value as GraphQL writes it, e.g. `SMART`.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Smart => "SMART",
            Self::Boost => "BOOST",
            Self::Test => "TEST",
            Self::Other(value) => value.as_str(),
        }
    }
}

impl ::krakenql::__private::serde::Serialize for SmartFlexChargingType {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::krakenql::__private::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> ::krakenql::__private::serde::Deserialize<'de> for SmartFlexChargingType {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        let value = <String as ::krakenql::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "SMART" => Self::Smart,
                "BOOST" => Self::Boost,
                "TEST" => Self::Test,
                _ => Self::Other(value),
            },
        )
    }
}

/// The operation's name, as the server sees it.
pub const OPERATION_NAME: &str = "PlannedDispatches";

/// The document the `PlannedDispatches` query sends to the server: the operation, the
/// fragments it uses, and `__typename` on every selection of an interface or union.
pub const QUERY: &str = r"query PlannedDispatches($accountNumber: String!, $deviceId: String!) {
  flexPlannedDispatches(deviceId: $deviceId) {
    start
    end
    type
    energyAddedKwh
  }
  completedDispatches(accountNumber: $accountNumber) {
    start
    end
    delta
  }
}";
