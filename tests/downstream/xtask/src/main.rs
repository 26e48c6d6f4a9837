//! `cargo xtask codegen [--check]`: regenerates the Kraken client modules of this project, and
//! the prepared expansions of the app's `#[kraken_query]` invocations (as `krakenql prepare`).

use krakenql_codegen::project::prepare::{prepare, write_prepared};

fn main() -> Result<(), krakenql_codegen::ProjectError> {
    let check = std::env::args().any(|arg| arg == "--check");
    let generated = krakenql_codegen::Project::load("graphql.config.toml")?.generate()?;
    krakenql_codegen::write(&generated.files, check)?;
    write_prepared(&prepare("app".as_ref())?, check).map(drop)
}
