// Prepared by `krakenql prepare` for #[kraken_query] from RefreshToken.graphql. Do not edit.

#![allow(
    dead_code,
    non_camel_case_types,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]

/// The `RefreshToken` mutation, sent as [`QUERY`].
///
/// Its variables are [`Variables`], its data [`ResponseData`] and its Kraken errors [`Error`].
#[derive(Debug, Clone, Copy, Default)]
pub struct RefreshToken;

/// The variables of the operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Variables {
    /// `$refreshToken: String!`
    pub refresh_token: String,
}

/// The data of the `RefreshToken` response.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseData {
    /// Create a Kraken Token (JWT) for authentication.
    ///
    /// Provide the required input fields to obtain the token.
    ///
    /// The token should be used as the `Authorization` header for any authenticated requests.
    ///
    /// The possible errors that can be raised are:
    ///
    /// - KT-CT-1135: Invalid data.
    /// - KT-CT-1134: Invalid data.
    /// - KT-CT-1113: Disabled GraphQL field requested.
    pub obtain_kraken_token: Option<RefreshTokenObtainKrakenToken>,
}

/// The unifying approach used to get a Kraken token (JWT: JSON Web Token) with
/// different types of input.
///
/// The currently supported inputs are:
/// - account user email/password combination
/// - account user API key
/// - organization live secret key
/// - pre-signed key
/// - refresh token
///
/// The possible errors that can be raised are:
///
/// - KT-CT-1135: Invalid data.
/// - KT-CT-1134: Invalid data.
/// - KT-CT-1113: Disabled GraphQL field requested.
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshTokenObtainKrakenToken {
    /// The Kraken Token.  Can be used in the `Authorization` header for subsequent calls to the API to access protected resources.
    pub token: String,
    /// A token that can be used in a subsequent call to `obtainKrakenToken` to get a new Kraken Token with the same access conditions after the previous one has expired.
    pub refresh_token: Option<String>,
    /// A Unix timestamp representing the point in time at which the refresh token will expire.
    pub refresh_expires_in: Option<i32>,
    /// The body payload of the Kraken Token.  The same information can be obtained by using JWT decoding tools on the value of the `token` field.
    pub payload: GenericScalar,
}

/// The Kraken errors the fields of `RefreshToken` can raise, as the schema lists them.
///
/// Read them from a response with `response.kraken_errors::<RefreshToken>()`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Error {
    /// `KT-CT-1135`: Invalid data.
    ///
    /// Listed by `Mutation.obtainKrakenToken`.
    InvalidData1135,
    /// `KT-CT-1134`: Invalid data.
    ///
    /// Listed by `Mutation.obtainKrakenToken`.
    InvalidData1134,
    /// `KT-CT-1113`: Disabled GraphQL field requested.
    ///
    /// Listed by `Mutation.obtainKrakenToken`.
    DisabledGraphQlFieldRequested,
    /// A code the schema does not list for these fields, with the message the
    /// server sent.
    Other {
        /// The Kraken code, e.g. `KT-CT-1199`.
        code: String,
        /// The error's message.
        message: String,
    },
}

/// The response data the krakenql mock executor gives for this operation and these
/// variables, as JSON: example values from the schema (`krakenql mock` prints the same).
#[inline]
pub fn mock_json(variables: &Variables) -> ::krakenql::__private::serde_json::Value {
    let _ = variables;
    ::krakenql::__private::mock::parse(
        r#"{"obtainKrakenToken":{"token":"abc123","refreshToken":"abc123","refreshExpiresIn":1,"payload":{"key":"value"}}}"#,
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

/// The `GenericScalar` scalar.
///
/// The `GenericScalar` scalar type represents a generic
/// GraphQL scalar value that could be:
/// String, Boolean, Int, Float, List or Object.
pub type GenericScalar = ::krakenql::__private::serde_json::Value;

impl ::krakenql::Operation for RefreshToken {
    const QUERY: &'static str = QUERY;
    const OPERATION_NAME: &'static str = OPERATION_NAME;
    type Variables = Variables;
    type ResponseData = ResponseData;
}

impl ::krakenql::ErrorCode for Error {
    fn from_code(code: &str, message: &str) -> Self {
        match code {
            "KT-CT-1135" => Self::InvalidData1135,
            "KT-CT-1134" => Self::InvalidData1134,
            "KT-CT-1113" => Self::DisabledGraphQlFieldRequested,
            _ => {
                Self::Other {
                    code: code.to_owned(),
                    message: message.to_owned(),
                }
            }
        }
    }
    fn code(&self) -> &str {
        match self {
            Self::InvalidData1135 => "KT-CT-1135",
            Self::InvalidData1134 => "KT-CT-1134",
            Self::DisabledGraphQlFieldRequested => "KT-CT-1113",
            Self::Other { code, .. } => code,
        }
    }
    fn message(&self) -> &str {
        match self {
            Self::InvalidData1135 => "Invalid data.",
            Self::InvalidData1134 => "Invalid data.",
            Self::DisabledGraphQlFieldRequested => "Disabled GraphQL field requested.",
            Self::Other { message, .. } => message,
        }
    }
}

impl ::krakenql::OperationErrors for RefreshToken {
    type Error = Error;
}

#[allow(deprecated)]
impl ::krakenql::__private::serde::Serialize for Variables {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::krakenql::__private::serde::Serializer,
    {
        let mut __object = ::krakenql::__private::ser::Object::start(serializer)?;
        __object.field("refreshToken", &self.refresh_token)?;
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
    const KEYS: &'static [&'static str] = &["obtainKrakenToken"];
    type Slots = (Option<Option<RefreshTokenObtainKrakenToken>>,);
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            obtain_kraken_token: ::krakenql::__private::de::take(
                __slots.0,
                "obtainKrakenToken",
            )?,
        })
    }
}

impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for RefreshTokenObtainKrakenToken {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        ::krakenql::__private::de::deserialize(deserializer)
    }
}

#[doc(hidden)]
#[allow(deprecated)]
impl ::krakenql::__private::de::Fields for RefreshTokenObtainKrakenToken {
    const KEYS: &'static [&'static str] = &[
        "token",
        "refreshToken",
        "refreshExpiresIn",
        "payload",
    ];
    type Slots = (
        Option<String>,
        Option<Option<String>>,
        Option<Option<i32>>,
        Option<GenericScalar>,
    );
    #[inline]
    fn build(
        __slots: Self::Slots,
        _: &::krakenql::__private::serde_json::Value,
    ) -> ::core::result::Result<Self, ::krakenql::__private::de::Invalid> {
        Ok(Self {
            token: ::krakenql::__private::de::take(__slots.0, "token")?,
            refresh_token: ::krakenql::__private::de::take(__slots.1, "refreshToken")?,
            refresh_expires_in: ::krakenql::__private::de::take(
                __slots.2,
                "refreshExpiresIn",
            )?,
            payload: ::krakenql::__private::de::take(__slots.3, "payload")?,
        })
    }
}

/// The operation's name, as the server sees it.
pub const OPERATION_NAME: &str = "RefreshToken";

/// The document the `RefreshToken` mutation sends to the server: the operation, the
/// fragments it uses, and `__typename` on every selection of an interface or union.
pub const QUERY: &str = r"mutation RefreshToken($refreshToken: String!) {
  obtainKrakenToken(input: {refreshToken: $refreshToken}) {
    token
    refreshToken
    refreshExpiresIn
    payload
  }
}";
