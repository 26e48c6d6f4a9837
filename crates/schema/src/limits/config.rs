//! The `[extensions.krakenql.limits]` table of graphql.config.toml: which keys it may hold and
//! the operation limits it sets, so that `mock`, `generate`, `expand` and the macro read the same
//! numbers with the same checks.

use crate::codes;
use crate::config::{key_error, key_location, Config};
use crate::Diagnostic;

use super::OperationLimits;

/// Every key `[extensions.krakenql.limits]` may hold: the operation limits, then the execution
/// limits of `mock`, then the server's own (`mock serve`).
pub const CONFIG_KEYS: [&str; 11] = [
    "max_depth",
    "max_height",
    "max_aliases",
    "max_root_fields",
    "max_tokens",
    "max_response_bytes",
    "timeout_ms",
    "max_connections",
    "header_timeout_ms",
    "body_timeout_ms",
    "shutdown_timeout_ms",
];

/// The `[extensions.krakenql.limits]` table of a config, checked: a table, known keys only.
/// `None` when the config has no such table.
pub fn limits_table<'c>(
    config: &'c Config,
    file: &str,
    text: &str,
) -> Result<Option<&'c toml::Table>, Diagnostic> {
    let Some(value) = config.krakenql.get("limits") else {
        return Ok(None);
    };
    let Some(table) = value.as_table() else {
        return Err(key_error(
            file,
            text,
            "extensions.krakenql.limits",
            "a table of limits",
        ));
    };
    if let Some(unknown) = table
        .keys()
        .find(|key| !CONFIG_KEYS.contains(&key.as_str()))
    {
        let key = format!("extensions.krakenql.limits.{unknown}");
        return Err(Diagnostic::error(
            codes::CONFIG_VALUE,
            format!("`{key}` in {file} is not a limit krakenql knows"),
        )
        .at(key_location(file, text, &key))
        .with_help(format!("the limits are: {}", CONFIG_KEYS.join(", "))));
    }
    Ok(Some(table))
}

/// One key of the limits table: a positive whole number, or `None` when absent.
pub fn limit_value(
    table: Option<&toml::Table>,
    key: &str,
    file: &str,
    text: &str,
) -> Result<Option<u64>, Diagnostic> {
    let Some(value) = table.and_then(|table| table.get(key)) else {
        return Ok(None);
    };
    match value.as_integer().and_then(|n| u64::try_from(n).ok()) {
        Some(n) if n > 0 => Ok(Some(n)),
        _ => Err(key_error(
            file,
            text,
            &format!("extensions.krakenql.limits.{key}"),
            "a positive whole number",
        )),
    }
}

impl OperationLimits {
    /// The operation limits a config sets, each key over its default
    /// ([`OperationLimits::DEFAULT`]); `file` and `text` name the config in errors.
    pub fn from_config(
        config: &Config,
        file: &str,
        text: &str,
    ) -> Result<OperationLimits, Diagnostic> {
        let table = limits_table(config, file, text)?;
        let size = |key: &str, default: usize| -> Result<usize, Diagnostic> {
            Ok(limit_value(table, key, file, text)?
                .map_or(default, |n| usize::try_from(n).unwrap_or(usize::MAX)))
        };
        let defaults = OperationLimits::DEFAULT;
        Ok(OperationLimits {
            max_depth: size("max_depth", defaults.max_depth)?,
            max_height: size("max_height", defaults.max_height)?,
            max_aliases: size("max_aliases", defaults.max_aliases)?,
            max_root_fields: size("max_root_fields", defaults.max_root_fields)?,
            max_tokens: size("max_tokens", defaults.max_tokens)?,
        })
    }
}
