// Prepared by `krakenql prepare` for #[kraken_query] from AgreementTariffs.graphql. Do not edit.

#![allow(
    dead_code,
    non_camel_case_types,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]

/// The `AgreementTariffs` query, sent as [`QUERY`].
///
/// Its variables are [`Variables`], its data [`ResponseData`] and its Kraken errors [`Error`].
#[derive(Debug, Clone, Copy, Default)]
pub struct AgreementTariffs;

/// The variables of the operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Variables {
    /// `$accountNumber: String!`
    pub account_number: String,
}

/// The data of the `AgreementTariffs` response.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseData {
    /// Get details about an account.
    pub account: Option<AgreementTariffsAccount>,
}

/// The account object can be one of several attached to a `Portfolio` (which usually has an `AccountUser` which is used to authenticate access to the `Portfolio`'s accounts). Typically a person has a single account attached to a portfolio and properties on the same account will appear on the same bill. Where separate bills are desired, multiple accounts  are created and added to the same portfolio of accounts.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementTariffsAccount {
    /// Properties linked to the account now and in the future
    pub properties: Option<Vec<Option<AgreementTariffsAccountProperties>>>,
}

/// Represents a property. Conceptually, it collects supply points under an address.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementTariffsAccountProperties {
    /// The `postcode` field of `PropertyType`.
    pub postcode: String,
    /// Retrieve the details of an electricity meter-point.
    pub electricity_meter_points: Option<
        Vec<Option<AgreementTariffsAccountPropertiesElectricityMeterPoints>>,
    >,
}

/// An electricity meterpoint is a collection of meters. Meters can be changed over time, so it is convenient to keep an invariant reference. Sometimes there are multiple active meters on a meterpoint at a time (eg ECO10), but expect that to be an edge case.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementTariffsAccountPropertiesElectricityMeterPoints {
    /// The `mpan` field of `ElectricityMeterPointType`.
    pub mpan: String,
    /// A list of electricity agreements belonging to an account that is linked to the viewer. Filters out expired agreements by default.
    pub agreements: Option<
        Vec<Option<AgreementTariffsAccountPropertiesElectricityMeterPointsAgreements>>,
    >,
}

/// The fields selected on `ElectricityAgreementType`.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementTariffsAccountPropertiesElectricityMeterPointsAgreements {
    /// The `validFrom` field of `ElectricityAgreementType`.
    pub valid_from: Option<DateTime>,
    /// The `validTo` field of `ElectricityAgreementType`.
    pub valid_to: Option<DateTime>,
    /// The `tariff` field of `ElectricityAgreementType`.
    pub tariff: Option<
        AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariff,
    >,
}

/// The fields selected on `ElectricityTariffType`.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariff {
    /// The name of this `ElectricityTariffType`'s concrete type (`__typename`).
    pub typename: String,
    /// The fields that depend on the concrete type of the `ElectricityTariffType`.
    pub on: AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOn,
}

/// The fields of the `ElectricityTariffType` that depend on its concrete type, told by `__typename`.
#[derive(Debug, Clone, PartialEq)]
pub enum AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOn {
    /// `StandardTariff`.
    StandardTariff(
        AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnStandardTariff,
    ),
    /// `DayNightTariff`.
    DayNightTariff(
        AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnDayNightTariff,
    ),
    /// `FourRateEvTariff`.
    FourRateEvTariff(
        AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnFourRateEvTariff,
    ),
    /// `HalfHourlyTariff`.
    HalfHourlyTariff(
        AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnHalfHourlyTariff,
    ),
    /// `PrepayTariff`.
    PrepayTariff(
        AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnPrepayTariff,
    ),
    /// `ThreeRateTariff`.
    ThreeRateTariff(
        AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnThreeRateTariff,
    ),
    /// Any other type, e.g. one added to the schema later; holds its `__typename`.
    Other(String),
}

/// The fields selected on `StandardTariff`.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnStandardTariff {
    /// The `displayName` field of `StandardTariff`.
    pub display_name: Option<String>,
    /// Describes a particular tariff by combining the product code, number of rates, available from date and GSP code.
    pub tariff_code: Option<String>,
    /// The `unitRate` field of `StandardTariff`.
    pub unit_rate: Option<f64>,
    /// The `standingCharge` field of `StandardTariff`.
    pub standing_charge: Option<f64>,
    /// The fields of the fragment `TariffCodes`.
    pub tariff_codes: TariffCodes,
}

/// The fields selected on `DayNightTariff`.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnDayNightTariff {
    /// The `displayName` field of `DayNightTariff`.
    pub display_name: Option<String>,
    /// Describes a particular tariff by combining the product code, number of rates, available from date and GSP code.
    pub tariff_code: Option<String>,
    /// The `dayRate` field of `DayNightTariff`.
    pub day_rate: Option<f64>,
    /// The `nightRate` field of `DayNightTariff`.
    pub night_rate: Option<f64>,
    /// The `standingCharge` field of `DayNightTariff`.
    pub standing_charge: Option<f64>,
    /// The fields of the fragment `TariffCodes`.
    pub tariff_codes: TariffCodes,
}

/// The fields selected on `FourRateEvTariff`.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnFourRateEvTariff {
    /// The fields of the fragment `TariffCodes`.
    pub tariff_codes: TariffCodes,
}

/// The fields selected on `HalfHourlyTariff`.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnHalfHourlyTariff {
    /// The fields of the fragment `TariffCodes`.
    pub tariff_codes: TariffCodes,
}

/// The fields selected on `PrepayTariff`.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnPrepayTariff {
    /// The fields of the fragment `TariffCodes`.
    pub tariff_codes: TariffCodes,
}

/// The fields selected on `ThreeRateTariff`.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnThreeRateTariff {
    /// The fields of the fragment `TariffCodes`.
    pub tariff_codes: TariffCodes,
}

/// The Kraken errors of `AgreementTariffs`: its fields list no possible errors in the schema, so
/// every code is `Error::Other`.
///
/// Read them from a response with `response.kraken_errors::<AgreementTariffs>()`.
pub type Error = ::krakenql::UnlistedError;

/// The response data the krakenql mock executor gives for this operation and these
/// variables, as JSON: example values from the schema (`krakenql mock` prints the same).
#[inline]
pub fn mock_json(variables: &Variables) -> ::krakenql::__private::serde_json::Value {
    let _ = variables;
    ::krakenql::__private::mock::parse(
        r#"{"account":{"properties":[{"postcode":"abc123","electricityMeterPoints":[{"mpan":"abc123","agreements":[{"validFrom":"2020-01-01T00:00:00.000Z","validTo":"2020-01-01T00:00:00.000Z","tariff":{"__typename":"StandardTariff","displayName":"abc123","tariffCode":"abc123","unitRate":1.0,"standingCharge":1.0,"productCode":"abc123","fullName":"abc123"}}]}]}]}}"#,
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

/// The fragment `TariffCodes` on `TariffType`.
#[derive(Debug, Clone, PartialEq)]
pub struct TariffCodes {
    /// The name of this `TariffType`'s concrete type (`__typename`).
    pub typename: String,
    /// The `productCode` field of `TariffType`.
    pub product_code: Option<String>,
    /// The `fullName` field of `TariffType`.
    pub full_name: Option<String>,
}

impl ::krakenql::Operation for AgreementTariffs {
    const QUERY: &'static str = QUERY;
    const OPERATION_NAME: &'static str = OPERATION_NAME;
    type Variables = Variables;
    type ResponseData = ResponseData;
}

impl ::krakenql::OperationErrors for AgreementTariffs {
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
    type Slots = (Option<Option<AgreementTariffsAccount>>,);
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

impl<'de> ::krakenql::__private::serde::Deserialize<'de> for AgreementTariffsAccount {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for AgreementTariffsAccount {
    const KEYS: &'static [&'static str] = &["properties"];
    type Slots = (Option<Option<Vec<Option<AgreementTariffsAccountProperties>>>>,);
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
for AgreementTariffsAccountProperties {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for AgreementTariffsAccountProperties {
    const KEYS: &'static [&'static str] = &["postcode", "electricityMeterPoints"];
    type Slots = (
        Option<String>,
        Option<
            Option<Vec<Option<AgreementTariffsAccountPropertiesElectricityMeterPoints>>>,
        >,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            postcode: ::krakenql::__private::de::take(__slots.0, "postcode")?,
            electricity_meter_points: ::krakenql::__private::de::take(
                __slots.1,
                "electricityMeterPoints",
            )?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for AgreementTariffsAccountPropertiesElectricityMeterPoints {
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
for AgreementTariffsAccountPropertiesElectricityMeterPoints {
    const KEYS: &'static [&'static str] = &["mpan", "agreements"];
    type Slots = (
        Option<String>,
        Option<
            Option<
                Vec<
                    Option<
                        AgreementTariffsAccountPropertiesElectricityMeterPointsAgreements,
                    >,
                >,
            >,
        >,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            mpan: ::krakenql::__private::de::take(__slots.0, "mpan")?,
            agreements: ::krakenql::__private::de::take(__slots.1, "agreements")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for AgreementTariffsAccountPropertiesElectricityMeterPointsAgreements {
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
for AgreementTariffsAccountPropertiesElectricityMeterPointsAgreements {
    const KEYS: &'static [&'static str] = &["validFrom", "validTo", "tariff"];
    type Slots = (
        Option<Option<DateTime>>,
        Option<Option<DateTime>>,
        Option<
            Option<
                AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariff,
            >,
        >,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            valid_from: ::krakenql::__private::de::take(__slots.0, "validFrom")?,
            valid_to: ::krakenql::__private::de::take(__slots.1, "validTo")?,
            tariff: ::krakenql::__private::de::take(__slots.2, "tariff")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariff {
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
for AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariff {
    const KEYS: &'static [&'static str] = &["__typename"];
    type Slots = (Option<String>,);
    #[inline]
    fn build(
        __slots: Self::Slots,
        __object: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            typename: ::krakenql::__private::de::take(__slots.0, "__typename")?,
            on: match __object
                .get("__typename")
                .and_then(::krakenql::__private::serde_json::Value::as_str)
            {
                Some("StandardTariff") => {
                    AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOn::StandardTariff(
                        ::krakenql::__private::de::part(__object)?,
                    )
                }
                Some("DayNightTariff") => {
                    AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOn::DayNightTariff(
                        ::krakenql::__private::de::part(__object)?,
                    )
                }
                Some("FourRateEvTariff") => {
                    AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOn::FourRateEvTariff(
                        ::krakenql::__private::de::part(__object)?,
                    )
                }
                Some("HalfHourlyTariff") => {
                    AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOn::HalfHourlyTariff(
                        ::krakenql::__private::de::part(__object)?,
                    )
                }
                Some("PrepayTariff") => {
                    AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOn::PrepayTariff(
                        ::krakenql::__private::de::part(__object)?,
                    )
                }
                Some("ThreeRateTariff") => {
                    AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOn::ThreeRateTariff(
                        ::krakenql::__private::de::part(__object)?,
                    )
                }
                Some(other) => {
                    AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOn::Other(
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
for AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnStandardTariff {
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
for AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnStandardTariff {
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "tariffCode",
        "unitRate",
        "standingCharge",
    ];
    type Slots = (
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<f64>>,
        Option<Option<f64>>,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        __object: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            display_name: ::krakenql::__private::de::take(__slots.0, "displayName")?,
            tariff_code: ::krakenql::__private::de::take(__slots.1, "tariffCode")?,
            unit_rate: ::krakenql::__private::de::take(__slots.2, "unitRate")?,
            standing_charge: ::krakenql::__private::de::take(
                __slots.3,
                "standingCharge",
            )?,
            tariff_codes: ::krakenql::__private::de::part(__object)?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnDayNightTariff {
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
for AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnDayNightTariff {
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "tariffCode",
        "dayRate",
        "nightRate",
        "standingCharge",
    ];
    type Slots = (
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<f64>>,
        Option<Option<f64>>,
        Option<Option<f64>>,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        __object: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            display_name: ::krakenql::__private::de::take(__slots.0, "displayName")?,
            tariff_code: ::krakenql::__private::de::take(__slots.1, "tariffCode")?,
            day_rate: ::krakenql::__private::de::take(__slots.2, "dayRate")?,
            night_rate: ::krakenql::__private::de::take(__slots.3, "nightRate")?,
            standing_charge: ::krakenql::__private::de::take(
                __slots.4,
                "standingCharge",
            )?,
            tariff_codes: ::krakenql::__private::de::part(__object)?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnFourRateEvTariff {
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
for AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnFourRateEvTariff {
    const KEYS: &'static [&'static str] = &[];
    type Slots = ();
    #[inline]
    fn build(
        _: Self::Slots,
        __object: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            tariff_codes: ::krakenql::__private::de::part(__object)?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnHalfHourlyTariff {
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
for AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnHalfHourlyTariff {
    const KEYS: &'static [&'static str] = &[];
    type Slots = ();
    #[inline]
    fn build(
        _: Self::Slots,
        __object: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            tariff_codes: ::krakenql::__private::de::part(__object)?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnPrepayTariff {
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
for AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnPrepayTariff {
    const KEYS: &'static [&'static str] = &[];
    type Slots = ();
    #[inline]
    fn build(
        _: Self::Slots,
        __object: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            tariff_codes: ::krakenql::__private::de::part(__object)?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnThreeRateTariff {
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
for AgreementTariffsAccountPropertiesElectricityMeterPointsAgreementsTariffOnThreeRateTariff {
    const KEYS: &'static [&'static str] = &[];
    type Slots = ();
    #[inline]
    fn build(
        _: Self::Slots,
        __object: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            tariff_codes: ::krakenql::__private::de::part(__object)?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de> for TariffCodes {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for TariffCodes {
    const KEYS: &'static [&'static str] = &["__typename", "productCode", "fullName"];
    type Slots = (Option<String>, Option<Option<String>>, Option<Option<String>>);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            typename: ::krakenql::__private::de::take(__slots.0, "__typename")?,
            product_code: ::krakenql::__private::de::take(__slots.1, "productCode")?,
            full_name: ::krakenql::__private::de::take(__slots.2, "fullName")?,
        })
    }
}

/// The operation's name, as the server sees it.
pub const OPERATION_NAME: &str = "AgreementTariffs";

/// The document the `AgreementTariffs` query sends to the server: the operation, the
/// fragments it uses, and `__typename` on every selection of an interface or union.
pub const QUERY: &str = r"query AgreementTariffs($accountNumber: String!) {
  account(accountNumber: $accountNumber) {
    properties {
      postcode
      electricityMeterPoints {
        mpan
        agreements(includeInactive: true) {
          validFrom
          validTo
          tariff {
            __typename
            ... on StandardTariff {
              displayName
              tariffCode
              unitRate
              standingCharge
            }
            ... on DayNightTariff {
              displayName
              tariffCode
              dayRate
              nightRate
              standingCharge
            }
            ...TariffCodes
          }
        }
      }
    }
  }
}

fragment TariffCodes on TariffType {
  __typename
  productCode
  fullName
}";
