//! Mention resolution: real advice sentences resolved against a small schema shaped like Kraken's.

use apollo_compiler::Schema;

use super::render_items;
use crate::coordinate::Coordinate;
use crate::deprecation::resolve_mentions;

const SDL: &str = r#"
type Query {
  account(accountNumber: String!): Account
  devices(accountNumber: String!): [SmartFlexDevice!]!
  registeredKrakenflexDevice: SmartFlexDevice
  vehicleChargingPreferences: String
  chargePointDevices: [String]
  chargePointVariants: [String]
  octoPoints: Int
  loyaltyPointLedgers: [Int]
  rateLimit: Int
  rateLimitInfo: Int
  consumptionEstimates: [Int]
  wofUrls: [String]
  urls: [String]
  presignedPostFields: String
  fields: String
}

type Mutation {
  deleteDeviceConnectionDetails: Boolean
  deauthenticateDevice: Boolean
  createAccountCredit: Boolean
  postCredit: Boolean
  updateUserDetails: Boolean
  updateUser: Boolean
  redeemOctoPointsForAccountCredit: Boolean
  redeemLoyaltyPointsForAccountCredit: Boolean
}

interface SmartFlexDevice {
  id: ID!
  preferences: DevicePreferences
}

type DevicePreferences {
  mode: String
}

type Account {
  amount: Int
  amounts: Int
  business: Business
  businessType: String
  mcsCertNumber: String
  ineligibilityReasons: [String]
  consumptionEstimates: [Int]
  failureCodes: [String]
  failureReasons: [String]
  passwordUpdated: Boolean
  defaultPaymentInstruction: String
  paymentSchedules(canCreatePayment: Boolean, includeDormant: Boolean): [Int]
}

type Business {
  businessType: String
}

type Ledger {
  usablePaymentInstructions: [String]
  paymentPreferenceAtTime: String
}

input CreditInput {
  cclAmount: Int
  grossAmount: Int
}

enum DeviceType {
  HEAT_PUMPS
  HEAT_PUMP
}
"#;

/// The deprecated coordinate and the advice of its reason, as the bundled schemas write it.
fn cases() -> Vec<(Coordinate, &'static str)> {
    let query = |field| Coordinate::field("Query", field);
    let mutation = |field| Coordinate::field("Mutation", field);
    let account = |field| Coordinate::field("Account", field);
    vec![
        (query("registeredKrakenflexDevice"), "Please use 'devices' instead."),
        (query("vehicleChargingPreferences"), "Please use 'devices.preferences' instead."),
        (query("vehicleChargingPreferences"), "use devices.preferences"),
        (query("chargePointDevices"), "Please use chargePointVariants instead of this query."),
        (query("octoPoints"), "Please use the loyaltyPointLedgers query instead"),
        (
            query("rateLimit"),
            "`rateLimit` has been replaced by 'rateLimitInfo', which contains more detailed info about rate limit than the former one",
        ),
        (query("wofUrls"), "Please use `urls` query instead."),
        (query("presignedPostFields"), "Replaced in favor of fields."),
        (account("amount"), "Use `amounts` instead for a breakdown of the relevant net, tax, and gross amounts."),
        (account("businessType"), "Use `business.businessType` instead"),
        (account("mcsCertNumber"), "Please use ineligibility_reasons instead."),
        (account("consumptionEstimates"), "Please use the `consumptionEstimates` query instead."),
        (
            account("failureCodes"),
            "Please handle the KT-CT-5450 error and inspect the `validationErrors[].code` extension instead.\n\nNote that the KT-CT-5450 error will not be raised if you request any of the `failureCodes`, `failureReasons`, or `passwordUpdated` fields.",
        ),
        (
            account("defaultPaymentInstruction"),
            "Please use 'usablePaymentInstructions' on the Ledger type to get all usable instructions, or 'paymentPreferenceAtTime' on the Ledger type to get a specific one. Both require explicitly requesting a ledger.",
        ),
        (mutation("deleteDeviceConnectionDetails"), "Please use `DeauthenticateDevice` instead of this endpoint."),
        (mutation("createAccountCredit"), "Use postCredit mutation as it is ledger aware."),
        (mutation("updateUserDetails"), "Please use the 'updateUser' mutation instead."),
        (
            mutation("redeemOctoPointsForAccountCredit"),
            "Please use the RedeemLoyaltyPointsForAccountCredit mutation instead",
        ),
        (
            Coordinate::argument("Account", "paymentSchedules", "canCreatePayment"),
            "Please use 'includeDormant' instead.",
        ),
        (Coordinate::input_field("CreditInput", "cclAmount"), "Use 'grossAmount' instead; CCL is derived from it."),
        (Coordinate::enum_value("DeviceType", "HEAT_PUMPS"), "Use `HEAT_PUMP` instead."),
        (query("account"), "Please use 'contactAddress' on the lead contact with the ACCOUNT_HOLDER role instead."),
        (query("account"), "Please access the URLs through the support site."),
    ]
}

#[test]
fn advice_mentions_resolve_against_the_schema() {
    let schema =
        Schema::parse_and_validate(SDL, "mentions.graphql").expect("the test schema is valid");
    let rendered: String = cases()
        .into_iter()
        .map(|(coordinate, advice)| {
            let items = resolve_mentions(&schema, &coordinate, advice);
            format!("## {coordinate}: {advice:?}\n{}\n", render_items(&items))
        })
        .collect();
    insta::assert_snapshot!("advice_mentions", rendered);
}

#[test]
fn resolution_is_deterministic_and_has_no_duplicates() {
    let schema =
        Schema::parse_and_validate(SDL, "mentions.graphql").expect("the test schema is valid");
    let coordinate = Coordinate::field("Query", "registeredKrakenflexDevice");
    let advice = "Please use 'devices' instead, or `devices`, or devices.id; 'devices' again.";
    let first = resolve_mentions(&schema, &coordinate, advice);
    let second = resolve_mentions(&schema, &coordinate, advice);
    assert_eq!(first, second);
    assert_eq!(
        render_items(&first),
        "devices -> Query.devices\ndevices.id -> SmartFlexDevice.id\n"
    );
}
