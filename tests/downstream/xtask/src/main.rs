//! `cargo xtask codegen [--check]`: regenerates the Kraken client modules of this project.

fn main() -> Result<(), krakenql_codegen::project::ProjectError> {
    let check = std::env::args().any(|arg| arg == "--check");
    let files = krakenql_codegen::project::Project::load("graphql.config.toml")?.generate()?;
    krakenql_codegen::project::write(&files, check).map(drop)
}
