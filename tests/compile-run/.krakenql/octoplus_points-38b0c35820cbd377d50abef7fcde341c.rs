// Prepared by `krakenql prepare` for #[kraken_query] from OctoplusPoints.graphql. Do not edit.

#![allow(
    dead_code,
    non_camel_case_types,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]

/// The `OctoplusPoints` query, sent as [`QUERY`].
///
/// Its variables are [`Variables`], its data [`ResponseData`] and its Kraken errors [`Error`].
#[derive(Debug, Clone, Copy, Default)]
pub struct OctoplusPoints;

/// The variables of the operation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Variables {
    /// `$brief: Boolean = false`
    ///
    /// `InputValue::Absent` (the default) leaves it out, `InputValue::Null` sends `null`, `value.into()` sends a value.
    pub brief: ::krakenql::InputValue<bool>,
}

/// The data of the `OctoplusPoints` response.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseData {
    /// Get the Loyalty Point ledger entries for the passed user.
    pub loyalty_point_ledgers: Option<Vec<Option<OctoplusPointsLoyaltyPointLedgers>>>,
}

/// A Loyalty Point ledger entry.
#[derive(Debug, Clone, PartialEq)]
pub struct OctoplusPointsLoyaltyPointLedgers {
    /// The `id` field of `LoyaltyPointLedgerEntryType`.
    pub id: ID,
    /// Equal to the `balance_brought_forward` plus or minus the value depending on the ledger_type.
    pub points_post: Option<String>,
    /// The reason the entry was being added.
    pub reason_code: Option<String>,
}

/// The Kraken errors of `OctoplusPoints`: its fields list no possible errors in the schema, so
/// every code is `Error::Other`.
///
/// Read them from a response with `response.kraken_errors::<OctoplusPoints>()`.
pub type Error = ::krakenql::UnlistedError;

/// The response data the krakenql mock executor gives for this operation and these
/// variables, as JSON: example values from the schema (`krakenql mock` prints the same).
#[inline]
pub fn mock_json(variables: &Variables) -> ::krakenql::__private::serde_json::Value {
    let mut data = ::krakenql::__private::mock::parse(
        r#"{"loyaltyPointLedgers":[{"id":"abc123","pointsPost":"abc123","reasonCode":"abc123"}]}"#,
    );
    ::krakenql::__private::mock::keep_if(
        &mut data,
        &["loyaltyPointLedgers"],
        "reasonCode",
        !::krakenql::__private::mock::flag(&variables.brief, false),
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

/// The `ID` scalar.
pub type ID = String;

impl ::krakenql::Operation for OctoplusPoints {
    const QUERY: &'static str = QUERY;
    const OPERATION_NAME: &'static str = OPERATION_NAME;
    type Variables = Variables;
    type ResponseData = ResponseData;
}

impl ::krakenql::OperationErrors for OctoplusPoints {
    type Error = Error;
}

#[allow(deprecated)]
impl ::krakenql::__private::serde::Serialize for Variables {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::krakenql::__private::serde::Serializer,
    {
        let mut __object = ::krakenql::__private::ser::Object::start(serializer)?;
        __object.optional("brief", &self.brief)?;
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
    const KEYS: &'static [&'static str] = &["loyaltyPointLedgers"];
    type Slots = (Option<Option<Vec<Option<OctoplusPointsLoyaltyPointLedgers>>>>,);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            loyalty_point_ledgers: ::krakenql::__private::de::take(
                __slots.0,
                "loyaltyPointLedgers",
            )?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for OctoplusPointsLoyaltyPointLedgers {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for OctoplusPointsLoyaltyPointLedgers {
    const KEYS: &'static [&'static str] = &["id", "pointsPost", "reasonCode"];
    type Slots = (Option<ID>, Option<Option<String>>, Option<Option<String>>);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            id: ::krakenql::__private::de::take(__slots.0, "id")?,
            points_post: ::krakenql::__private::de::take(__slots.1, "pointsPost")?,
            reason_code: ::krakenql::__private::de::take_or_default(__slots.2),
        })
    }
}

/// The operation's name, as the server sees it.
pub const OPERATION_NAME: &str = "OctoplusPoints";

/// The document the `OctoplusPoints` query sends to the server: the operation, the
/// fragments it uses, and `__typename` on every selection of an interface or union.
pub const QUERY: &str = r"query OctoplusPoints($brief: Boolean = false) {
  loyaltyPointLedgers {
    id
    pointsPost: balanceCarriedForward
    reasonCode @skip(if: $brief)
  }
}";
