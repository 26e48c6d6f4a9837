//! What can stop code generation: invalid operations (the lint report) and codegen problems.

use std::fmt;

use krakenql_lint::LintReport;

/// Why no code was generated.
#[derive(Debug, Clone)]
pub enum CodegenError {
    /// The operations do not validate. The report holds only the blocking diagnostics
    /// (`invalid-operation` KQL100 and `syntax-error` KQL101 at error level) and the sources,
    /// so callers render it with the linter's renderers, code frames included.
    Lint(Box<LintReport>),
    /// A custom scalar of the schema has no Rust type in the defaults or the options.
    UnmappedScalar {
        /// The GraphQL scalar's name.
        scalar: String,
    },
    /// An option holds something that is not valid Rust (a type path or a derive).
    InvalidOption {
        /// The config key, e.g. `scalars.DateTime` or `derives`.
        key: String,
        /// The value as given.
        value: String,
        /// What the Rust parser said.
        message: String,
    },
    /// An operation has no name and its file name gives none.
    AnonymousOperation {
        /// The file that holds it.
        file: String,
    },
    /// Two operations would be written to the same module file.
    DuplicateOperation {
        /// The module file name both map to.
        module: String,
        /// The first operation's name.
        first: String,
        /// The second operation's name.
        second: String,
    },
    /// A selection the generator cannot express in Rust.
    Unsupported {
        /// The operation or fragment.
        owner: String,
        /// What it is and what to write instead.
        message: String,
    },
    /// An operation is over one of the operation limits ([`RustOptions::limits`](super::RustOptions),
    /// from `[extensions.krakenql.limits]`): its typed mock, which embeds the
    /// whole response, would be too large to generate.
    OverLimit {
        /// The operation's name.
        operation: String,
        /// The file that holds it.
        file: String,
        /// The line of the operation (or of its deepest field), 1-based, in the GraphQL
        /// document.
        line: usize,
        /// The column there, 1-based.
        column: usize,
        /// Which limit, the operation's measure and the limit.
        message: String,
    },
    /// The generator produced code that does not parse: a bug in krakenql.
    Internal {
        /// What went wrong.
        message: String,
    },
}

impl fmt::Display for CodegenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodegenError::Lint(report) => {
                write!(f, "{} invalid operation(s):", report.diagnostics.len())?;
                for diagnostic in &report.diagnostics {
                    match &diagnostic.span {
                        Some(span) => write!(
                            f,
                            "\n{}:{}:{}: {} [{}]",
                            span.file, span.line, span.column, diagnostic.message, diagnostic.rule.code
                        )?,
                        None => write!(f, "\n{} [{}]", diagnostic.message, diagnostic.rule.code)?,
                    }
                }
                Ok(())
            }
            CodegenError::UnmappedScalar { scalar } => write!(
                f,
                "scalar `{scalar}` has no Rust type: set `[extensions.krakenql.scalars] {scalar} = \"path::Type\"`"
            ),
            CodegenError::InvalidOption { key, value, message } => {
                write!(f, "`{key}` = \"{value}\" is not valid Rust: {message}")
            }
            CodegenError::AnonymousOperation { file } => write!(
                f,
                "an operation in {file} has no name and the file name gives none: name the operation"
            ),
            CodegenError::DuplicateOperation { module, first, second } => write!(
                f,
                "operations `{first}` and `{second}` would both be written to `{module}`: rename one"
            ),
            CodegenError::Unsupported { owner, message } => write!(f, "in `{owner}`: {message}"),
            CodegenError::OverLimit {
                operation,
                file,
                line,
                column,
                message,
            } => write!(
                f,
                "{file}:{line}:{column}: operation `{operation}`: {message}; split the operation, \
                 spread fewer fragments in it, or raise the limit under \
                 [extensions.krakenql.limits] in graphql.config.toml"
            ),
            CodegenError::Internal { message } => {
                write!(f, "internal error in krakenql-codegen (please report it): {message}")
            }
        }
    }
}

impl std::error::Error for CodegenError {}
