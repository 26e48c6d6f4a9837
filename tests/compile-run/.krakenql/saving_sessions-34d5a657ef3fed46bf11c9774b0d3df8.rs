// Prepared by `krakenql prepare` for #[kraken_query] from SavingSessions.graphql. Do not edit.

#![allow(
    dead_code,
    non_camel_case_types,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]

/// The `SavingSessions` query, sent as [`QUERY`].
///
/// Its variables are [`Variables`], its data [`ResponseData`] and its Kraken errors [`Error`].
#[derive(Debug, Clone, Copy, Default)]
pub struct SavingSessions;

/// The variables of the operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Variables {
    /// `$accountNumber: String!`
    pub account_number: String,
    /// `$withEvents: Boolean = true`
    ///
    /// `InputValue::Absent` (the default) leaves it out, `InputValue::Null` sends `null`, `value.into()` sends a value.
    pub with_events: ::krakenql::InputValue<bool>,
}

/// The data of the `SavingSessions` response.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseData {
    /// Saving sessions queries for an account.
    pub saving_sessions: Option<SavingSessionsSavingSessions>,
}

/// The fields selected on `SavingSessionsType`.
#[derive(Debug, Clone, PartialEq)]
pub struct SavingSessionsSavingSessions {
    /// Saving Sessions events, ordered by start datetime.
    pub events: Option<Vec<Option<SavingSessionsSavingSessionsEvents>>>,
    /// Info related to a specific account.
    pub account: Option<SavingSessionsSavingSessionsAccount>,
}

/// The fields selected on `SavingSessionsEventType`.
#[derive(Debug, Clone, PartialEq)]
pub struct SavingSessionsSavingSessionsEvents {
    /// The event ID.
    pub id: Option<i32>,
    /// The event code.
    pub code: Option<String>,
    /// The number of OctoPoints an account will earn per kWh of energy reduced, if successful.
    pub reward_per_kwh_in_octo_points: Option<i32>,
    /// The start of the event.
    pub start_at: Option<DateTime>,
    /// The end of the event.
    pub end_at: Option<DateTime>,
}

/// The fields selected on `SavingSessionsAccountType`.
#[derive(Debug, Clone, PartialEq)]
pub struct SavingSessionsSavingSessionsAccount {
    /// Whether the account joined the campaign.
    pub has_joined_campaign: Option<bool>,
    /// The events that the account has joined.
    pub joined_events: Option<
        Vec<Option<SavingSessionsSavingSessionsAccountJoinedEvents>>,
    >,
}

/// The fields selected on `SavingSessionsAccountJoinedEventsType`.
#[derive(Debug, Clone, PartialEq)]
pub struct SavingSessionsSavingSessionsAccountJoinedEvents {
    /// The event ID of the joined event.
    pub event_id: Option<i32>,
    /// The start datetime of the joined event.
    pub start_at: Option<DateTime>,
    /// The end datetime of the joined event.
    pub end_at: Option<DateTime>,
    /// The amount of OctoPoints the account has been awarded for their participation in the event.
    pub reward_given_in_octo_points: Option<i32>,
}

/// The Kraken errors of `SavingSessions`: its fields list no possible errors in the schema, so
/// every code is `Error::Other`.
///
/// Read them from a response with `response.kraken_errors::<SavingSessions>()`.
pub type Error = ::krakenql::UnlistedError;

/// The response data the krakenql mock executor gives for this operation and these
/// variables, as JSON: example values from the schema (`krakenql mock` prints the same).
#[inline]
pub fn mock_json(variables: &Variables) -> ::krakenql::__private::serde_json::Value {
    let mut data = ::krakenql::__private::mock::parse(
        r#"{"savingSessions":{"events":[{"id":1,"code":"abc123","rewardPerKwhInOctoPoints":1,"startAt":"2020-01-01T00:00:00.000Z","endAt":"2020-01-01T00:00:00.000Z"}],"account":{"hasJoinedCampaign":true,"joinedEvents":[{"eventId":1,"startAt":"2020-01-01T00:00:00.000Z","endAt":"2020-01-01T00:00:00.000Z","rewardGivenInOctoPoints":1}]}}}"#,
    );
    ::krakenql::__private::mock::keep_if(
        &mut data,
        &["savingSessions"],
        "events",
        ::krakenql::__private::mock::flag(&variables.with_events, true),
    );
    ::krakenql::__private::mock::keep_if(
        &mut data,
        &["savingSessions", "events"],
        "id",
        ::krakenql::__private::mock::flag(&variables.with_events, true),
    );
    ::krakenql::__private::mock::keep_if(
        &mut data,
        &["savingSessions", "events"],
        "code",
        ::krakenql::__private::mock::flag(&variables.with_events, true),
    );
    ::krakenql::__private::mock::keep_if(
        &mut data,
        &["savingSessions", "events"],
        "rewardPerKwhInOctoPoints",
        ::krakenql::__private::mock::flag(&variables.with_events, true),
    );
    ::krakenql::__private::mock::keep_if(
        &mut data,
        &["savingSessions", "events"],
        "startAt",
        ::krakenql::__private::mock::flag(&variables.with_events, true),
    );
    ::krakenql::__private::mock::keep_if(
        &mut data,
        &["savingSessions", "events"],
        "endAt",
        ::krakenql::__private::mock::flag(&variables.with_events, true),
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

/// The `DateTime` scalar.
///
/// The `DateTime` scalar type represents a DateTime
/// value as specified by
/// [iso8601](https://en.wikipedia.org/wiki/ISO_8601).
pub type DateTime = String;

impl ::krakenql::Operation for SavingSessions {
    const QUERY: &'static str = QUERY;
    const OPERATION_NAME: &'static str = OPERATION_NAME;
    type Variables = Variables;
    type ResponseData = ResponseData;
}

impl ::krakenql::OperationErrors for SavingSessions {
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
        __object.optional("withEvents", &self.with_events)?;
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
    const KEYS: &'static [&'static str] = &["savingSessions"];
    type Slots = (Option<Option<SavingSessionsSavingSessions>>,);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            saving_sessions: ::krakenql::__private::de::take(
                __slots.0,
                "savingSessions",
            )?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for SavingSessionsSavingSessions {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for SavingSessionsSavingSessions {
    const KEYS: &'static [&'static str] = &["events", "account"];
    type Slots = (
        Option<Option<Vec<Option<SavingSessionsSavingSessionsEvents>>>>,
        Option<Option<SavingSessionsSavingSessionsAccount>>,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            events: ::krakenql::__private::de::take_or_default(__slots.0),
            account: ::krakenql::__private::de::take(__slots.1, "account")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for SavingSessionsSavingSessionsEvents {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for SavingSessionsSavingSessionsEvents {
    const KEYS: &'static [&'static str] = &[
        "id",
        "code",
        "rewardPerKwhInOctoPoints",
        "startAt",
        "endAt",
    ];
    type Slots = (
        Option<Option<i32>>,
        Option<Option<String>>,
        Option<Option<i32>>,
        Option<Option<DateTime>>,
        Option<Option<DateTime>>,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            id: ::krakenql::__private::de::take(__slots.0, "id")?,
            code: ::krakenql::__private::de::take(__slots.1, "code")?,
            reward_per_kwh_in_octo_points: ::krakenql::__private::de::take(
                __slots.2,
                "rewardPerKwhInOctoPoints",
            )?,
            start_at: ::krakenql::__private::de::take(__slots.3, "startAt")?,
            end_at: ::krakenql::__private::de::take(__slots.4, "endAt")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for SavingSessionsSavingSessionsAccount {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for SavingSessionsSavingSessionsAccount {
    const KEYS: &'static [&'static str] = &["hasJoinedCampaign", "joinedEvents"];
    type Slots = (
        Option<Option<bool>>,
        Option<Option<Vec<Option<SavingSessionsSavingSessionsAccountJoinedEvents>>>>,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            has_joined_campaign: ::krakenql::__private::de::take(
                __slots.0,
                "hasJoinedCampaign",
            )?,
            joined_events: ::krakenql::__private::de::take(__slots.1, "joinedEvents")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for SavingSessionsSavingSessionsAccountJoinedEvents {
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
for SavingSessionsSavingSessionsAccountJoinedEvents {
    const KEYS: &'static [&'static str] = &[
        "eventId",
        "startAt",
        "endAt",
        "rewardGivenInOctoPoints",
    ];
    type Slots = (
        Option<Option<i32>>,
        Option<Option<DateTime>>,
        Option<Option<DateTime>>,
        Option<Option<i32>>,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            event_id: ::krakenql::__private::de::take(__slots.0, "eventId")?,
            start_at: ::krakenql::__private::de::take(__slots.1, "startAt")?,
            end_at: ::krakenql::__private::de::take(__slots.2, "endAt")?,
            reward_given_in_octo_points: ::krakenql::__private::de::take(
                __slots.3,
                "rewardGivenInOctoPoints",
            )?,
        })
    }
}

/// The operation's name, as the server sees it.
pub const OPERATION_NAME: &str = "SavingSessions";

/// The document the `SavingSessions` query sends to the server: the operation, the
/// fragments it uses, and `__typename` on every selection of an interface or union.
pub const QUERY: &str = r"query SavingSessions($accountNumber: String!, $withEvents: Boolean = true) {
  savingSessions {
    events @include(if: $withEvents) {
      id
      code
      rewardPerKwhInOctoPoints
      startAt
      endAt
    }
    account(accountNumber: $accountNumber) {
      hasJoinedCampaign
      joinedEvents {
        eventId
        startAt
        endAt
        rewardGivenInOctoPoints
      }
    }
  }
}";
