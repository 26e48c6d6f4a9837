//! `cargo xtask codegen [--check]`: regenerates the Kraken client modules of this project.

fn main() -> Result<(), krakenql_codegen::ProjectError> {
    let check = std::env::args().any(|arg| arg == "--check");
    let files = krakenql_codegen::Project::load("graphql.config.toml")?.generate()?;
    krakenql_codegen::write(&files, check).map(drop)
}
