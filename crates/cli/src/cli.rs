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
    /// Default: `schema` in graphql.config.toml, else the bundled Kraken UK schema.
    #[arg(long, global = true, value_name = "PATH")]
    pub schema: Vec<PathBuf>,
    /// The config file to read instead of ./graphql.config.toml.
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check operations against the schema and Kraken's deprecation dates (the CI gate).
    Lint(LintArgs),
    /// Generate the typed Rust client modules the config asks for (`[extensions.krakenql] output`).
    Generate(GenerateArgs),
    /// Print the module `#[kraken_query]` expands to for one operation file.
    Expand(ExpandArgs),
    /// Inspect, convert and import schemas.
    #[command(subcommand)]
    Schema(SchemaCommand),
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
    /// Treat a removal date within DAYS days as an error too.
    #[arg(long, value_name = "DAYS")]
    pub warn_within: Option<u32>,
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
}

/// Arguments of `krakenql expand`.
#[derive(Debug, Args)]
pub struct ExpandArgs {
    /// A .graphql file holding one operation (and the fragments it uses).
    pub file: PathBuf,
}

/// Formats of the lint report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LintFormat {
    /// Code frames for people.
    Human,
    /// The JSON shape of DESIGN.md.
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
    /// Count types, fields and deprecations of the schema.
    Stats,
    /// Read the Kraken docs reference page and print the schema it documents as SDL.
    ImportDocs(ImportDocsArgs),
    /// Convert an introspection JSON response to SDL.
    FromIntrospection(FromIntrospectionArgs),
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

/// Parses a `YYYY-MM-DD` date, refusing dates that do not exist.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("`{text}` is not a real date written YYYY-MM-DD, e.g. 2026-11-27"))
}
