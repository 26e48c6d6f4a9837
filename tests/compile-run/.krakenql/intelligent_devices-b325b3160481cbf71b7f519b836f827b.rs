// Prepared by `krakenql prepare` for #[kraken_query] from IntelligentDevices.graphql. Do not edit.

#![allow(
    dead_code,
    non_camel_case_types,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]

/// The `IntelligentDevices` query, sent as [`QUERY`].
///
/// Its variables are [`Variables`], its data [`ResponseData`] and its Kraken errors [`Error`].
#[derive(Debug, Clone, Copy, Default)]
pub struct IntelligentDevices;

/// The variables of the operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Variables {
    /// `$accountNumber: String!`
    pub account_number: String,
}

/// The data of the `IntelligentDevices` response.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseData {
    /// A list of devices registered to an account.
    pub devices: Option<Vec<IntelligentDevicesDevices>>,
}

/// Some general information about a device.
#[derive(Debug, Clone, PartialEq)]
pub struct IntelligentDevicesDevices {
    /// The name of this `SmartFlexDeviceInterface`'s concrete type (`__typename`).
    pub typename: String,
    /// A UUID that identifies this device registration. Re-registering this device will result in a different ID.
    pub id: ID,
    /// The third-party that enables control of this device.
    pub provider: ProviderChoices,
    /// The type of device.
    pub device_type: KrakenFlexDeviceTypes,
    /// Information about the current status of this device.
    pub status: Option<IntelligentDevicesDevicesStatus>,
    /// The fields that depend on the concrete type of the `SmartFlexDeviceInterface`.
    pub on: IntelligentDevicesDevicesOn,
}

/// The fields of the `SmartFlexDeviceInterface` that depend on its concrete type, told by `__typename`.
#[derive(Debug, Clone, PartialEq)]
pub enum IntelligentDevicesDevicesOn {
    /// `SmartFlexVehicle`.
    SmartFlexVehicle(IntelligentDevicesDevicesOnSmartFlexVehicle),
    /// `SmartFlexChargePoint`.
    SmartFlexChargePoint(IntelligentDevicesDevicesOnSmartFlexChargePoint),
    /// Any other type, e.g. one added to the schema later; holds its `__typename`.
    Other(String),
}

/// The fields selected on `SmartFlexDeviceStatusInterface`.
#[derive(Debug, Clone, PartialEq)]
pub struct IntelligentDevicesDevicesStatus {
    /// The name of this `SmartFlexDeviceStatusInterface`'s concrete type (`__typename`).
    pub typename: String,
    /// The current status of the device.
    pub current: Option<SmartFlexDeviceLifecycleStatus>,
}

/// The fields selected on `SmartFlexVehicle`.
///
/// Information about a vehicle that has been registered with Kraken Flex.
#[derive(Debug, Clone, PartialEq)]
pub struct IntelligentDevicesDevicesOnSmartFlexVehicle {
    /// The make of the vehicle, e.g. Tesla.
    pub make: Option<String>,
    /// The model of the vehicle, e.g. Model 3.
    pub model: Option<String>,
}

/// The fields selected on `SmartFlexChargePoint`.
///
/// Information about a charge point that has been registered with Kraken Flex.
#[derive(Debug, Clone, PartialEq)]
pub struct IntelligentDevicesDevicesOnSmartFlexChargePoint {
    /// The make of the charge point, e.g. myenergi.
    pub make: Option<String>,
    /// The model of the charge point, e.g. Zappi.
    pub model: Option<String>,
}

/// The Kraken errors of `IntelligentDevices`: its fields list no possible errors in the schema, so
/// every code is `Error::Other`.
///
/// Read them from a response with `response.kraken_errors::<IntelligentDevices>()`.
pub type Error = ::krakenql::UnlistedError;

/// The response data the krakenql mock executor gives for this operation and these
/// variables, as JSON: example values from the schema (`krakenql mock` prints the same).
#[inline]
pub fn mock_json(variables: &Variables) -> ::krakenql::__private::serde_json::Value {
    let _ = variables;
    ::krakenql::__private::mock::parse(
        r#"{"devices":[{"__typename":"SmartFlexBattery","id":"abc123","provider":"DAIKIN","deviceType":"BATTERIES","status":{"__typename":"SmartFlexVehicleStatus","current":"ONBOARDING"}}]}"#,
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

/// The device types that can be controlled by KrakenFlex.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum KrakenFlexDeviceTypes {
    /// The `BATTERIES` value of `KrakenFlexDeviceTypes`.
    Batteries,
    /// The `ELECTRIC_VEHICLES` value of `KrakenFlexDeviceTypes`.
    ElectricVehicles,
    /// The `INVERTERS` value of `KrakenFlexDeviceTypes`.
    Inverters,
    /// The `HEAT_PUMPS` value of `KrakenFlexDeviceTypes`.
    HeatPumps,
    /// The `STORAGE_HEATERS` value of `KrakenFlexDeviceTypes`.
    StorageHeaters,
    /// The `THERMOSTATS` value of `KrakenFlexDeviceTypes`.
    Thermostats,
    /// The `ELECTRICITY_METERS` value of `KrakenFlexDeviceTypes`.
    ElectricityMeters,
    /// A value this code does not know, e.g. one added to the schema later, as sent.
    Other(String),
}

/// This refers to the provider that is used to authenticate when registering a device.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProviderChoices {
    /// The `DAIKIN` value of `ProviderChoices`.
    Daikin,
    /// The `ECOBEE` value of `ProviderChoices`.
    Ecobee,
    /// The `ENERGIZER` value of `ProviderChoices`.
    Energizer,
    /// The `ENPHASE` value of `ProviderChoices`.
    Enphase,
    /// The `ENODE` value of `ProviderChoices`.
    Enode,
    /// The `FORD` value of `ProviderChoices`.
    Ford,
    /// The `GIVENERGY` value of `ProviderChoices`.
    Givenergy,
    /// The `HYPERVOLT` value of `ProviderChoices`.
    Hypervolt,
    /// The `HUAWEI` value of `ProviderChoices`.
    Huawei,
    /// The `INDRA` value of `ProviderChoices`.
    Indra,
    /// The `JEDLIX` value of `ProviderChoices`.
    Jedlix,
    /// The `MYENERGI` value of `ProviderChoices`.
    Myenergi,
    /// The `OCPP_WALLBOX` value of `ProviderChoices`.
    OcppWallbox,
    /// The `OHME` value of `ProviderChoices`.
    Ohme,
    /// The `SENSI` value of `ProviderChoices`.
    Sensi,
    /// The `SMARTCAR` value of `ProviderChoices`.
    Smartcar,
    /// The `TESLA` value of `ProviderChoices`.
    Tesla,
    /// The `SMART_PEAR` value of `ProviderChoices`.
    SmartPear,
    /// The `VP_AMAZON` value of `ProviderChoices`.
    VpAmazon,
    /// The `VP_HONEYWELL_CC` value of `ProviderChoices`.
    VpHoneywellCc,
    /// The `VP_HONEYWELL_RES` value of `ProviderChoices`.
    VpHoneywellRes,
    /// The `VP_NEST` value of `ProviderChoices`.
    VpNest,
    /// The `BMW_GROUP` value of `ProviderChoices`.
    BmwGroup,
    /// The `BYD` value of `ProviderChoices`.
    Byd,
    /// The `DAIKIN_LCM` value of `ProviderChoices`.
    DaikinLcm,
    /// The `ECOBEE_V2` value of `ProviderChoices`.
    EcobeeV2,
    /// The `GENERIC_INVERTER` value of `ProviderChoices`.
    GenericInverter,
    /// The `HUAWEI_V2` value of `ProviderChoices`.
    HuaweiV2,
    /// The `JEDLIX_V2` value of `ProviderChoices`.
    JedlixV2,
    /// The `MERCEDES` value of `ProviderChoices`.
    Mercedes,
    /// The `MYENERGI_V2` value of `ProviderChoices`.
    MyenergiV2,
    /// The `NATURE` value of `ProviderChoices`.
    Nature,
    /// The `NISSAN` value of `ProviderChoices`.
    Nissan,
    /// The `OCPP` value of `ProviderChoices`.
    Ocpp,
    /// The `OCTOPUS_ENERGY` value of `ProviderChoices`.
    OctopusEnergy,
    /// The `OHME_V2` value of `ProviderChoices`.
    OhmeV2,
    /// The `PORSCHE` value of `ProviderChoices`.
    Porsche,
    /// The `SENSI_V2` value of `ProviderChoices`.
    SensiV2,
    /// The `SMARTCAR_V2` value of `ProviderChoices`.
    SmartcarV2,
    /// The `SMARTFLEX_CONNECT` value of `ProviderChoices`.
    SmartflexConnect,
    /// The `SOLAREDGE` value of `ProviderChoices`.
    Solaredge,
    /// The `TESLA_V2` value of `ProviderChoices`.
    TeslaV2,
    /// The `VOLKSWAGEN` value of `ProviderChoices`.
    Volkswagen,
    /// A value this code does not know, e.g. one added to the schema later, as sent.
    Other(String),
}

/// The current lifecycle status of a KrakenFlex device on the smarter tariff API.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SmartFlexDeviceLifecycleStatus {
    /// The `ONBOARDING` value of `SmartFlexDeviceLifecycleStatus`.
    Onboarding,
    /// The `PENDING_LIVE` value of `SmartFlexDeviceLifecycleStatus`.
    PendingLive,
    /// The `LIVE` value of `SmartFlexDeviceLifecycleStatus`.
    Live,
    /// The `ONBOARDING_TEST_IN_PROGRESS` value of `SmartFlexDeviceLifecycleStatus`.
    OnboardingTestInProgress,
    /// The `FAILED_ONBOARDING_TEST` value of `SmartFlexDeviceLifecycleStatus`.
    FailedOnboardingTest,
    /// The `RETIRED` value of `SmartFlexDeviceLifecycleStatus`.
    Retired,
    /// A value this code does not know, e.g. one added to the schema later, as sent.
    Other(String),
}

impl ::krakenql::Operation for IntelligentDevices {
    const QUERY: &'static str = QUERY;
    const OPERATION_NAME: &'static str = OPERATION_NAME;
    type Variables = Variables;
    type ResponseData = ResponseData;
}

impl ::krakenql::OperationErrors for IntelligentDevices {
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
    const KEYS: &'static [&'static str] = &["devices"];
    type Slots = (Option<Option<Vec<IntelligentDevicesDevices>>>,);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            devices: ::krakenql::__private::de::take(__slots.0, "devices")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de> for IntelligentDevicesDevices {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize_whole(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for IntelligentDevicesDevices {
    const KEYS: &'static [&'static str] = &[
        "__typename",
        "id",
        "provider",
        "deviceType",
        "status",
    ];
    type Slots = (
        Option<String>,
        Option<ID>,
        Option<ProviderChoices>,
        Option<KrakenFlexDeviceTypes>,
        Option<Option<IntelligentDevicesDevicesStatus>>,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        __object: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            typename: ::krakenql::__private::de::take(__slots.0, "__typename")?,
            id: ::krakenql::__private::de::take(__slots.1, "id")?,
            provider: ::krakenql::__private::de::take(__slots.2, "provider")?,
            device_type: ::krakenql::__private::de::take(__slots.3, "deviceType")?,
            status: ::krakenql::__private::de::take(__slots.4, "status")?,
            on: match __object
                .get("__typename")
                .and_then(::krakenql::__private::serde_json::Value::as_str)
            {
                Some("SmartFlexVehicle") => {
                    IntelligentDevicesDevicesOn::SmartFlexVehicle(
                        ::krakenql::__private::de::part(__object)?,
                    )
                }
                Some("SmartFlexChargePoint") => {
                    IntelligentDevicesDevicesOn::SmartFlexChargePoint(
                        ::krakenql::__private::de::part(__object)?,
                    )
                }
                Some(other) => IntelligentDevicesDevicesOn::Other(other.to_owned()),
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
for IntelligentDevicesDevicesStatus {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for IntelligentDevicesDevicesStatus {
    const KEYS: &'static [&'static str] = &["__typename", "current"];
    type Slots = (Option<String>, Option<Option<SmartFlexDeviceLifecycleStatus>>);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            typename: ::krakenql::__private::de::take(__slots.0, "__typename")?,
            current: ::krakenql::__private::de::take(__slots.1, "current")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for IntelligentDevicesDevicesOnSmartFlexVehicle {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for IntelligentDevicesDevicesOnSmartFlexVehicle {
    const KEYS: &'static [&'static str] = &["make", "model"];
    type Slots = (Option<Option<String>>, Option<Option<String>>);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            make: ::krakenql::__private::de::take(__slots.0, "make")?,
            model: ::krakenql::__private::de::take(__slots.1, "model")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for IntelligentDevicesDevicesOnSmartFlexChargePoint {
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
for IntelligentDevicesDevicesOnSmartFlexChargePoint {
    const KEYS: &'static [&'static str] = &["make", "model"];
    type Slots = (Option<Option<String>>, Option<Option<String>>);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            make: ::krakenql::__private::de::take(__slots.0, "make")?,
            model: ::krakenql::__private::de::take(__slots.1, "model")?,
        })
    }
}

#[allow(deprecated)]
impl KrakenFlexDeviceTypes {
    /// The value as GraphQL writes it, e.g. `BATTERIES`.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Batteries => "BATTERIES",
            Self::ElectricVehicles => "ELECTRIC_VEHICLES",
            Self::Inverters => "INVERTERS",
            Self::HeatPumps => "HEAT_PUMPS",
            Self::StorageHeaters => "STORAGE_HEATERS",
            Self::Thermostats => "THERMOSTATS",
            Self::ElectricityMeters => "ELECTRICITY_METERS",
            Self::Other(value) => value.as_str(),
        }
    }
}

impl ::krakenql::__private::serde::Serialize for KrakenFlexDeviceTypes {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::krakenql::__private::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> ::krakenql::__private::serde::Deserialize<'de> for KrakenFlexDeviceTypes {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        let value = <String as ::krakenql::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "BATTERIES" => Self::Batteries,
                "ELECTRIC_VEHICLES" => Self::ElectricVehicles,
                "INVERTERS" => Self::Inverters,
                "HEAT_PUMPS" => Self::HeatPumps,
                "STORAGE_HEATERS" => Self::StorageHeaters,
                "THERMOSTATS" => Self::Thermostats,
                "ELECTRICITY_METERS" => Self::ElectricityMeters,
                _ => Self::Other(value),
            },
        )
    }
}

#[allow(deprecated)]
impl ProviderChoices {
    /// The value as GraphQL writes it, e.g. `DAIKIN`.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Daikin => "DAIKIN",
            Self::Ecobee => "ECOBEE",
            Self::Energizer => "ENERGIZER",
            Self::Enphase => "ENPHASE",
            Self::Enode => "ENODE",
            Self::Ford => "FORD",
            Self::Givenergy => "GIVENERGY",
            Self::Hypervolt => "HYPERVOLT",
            Self::Huawei => "HUAWEI",
            Self::Indra => "INDRA",
            Self::Jedlix => "JEDLIX",
            Self::Myenergi => "MYENERGI",
            Self::OcppWallbox => "OCPP_WALLBOX",
            Self::Ohme => "OHME",
            Self::Sensi => "SENSI",
            Self::Smartcar => "SMARTCAR",
            Self::Tesla => "TESLA",
            Self::SmartPear => "SMART_PEAR",
            Self::VpAmazon => "VP_AMAZON",
            Self::VpHoneywellCc => "VP_HONEYWELL_CC",
            Self::VpHoneywellRes => "VP_HONEYWELL_RES",
            Self::VpNest => "VP_NEST",
            Self::BmwGroup => "BMW_GROUP",
            Self::Byd => "BYD",
            Self::DaikinLcm => "DAIKIN_LCM",
            Self::EcobeeV2 => "ECOBEE_V2",
            Self::GenericInverter => "GENERIC_INVERTER",
            Self::HuaweiV2 => "HUAWEI_V2",
            Self::JedlixV2 => "JEDLIX_V2",
            Self::Mercedes => "MERCEDES",
            Self::MyenergiV2 => "MYENERGI_V2",
            Self::Nature => "NATURE",
            Self::Nissan => "NISSAN",
            Self::Ocpp => "OCPP",
            Self::OctopusEnergy => "OCTOPUS_ENERGY",
            Self::OhmeV2 => "OHME_V2",
            Self::Porsche => "PORSCHE",
            Self::SensiV2 => "SENSI_V2",
            Self::SmartcarV2 => "SMARTCAR_V2",
            Self::SmartflexConnect => "SMARTFLEX_CONNECT",
            Self::Solaredge => "SOLAREDGE",
            Self::TeslaV2 => "TESLA_V2",
            Self::Volkswagen => "VOLKSWAGEN",
            Self::Other(value) => value.as_str(),
        }
    }
}

impl ::krakenql::__private::serde::Serialize for ProviderChoices {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::krakenql::__private::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> ::krakenql::__private::serde::Deserialize<'de> for ProviderChoices {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        let value = <String as ::krakenql::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "DAIKIN" => Self::Daikin,
                "ECOBEE" => Self::Ecobee,
                "ENERGIZER" => Self::Energizer,
                "ENPHASE" => Self::Enphase,
                "ENODE" => Self::Enode,
                "FORD" => Self::Ford,
                "GIVENERGY" => Self::Givenergy,
                "HYPERVOLT" => Self::Hypervolt,
                "HUAWEI" => Self::Huawei,
                "INDRA" => Self::Indra,
                "JEDLIX" => Self::Jedlix,
                "MYENERGI" => Self::Myenergi,
                "OCPP_WALLBOX" => Self::OcppWallbox,
                "OHME" => Self::Ohme,
                "SENSI" => Self::Sensi,
                "SMARTCAR" => Self::Smartcar,
                "TESLA" => Self::Tesla,
                "SMART_PEAR" => Self::SmartPear,
                "VP_AMAZON" => Self::VpAmazon,
                "VP_HONEYWELL_CC" => Self::VpHoneywellCc,
                "VP_HONEYWELL_RES" => Self::VpHoneywellRes,
                "VP_NEST" => Self::VpNest,
                "BMW_GROUP" => Self::BmwGroup,
                "BYD" => Self::Byd,
                "DAIKIN_LCM" => Self::DaikinLcm,
                "ECOBEE_V2" => Self::EcobeeV2,
                "GENERIC_INVERTER" => Self::GenericInverter,
                "HUAWEI_V2" => Self::HuaweiV2,
                "JEDLIX_V2" => Self::JedlixV2,
                "MERCEDES" => Self::Mercedes,
                "MYENERGI_V2" => Self::MyenergiV2,
                "NATURE" => Self::Nature,
                "NISSAN" => Self::Nissan,
                "OCPP" => Self::Ocpp,
                "OCTOPUS_ENERGY" => Self::OctopusEnergy,
                "OHME_V2" => Self::OhmeV2,
                "PORSCHE" => Self::Porsche,
                "SENSI_V2" => Self::SensiV2,
                "SMARTCAR_V2" => Self::SmartcarV2,
                "SMARTFLEX_CONNECT" => Self::SmartflexConnect,
                "SOLAREDGE" => Self::Solaredge,
                "TESLA_V2" => Self::TeslaV2,
                "VOLKSWAGEN" => Self::Volkswagen,
                _ => Self::Other(value),
            },
        )
    }
}

#[allow(deprecated)]
impl SmartFlexDeviceLifecycleStatus {
    /// The value as GraphQL writes it, e.g. `ONBOARDING`.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Onboarding => "ONBOARDING",
            Self::PendingLive => "PENDING_LIVE",
            Self::Live => "LIVE",
            Self::OnboardingTestInProgress => "ONBOARDING_TEST_IN_PROGRESS",
            Self::FailedOnboardingTest => "FAILED_ONBOARDING_TEST",
            Self::Retired => "RETIRED",
            Self::Other(value) => value.as_str(),
        }
    }
}

impl ::krakenql::__private::serde::Serialize for SmartFlexDeviceLifecycleStatus {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::krakenql::__private::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for SmartFlexDeviceLifecycleStatus {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        let value = <String as ::krakenql::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "ONBOARDING" => Self::Onboarding,
                "PENDING_LIVE" => Self::PendingLive,
                "LIVE" => Self::Live,
                "ONBOARDING_TEST_IN_PROGRESS" => Self::OnboardingTestInProgress,
                "FAILED_ONBOARDING_TEST" => Self::FailedOnboardingTest,
                "RETIRED" => Self::Retired,
                _ => Self::Other(value),
            },
        )
    }
}

/// The operation's name, as the server sees it.
pub const OPERATION_NAME: &str = "IntelligentDevices";

/// The document the `IntelligentDevices` query sends to the server: the operation, the
/// fragments it uses, and `__typename` on every selection of an interface or union.
pub const QUERY: &str = r"query IntelligentDevices($accountNumber: String!) {
  devices(accountNumber: $accountNumber) {
    __typename
    id
    provider
    deviceType
    status {
      __typename
      current
    }
    ... on SmartFlexVehicle {
      make
      model
    }
    ... on SmartFlexChargePoint {
      make
      model
    }
  }
}";
