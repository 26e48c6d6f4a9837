//! Operation limits checked on the syntax tree before an operation is validated or run: depth,
//! height (fields), aliases and root fields, each counted through fragment spreads, as Apollo
//! Router's and graphql-armor's limits are.
//!
//! The mock server, `krakenql mock`, `generate` and `expand` share these limits, so that an
//! operation a few kilobytes long cannot make any of them do exponential work: a fragment spread
//! counts its fragment's fields again at every use, so aliases fanning out through fragments
//! are measured as the response they would build. Fragments are followed iteratively
//! (`measure.rs`), never by recursion, so a chain of thousands of fragments cannot overflow the
//! stack; a fragment cycle adds nothing (validation reports it).

mod config;
mod measure;

use apollo_compiler::ast;
use apollo_compiler::parser::SourceSpan;

pub use config::{limit_value, limits_table, CONFIG_KEYS};
pub use measure::{measure, Measure};

/// The limits on one operation. Counts follow fragment spreads: a field inside a fragment counts
/// once per spread that reaches it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperationLimits {
    /// The deepest nesting of fields (`{ a { b } }` is 2).
    pub max_depth: usize,
    /// The number of fields the operation selects, fragments expanded (Apollo Router's
    /// "height").
    pub max_height: usize,
    /// The number of aliased fields, fragments expanded.
    pub max_aliases: usize,
    /// The number of fields selected on the root type.
    pub max_root_fields: usize,
    /// The number of lexical tokens of the whole document, enforced by the parser before any of
    /// the others (a caller passes it to apollo-compiler's `Parser::token_limit`), so that a huge
    /// document is refused after reading this many tokens rather than parsed whole.
    pub max_tokens: usize,
}

impl OperationLimits {
    /// The defaults: depth 64, height 10,000, aliases 256, root fields 128, tokens 15,000 (Apollo
    /// Router's default token limit). Every example query of the Kraken reference runs under
    /// them (`crates/krakenql/tests/mock_reference`).
    pub const DEFAULT: OperationLimits = OperationLimits {
        max_depth: 64,
        max_height: 10_000,
        max_aliases: 256,
        max_root_fields: 128,
        max_tokens: 15_000,
    };

    /// The first limit `document` exceeds, checking every operation it holds.
    pub fn check(&self, document: &ast::Document) -> Option<LimitExceeded> {
        measure(document)
            .into_iter()
            .find_map(|measured| self.exceeded_by(&measured))
    }

    /// The first limit (depth, height, aliases, root fields) one measured operation exceeds.
    pub fn exceeded_by(&self, measured: &Measure) -> Option<LimitExceeded> {
        let checks = [
            (
                Limit::Depth,
                measured.depth,
                self.max_depth,
                measured.deepest,
            ),
            (
                Limit::Height,
                measured.height,
                self.max_height,
                measured.location,
            ),
            (
                Limit::Aliases,
                measured.aliases,
                self.max_aliases,
                measured.location,
            ),
            (
                Limit::RootFields,
                measured.root_fields,
                self.max_root_fields,
                measured.location,
            ),
        ];
        checks
            .into_iter()
            .find(|(_, actual, max, _)| *actual > *max as u64)
            .map(|(limit, actual, max, location)| LimitExceeded {
                limit,
                actual,
                max,
                location,
            })
    }
}

impl Default for OperationLimits {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// One of the operation limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// [`OperationLimits::max_depth`].
    Depth,
    /// [`OperationLimits::max_height`].
    Height,
    /// [`OperationLimits::max_aliases`].
    Aliases,
    /// [`OperationLimits::max_root_fields`].
    RootFields,
    /// [`OperationLimits::max_tokens`].
    Tokens,
}

impl Limit {
    /// The key of the limit in `graphql.config.toml` (`[extensions.krakenql.limits]`), e.g.
    /// `max_depth`.
    pub fn key(self) -> &'static str {
        match self {
            Limit::Depth => "max_depth",
            Limit::Height => "max_height",
            Limit::Aliases => "max_aliases",
            Limit::RootFields => "max_root_fields",
            Limit::Tokens => "max_tokens",
        }
    }

    /// The command-line flag of the limit, e.g. `--max-depth`.
    pub fn flag(self) -> &'static str {
        match self {
            Limit::Depth => "--max-depth",
            Limit::Height => "--max-height",
            Limit::Aliases => "--max-aliases",
            Limit::RootFields => "--max-root-fields",
            Limit::Tokens => "--max-tokens",
        }
    }

    /// The error code Apollo Router gives the same limit, e.g. `MAX_DEPTH_LIMIT`.
    pub fn code(self) -> &'static str {
        match self {
            Limit::Depth => "MAX_DEPTH_LIMIT",
            Limit::Height => "MAX_HEIGHT_LIMIT",
            Limit::Aliases => "MAX_ALIASES_LIMIT",
            Limit::RootFields => "MAX_ROOT_FIELDS_LIMIT",
            Limit::Tokens => "MAX_TOKENS_LIMIT",
        }
    }
}

/// An operation over one of its limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LimitExceeded {
    /// Which limit.
    pub limit: Limit,
    /// The operation's measure (saturates at `u64::MAX`).
    pub actual: u64,
    /// The limit.
    pub max: usize,
    /// The deepest field for depth, else the operation.
    pub location: Option<SourceSpan>,
}

impl LimitExceeded {
    /// The message: what was measured, the limit, and its key and flag.
    pub fn message(&self) -> String {
        let LimitExceeded {
            limit, actual, max, ..
        } = *self;
        let measured = match limit {
            Limit::Depth => format!("the operation is nested {actual} levels deep"),
            Limit::Height => format!("the operation selects {actual} fields (fragments expanded)"),
            Limit::Aliases => {
                format!("the operation has {actual} aliased fields (fragments expanded)")
            }
            Limit::RootFields => format!("the operation selects {actual} root fields"),
            Limit::Tokens => format!("the document has more than {max} tokens"),
        };
        format!(
            "{measured}; at most {max} are allowed (limit `{}`, {})",
            limit.key(),
            limit.flag()
        )
    }
}

#[cfg(test)]
mod tests;
