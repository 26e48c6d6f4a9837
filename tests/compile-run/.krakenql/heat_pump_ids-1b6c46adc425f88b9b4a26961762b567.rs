// Prepared by `krakenql prepare` for #[kraken_query] from HeatPumpIds.graphql. Do not edit.

#![allow(dead_code, non_camel_case_types, clippy::all)]
/// The document sent to the server: the operation, the fragments it uses, and
/// `__typename` on every selection of an interface or union.
pub const QUERY: &str = r"query HeatPumpIds($accountNumber: String!, $propertyId: ID!) {
  octoHeatPumpControllersAtLocation(accountNumber: $accountNumber, propertyId: $propertyId) {
    controller {
      euid
    }
  }
}";
/// The `HeatPumpIds` query:
///
/// ```graphql
/// query HeatPumpIds($accountNumber: String!, $propertyId: ID!) {
///   octoHeatPumpControllersAtLocation(accountNumber: $accountNumber, propertyId: $propertyId) {
///     controller {
///       euid
///     }
///   }
/// }
/// ```
pub struct HeatPumpIds;
impl ::krakenql::Operation for HeatPumpIds {
    const QUERY: &'static str = QUERY;
    const OPERATION_NAME: &'static str = OPERATION_NAME;
    type Variables = Variables;
    type ResponseData = ResponseData;
}
/// The operation's name, as the server sees it.
pub const OPERATION_NAME: &str = "HeatPumpIds";
/// The variables of the operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Variables {
    /// `$accountNumber: String!`
    pub account_number: String,
    /// `$propertyId: ID!`
    pub property_id: ID,
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
/// The data of the `HeatPumpIds` response.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseData {
    /// Heat pump controllers attached to an account at a given location.
    pub octo_heat_pump_controllers_at_location: Option<
        Vec<Option<HeatPumpIdsOctoHeatPumpControllersAtLocation>>,
    >,
}
#[allow(deprecated)]
impl<'de> ::krakenql::__private::serde::Deserialize<'de> for ResponseData {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        let mut __slots = (None,);
        let __taken = ::krakenql::__private::de::read::<
            Self,
            D,
        >(deserializer, &mut __slots)?;
        Ok(Self {
            octo_heat_pump_controllers_at_location: __taken
                .take(__slots.0, "octoHeatPumpControllersAtLocation")?,
        })
    }
}
#[doc(hidden)]
impl ::krakenql::__private::de::Fields for ResponseData {
    const KEYS: &'static [&'static str] = &["octoHeatPumpControllersAtLocation"];
    type Slots = (
        Option<Option<Vec<Option<HeatPumpIdsOctoHeatPumpControllersAtLocation>>>>,
    );
    fn read<'de, M>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut M,
    ) -> ::core::result::Result<bool, M::Error>
    where
        M: ::krakenql::__private::serde::de::MapAccess<'de>,
    {
        match index {
            0 => ::krakenql::__private::de::put(&mut slots.0, map),
            _ => Ok(true),
        }
    }
}
#[derive(Debug, Clone, PartialEq)]
pub struct HeatPumpIdsOctoHeatPumpControllersAtLocation {
    /// The controller attached to the account.
    pub controller: HeatPumpIdsOctoHeatPumpControllersAtLocationController,
}
#[allow(deprecated)]
impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for HeatPumpIdsOctoHeatPumpControllersAtLocation {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        let mut __slots = (None,);
        let __taken = ::krakenql::__private::de::read::<
            Self,
            D,
        >(deserializer, &mut __slots)?;
        Ok(Self {
            controller: __taken.take(__slots.0, "controller")?,
        })
    }
}
#[doc(hidden)]
impl ::krakenql::__private::de::Fields for HeatPumpIdsOctoHeatPumpControllersAtLocation {
    const KEYS: &'static [&'static str] = &["controller"];
    type Slots = (Option<HeatPumpIdsOctoHeatPumpControllersAtLocationController>,);
    fn read<'de, M>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut M,
    ) -> ::core::result::Result<bool, M::Error>
    where
        M: ::krakenql::__private::serde::de::MapAccess<'de>,
    {
        match index {
            0 => ::krakenql::__private::de::put(&mut slots.0, map),
            _ => Ok(true),
        }
    }
}
#[derive(Debug, Clone, PartialEq)]
pub struct HeatPumpIdsOctoHeatPumpControllersAtLocationController {
    /// The EUID of the controller.
    pub euid: String,
}
#[allow(deprecated)]
impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for HeatPumpIdsOctoHeatPumpControllersAtLocationController {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        let mut __slots = (None,);
        let __taken = ::krakenql::__private::de::read::<
            Self,
            D,
        >(deserializer, &mut __slots)?;
        Ok(Self {
            euid: __taken.take(__slots.0, "euid")?,
        })
    }
}
#[doc(hidden)]
impl ::krakenql::__private::de::Fields
for HeatPumpIdsOctoHeatPumpControllersAtLocationController {
    const KEYS: &'static [&'static str] = &["euid"];
    type Slots = (Option<String>,);
    fn read<'de, M>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut M,
    ) -> ::core::result::Result<bool, M::Error>
    where
        M: ::krakenql::__private::serde::de::MapAccess<'de>,
    {
        match index {
            0 => ::krakenql::__private::de::put(&mut slots.0, map),
            _ => Ok(true),
        }
    }
}
/// The Kraken errors of `HeatPumpIds`: its fields list no possible errors in the schema.
///
/// Read them from a response with `response.kraken_errors::<HeatPumpIds>()`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Error {
    /// A code the schema does not list for these fields, with the message the
    /// server sent.
    Other {
        /// The Kraken code, e.g. `KT-CT-1199`.
        code: String,
        /// The error's message.
        message: String,
    },
}
impl ::krakenql::ErrorCode for Error {
    fn from_code(code: &str, message: &str) -> Self {
        Self::Other {
            code: code.to_owned(),
            message: message.to_owned(),
        }
    }
    fn code(&self) -> &str {
        match self {
            Self::Other { code, .. } => code,
        }
    }
    fn message(&self) -> &str {
        match self {
            Self::Other { message, .. } => message,
        }
    }
}
impl ::krakenql::OperationErrors for HeatPumpIds {
    type Error = Error;
}
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
    match mock_builder(variables).build() {
        Ok(data) => data,
        Err(error) => {
            panic!("krakenql: the generated mock does not fit ResponseData: {error}")
        }
    }
}
/// The `ID` scalar.
pub type ID = String;
