//! The command line: every command, flag and value, as clap derive types.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

/// krakenql: deprecation gate, typed client code, mocks and docs for the Kraken GraphQL API.
#[derive(Debug, Parser)]
#[command(name = "krakenql", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// A schema file (SDL or introspection JSON); repeat to load several files as one schema.
    /// Default: `schema` in graphql.config.toml, else the bundled schema (Kraken's platform-wide
    /// schema, merged from every brand's).
    #[arg(long, global = true, value_name = "PATH")]
    pub schema: Vec<PathBuf>,
    /// The config file to read. Default: graphql.config.toml in the current directory, else in
    /// the nearest parent directory up to the repository root (the one holding `.git`). Paths
    /// in every output are relative to the config's directory.
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// How diagnostics are written to stderr: `human` (code frames) or `json` (one
    /// `{"diagnostics": […]}` object, each diagnostic in the shape of `lint --format json`, and
    /// nothing else on stderr). Named after cargo's `--message-format` rather than rustc's
    /// `--error-format` because it covers the warnings and notes of a run too, not only the
    /// errors that stop it.
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "FORMAT",
        default_value_t = MessageFormat::Human,
        env = "KRAKENQL_MESSAGE_FORMAT"
    )]
    pub message_format: MessageFormat,
}

/// How diagnostics reach stderr (`--message-format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MessageFormat {
    /// Code frames for people.
    Human,
    /// JSON for tools.
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check operations against the schema and Kraken's deprecation dates (the CI gate).
    Lint(LintArgs),
    /// Generate the typed Rust client modules the config asks for (`[extensions.krakenql] output`).
    ///
    /// The operations get `krakenql lint`'s verdict first, with the same config: when lint
    /// would fail (an invalid operation, or a deprecated item past its removal date that
    /// `allow_removed` does not list), generate exits 1 with those findings and writes nothing,
    /// so the previous output stays; warnings are printed and do not stop it.
    Generate(GenerateArgs),
    /// Print the module `#[kraken_query]` expands to for one operation file.
    Expand(ExpandArgs),
    /// Write the prepared expansions of a crate's `#[kraken_query]` invocations (commit them).
    Prepare(PrepareArgs),
    /// Inspect, convert and import schemas.
    #[command(subcommand)]
    Schema(SchemaCommand),
    /// Render the reference docs (Markdown, HTML or text) with a deprecation timeline.
    Docs(DocsArgs),
    /// Answer an operation with deterministic example data, or serve mocks over HTTP.
    Mock(Box<MockArgs>),
}

/// Arguments of `krakenql lint`.
#[derive(Debug, Args)]
pub struct LintArgs {
    /// Files, directories (walked, honouring .gitignore) or quoted globs of .graphql, .gql and
    /// .rs files. Default: `documents` in graphql.config.toml, else the current directory.
    pub paths: Vec<String>,
    /// The date to judge removal dates by (YYYY-MM-DD); default: the config's, else today (UTC).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = LintFormat::Human)]
    pub format: LintFormat,
    /// Make a deprecation an error, not a warning, when its removal date is within DAYS days
    /// (past removals are always errors). `--warn-within` is its old name.
    #[arg(long = "error-within", alias = "warn-within", value_name = "DAYS")]
    pub error_within: Option<u32>,
    /// Leave out findings recorded in this baseline file; fail only on new ones.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record every current finding in FILE (atomically) and exit 0.
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    pub write_baseline: Option<PathBuf>,
}

/// Arguments of `krakenql generate`.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Write nothing; exit 1 listing the files that are stale.
    #[arg(long)]
    pub check: bool,
    /// The date to judge removal dates and the schema's age by (YYYY-MM-DD); default: the
    /// config's, else today (UTC).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
}

/// Arguments of `krakenql expand`.
#[derive(Debug, Args)]
pub struct ExpandArgs {
    /// A .graphql file holding one operation (and the fragments it uses), or a .rs file whose
    /// `#[kraken_query]` attributes are expanded as the macro expands them in its crate.
    pub file: PathBuf,
    /// The day removal dates are judged by (default: the config's `today`, else today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
}

/// Arguments of `krakenql prepare`.
#[derive(Debug, Args)]
pub struct PrepareArgs {
    /// The crate's directory (where its Cargo.toml is): every `.rs` file under it is read, and
    /// paths resolve from it as the macro resolves them from CARGO_MANIFEST_DIR. Like the
    /// macro, it reads only this directory's graphql.config.toml, never a parent's.
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// Write nothing; exit 1 listing missing, stale and unused entries.
    #[arg(long)]
    pub check: bool,
}

/// Formats of the lint report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LintFormat {
    /// Code frames for people.
    Human,
    /// One JSON object: `diagnostics` (code, rule, severity, message, file, line, column,
    /// operation, coordinate, deprecation dates) and a `summary` of counts.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
    /// GitHub workflow annotations.
    Github,
    /// JUnit XML.
    Junit,
}

#[derive(Debug, Subcommand)]
pub enum SchemaCommand {
    /// List every deprecated field, argument, input field and enum value with its dates.
    Deprecations(DeprecationsArgs),
    /// List the possible Kraken errors (`KT-CT-…` codes) the schema's descriptions give per field.
    Errors(ErrorsArgs),
    /// Count types, fields and deprecations of the schema.
    Stats,
    /// Read the Kraken docs reference page and print the schema it documents as SDL.
    ImportDocs(ImportDocsArgs),
    /// Convert an introspection JSON response to SDL.
    FromIntrospection(FromIntrospectionArgs),
    /// Introspect a GraphQL endpoint (deprecated arguments and input fields included) and
    /// print its schema as SDL.
    Fetch(FetchArgs),
    /// What changed between two schemas (named as graphql-js names changes), and which of
    /// your operations each change breaks. Exit 1 when a change breaks an operation (without
    /// --documents: when any change is breaking).
    Diff(DiffArgs),
}

/// Arguments of `krakenql schema diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The schema before (SDL or introspection JSON).
    pub old: PathBuf,
    /// The schema after (SDL or introspection JSON).
    pub new: PathBuf,
    #[command(flatten)]
    pub options: DiffOptions,
}

/// How a schema diff reads operations and prints, shared by `schema diff` and `fetch --diff`.
#[derive(Debug, Args)]
pub struct DiffOptions {
    /// Files, directories or quoted globs of your operations: each change lists the operations
    /// it touches and whether it breaks them. Default: `documents` in graphql.config.toml.
    #[arg(long, value_name = "PATHS_OR_GLOBS", num_args = 1..)]
    pub documents: Vec<String>,
    /// The date removal dates are counted from (YYYY-MM-DD), and for `schema fetch` the fetch
    /// date written into the header; default: the config's, else today (UTC).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormatArg::Human)]
    pub format: DiffFormatArg,
}

/// Formats of the schema diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormatArg {
    /// Grouped by criticality and type, operations under their change.
    Human,
    /// One JSON object: changes, summary, invalid operations.
    Json,
    /// A pull-request comment: summary table and `<details>` blocks.
    Markdown,
    /// GitHub workflow annotations on the operations that break.
    Github,
}

#[derive(Debug, Args)]
pub struct DeprecationsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    pub format: ReportFormat,
    /// The date to count days against (YYYY-MM-DD); default: the config's, else today (UTC).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct ErrorsArgs {
    /// A field (`Mutation.obtainKrakenToken`) or an object type (`Mutation`); default: every
    /// field that lists possible errors.
    pub coordinate: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    pub format: ReportFormat,
}

#[derive(Debug, Args)]
pub struct ImportDocsArgs {
    /// The reference page (text scrape of the official Query reference).
    pub file: PathBuf,
    /// Which section to print.
    #[arg(long, value_enum, default_value_t = SectionArg::Api)]
    pub section: SectionArg,
}

#[derive(Debug, Args)]
pub struct FromIntrospectionArgs {
    /// The introspection response (`{"data":{"__schema":…}}` or `{"__schema":…}`).
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct FetchArgs {
    /// The GraphQL endpoint, e.g. https://api.octopus.energy/v1/graphql/.
    pub url: String,
    /// An HTTP header to send, `Name: value` (repeatable), e.g. `Authorization: TOKEN`.
    #[arg(long = "header", value_name = "NAME: VALUE")]
    pub headers: Vec<String>,
    /// Write the SDL to FILE (atomically) instead of printing it.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Also print the diff from FILE's previous content to the fetched schema (as
    /// `schema diff` prints it, same exit status); needs --out.
    #[arg(long, requires = "out")]
    pub diff: bool,
    #[command(flatten)]
    pub diff_options: DiffOptions,
}

/// Arguments of `krakenql mock`: one operation answered on stdout, or `mock serve`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct MockArgs {
    #[command(subcommand)]
    pub command: Option<MockCommand>,
    #[command(flatten)]
    pub query: MockQueryArgs,
}

#[derive(Debug, Subcommand)]
pub enum MockCommand {
    /// Serve GraphQL over HTTP (POST JSON, GET query parameters) with mock data.
    Serve(MockServeArgs),
}

/// Arguments of `krakenql mock --query FILE`.
#[derive(Debug, Args)]
pub struct MockQueryArgs {
    /// A .graphql file holding the operation (and the fragments it uses).
    #[arg(long, value_name = "FILE", required = true)]
    pub query: Option<PathBuf>,
    /// The variables as a JSON object, or `@FILE` to read them from a file.
    #[arg(long, value_name = "JSON|@FILE")]
    pub variables: Option<String>,
    /// Which operation of the document to run, when it holds several.
    #[arg(long, value_name = "NAME")]
    pub operation: Option<String>,
    #[command(flatten)]
    pub mock: MockOptions,
}

/// Arguments of `krakenql mock serve`.
#[derive(Debug, Args)]
pub struct MockServeArgs {
    /// The address to listen on; port 0 picks a free port (printed on start).
    #[arg(long, value_name = "IP:PORT", default_value = "127.0.0.1:4000")]
    pub addr: std::net::SocketAddr,
    /// Require `Authorization: TOKEN` (or `Bearer TOKEN`, `JWT TOKEN`) on every request.
    #[arg(long, value_name = "TOKEN")]
    pub require_auth: Option<String>,
    /// The largest request body accepted, in bytes; larger requests get 413.
    #[arg(long, value_name = "BYTES", default_value_t = 1024 * 1024)]
    pub max_body: usize,
    #[command(flatten)]
    pub server_limits: crate::limits::ServerLimitArgs,
    #[command(flatten)]
    pub mock: MockOptions,
}

/// How mock data is made, shared by `mock` and `mock serve`.
#[derive(Debug, Args)]
pub struct MockOptions {
    /// Values to use instead of the examples: a .toml or .json file of overrides per type,
    /// coordinate (`AccountType.balance`) or path.
    #[arg(long, value_name = "FILE")]
    pub overrides: Option<PathBuf>,
    /// Answer the field at a response path with a Kraken error the schema lists for it, e.g.
    /// `setDevicePreferences=KT-CT-4321` (repeatable; the same as an overrides file's `errors`).
    #[arg(long = "error", value_name = "PATH=CODE", value_parser = parse_error_override)]
    pub errors: Vec<(String, String)>,
    /// Vary the example data reproducibly (IDs per list element, list lengths).
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// Answer fields whose removal date is on or before this day with Kraken's error for a
    /// removed field; default: the config's `today`, else no time travel.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
    #[command(flatten)]
    pub limits: crate::limits::LimitArgs,
}

/// Report formats of the schema commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Human,
    Json,
}

/// The sections of the reference page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SectionArg {
    /// The API site (api.octopus.energy).
    Api,
    /// The authentication server (auth.octopus.energy).
    Auth,
}

/// Parses `PATH=CODE` (`setDevicePreferences=KT-CT-4321`), refusing an empty path segment or a
/// code that is not a Kraken code.
pub fn parse_error_override(text: &str) -> Result<(String, String), String> {
    let help =
        "write PATH=CODE, e.g. `setDevicePreferences=KT-CT-4321` or `account.ledgers.0=KT-CT-1111`";
    let Some((path, code)) = text.split_once('=') else {
        return Err(format!("`{text}` has no `=`: {help}"));
    };
    let (path, code) = (path.trim(), code.trim());
    if path.is_empty() || path.split('.').any(str::is_empty) {
        return Err(format!("`{path}` is not a response path: {help}"));
    }
    let is_code = code
        .strip_prefix("KT-")
        .and_then(|rest| rest.split_once('-'))
        .is_some_and(|(scope, number)| {
            !scope.is_empty()
                && scope.chars().all(|c| c.is_ascii_uppercase())
                && !number.is_empty()
                && number.chars().all(|c| c.is_ascii_digit())
        });
    if !is_code {
        return Err(format!(
            "`{code}` is not a Kraken error code such as KT-CT-4321: {help}"
        ));
    }
    Ok((path.to_owned(), code.to_owned()))
}

/// Parses a `YYYY-MM-DD` date, refusing dates that do not exist.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("`{text}` is not a real date written YYYY-MM-DD, e.g. 2026-11-27"))
}

/// Arguments of `krakenql docs`.
#[derive(Debug, Args)]
pub struct DocsArgs {
    /// The directory to write the pages to (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DocsFormatArg::Html)]
    pub format: DocsFormatArg,
    /// Files, directories or quoted globs of your operations: adds a "your operations" page
    /// listing which operations use which deprecated items and by when they must change.
    #[arg(long, value_name = "GLOBS", num_args = 1..)]
    pub documents: Vec<String>,
    /// The date to judge removal dates by (YYYY-MM-DD); default: the config's, else today (UTC).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
    /// A directory of templates replacing the built-in ones by file name (e.g. `html/root.html`).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// The endpoint shown as each field's URL; default: the Kraken API site for the bundled
    /// schema, none otherwise.
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
}

/// Formats of the docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocsFormatArg {
    /// Markdown pages.
    Markdown,
    /// A static HTML site that works opened from disk.
    Html,
    /// Plain text in the form of the official reference page.
    Text,
}
