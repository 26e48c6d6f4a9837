// Prepared by `krakenql prepare` for #[kraken_query] from HeatPumpIds.graphql. Do not edit.

#![allow(
    dead_code,
    non_camel_case_types,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]

/// The `HeatPumpIds` query, sent as [`QUERY`].
///
/// Its variables are [`Variables`], its data [`ResponseData`] and its Kraken errors [`Error`].
#[derive(Debug, Clone, Copy, Default)]
pub struct HeatPumpIds;

/// The variables of the operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Variables {
    /// `$accountNumber: String!`
    pub account_number: String,
    /// `$propertyId: ID!`
    pub property_id: ID,
}

/// The data of the `HeatPumpIds` response.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseData {
    /// Heat pump controllers attached to an account at a given location.
    pub octo_heat_pump_controllers_at_location: Option<
        Vec<Option<HeatPumpIdsOctoHeatPumpControllersAtLocation>>,
    >,
}

/// The fields selected on `ControllerAtLocation`.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatPumpIdsOctoHeatPumpControllersAtLocation {
    /// The controller attached to the account.
    pub controller: HeatPumpIdsOctoHeatPumpControllersAtLocationController,
}

/// The fields selected on `Controller`.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatPumpIdsOctoHeatPumpControllersAtLocationController {
    /// The EUID of the controller.
    pub euid: String,
}

/// The Kraken errors of `HeatPumpIds`: its fields list no possible errors in the schema, so
/// every code is `Error::Other`.
///
/// Read them from a response with `response.kraken_errors::<HeatPumpIds>()`.
pub type Error = ::krakenql::UnlistedError;

/// The response data the krakenql mock executor gives for this operation and these
/// variables, as JSON: example values from the schema (`krakenql mock` prints the same).
#[inline]
pub fn mock_json(variables: &Variables) -> ::krakenql::__private::serde_json::Value {
    let _ = variables;
    ::krakenql::__private::mock::parse(
        r#"{"octoHeatPumpControllersAtLocation":[{"controller":{"euid":"abc123"}}]}"#,
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

/// The `ID` scalar.
pub type ID = String;

impl ::krakenql::Operation for HeatPumpIds {
    const QUERY: &'static str = QUERY;
    const OPERATION_NAME: &'static str = OPERATION_NAME;
    type Variables = Variables;
    type ResponseData = ResponseData;
}

impl ::krakenql::OperationErrors for HeatPumpIds {
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
        __object.field("propertyId", &self.property_id)?;
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
    const KEYS: &'static [&'static str] = &["octoHeatPumpControllersAtLocation"];
    type Slots = (
        Option<Option<Vec<Option<HeatPumpIdsOctoHeatPumpControllersAtLocation>>>>,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            octo_heat_pump_controllers_at_location: ::krakenql::__private::de::take(
                __slots.0,
                "octoHeatPumpControllersAtLocation",
            )?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for HeatPumpIdsOctoHeatPumpControllersAtLocation {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for HeatPumpIdsOctoHeatPumpControllersAtLocation {
    const KEYS: &'static [&'static str] = &["controller"];
    type Slots = (Option<HeatPumpIdsOctoHeatPumpControllersAtLocationController>,);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            controller: ::krakenql::__private::de::take(__slots.0, "controller")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for HeatPumpIdsOctoHeatPumpControllersAtLocationController {
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
for HeatPumpIdsOctoHeatPumpControllersAtLocationController {
    const KEYS: &'static [&'static str] = &["euid"];
    type Slots = (Option<String>,);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            euid: ::krakenql::__private::de::take(__slots.0, "euid")?,
        })
    }
}

/// The operation's name, as the server sees it.
pub const OPERATION_NAME: &str = "HeatPumpIds";

/// The document the `HeatPumpIds` query sends to the server: the operation, the
/// fragments it uses, and `__typename` on every selection of an interface or union.
pub const QUERY: &str = r"query HeatPumpIds($accountNumber: String!, $propertyId: ID!) {
  octoHeatPumpControllersAtLocation(accountNumber: $accountNumber, propertyId: $propertyId) {
    controller {
      euid
    }
  }
}";
