//! A dozen operations written next to the code that uses them, through `#[kraken_query]`,
//! modeled on what public Kraken clients send (Home Assistant, Homebridge, mobile apps).

/// Intelligent Octopus dispatches, planned and completed (a smart-charging integration). It
/// asks `flexPlannedDispatches`, the replacement the platform names for `plannedDispatches`
/// (removal on or after 2026-01-16, per the EDF GB schema of 2026-07-27).
#[krakenql::kraken_query(
    document = r#"
        query PlannedDispatches($accountNumber: String!, $deviceId: String!) {
          flexPlannedDispatches(deviceId: $deviceId) { start end type energyAddedKwh }
          completedDispatches(accountNumber: $accountNumber) { start end delta }
        }
    "#,
    schema = "../../schema/kraken.graphql"
)]
pub struct PlannedDispatches;

/// The SmartFlex devices of an account, vehicle and charge-point details by type condition.
#[krakenql::kraken_query(
    document = r#"
        query IntelligentDevices($accountNumber: String!) {
          devices(accountNumber: $accountNumber) {
            id provider deviceType
            status { current }
            ... on SmartFlexVehicle { make model }
            ... on SmartFlexChargePoint { make model }
          }
        }
    "#,
    schema = "../../schema/kraken.graphql"
)]
pub struct IntelligentDevices;

/// Saving Sessions events (under `@include` with a defaulted variable) and the account's joined events.
#[krakenql::kraken_query(
    document = r#"
        query SavingSessions($accountNumber: String!, $withEvents: Boolean = true) {
          savingSessions {
            events @include(if: $withEvents) { id code rewardPerKwhInOctoPoints startAt endAt }
            account(accountNumber: $accountNumber) { hasJoinedCampaign joinedEvents { eventId startAt endAt rewardGivenInOctoPoints } }
          }
        }
    "#,
    schema = "../../schema/kraken.graphql"
)]
pub struct SavingSessions;

/// The greenness forecast for the coming nights.
#[krakenql::kraken_query(
    document = r#"
        query GreenerNights { greennessForecast { validFrom validTo greennessScore greennessIndex } }
    "#,
    schema = "../../schema/kraken.graphql"
)]
pub struct GreenerNights;

/// The heat pump controllers at a property.
#[krakenql::kraken_query(
    document = r#"
        query HeatPumpIds($accountNumber: String!, $propertyId: ID!) {
          octoHeatPumpControllersAtLocation(accountNumber: $accountNumber, propertyId: $propertyId) { controller { euid } }
        }
    "#,
    schema = "../../schema/kraken.graphql"
)]
pub struct HeatPumpIds;

/// Home Mini telemetry, with the export reading only when asked for.
#[krakenql::kraken_query(
    document = r#"
        query LiveConsumption($deviceId: String!, $start: DateTime, $end: DateTime, $withExport: Boolean!) {
          smartMeterTelemetry(deviceId: $deviceId, grouping: HALF_HOURLY, start: $start, end: $end) {
            readAt consumption consumptionDelta demand
            export @include(if: $withExport)
          }
        }
    "#,
    schema = "../../schema/kraken.graphql"
)]
pub struct LiveConsumption;

/// Half-hourly measurements of a property through a connection, with an interval-only part.
#[krakenql::kraken_query(
    document = r#"
        query Measurements($accountNumber: String!, $first: Int!, $startAt: DateTime, $endAt: DateTime) {
          account(accountNumber: $accountNumber) {
            properties {
              id
              measurements(first: $first, startAt: $startAt, endAt: $endAt) {
                edges { node { value unit ... on IntervalMeasurementType { startAt endAt } } }
                pageInfo { hasNextPage endCursor }
              }
            }
          }
        }
    "#,
    schema = "../../schema/kraken.graphql"
)]
pub struct Measurements;

/// What an app loads at sign-in: the viewer, their accounts and roles.
#[krakenql::kraken_query(
    document = r#"
        query InitialUserDetails {
          viewer {
            preferredName
            accounts { number }
            accountUserRoles { id account { id brand number } }
          }
        }
    "#,
    schema = "../../schema/kraken.graphql"
)]
pub struct InitialUserDetails;

/// Electricity agreements and their tariffs, through type conditions and a fragment on the tariff interface.
#[krakenql::kraken_query(
    document = r#"
        query AgreementTariffs($accountNumber: String!) {
          account(accountNumber: $accountNumber) {
            properties {
              postcode
              electricityMeterPoints {
                mpan
                agreements(includeInactive: true) {
                  validFrom validTo
                  tariff {
                    ... on StandardTariff { displayName tariffCode unitRate standingCharge }
                    ... on DayNightTariff { displayName tariffCode dayRate nightRate standingCharge }
                    ...TariffCodes
                  }
                }
              }
            }
          }
        }
        fragment TariffCodes on TariffType { productCode fullName }
    "#,
    schema = "../../schema/kraken.graphql"
)]
pub struct AgreementTariffs;

/// One energy product by code.
#[krakenql::kraken_query(
    document = r#"
        query EnergyProduct($code: String!) {
          energyProduct(code: $code) { code fullName displayName description isVariable term }
        }
    "#,
    schema = "../../schema/kraken.graphql"
)]
pub struct EnergyProduct;

/// Refreshes a Kraken token (an input object literal with a variable inside).
#[krakenql::kraken_query(
    document = r#"
        mutation RefreshToken($refreshToken: String!) {
          obtainKrakenToken(input: { refreshToken: $refreshToken }) { token refreshToken refreshExpiresIn payload }
        }
    "#,
    schema = "../../schema/kraken.graphql"
)]
pub struct RefreshToken;

/// Octoplus point ledgers, with an alias and a field under `@skip`.
#[krakenql::kraken_query(
    document = r#"
        query OctoplusPoints($brief: Boolean = false) {
          loyaltyPointLedgers { id pointsPost: balanceCarriedForward reasonCode @skip(if: $brief) }
        }
    "#,
    schema = "../../schema/kraken.graphql"
)]
pub struct OctoplusPoints;
