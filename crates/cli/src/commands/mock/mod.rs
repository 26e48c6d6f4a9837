//! `krakenql mock`: one operation answered on stdout (`query.rs`), or GraphQL over HTTP
//! (`serve/`), both from the executor of the `krakenql` runtime crate built by `options.rs`.

mod options;
mod query;
mod serve;

use crate::cli::{GlobalArgs, MockArgs, MockCommand};
use crate::CommandResult;

/// Runs `krakenql mock --query FILE` or `krakenql mock serve`.
pub fn run(global: &GlobalArgs, args: &MockArgs) -> CommandResult {
    match &args.command {
        Some(MockCommand::Serve(serve)) => serve::run(global, serve),
        None => query::run(global, &args.query),
    }
}
