//! Kraken error codes that the runtime acts on, with where each one was seen.

/// "Signature of the JWT has expired." (`errorType` `APPLICATION`): what the API answers
/// when an operation is sent with an expired Kraken token. Seen in responses quoted by
/// public client projects; the schema's descriptions do not list it.
pub const JWT_SIGNATURE_EXPIRED: &str = "KT-CT-1124";

/// "The Kraken Token has expired.", listed in the schema's descriptions of the token
/// mutations (e.g. `obtainLongLivedRefreshToken`).
pub const KRAKEN_TOKEN_EXPIRED: &str = "KT-CT-1120";

/// The codes the client treats as an expired token: it refreshes once and retries.
pub const TOKEN_EXPIRED: &[&str] = &[JWT_SIGNATURE_EXPIRED, KRAKEN_TOKEN_EXPIRED];

/// "Unauthorized.", listed on most fields that need a token.
pub const UNAUTHORIZED: &str = "KT-CT-1111";

/// "'Authorization' header not provided.", listed on most fields that need a token.
pub const AUTHORIZATION_HEADER_NOT_PROVIDED: &str = "KT-CT-1112";

/// "Invalid data." from `obtainKrakenToken` (e.g. an expired or wrong refresh token).
pub const OBTAIN_TOKEN_INVALID_DATA: &[&str] = &["KT-CT-1134", "KT-CT-1135"];

/// "Too many requests."
pub const TOO_MANY_REQUESTS: &str = "KT-CT-1199";

/// "Disabled GraphQL field requested.", listed on most fields of the schema (together with
/// `KT-CT-1111` and `KT-CT-1112`): what Kraken answers when an operation selects a field that is
/// switched off. The mock executor's time travel sends it, with `errorType` `VALIDATION`, for a
/// field whose removal date has passed.
pub const DISABLED_FIELD_REQUESTED: &str = "KT-CT-1113";
