//! The `Operation` trait that generated client code implements, and the request body it builds.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// One GraphQL operation known at compile time: its document, its name and its typed
/// variables and response data.
///
/// Generated code implements this trait on a unit struct per operation; the HTTP client
/// (feature `client`) and the mocks take the operation as a type parameter.
///
/// ```
/// use krakenql::{Operation, Request};
///
/// struct AccountBalance;
///
/// #[derive(serde::Serialize)]
/// #[serde(rename_all = "camelCase")]
/// struct Variables {
///     account_number: String,
/// }
///
/// #[derive(serde::Deserialize)]
/// struct ResponseData {
///     account: Option<serde_json::Value>,
/// }
///
/// impl Operation for AccountBalance {
///     const QUERY: &'static str =
///         "query AccountBalance($accountNumber: String!) { account(accountNumber: $accountNumber) { balance } }";
///     const OPERATION_NAME: &'static str = "AccountBalance";
///     type Variables = Variables;
///     type ResponseData = ResponseData;
/// }
///
/// let request = AccountBalance::build_request(Variables { account_number: "A-1".into() });
/// let body = serde_json::to_string(&request).unwrap();
/// assert_eq!(
///     body,
///     r#"{"query":"query AccountBalance($accountNumber: String!) { account(accountNumber: $accountNumber) { balance } }","operationName":"AccountBalance","variables":{"accountNumber":"A-1"}}"#
/// );
/// ```
pub trait Operation {
    /// The GraphQL document sent to the server (it may hold fragments besides the operation).
    const QUERY: &'static str;
    /// The name of the operation in [`Operation::QUERY`] that the server runs.
    const OPERATION_NAME: &'static str;
    /// The variables of the operation, serialised as the `variables` object.
    type Variables: Serialize;
    /// The `data` of a successful response.
    type ResponseData: DeserializeOwned;

    /// Builds the JSON body of a GraphQL-over-HTTP request for these variables.
    fn build_request(variables: Self::Variables) -> Request<Self::Variables> {
        Request {
            query: Self::QUERY,
            operation_name: Self::OPERATION_NAME,
            variables,
        }
    }
}

/// The body of a GraphQL-over-HTTP POST request: `{"query", "operationName", "variables"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Request<V> {
    /// The GraphQL document.
    pub query: &'static str,
    /// The name of the operation to run.
    pub operation_name: &'static str,
    /// The variables of the operation.
    pub variables: V,
}
