//! `krakenql schema fetch URL`: sends the introspection query (deprecated arguments and input
//! fields included) to a GraphQL endpoint and prints, or writes atomically, its schema as SDL.
//!
//! The query asks `isOneOf`, so `@oneOf` input objects survive the fetch; a server older than
//! the September 2025 specification refuses that field ("Cannot query field \"isOneOf\" on
//! type \"__Type\""), and is asked once more without it, with a note that the schema then
//! cannot say which input objects are one-of.
//!
//! The response goes through the loader `schema from-introspection` uses, then through schema
//! validation, and is printed as `KrakenSchema::to_sdl` prints every schema, after a header
//! comment naming the endpoint and the fetch date (UTC, or `--today`), which lint, generate
//! and the macro read to say when the schema is old: fetching from `krakenql mock serve`
//! gives back the served schema byte for byte after that header. With `--diff`, the file's
//! previous content is loaded before it is replaced, and the diff to the fetched schema is
//! printed as `krakenql schema diff` prints it.

use std::time::Duration;

use krakenql_codegen::project::write_atomic;
use krakenql_schema::codes;
use krakenql_schema::load::introspection::{
    INTROSPECTION_QUERY, INTROSPECTION_QUERY_WITHOUT_ONE_OF,
};
use krakenql_schema::load::load_sources;
use krakenql_schema::{Diagnostic, Knowledge, SourceFile};
use serde_json::{json, Value};

use crate::cli::{FetchArgs, GlobalArgs, MessageFormat};
use crate::failure::{Failure, Outcome};
use crate::inputs::{load_config, read_text};
use crate::output;
use crate::CommandResult;

/// Fetches the schema of `args.url`.
pub fn run(global: &GlobalArgs, args: &FetchArgs) -> CommandResult {
    let headers = parse_headers(&args.headers)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|error| {
            Failure::from(Diagnostic::error(
                codes::INTERNAL,
                format!("cannot start the async runtime: {error}"),
            ))
        })?;
    let text = runtime.block_on(fetch(&args.url, headers, global.message_format))?;
    check_graphql_errors(&args.url, &text)?;
    let schema = load_sources(&[SourceFile::new(args.url.clone(), text)])?;
    let fetched = args
        .diff_options
        .today
        .unwrap_or_else(|| chrono::Utc::now().date_naive());
    let sdl = format!(
        "{}{}",
        Knowledge::fetch_header(&args.url, fetched),
        schema.to_sdl()
    );
    // The previous content is read before it is replaced; a previous file that does not load
    // stops the run before anything is written, so the user can look at it first.
    let config = if args.diff {
        load_config(global)?
    } else {
        None
    };
    let previous = match (&args.out, args.diff) {
        (Some(path), true) if path.exists() => {
            let source = read_text(path)?;
            Some(load_sources(&[source])?)
        }
        _ => None,
    };
    match &args.out {
        Some(path) => {
            write_atomic(path, &sdl)?;
            crate::messages::progress(
                global.message_format,
                format_args!("wrote {}", path.display()),
            );
        }
        None => output::print(&sdl)?,
    }
    if !args.diff {
        return Ok(Outcome::Clean);
    }
    match previous {
        Some(previous) => super::diff::print_diff(
            &previous,
            &schema,
            &args.diff_options,
            config.as_ref(),
            global.message_format,
        ),
        None => {
            crate::messages::progress(
                global.message_format,
                "there was no previous schema to diff against",
            );
            Ok(Outcome::Clean)
        }
    }
}

/// `Name: value` pairs, refusing anything else.
fn parse_headers(raw: &[String]) -> Result<Vec<(String, String)>, Failure> {
    let mut headers = Vec::new();
    let mut errors = Vec::new();
    for header in raw {
        match header.split_once(':') {
            Some((name, value))
                if !name.trim().is_empty()
                    && reqwest::header::HeaderName::from_bytes(name.trim().as_bytes()).is_ok() =>
            {
                headers.push((name.trim().to_owned(), value.trim().to_owned()))
            }
            _ => errors.push(
                Diagnostic::error(
                    codes::BAD_HEADER,
                    format!("`{header}` is not an HTTP header"),
                )
                .with_help(
                    "write headers as --header 'Name: value', e.g. --header 'Authorization: TOKEN'",
                ),
            ),
        }
    }
    if errors.is_empty() {
        Ok(headers)
    } else {
        Err(Failure::from(errors))
    }
}

/// POSTs the introspection query and returns the body of a 200 response; a server that refuses
/// `isOneOf` is asked once more without it.
async fn fetch(
    url: &str,
    headers: Vec<(String, String)>,
    format: MessageFormat,
) -> Result<String, Failure> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .user_agent(concat!("krakenql/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|error| fetch_error(format!("cannot build the HTTP client: {error}"), None))?;
    let (status, text) = post(&client, url, &headers, INTROSPECTION_QUERY).await?;
    if refuses_is_one_of(&text) {
        crate::messages::progress(
            format,
            format_args!(
                "note: {url} does not know `isOneOf` (GraphQL, September 2025); fetched again \
                 without it, so no input object of the fetched schema is marked `@oneOf`"
            ),
        );
        let (status, text) =
            post(&client, url, &headers, INTROSPECTION_QUERY_WITHOUT_ONE_OF).await?;
        return successful(url, status, text);
    }
    successful(url, status, text)
}

/// Whether `text` is a GraphQL response refusing the `isOneOf` field: no schema, and an error
/// that names the field (graphql-js: `Cannot query field "isOneOf" on type "__Type".`;
/// apollo-compiler: ``type `__Type` does not have a field `isOneOf` ``).
fn refuses_is_one_of(text: &str) -> bool {
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return false;
    };
    let has_schema = value
        .get("data")
        .and_then(|data| data.get("__schema"))
        .is_some_and(|schema| !schema.is_null());
    !has_schema
        && value
            .get("errors")
            .and_then(Value::as_array)
            .is_some_and(|errors| {
                errors.iter().any(|error| {
                    error
                        .get("message")
                        .and_then(Value::as_str)
                        .is_some_and(|message| message.contains("isOneOf"))
                })
            })
}

/// POSTs `query` and returns the status and body of the answer, whatever the status.
async fn post(
    client: &reqwest::Client,
    url: &str,
    headers: &[(String, String)],
    query: &str,
) -> Result<(reqwest::StatusCode, String), Failure> {
    let mut request = client
        .post(url)
        .header(reqwest::header::ACCEPT, "application/json")
        .json(&json!({ "query": query, "operationName": "IntrospectionQuery" }));
    for (name, value) in headers {
        request = request.header(name, value);
    }
    let response = request.send().await.map_err(|error| {
        let message = if error.is_connect() {
            format!("cannot connect to {url}: {}", innermost(&error))
        } else if error.is_timeout() {
            format!("{url} did not answer within 60 seconds")
        } else {
            format!("cannot reach {url}: {}", error_chain(&error))
        };
        fetch_error(
            message,
            Some("check the URL, that the server is running, and your network"),
        )
    })?;
    let status = response.status();
    let text = response.text().await.map_err(|error| {
        fetch_error(
            format!("cannot read the response of {url}: {}", error_chain(&error)),
            None,
        )
    })?;
    Ok((status, text))
}

/// The body of a successful answer, or a failure naming the status and a likely cause.
fn successful(url: &str, status: reqwest::StatusCode, text: String) -> Result<String, Failure> {
    if !status.is_success() {
        let hint = if matches!(status.as_u16(), 401 | 403) {
            "pass a token with --header 'Authorization: TOKEN'"
        } else {
            "check that the URL is the GraphQL endpoint (Kraken's is https://api.octopus.energy/v1/graphql/)"
        };
        return Err(fetch_error(
            format!("{url} answered HTTP {status}{}", excerpt(&text)),
            Some(hint),
        ));
    }
    Ok(text)
}

/// A GraphQL error response (introspection disabled, auth refused) becomes a clear failure;
/// non-JSON bodies too. Other shapes are left to the introspection reader.
fn check_graphql_errors(url: &str, text: &str) -> Result<(), Failure> {
    let value: Value = serde_json::from_str(text).map_err(|error| {
        fetch_error(
            format!("{url} did not answer JSON ({error}){}", excerpt(text)),
            Some("check that the URL is a GraphQL endpoint, not a web page"),
        )
    })?;
    let has_schema = value
        .get("data")
        .and_then(|data| data.get("__schema"))
        .is_some_and(|schema| !schema.is_null());
    let messages: Vec<&str> = value
        .get("errors")
        .and_then(Value::as_array)
        .map(|errors| {
            errors
                .iter()
                .filter_map(|error| error.get("message").and_then(Value::as_str))
                .collect()
        })
        .unwrap_or_default();
    if !has_schema && !messages.is_empty() {
        return Err(fetch_error(
            format!(
                "{url} answered the introspection query with errors: {}",
                messages.join("; ")
            ),
            Some("the endpoint may disable introspection or need --header 'Authorization: TOKEN'"),
        ));
    }
    Ok(())
}

fn fetch_error(message: String, help: Option<&str>) -> Failure {
    let diagnostic = Diagnostic::error(codes::FETCH_FAILED, message);
    Failure::from(match help {
        Some(help) => diagnostic.with_help(help),
        None => diagnostic,
    })
}

/// The error and its causes, `a: b: c`, without repeats.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut parts = vec![error.to_string()];
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if parts.last() != Some(&text) {
            parts.push(text);
        }
        source = cause.source();
    }
    parts.join(": ")
}

/// The deepest cause of an error (for a refused connection: the OS error).
fn innermost(error: &dyn std::error::Error) -> String {
    let mut deepest = error;
    while let Some(cause) = deepest.source() {
        deepest = cause;
    }
    deepest.to_string()
}

/// The start of a response body, for error messages.
fn excerpt(text: &str) -> String {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return String::new();
    }
    let short: String = trimmed.chars().take(200).collect();
    let more = if short.len() < trimmed.len() {
        "…"
    } else {
        ""
    };
    format!(": {short}{more}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_headers_and_refuses_bad_ones() {
        let headers = parse_headers(&["Authorization: abc".to_owned(), "X-A:b:c".to_owned()])
            .expect("valid headers");
        assert_eq!(
            headers,
            vec![
                ("Authorization".to_owned(), "abc".to_owned()),
                ("X-A".to_owned(), "b:c".to_owned())
            ]
        );
        let failure = parse_headers(&["no colon".to_owned(), "bad name: x".to_owned()])
            .expect_err("bad headers");
        assert_eq!(
            failure
                .render(MessageFormat::Human)
                .matches("bad-header")
                .count(),
            2
        );
    }

    #[test]
    fn graphql_errors_without_a_schema_fail() {
        let failure = check_graphql_errors(
            "http://x/",
            r#"{"errors":[{"message":"introspection is disabled"}]}"#,
        )
        .expect_err("errors");
        assert!(failure
            .render(MessageFormat::Human)
            .contains("introspection is disabled"));
        assert!(check_graphql_errors("http://x/", "<html>").is_err());
        assert!(check_graphql_errors("http://x/", r#"{"data":{"__schema":{}}}"#).is_ok());
    }

    #[test]
    fn only_a_refusal_naming_is_one_of_asks_again() {
        let graphql_js =
            r#"{"errors":[{"message":"Cannot query field \"isOneOf\" on type \"__Type\"."}]}"#;
        assert!(refuses_is_one_of(graphql_js));
        let apollo = r#"{"errors":[{"message":"type `__Type` does not have a field `isOneOf`"}],"data":null}"#;
        assert!(refuses_is_one_of(apollo));
        assert!(!refuses_is_one_of(
            r#"{"errors":[{"message":"introspection is disabled"}]}"#
        ));
        assert!(!refuses_is_one_of(
            r#"{"data":{"__schema":{}},"errors":[{"message":"isOneOf is slow"}]}"#
        ));
        assert!(!refuses_is_one_of("<html>isOneOf</html>"));
    }
}
