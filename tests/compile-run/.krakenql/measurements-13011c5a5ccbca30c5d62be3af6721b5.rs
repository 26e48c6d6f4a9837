// Prepared by `krakenql prepare` for #[kraken_query] from Measurements.graphql. Do not edit.

#![allow(
    dead_code,
    non_camel_case_types,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]

/// The `Measurements` query, sent as [`QUERY`].
///
/// Its variables are [`Variables`], its data [`ResponseData`] and its Kraken errors [`Error`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Measurements;

/// The variables of the operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Variables {
    /// `$accountNumber: String!`
    pub account_number: String,
    /// `$first: Int!`
    pub first: i32,
    /// `$startAt: DateTime`
    ///
    /// `InputValue::Absent` (the default) leaves it out, `InputValue::Null` sends `null`, `value.into()` sends a value.
    pub start_at: ::krakenql::InputValue<DateTime>,
    /// `$endAt: DateTime`
    ///
    /// `InputValue::Absent` (the default) leaves it out, `InputValue::Null` sends `null`, `value.into()` sends a value.
    pub end_at: ::krakenql::InputValue<DateTime>,
}

/// The data of the `Measurements` response.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseData {
    /// Get details about an account.
    pub account: Option<MeasurementsAccount>,
}

/// The account object can be one of several attached to a `Portfolio` (which usually has an `AccountUser` which is used to authenticate access to the `Portfolio`'s accounts). Typically a person has a single account attached to a portfolio and properties on the same account will appear on the same bill. Where separate bills are desired, multiple accounts  are created and added to the same portfolio of accounts.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasurementsAccount {
    /// Properties linked to the account now and in the future
    pub properties: Option<Vec<Option<MeasurementsAccountProperties>>>,
}

/// Represents a property. Conceptually, it collects supply points under an address.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasurementsAccountProperties {
    /// The `id` field of `PropertyType`.
    pub id: Option<String>,
    /// Measurements at a property
    pub measurements: Option<MeasurementsAccountPropertiesMeasurements>,
}

/// Pagination for measurements.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasurementsAccountPropertiesMeasurements {
    /// Contains the nodes in this connection.
    pub edges: Vec<Option<MeasurementsAccountPropertiesMeasurementsEdges>>,
    /// Pagination data for this connection.
    pub page_info: MeasurementsAccountPropertiesMeasurementsPageInfo,
}

/// A Relay edge containing a `Measurement` and its cursor.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasurementsAccountPropertiesMeasurementsEdges {
    /// The item at the end of the edge
    pub node: Option<MeasurementsAccountPropertiesMeasurementsEdgesNode>,
}

/// The fields selected on `MeasurementInterface`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasurementsAccountPropertiesMeasurementsEdgesNode {
    /// The name of this `MeasurementInterface`'s concrete type (`__typename`).
    pub typename: String,
    /// The `value` field of `MeasurementInterface`.
    pub value: Decimal,
    /// The `unit` field of `MeasurementInterface`.
    pub unit: String,
    /// The fields that depend on the concrete type of the `MeasurementInterface`.
    pub on: MeasurementsAccountPropertiesMeasurementsEdgesNodeOn,
}

/// The fields of the `MeasurementInterface` that depend on its concrete type, told by `__typename`.
#[derive(Debug, Clone, PartialEq)]
pub enum MeasurementsAccountPropertiesMeasurementsEdgesNodeOn {
    /// `IntervalMeasurementType`.
    IntervalMeasurementType(
        MeasurementsAccountPropertiesMeasurementsEdgesNodeOnIntervalMeasurementType,
    ),
    /// Any other type, e.g. one added to the schema later; holds its `__typename`.
    Other(String),
}

/// The fields selected on `IntervalMeasurementType`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasurementsAccountPropertiesMeasurementsEdgesNodeOnIntervalMeasurementType {
    /// The `startAt` field of `IntervalMeasurementType`.
    pub start_at: DateTime,
    /// The `endAt` field of `IntervalMeasurementType`.
    pub end_at: DateTime,
}

/// The Relay compliant `PageInfo` type, containing data necessary to paginate this connection.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasurementsAccountPropertiesMeasurementsPageInfo {
    /// When paginating forwards, are there more items?
    pub has_next_page: bool,
    /// When paginating forwards, the cursor to continue.
    pub end_cursor: Option<String>,
}

/// The Kraken errors of `Measurements`: its fields list no possible errors in the schema, so
/// every code is `Error::Other`.
///
/// Read them from a response with `response.kraken_errors::<Measurements>()`.
pub type Error = ::krakenql::UnlistedError;

/// The response data the krakenql mock executor gives for this operation and these
/// variables, as JSON: example values from the schema (`krakenql mock` prints the same).
#[inline]
pub fn mock_json(variables: &Variables) -> ::krakenql::__private::serde_json::Value {
    let _ = variables;
    ::krakenql::__private::mock::parse(
        r#"{"account":{"properties":[{"id":"abc123","measurements":{"edges":[{"node":{"__typename":"MeasurementType","value":"1.0","unit":"abc123"}}],"pageInfo":{"hasNextPage":true,"endCursor":"abc123"}}}]}}"#,
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

impl ::krakenql::Operation for Measurements {
    const QUERY: &'static str = QUERY;
    const OPERATION_NAME: &'static str = OPERATION_NAME;
    type Variables = Variables;
    type ResponseData = ResponseData;
}

impl ::krakenql::OperationErrors for Measurements {
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
        __object.field("first", &self.first)?;
        __object.optional("startAt", &self.start_at)?;
        __object.optional("endAt", &self.end_at)?;
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
    const KEYS: &'static [&'static str] = &["account"];
    type Slots = (Option<Option<MeasurementsAccount>>,);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            account: ::krakenql::__private::de::take(__slots.0, "account")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de> for MeasurementsAccount {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for MeasurementsAccount {
    const KEYS: &'static [&'static str] = &["properties"];
    type Slots = (Option<Option<Vec<Option<MeasurementsAccountProperties>>>>,);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            properties: ::krakenql::__private::de::take(__slots.0, "properties")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for MeasurementsAccountProperties {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for MeasurementsAccountProperties {
    const KEYS: &'static [&'static str] = &["id", "measurements"];
    type Slots = (
        Option<Option<String>>,
        Option<Option<MeasurementsAccountPropertiesMeasurements>>,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            id: ::krakenql::__private::de::take(__slots.0, "id")?,
            measurements: ::krakenql::__private::de::take(__slots.1, "measurements")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for MeasurementsAccountPropertiesMeasurements {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for MeasurementsAccountPropertiesMeasurements {
    const KEYS: &'static [&'static str] = &["edges", "pageInfo"];
    type Slots = (
        Option<Vec<Option<MeasurementsAccountPropertiesMeasurementsEdges>>>,
        Option<MeasurementsAccountPropertiesMeasurementsPageInfo>,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            edges: ::krakenql::__private::de::take(__slots.0, "edges")?,
            page_info: ::krakenql::__private::de::take(__slots.1, "pageInfo")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for MeasurementsAccountPropertiesMeasurementsEdges {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields
for MeasurementsAccountPropertiesMeasurementsEdges {
    const KEYS: &'static [&'static str] = &["node"];
    type Slots = (Option<Option<MeasurementsAccountPropertiesMeasurementsEdgesNode>>,);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            node: ::krakenql::__private::de::take(__slots.0, "node")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for MeasurementsAccountPropertiesMeasurementsEdgesNode {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize_whole(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields
for MeasurementsAccountPropertiesMeasurementsEdgesNode {
    const KEYS: &'static [&'static str] = &["__typename", "value", "unit"];
    type Slots = (Option<String>, Option<Decimal>, Option<String>);
    #[inline]
    fn build(
        __slots: Self::Slots,
        __object: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            typename: ::krakenql::__private::de::take(__slots.0, "__typename")?,
            value: ::krakenql::__private::de::take(__slots.1, "value")?,
            unit: ::krakenql::__private::de::take(__slots.2, "unit")?,
            on: match __object
                .get("__typename")
                .and_then(::krakenql::__private::serde_json::Value::as_str)
            {
                Some("IntervalMeasurementType") => {
                    MeasurementsAccountPropertiesMeasurementsEdgesNodeOn::IntervalMeasurementType(
                        ::krakenql::__private::de::part(__object)?,
                    )
                }
                Some(other) => {
                    MeasurementsAccountPropertiesMeasurementsEdgesNodeOn::Other(
                        other.to_owned(),
                    )
                }
                None => {
                    return Err(
                        ::krakenql::__private::de::Invalid::Missing("__typename"),
                    );
                }
            },
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for MeasurementsAccountPropertiesMeasurementsEdgesNodeOnIntervalMeasurementType {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields
for MeasurementsAccountPropertiesMeasurementsEdgesNodeOnIntervalMeasurementType {
    const KEYS: &'static [&'static str] = &["startAt", "endAt"];
    type Slots = (Option<DateTime>, Option<DateTime>);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            start_at: ::krakenql::__private::de::take(__slots.0, "startAt")?,
            end_at: ::krakenql::__private::de::take(__slots.1, "endAt")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for MeasurementsAccountPropertiesMeasurementsPageInfo {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields
for MeasurementsAccountPropertiesMeasurementsPageInfo {
    const KEYS: &'static [&'static str] = &["hasNextPage", "endCursor"];
    type Slots = (Option<bool>, Option<Option<String>>);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            has_next_page: ::krakenql::__private::de::take(__slots.0, "hasNextPage")?,
            end_cursor: ::krakenql::__private::de::take(__slots.1, "endCursor")?,
        })
    }
}

/// The operation's name, as the server sees it.
pub const OPERATION_NAME: &str = "Measurements";

/// The document the `Measurements` query sends to the server: the operation, the
/// fragments it uses, and `__typename` on every selection of an interface or union.
pub const QUERY: &str = r"query Measurements($accountNumber: String!, $first: Int!, $startAt: DateTime, $endAt: DateTime) {
  account(accountNumber: $accountNumber) {
    properties {
      id
      measurements(first: $first, startAt: $startAt, endAt: $endAt) {
        edges {
          node {
            __typename
            value
            unit
            ... on IntervalMeasurementType {
              startAt
              endAt
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}";
