//! The limits that bound the work of one request or command, as flags and as keys of
//! `[extensions.krakenql.limits]` in graphql.config.toml: a flag wins over the config, the
//! config over the default. Operation limits and the response budget protect `mock` and
//! `mock serve` (`generate` and `expand` read the operation limits of the config through
//! codegen's config); the server's timeouts and connection limit protect `mock serve` alone.

use std::time::Duration;

use clap::Args;
use krakenql_schema::config::CONFIG_FILE;
use krakenql_schema::limits::{limit_value, limits_table, OperationLimits};

use crate::failure::Failure;
use crate::inputs::LoadedConfig;

/// The limits on one operation and its execution (`mock` and `mock serve`).
#[derive(Debug, Args, Default)]
pub struct LimitArgs {
    /// The deepest nesting of fields an operation may have, fragments followed [default: 64;
    /// config `limits.max_depth`].
    #[arg(long, value_name = "N", value_parser = at_least_one::<usize>)]
    pub max_depth: Option<usize>,
    /// The most fields an operation may select, fragments expanded at every spread [default:
    /// 10000; config `limits.max_height`].
    #[arg(long, value_name = "N", value_parser = at_least_one::<usize>)]
    pub max_height: Option<usize>,
    /// The most aliased fields, fragments expanded [default: 256; config `limits.max_aliases`].
    #[arg(long, value_name = "N", value_parser = at_least_one::<usize>)]
    pub max_aliases: Option<usize>,
    /// The most fields on the root type [default: 128; config `limits.max_root_fields`].
    #[arg(long, value_name = "N", value_parser = at_least_one::<usize>)]
    pub max_root_fields: Option<usize>,
    /// The most lexical tokens a request document may have; the parser stops there [default:
    /// 15000; config `limits.max_tokens`].
    #[arg(long, value_name = "N", value_parser = at_least_one::<usize>)]
    pub max_tokens: Option<usize>,
    /// The largest response built, in bytes of JSON [default: 16777216; config
    /// `limits.max_response_bytes`].
    #[arg(long, value_name = "BYTES", value_parser = at_least_one::<usize>)]
    pub max_response_bytes: Option<usize>,
    /// The longest one execution may run, in milliseconds [default: 10000; config
    /// `limits.timeout_ms`].
    #[arg(long, value_name = "MS", value_parser = at_least_one::<u64>)]
    pub timeout_ms: Option<u64>,
}

/// The server's own limits (`mock serve`).
#[derive(Debug, Args, Default)]
pub struct ServerLimitArgs {
    /// The most connections served at once; more wait in the listen queue [default: 512;
    /// config `limits.max_connections`].
    #[arg(long, value_name = "N", value_parser = at_least_one::<usize>)]
    pub max_connections: Option<usize>,
    /// How long a client may take to send a request's headers, and how long a keep-alive
    /// connection may stay idle, in milliseconds [default: 10000; config
    /// `limits.header_timeout_ms`].
    #[arg(long, value_name = "MS", value_parser = at_least_one::<u64>)]
    pub header_timeout_ms: Option<u64>,
    /// How long a client may take to send a request's body, in milliseconds [default: 10000;
    /// config `limits.body_timeout_ms`].
    #[arg(long, value_name = "MS", value_parser = at_least_one::<u64>)]
    pub body_timeout_ms: Option<u64>,
    /// How long shutdown waits for requests in flight before it exits, in milliseconds
    /// [default: 5000; config `limits.shutdown_timeout_ms`].
    #[arg(long, value_name = "MS", value_parser = at_least_one::<u64>)]
    pub shutdown_timeout_ms: Option<u64>,
}

/// The limits of an execution, resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExecutionLimits {
    pub operation: OperationLimits,
    pub max_response_bytes: usize,
    pub timeout: Duration,
}

/// The server's limits, resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerLimits {
    pub max_connections: usize,
    pub header_timeout: Duration,
    pub body_timeout: Duration,
    pub shutdown_timeout: Duration,
}

/// A limit flag's parser: a whole number of at least 1, as the config's keys must be (a limit
/// of 0 would refuse everything).
fn at_least_one<T: std::str::FromStr + PartialOrd + From<u8>>(text: &str) -> Result<T, String> {
    match text.trim().parse::<T>() {
        Ok(n) if n >= T::from(1) => Ok(n),
        _ => Err("a limit is a whole number of at least 1".to_owned()),
    }
}

/// The `[extensions.krakenql.limits]` table, checked by `krakenql_schema::limits` (known keys,
/// positive whole numbers), the same reader `generate` and `expand` use.
struct Table<'c> {
    table: Option<&'c toml::Table>,
    /// The config file's name, for errors.
    name: &'c str,
}

impl<'c> Table<'c> {
    fn read(config: Option<&'c LoadedConfig>) -> Result<Self, Failure> {
        let name = config.map_or(CONFIG_FILE, |loaded| loaded.name.as_str());
        let table = match config {
            Some(loaded) => limits_table(&loaded.config, name, "")?,
            None => None,
        };
        Ok(Table { table, name })
    }

    fn get(&self, key: &str) -> Result<Option<u64>, Failure> {
        Ok(limit_value(self.table, key, self.name, "")?)
    }

    fn size(&self, flag: Option<usize>, key: &str, default: usize) -> Result<usize, Failure> {
        Ok(match flag {
            Some(n) => n,
            None => self
                .get(key)?
                .map_or(default, |n| usize::try_from(n).unwrap_or(usize::MAX)),
        })
    }

    fn millis(&self, flag: Option<u64>, key: &str, default: u64) -> Result<Duration, Failure> {
        let ms = match flag {
            Some(n) => n,
            None => self.get(key)?.unwrap_or(default),
        };
        Ok(Duration::from_millis(ms))
    }
}

impl LimitArgs {
    /// The flags, else the config's keys, else the defaults.
    pub fn resolve(&self, config: Option<&LoadedConfig>) -> Result<ExecutionLimits, Failure> {
        let table = Table::read(config)?;
        let defaults = OperationLimits::DEFAULT;
        Ok(ExecutionLimits {
            operation: OperationLimits {
                max_depth: table.size(self.max_depth, "max_depth", defaults.max_depth)?,
                max_height: table.size(self.max_height, "max_height", defaults.max_height)?,
                max_aliases: table.size(self.max_aliases, "max_aliases", defaults.max_aliases)?,
                max_root_fields: table.size(
                    self.max_root_fields,
                    "max_root_fields",
                    defaults.max_root_fields,
                )?,
                max_tokens: table.size(self.max_tokens, "max_tokens", defaults.max_tokens)?,
            },
            max_response_bytes: table.size(
                self.max_response_bytes,
                "max_response_bytes",
                krakenql::mock::DEFAULT_MAX_RESPONSE_BYTES,
            )?,
            timeout: table.millis(self.timeout_ms, "timeout_ms", 10_000)?,
        })
    }
}

impl ServerLimitArgs {
    /// The flags, else the config's keys, else the defaults.
    pub fn resolve(&self, config: Option<&LoadedConfig>) -> Result<ServerLimits, Failure> {
        let table = Table::read(config)?;
        Ok(ServerLimits {
            max_connections: table.size(self.max_connections, "max_connections", 512)?,
            header_timeout: table.millis(self.header_timeout_ms, "header_timeout_ms", 10_000)?,
            body_timeout: table.millis(self.body_timeout_ms, "body_timeout_ms", 10_000)?,
            shutdown_timeout: table.millis(
                self.shutdown_timeout_ms,
                "shutdown_timeout_ms",
                5_000,
            )?,
        })
    }
}
