//! Tests of the types inferred from the example query and response of each entry.

use apollo_compiler::ast;

use super::tests::{entry, object, reference, scalar, ty};
use super::{InferredBase, ListShape, Section, SHOWN_SCALARS};

#[test]
fn return_types_come_from_the_type_line_or_the_example() {
    let reference = reference();
    let cases = [
        (
            "account",
            ty(InferredBase::UnnamedObject, ListShape::BareOrNonNullList),
        ),
        (
            "accountReference",
            ty(InferredBase::UnnamedObject, ListShape::Brackets),
        ),
        ("accountUrls", ty(object("AccountUrl"), ListShape::Brackets)),
        (
            "accountConversationHasHandoffEvent",
            ty(scalar("Boolean"), ListShape::NotList),
        ),
        (
            "caredForAccounts",
            ty(scalar("String"), ListShape::BareOrNonNullList),
        ),
        (
            "availableProductSwitchDates",
            ty(scalar("Date"), ListShape::Brackets),
        ),
        (
            "backendScreen",
            ty(object("BackendScreenType"), ListShape::NotList),
        ),
    ];
    for (name, expected) in cases {
        assert_eq!(
            entry(&reference, Section::Api, name).return_type,
            expected,
            "{name}"
        );
    }
    let backend = entry(&reference, Section::Api, "backendScreen");
    assert_eq!(
        backend.possible_types,
        ["ComponentListType", "GenericBackendScreen", "Dashboard"]
    );
    assert_eq!(backend.fields, []);
}

#[test]
fn fields_of_the_root_type_are_inferred_from_the_example_response() {
    let reference = reference();
    let account = entry(&reference, Section::Api, "account");
    let field = |name: &str| {
        account
            .fields
            .iter()
            .find(|f| f.name == name)
            .map(|f| f.ty.clone())
            .unwrap()
    };
    let bare = ListShape::BareOrNonNullList;
    assert_eq!(account.fields.len(), 93);
    assert_eq!(account.fields[0].name, "id");
    assert_eq!(field("id"), ty(scalar("String"), bare));
    assert_eq!(
        field("status"),
        ty(InferredBase::EnumValue("PENDING".into()), bare)
    );
    assert_eq!(field("balance"), ty(scalar("Int"), bare));
    assert_eq!(field("canRequestRefund"), ty(scalar("Boolean"), bare));
    assert_eq!(field("createdAt"), ty(scalar("DateTime"), bare));
    assert_eq!(field("currentEstimatedSsd"), ty(scalar("Date"), bare));
    assert_eq!(
        field("splitBillingAddress"),
        ty(scalar("String"), ListShape::Brackets)
    );
    assert_eq!(
        field("paymentSchedules"),
        ty(object("PaymentScheduleConnectionTypeConnection"), bare)
    );
    assert_eq!(
        field("ledgers"),
        ty(object("LedgerType"), ListShape::Brackets)
    );
    let rewards = entry(&reference, Section::Api, "octoplusRewards");
    let vouchers = rewards
        .fields
        .iter()
        .find(|f| f.name == "vouchers")
        .unwrap();
    let possible = vec![
        "OctoplusVoucherType".to_owned(),
        "ShoptopusVoucherType".to_owned(),
    ];
    assert_eq!(vouchers.ty.base, InferredBase::Abstract(possible));
    let metadata = entry(&reference, Section::Api, "metadataForKey");
    assert_eq!(metadata.fields[1].ty, ty(scalar("JSONString"), bare));
}

#[test]
fn every_shown_scalar_example_infers_its_scalar() {
    for shown in SHOWN_SCALARS {
        let value = super::infer::parse_example(shown.example).expect(shown.example);
        let inferred = super::infer::infer_value(Some(&value));
        assert_eq!(
            inferred,
            ty(scalar(shown.scalar), ListShape::BareOrNonNullList)
        );
    }
}

#[test]
fn descriptions_rejoin_lines_broken_at_lost_inline_code() {
    let reference = reference();
    let agreement = entry(&reference, Section::Api, "electricityAgreement");
    assert_eq!(
        agreement.description.as_deref(),
        Some("Get an electricity agreement.\n\nThis field requires the Authorization header to be set.")
    );
    let stated = ast::Type::parse("AgreementInterface", "t").ok();
    assert_eq!(agreement.stated_type, stated);
    assert_eq!(
        agreement.url.as_deref(),
        Some("https://api.octopus.energy/v1/graphql/")
    );
}
