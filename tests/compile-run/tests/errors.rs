//! The generated `Error` enum of a mutation against the mock executor: for every code the schema
//! lists for `Mutation.updateApiExceptionNote`, the executor answers with that code (as an
//! `errors` override would) and `Response::kraken_errors` reads it as its own variant; a code the
//! schema does not list lands in `Other`; and the typed mock builder sends the same error shape.

use std::sync::{Arc, OnceLock};

use krakenql::mock::{MockRequest, Mocks, Overrides};
use krakenql::{ErrorCode, Operation, PathSegment, Response};
use krakenql_compile_run::generated::types;
use krakenql_compile_run::generated::update_api_exception_note::{
    self as op, Error, UpdateApiExceptionNote,
};
use krakenql_schema::load::load_sources;
use krakenql_schema::{Coordinate, KrakenSchema, SourceFile};
use serde_json::Value;

fn schema() -> Arc<KrakenSchema> {
    static SCHEMA: OnceLock<Arc<KrakenSchema>> = OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            let text = include_str!("../../../schema/kraken.graphql");
            Arc::new(load_sources(&[SourceFile::new("kraken.graphql", text)]).expect("loads"))
        })
        .clone()
}

fn variables() -> op::Variables {
    op::Variables {
        input: types::UpdateAPIExceptionNoteInput {
            body: "Called the customer back.".into(),
            api_exception_note_id: "42".into(),
        },
    }
}

fn request() -> MockRequest {
    let variables = match serde_json::to_value(variables()).expect("variables serialise") {
        Value::Object(map) => map,
        other => panic!("variables are not an object: {other}"),
    };
    MockRequest::new(UpdateApiExceptionNote::QUERY).variables(variables)
}

/// The executor's response with `overrides`, read as the client reads it.
fn answer(overrides: Overrides) -> (Mocks, Response<op::ResponseData>) {
    let mocks = Mocks::new(schema()).with_overrides(overrides);
    let body = mocks.execute(&request()).body;
    let response = serde_json::from_value(body.clone())
        .unwrap_or_else(|error| panic!("{body} does not read: {error}"));
    (mocks, response)
}

#[test]
fn every_listed_code_reads_as_its_variant() {
    let expected = [
        ("KT-CT-7807", Error::ReceivedAnInvalidApiExceptionNoteId),
        ("KT-CT-7808", Error::Unauthorized7808),
        ("KT-CT-1113", Error::DisabledGraphQlFieldRequested),
        ("KT-CT-1111", Error::Unauthorized1111),
        ("KT-CT-1112", Error::AuthorizationHeaderNotProvided),
    ];
    let coordinate = Coordinate::field("Mutation", "updateApiExceptionNote");
    let listed = schema().possible_errors_of(&coordinate).to_vec();
    let listed_codes: Vec<&str> = listed.iter().map(|error| error.code.as_str()).collect();
    let expected_codes: Vec<&str> = expected.iter().map(|(code, _)| *code).collect();
    assert_eq!(
        listed_codes, expected_codes,
        "the test covers every listed code"
    );

    for ((code, variant), schema_error) in expected.into_iter().zip(&listed) {
        let (mocks, response) = answer(Overrides::new().error("updateApiExceptionNote", code));
        assert_eq!(mocks.error_problems(&request()), []);
        let data = response.data.as_ref().expect("data");
        assert_eq!(data.update_api_exception_note, None, "{code}");
        let errors = response.kraken_errors::<UpdateApiExceptionNote>();
        assert_eq!(errors.len(), 1, "{code}");
        let error = &errors[0];
        assert_eq!(error.kind, variant);
        assert_eq!(error.kind.code(), code);
        assert_eq!(error.kind.message(), schema_error.message);
        assert_eq!(error.message(), schema_error.message);
        assert_eq!(
            error.error_description(),
            Some(schema_error.message.as_str())
        );
        let error_type = if code == "KT-CT-1113" {
            "VALIDATION"
        } else {
            "APPLICATION"
        };
        assert_eq!(error.error_type(), Some(error_type));
        assert_eq!(
            error.path(),
            [PathSegment::Key("updateApiExceptionNote".into())]
        );
        assert!(error.validation_errors().is_empty());
        assert_eq!(Error::from_code(code, "reworded by the server"), variant);
    }
}

#[test]
fn an_unlisted_code_lands_in_other() {
    let (mocks, response) = answer(Overrides::new().error_with_message(
        "updateApiExceptionNote",
        "KT-CT-1199",
        "Too many requests.",
    ));
    let problems = mocks.error_problems(&request());
    assert_eq!(problems.len(), 1, "the field does not list KT-CT-1199");
    let errors = response.kraken_errors::<UpdateApiExceptionNote>();
    assert_eq!(
        errors[0].kind,
        Error::Other {
            code: "KT-CT-1199".into(),
            message: "Too many requests.".into(),
        }
    );
    assert_eq!(errors[0].kind.code(), "KT-CT-1199");
    assert_eq!(errors[0].kind.message(), "Too many requests.");
}

#[test]
fn the_typed_mock_builder_sends_the_executor_s_error() {
    let built = op::mock_builder(&variables())
        .error("updateApiExceptionNote", Error::Unauthorized7808)
        .build_response()
        .expect("the mock reads");
    let (_, executed) = answer(Overrides::new().error("updateApiExceptionNote", "KT-CT-7808"));
    assert_eq!(built.data, executed.data);
    assert_eq!(built.errors.len(), 1);
    let (built, executed) = (&built.errors[0], &executed.errors[0]);
    assert_eq!(built.message, executed.message);
    assert_eq!(built.path, executed.path);
    assert_eq!(built.extensions, executed.extensions);
}
