// Prepared by `krakenql prepare` for #[kraken_query] from EnergyProduct.graphql. Do not edit.

#![allow(
    dead_code,
    non_camel_case_types,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]

/// The `EnergyProduct` query, sent as [`QUERY`].
///
/// Its variables are [`Variables`], its data [`ResponseData`] and its Kraken errors [`Error`].
#[derive(Debug, Clone, Copy, Default)]
pub struct EnergyProduct;

/// The variables of the operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Variables {
    /// `$code: String!`
    pub code: String,
}

/// The data of the `EnergyProduct` response.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseData {
    /// Get an energy product that matches the given code.
    pub energy_product: Option<EnergyProductEnergyProduct>,
}

/// An EnergyProduct models a group of tariffs for both electricity and gas.
#[derive(Debug, Clone, PartialEq)]
pub struct EnergyProductEnergyProduct {
    /// The `code` field of `EnergyProductType`.
    pub code: String,
    /// The `fullName` field of `EnergyProductType`.
    pub full_name: String,
    /// This name will be shown to customers during sign-up
    pub display_name: String,
    /// This will be shown to customers during sign-up
    pub description: String,
    /// The `isVariable` field of `EnergyProductType`.
    pub is_variable: bool,
    /// Duration of agreements using this product in months
    pub term: Option<i32>,
}

/// The Kraken errors of `EnergyProduct`: its fields list no possible errors in the schema, so
/// every code is `Error::Other`.
///
/// Read them from a response with `response.kraken_errors::<EnergyProduct>()`.
pub type Error = ::krakenql::UnlistedError;

/// The response data the krakenql mock executor gives for this operation and these
/// variables, as JSON: example values from the schema (`krakenql mock` prints the same).
#[inline]
pub fn mock_json(variables: &Variables) -> ::krakenql::__private::serde_json::Value {
    let _ = variables;
    ::krakenql::__private::mock::parse(
        r#"{"energyProduct":{"code":"abc123","fullName":"abc123","displayName":"abc123","description":"abc123","isVariable":true,"term":1}}"#,
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

impl ::krakenql::Operation for EnergyProduct {
    const QUERY: &'static str = QUERY;
    const OPERATION_NAME: &'static str = OPERATION_NAME;
    type Variables = Variables;
    type ResponseData = ResponseData;
}

impl ::krakenql::OperationErrors for EnergyProduct {
    type Error = Error;
}

#[allow(deprecated)]
impl ::krakenql::__private::serde::Serialize for Variables {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::krakenql::__private::serde::Serializer,
    {
        let mut __object = ::krakenql::__private::ser::Object::start(serializer)?;
        __object.field("code", &self.code)?;
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
    const KEYS: &'static [&'static str] = &["energyProduct"];
    type Slots = (Option<Option<EnergyProductEnergyProduct>>,);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            energy_product: ::krakenql::__private::de::take(__slots.0, "energyProduct")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de> for EnergyProductEnergyProduct {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for EnergyProductEnergyProduct {
    const KEYS: &'static [&'static str] = &[
        "code",
        "fullName",
        "displayName",
        "description",
        "isVariable",
        "term",
    ];
    type Slots = (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<bool>,
        Option<Option<i32>>,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            code: ::krakenql::__private::de::take(__slots.0, "code")?,
            full_name: ::krakenql::__private::de::take(__slots.1, "fullName")?,
            display_name: ::krakenql::__private::de::take(__slots.2, "displayName")?,
            description: ::krakenql::__private::de::take(__slots.3, "description")?,
            is_variable: ::krakenql::__private::de::take(__slots.4, "isVariable")?,
            term: ::krakenql::__private::de::take(__slots.5, "term")?,
        })
    }
}

/// The operation's name, as the server sees it.
pub const OPERATION_NAME: &str = "EnergyProduct";

/// The document the `EnergyProduct` query sends to the server: the operation, the
/// fragments it uses, and `__typename` on every selection of an interface or union.
pub const QUERY: &str = r"query EnergyProduct($code: String!) {
  energyProduct(code: $code) {
    code
    fullName
    displayName
    description
    isVariable
    term
  }
}";
