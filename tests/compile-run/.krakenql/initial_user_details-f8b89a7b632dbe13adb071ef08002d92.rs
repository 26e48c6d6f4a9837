// Prepared by `krakenql prepare` for #[kraken_query] from InitialUserDetails.graphql. Do not edit.

#![allow(
    dead_code,
    non_camel_case_types,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]

/// The `InitialUserDetails` query, sent as [`QUERY`].
///
/// Its variables are [`Variables`], its data [`ResponseData`] and its Kraken errors [`Error`].
#[derive(Debug, Clone, Copy, Default)]
pub struct InitialUserDetails;

/// The variables of the operation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Variables {}

/// The data of the `InitialUserDetails` response.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseData {
    /// The currently authenticated user.
    ///
    /// This field requires the Authorization header to be set.
    pub viewer: Option<InitialUserDetailsViewer>,
}

/// User objects are the core of the authentication system. They typically represent a customer who manages a portfolio of one or more accounts.
#[derive(Debug, Clone, PartialEq)]
pub struct InitialUserDetailsViewer {
    /// The user's preferred name.
    pub preferred_name: Option<String>,
    /// List of accounts that the user is linked to either via portfolio role or account role.
    pub accounts: Option<Vec<Option<InitialUserDetailsViewerAccounts>>>,
    /// List of roles a user has for each account they're linked to.
    pub account_user_roles: Option<
        Vec<Option<InitialUserDetailsViewerAccountUserRoles>>,
    >,
}

/// The fields selected on `AccountInterface`.
#[derive(Debug, Clone, PartialEq)]
pub struct InitialUserDetailsViewerAccounts {
    /// The name of this `AccountInterface`'s concrete type (`__typename`).
    pub typename: String,
    /// A code that uniquely identifies the account.
    pub number: Option<String>,
}

/// The role a user has in association with one account.
#[derive(Debug, Clone, PartialEq)]
pub struct InitialUserDetailsViewerAccountUserRoles {
    /// The `id` field of `AccountUserRoleType`.
    pub id: ID,
    /// The `account` field of `AccountUserRoleType`.
    pub account: InitialUserDetailsViewerAccountUserRolesAccount,
}

/// The account object can be one of several attached to a `Portfolio` (which usually has an `AccountUser` which is used to authenticate access to the `Portfolio`'s accounts). Typically a person has a single account attached to a portfolio and properties on the same account will appear on the same bill. Where separate bills are desired, multiple accounts  are created and added to the same portfolio of accounts.
#[derive(Debug, Clone, PartialEq)]
pub struct InitialUserDetailsViewerAccountUserRolesAccount {
    /// The `id` field of `AccountType`.
    pub id: ID,
    /// The brand of the account.
    pub brand: Option<String>,
    /// A code that uniquely identifies the account.
    pub number: Option<String>,
}

/// The Kraken errors of `InitialUserDetails`: its fields list no possible errors in the schema, so
/// every code is `Error::Other`.
///
/// Read them from a response with `response.kraken_errors::<InitialUserDetails>()`.
pub type Error = ::krakenql::UnlistedError;

/// The response data the krakenql mock executor gives for this operation and these
/// variables, as JSON: example values from the schema (`krakenql mock` prints the same).
#[inline]
pub fn mock_json(variables: &Variables) -> ::krakenql::__private::serde_json::Value {
    let _ = variables;
    ::krakenql::__private::mock::parse(
        r#"{"viewer":{"preferredName":"abc123","accounts":[{"__typename":"AccountType","number":"abc123"}],"accountUserRoles":[{"id":"abc123","account":{"id":"abc123","brand":"abc123","number":"abc123"}}]}}"#,
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

impl ::krakenql::Operation for InitialUserDetails {
    const QUERY: &'static str = QUERY;
    const OPERATION_NAME: &'static str = OPERATION_NAME;
    type Variables = Variables;
    type ResponseData = ResponseData;
}

impl ::krakenql::OperationErrors for InitialUserDetails {
    type Error = Error;
}

#[allow(deprecated)]
impl ::krakenql::__private::serde::Serialize for Variables {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::krakenql::__private::serde::Serializer,
    {
        let __object = ::krakenql::__private::ser::Object::start(serializer)?;
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
    const KEYS: &'static [&'static str] = &["viewer"];
    type Slots = (Option<Option<InitialUserDetailsViewer>>,);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            viewer: ::krakenql::__private::de::take(__slots.0, "viewer")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de> for InitialUserDetailsViewer {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for InitialUserDetailsViewer {
    const KEYS: &'static [&'static str] = &[
        "preferredName",
        "accounts",
        "accountUserRoles",
    ];
    type Slots = (
        Option<Option<String>>,
        Option<Option<Vec<Option<InitialUserDetailsViewerAccounts>>>>,
        Option<Option<Vec<Option<InitialUserDetailsViewerAccountUserRoles>>>>,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            preferred_name: ::krakenql::__private::de::take(__slots.0, "preferredName")?,
            accounts: ::krakenql::__private::de::take(__slots.1, "accounts")?,
            account_user_roles: ::krakenql::__private::de::take(
                __slots.2,
                "accountUserRoles",
            )?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for InitialUserDetailsViewerAccounts {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for InitialUserDetailsViewerAccounts {
    const KEYS: &'static [&'static str] = &["__typename", "number"];
    type Slots = (Option<String>, Option<Option<String>>);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            typename: ::krakenql::__private::de::take(__slots.0, "__typename")?,
            number: ::krakenql::__private::de::take(__slots.1, "number")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for InitialUserDetailsViewerAccountUserRoles {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for InitialUserDetailsViewerAccountUserRoles {
    const KEYS: &'static [&'static str] = &["id", "account"];
    type Slots = (Option<ID>, Option<InitialUserDetailsViewerAccountUserRolesAccount>);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            id: ::krakenql::__private::de::take(__slots.0, "id")?,
            account: ::krakenql::__private::de::take(__slots.1, "account")?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for InitialUserDetailsViewerAccountUserRolesAccount {
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
for InitialUserDetailsViewerAccountUserRolesAccount {
    const KEYS: &'static [&'static str] = &["id", "brand", "number"];
    type Slots = (Option<ID>, Option<Option<String>>, Option<Option<String>>);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            id: ::krakenql::__private::de::take(__slots.0, "id")?,
            brand: ::krakenql::__private::de::take(__slots.1, "brand")?,
            number: ::krakenql::__private::de::take(__slots.2, "number")?,
        })
    }
}

/// The operation's name, as the server sees it.
pub const OPERATION_NAME: &str = "InitialUserDetails";

/// The document the `InitialUserDetails` query sends to the server: the operation, the
/// fragments it uses, and `__typename` on every selection of an interface or union.
pub const QUERY: &str = r"query InitialUserDetails {
  viewer {
    preferredName
    accounts {
      __typename
      number
    }
    accountUserRoles {
      id
      account {
        id
        brand
        number
      }
    }
  }
}";
