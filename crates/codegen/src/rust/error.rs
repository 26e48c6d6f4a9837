//! What can stop code generation: invalid operations (the lint report) and codegen problems,
//! as data that converts into the shared diagnostics (codes `KQG…`); nothing here formats text.

use std::fmt;

use krakenql_lint::LintReport;
use krakenql_schema::render::{render_all, Sources};
use krakenql_schema::{codes, Diagnostic, Location};

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

impl CodegenError {
    /// The error as diagnostics of the shared type: the lint report's findings, or one
    /// diagnostic with its registered code, location and help.
    pub fn to_diagnostics(&self) -> Vec<Diagnostic> {
        let diagnostic = match self {
            CodegenError::Lint(report) => return report.to_diagnostics(),
            CodegenError::UnmappedScalar { scalar } => Diagnostic::error(
                codes::UNMAPPED_SCALAR,
                format!("scalar `{scalar}` has no Rust type"),
            )
            .with_help(format!(
                "set `[extensions.krakenql.scalars] {scalar} = \"path::Type\"`"
            )),
            CodegenError::InvalidOption {
                key,
                value,
                message,
            } => Diagnostic::error(
                codes::INVALID_OPTION,
                format!("`{key}` = \"{value}\" is not valid Rust: {message}"),
            )
            .with_help("write a Rust path such as `my_crate::Money` (or a derive's name)"),
            CodegenError::AnonymousOperation { file } => Diagnostic::error(
                codes::ANONYMOUS_OPERATION,
                format!("an operation in {file} has no name and the file name gives none"),
            )
            .with_help("name the operation"),
            CodegenError::DuplicateOperation {
                module,
                first,
                second,
            } => Diagnostic::error(
                codes::DUPLICATE_OPERATION,
                format!("operations `{first}` and `{second}` would both be written to `{module}`"),
            )
            .with_help("rename one"),
            CodegenError::Unsupported { owner, message } => Diagnostic::error(
                codes::UNSUPPORTED_SELECTION,
                format!("in `{owner}`: {message}"),
            ),
            CodegenError::OverLimit {
                operation,
                file,
                line,
                column,
                message,
            } => Diagnostic::error(
                codes::OVER_LIMIT,
                format!("operation `{operation}`: {message}"),
            )
            .at(Location::new(file, *line, *column))
            .with_help(
                "split the operation, spread fewer fragments in it, or raise the limit under \
                 [extensions.krakenql.limits] in graphql.config.toml",
            ),
            CodegenError::Internal { message } => {
                Diagnostic::error(codes::INTERNAL_CODEGEN, message.clone())
                    .with_help("this is a bug in krakenql-codegen; please report it")
            }
        };
        vec![diagnostic]
    }
}

/// The report's sources, for code frames of the lint findings.
impl Sources for CodegenError {
    fn text(&self, file: &str) -> Option<&str> {
        match self {
            CodegenError::Lint(report) => report.source_text(file),
            _ => None,
        }
    }
}

/// The diagnostics, rendered by the one renderer without frames.
impl fmt::Display for CodegenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(render_all(&self.to_diagnostics()).trim_end())
    }
}

impl std::error::Error for CodegenError {}
