//! The HTTP client against a scripted Kraken stand-in served by axum on 127.0.0.1: token
//! fetch, the `Authorization` header, refresh before expiry, one retry on an expired
//! token, error extensions, and clear errors for HTTP 500 and non-JSON bodies.
//!
//! Needs the `client` feature: `cargo test -p krakenql --features client`.
#![cfg(feature = "client")]

mod support;

use std::time::Duration;

use krakenql::{Auth, AuthError, Client, Error, Operation};
use serde_json::json;
use support::{Behaviour, Server, TOKEN_LIFETIME};

/// `query Viewer { viewer { id } }` with no variables.
struct Viewer;

#[derive(serde::Serialize)]
struct NoVariables {}

#[derive(Debug, serde::Deserialize)]
struct ViewerData {
    viewer: Option<ViewerFields>,
}

#[derive(Debug, serde::Deserialize)]
struct ViewerFields {
    id: String,
}

impl Operation for Viewer {
    const QUERY: &'static str = "query Viewer { viewer { id } }";
    const OPERATION_NAME: &'static str = "Viewer";
    type Variables = NoVariables;
    type ResponseData = ViewerData;
}

/// A client of the stand-in that reads the stand-in's clock.
fn client(server: &Server, auth: Auth) -> Client {
    Client::builder()
        .endpoint(server.url("/graphql"))
        .auth(auth)
        .clock(server.clock().into_clock())
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

async fn viewer_id(client: &Client) -> String {
    let data = client.execute::<Viewer>(NoVariables {}).await.unwrap();
    data.into_result().unwrap().viewer.unwrap().id
}

#[tokio::test]
async fn api_key_is_exchanged_for_a_token_sent_as_the_bare_authorization_header() {
    let server = Server::start(Behaviour::default()).await;
    let client = client(&server, Auth::ApiKey("key-1".into()));

    assert_eq!(viewer_id(&client).await, "viewer-of-token-1");
    assert_eq!(viewer_id(&client).await, "viewer-of-token-1");

    let log = server.log();
    assert_eq!(
        log.len(),
        3,
        "one token fetch, then two operations: {log:#?}"
    );
    assert_eq!(log[0].operation, "ObtainKrakenToken");
    assert_eq!(log[0].authorization, None);
    assert_eq!(log[0].variables, json!({"input": {"APIKey": "key-1"}}));
    assert_eq!(log[1].operation, "Viewer");
    assert_eq!(log[1].authorization.as_deref(), Some("token-1"));
    assert_eq!(log[2].authorization.as_deref(), Some("token-1"));
    server.stop().await;
}

#[tokio::test]
async fn email_and_password_use_their_own_input_fields() {
    let server = Server::start(Behaviour::default()).await;
    let auth = Auth::EmailPassword {
        email: "dan@example.invalid".into(),
        password: "secret".into(),
    };
    let client = client(&server, auth);

    assert_eq!(viewer_id(&client).await, "viewer-of-token-1");
    assert_eq!(
        server.log()[0].variables,
        json!({"input": {"email": "dan@example.invalid", "password": "secret"}})
    );
    server.stop().await;
}

#[tokio::test]
async fn a_fixed_token_is_sent_without_fetching_one() {
    let server = Server::start(Behaviour::default()).await;
    let client = client(&server, Auth::Token("fixed".into()));

    assert_eq!(viewer_id(&client).await, "viewer-of-fixed");
    let log = server.log();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].authorization.as_deref(), Some("fixed"));
    server.stop().await;
}

#[tokio::test]
async fn the_token_is_refreshed_with_the_refresh_token_before_it_expires() {
    let server = Server::start(Behaviour::default()).await;
    let clock = server.clock();
    let client = client(&server, Auth::ApiKey("key-1".into()));
    assert_eq!(viewer_id(&client).await, "viewer-of-token-1");

    // Six minutes before `exp`: outside the default five-minute margin, no refresh yet.
    clock.set(1_000 + TOKEN_LIFETIME - 6 * 60);
    assert_eq!(viewer_id(&client).await, "viewer-of-token-1");

    // Four minutes before `exp`: inside the margin.
    clock.set(1_000 + TOKEN_LIFETIME - 4 * 60);
    assert_eq!(viewer_id(&client).await, "viewer-of-token-2");

    let log = server.log();
    let operations: Vec<_> = log.iter().map(|r| r.operation.as_str()).collect();
    assert_eq!(
        operations,
        [
            "ObtainKrakenToken",
            "Viewer",
            "Viewer",
            "ObtainKrakenToken",
            "Viewer"
        ]
    );
    assert_eq!(
        log[3].variables,
        json!({"input": {"refreshToken": "refresh-1"}})
    );
    assert_eq!(log[4].authorization.as_deref(), Some("token-2"));
    server.stop().await;
}

#[tokio::test]
async fn an_expired_refresh_token_falls_back_to_the_credentials() {
    let server = Server::start(Behaviour::default()).await;
    let clock = server.clock();
    let client = client(&server, Auth::ApiKey("key-1".into()));
    assert_eq!(viewer_id(&client).await, "viewer-of-token-1");

    // Past the refresh token's own expiry (`refreshExpiresIn`, a timestamp).
    clock.set(1_000 + support::REFRESH_LIFETIME + 1);
    assert_eq!(viewer_id(&client).await, "viewer-of-token-2");
    assert_eq!(
        server.log()[2].variables,
        json!({"input": {"APIKey": "key-1"}})
    );
    server.stop().await;
}

#[tokio::test]
async fn an_expired_token_error_refreshes_and_retries_once() {
    // The server revokes token-1 early: the clock says it is fresh, Kraken says KT-CT-1124.
    let server = Server::start(Behaviour {
        expired_tokens: vec!["token-1".into()],
        ..Behaviour::default()
    })
    .await;
    let client = client(&server, Auth::ApiKey("key-1".into()));

    assert_eq!(viewer_id(&client).await, "viewer-of-token-2");
    let log = server.log();
    let sent: Vec<_> = log
        .iter()
        .map(|r| (r.operation.as_str(), r.authorization.as_deref()))
        .collect();
    assert_eq!(
        sent,
        [
            ("ObtainKrakenToken", None),
            ("Viewer", Some("token-1")),
            ("ObtainKrakenToken", None),
            ("Viewer", Some("token-2")),
        ]
    );
    server.stop().await;
}

#[tokio::test]
async fn the_retry_happens_only_once() {
    let server = Server::start(Behaviour {
        every_token_expired: true,
        ..Behaviour::default()
    })
    .await;
    let client = client(&server, Auth::ApiKey("key-1".into()));

    let response = client.execute::<Viewer>(NoVariables {}).await.unwrap();
    assert!(response.error_with_code("KT-CT-1124").is_some());
    let operations: Vec<_> = server.log().into_iter().map(|r| r.operation).collect();
    assert_eq!(
        operations,
        ["ObtainKrakenToken", "Viewer", "ObtainKrakenToken", "Viewer"]
    );
    server.stop().await;
}

#[tokio::test]
async fn refused_credentials_are_an_auth_error_with_kraken_codes() {
    let server = Server::start(Behaviour::default()).await;
    let client = client(&server, Auth::ApiKey("wrong".into()));

    let error = client.execute::<Viewer>(NoVariables {}).await.unwrap_err();
    assert!(
        matches!(error, Error::Auth(AuthError::Rejected { .. })),
        "{error:?}"
    );
    assert_eq!(error.graphql_errors()[0].error_code(), Some("KT-CT-1138"));
    assert_eq!(
        error.to_string(),
        "authentication failed: obtainKrakenToken was refused: [KT-CT-1138] Authentication failed. (at obtainKrakenToken)"
    );
    server.stop().await;
}

#[tokio::test]
async fn kraken_validation_errors_reach_the_caller_parsed() {
    let server = Server::start(Behaviour::default()).await;
    let client = client(&server, Auth::None);

    let response = client
        .execute_raw(
            "mutation Update($input: UpdateUserInput!) { updateUser(input: $input) { id } }",
            Some("Update"),
            json!({"input": {"givenName": ""}}),
        )
        .await
        .unwrap();
    let error = &response.errors[0];
    let extensions = error.extensions.as_ref().unwrap();
    assert_eq!(extensions.error_code.as_deref(), Some("KT-CT-9999"));
    assert_eq!(extensions.error_type.as_deref(), Some("VALIDATION"));
    assert_eq!(
        extensions.error_description.as_deref(),
        Some("Invalid input.")
    );
    assert_eq!(
        extensions.validation_errors[0].message,
        "This field may not be blank."
    );
    assert_eq!(
        extensions.validation_errors[0].input_path,
        [
            krakenql::PathSegment::Key("input".into()),
            krakenql::PathSegment::Key("givenName".into())
        ]
    );
    assert_eq!(server.log()[0].authorization, None);
    server.stop().await;
}

#[tokio::test]
async fn http_500_is_a_status_error_quoting_the_body() {
    let server = Server::start(Behaviour::default()).await;
    let client = Client::new(server.url("/broken")).unwrap();

    let error = client.execute::<Viewer>(NoVariables {}).await.unwrap_err();
    assert!(
        matches!(error, Error::HttpStatus { status: 500, .. }),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "the GraphQL endpoint answered HTTP 500: Internal Server Error: the database is asleep"
    );
    server.stop().await;
}

#[tokio::test]
async fn a_non_json_body_is_a_deserialize_error_quoting_the_body() {
    let server = Server::start(Behaviour::default()).await;
    let client = Client::new(server.url("/html")).unwrap();

    let error = client.execute::<Viewer>(NoVariables {}).await.unwrap_err();
    assert!(
        matches!(error, Error::Deserialize { status: 200, .. }),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "could not read the response (HTTP 200) as a GraphQL response: expected value at line 1 column 1; the body starts with: <html><body>Maintenance</body></html>"
    );
    server.stop().await;
}

#[tokio::test]
async fn an_unreachable_endpoint_is_a_transport_error() {
    // Bind a port, then free it, so that nothing listens there.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let client = Client::new(format!("http://{address}/graphql")).unwrap();

    let error = client.execute::<Viewer>(NoVariables {}).await.unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
}

#[test]
fn an_invalid_endpoint_is_reported() {
    let error = Client::new("not a url").unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid endpoint URL \"not a url\": relative URL without a base"
    );
}
