//! The mock executor: the value policy, overrides, seed, time travel and request errors, as
//! snapshots of the JSON bodies it answers.

/// `insta::assert_snapshot!` under the names this target's snapshots have always had:
/// `tests/snapshots/mock__<name>.snap`, whichever module asserts. Insta would otherwise put the
/// module path in the name and look beside the module's file.
macro_rules! assert_mock_snapshot {
    ($name:literal, $value:expr $(,)?) => {
        insta::with_settings!(
            {
                snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots"),
                prepend_module_to_snapshot => false,
            },
            { insta::assert_snapshot!(concat!("mock__", $name), $value) }
        )
    };
}

mod coercion;
mod introspection;
mod overrides;
mod policy;
mod requests;
mod seed;
mod time_travel;

use std::sync::Arc;

use krakenql::mock::{MockRequest, MockResponse, Mocks};
use krakenql_schema::load::load_sources;
use krakenql_schema::SourceFile;
use serde_json::{Map, Value};

/// The schema every test but the bundled-schema one runs against.
const SCHEMA: &str = r#"
schema { query: Query mutation: Mutation }
type Query {
  account(accountNumber: String!): AccountType
  viewer: User!
  bills(
    first: Int = 10
    last: Int @deprecated(reason: "The 'last' argument is deprecated.\n\n- Marked as deprecated on 2021-10-12.\n- Scheduled for removal on or after 2024-01-01.")
  ): [BillInterface!]
  thing: Thing
  legacy: String @deprecated(reason: "The 'legacy' field is deprecated.\n\nPlease use 'account' instead.\n\n- Marked as deprecated on 2021-10-12.\n- Scheduled for removal on or after 2024-01-01.")
  legacyRequired: String! @deprecated(reason: "The 'legacyRequired' field is deprecated.\n\n- Marked as deprecated on 2021-10-12.\n- Scheduled for removal on or after 2027-01-01.")
}
type Mutation { ping: Boolean }
type AccountType {
  id: ID!
  number: String
  balance: Int!
  overdueBalance: Decimal
  createdAt: DateTime
  status: AccountStatus
  ledgers: [LedgerType!]!
  tags: [String]
}
type LedgerType { id: ID! name: String }
type User { id: ID! email: String account: AccountType! }
interface BillInterface { id: ID! issuedDate: Date }
type StatementType implements BillInterface { id: ID! issuedDate: Date closingBalance: Int }
type InvoiceType implements BillInterface { id: ID! issuedDate: Date grossAmount: Int }
union Thing = LedgerType | User
enum AccountStatus { PENDING ACTIVE }
scalar Decimal
scalar DateTime
scalar Date
"#;

/// Mocks over [`SCHEMA`] with the default settings.
pub fn mocks() -> Mocks {
    let schema = load_sources(&[SourceFile::new("test.graphql", SCHEMA)]).expect("schema loads");
    Mocks::new(Arc::new(schema))
}

/// Runs a query; `variables` is an object, anything else meaning none.
pub fn run(mocks: &Mocks, query: &str, variables: Value) -> MockResponse {
    let variables = match variables {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    mocks.execute(&MockRequest::new(query).variables(variables))
}

/// The response body as pretty-printed JSON.
pub fn pretty(response: &MockResponse) -> String {
    serde_json::to_string_pretty(&response.body).unwrap_or_default()
}
