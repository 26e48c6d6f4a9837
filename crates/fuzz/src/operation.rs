//! The properties of one operation against one schema: lint, generate and mock never panic
//! and agree with apollo-compiler's validation, and a valid operation's mock response reads
//! into its generated `ResponseData`.

use apollo_compiler::ExecutableDocument;
use chrono::NaiveDate;
use krakenql::mock::{MockRequest, Mocks};
use krakenql_codegen::rust::{generate_single, CodegenError, RustOptions};
use krakenql_lint::{lint, LintOptions, LintSource, SourceKind};
use krakenql_schema::KrakenSchema;
use serde_json::Value;

use crate::shape;
use crate::violation::{Outcome, Violation};

/// The name the operation is linted, generated and validated under.
const FILE: &str = "fuzz.graphql";

/// The lint rules that are spec validation: `invalid-operation` and `syntax-error`.
const VALIDATION_RULES: &[&str] = &["KQL100", "KQL101"];

/// What a schema allows the code generator to refuse for a valid operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scalars {
    /// Every scalar has a Rust type (the bundled schema): `UnmappedScalar` is a violation.
    Mapped,
    /// A generated schema's custom scalars have none: `UnmappedScalar` is a refusal.
    MayBeUnmapped,
}

/// Runs every property on `text`.
pub(crate) fn check(
    schema: &KrakenSchema,
    mocks: &Mocks,
    text: &str,
    scalars: Scalars,
) -> Result<Outcome, Violation> {
    let fail = |property: &'static str, message: String| Violation::new(property, message, text);
    let apollo = ExecutableDocument::parse_and_validate(schema.schema(), text, FILE);
    let apollo_valid = apollo.is_ok();

    let options = LintOptions::new(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default());
    let report = lint(
        schema,
        vec![LintSource::new(FILE, text, SourceKind::Graphql)],
        &options,
    );
    let blocking: Vec<&str> = report
        .diagnostics
        .iter()
        .filter(|d| VALIDATION_RULES.contains(&d.rule.code))
        .map(|d| d.message.as_str())
        .collect();
    if blocking.is_empty() != apollo_valid {
        let apollo_says = match &apollo {
            Ok(_) => "valid".to_owned(),
            Err(errors) => format!("invalid: {}", errors.errors),
        };
        return Err(fail(
            "lint agrees with apollo-compiler",
            format!("apollo-compiler: {apollo_says}; lint's validation findings: {blocking:?}"),
        ));
    }

    let generated = generate_single(schema, text, FILE, &RustOptions::default());
    let source = match (apollo_valid, generated) {
        (true, Ok(source)) => Some(source),
        (false, Ok(_)) => {
            return Err(fail(
                "generate refuses an invalid operation",
                "generate_single gave code for an operation apollo-compiler rejects".to_owned(),
            ))
        }
        (false, Err(_)) => None,
        (true, Err(CodegenError::AnonymousOperation { .. })) => None,
        (true, Err(CodegenError::UnmappedScalar { .. })) if scalars == Scalars::MayBeUnmapped => {
            None
        }
        (true, Err(error)) => {
            return Err(fail(
                "generate accepts a valid operation",
                format!("generate_single refused it: {error}"),
            ))
        }
    };

    let response = mocks.execute(&MockRequest::new(text));
    let data = response.data().filter(|data| !data.is_null());
    if !apollo_valid {
        if data.is_some() || response.errors().is_empty() {
            return Err(fail(
                "mock refuses an invalid operation",
                format!("the mock answered {}", response.body),
            ));
        }
        return Ok(Outcome::Rejected);
    }
    let unnamed_errors: Vec<&Value> = response
        .errors()
        .iter()
        .filter(|error| error.pointer("/extensions/code").is_none())
        .collect();
    // The case sends no variables: a required one is rightly refused.
    let needs_variables = apollo.as_ref().is_ok_and(|document| {
        document.operations.iter().any(|operation| {
            operation
                .variables
                .iter()
                .any(|v| v.ty.is_non_null() && v.default_value.is_none())
        })
    });
    if !unnamed_errors.is_empty() && !needs_variables {
        return Err(fail(
            "mock answers a valid operation",
            format!("errors without a code (a limit or Kraken error has one): {unnamed_errors:?}"),
        ));
    }
    let (Some(_), Some(source)) = (data, source) else {
        return Ok(Outcome::Accepted);
    };
    if !response.errors().is_empty() {
        return Ok(Outcome::Accepted);
    }
    // A client sends the generated `QUERY`, which adds the `__typename`s the types read.
    let (sent, mocked) = shape::sent_and_mocked(&source).map_err(|error| {
        fail(
            "generated code has a QUERY",
            format!("{error}\n--- generated ---\n{source}"),
        )
    })?;
    let response = mocks.execute(&MockRequest::new(sent.as_str()));
    let Some(data) = response.data().filter(|data| !data.is_null()) else {
        return Err(fail(
            "the mock answers the generated QUERY",
            format!("the mock answered {}\n--- QUERY ---\n{sent}", response.body),
        ));
    };
    shape::check(&source, data).map_err(|mismatch| {
        fail(
            "the mock's response reads into the generated ResponseData",
            format!("{mismatch}\n--- response ---\n{data}\n--- QUERY ---\n{sent}"),
        )
    })?;
    if let Some(mocked) = mocked {
        if &mocked != data {
            return Err(fail(
                "the typed mock equals the mock executor's data",
                format!("typed mock:\n{mocked}\nexecutor:\n{data}"),
            ));
        }
    }
    Ok(Outcome::Accepted)
}
