//! The table of fuzz targets: one name, one function from bytes to an outcome, for the
//! `cargo fuzz` binaries and the seeded runner alike.

mod readers;
mod smith;

use crate::fixture::Fixture;
use crate::violation::{Outcome, Violation};

/// One fuzz target.
pub struct Target {
    /// The name of the `cargo fuzz` target and of its folders under `crates/fuzz/seeds/`
    /// and `crates/fuzz/regressions/`.
    pub name: &'static str,
    /// What it feeds to krakenql, in one line.
    pub about: &'static str,
    /// Whether the runner should mutate its seed files (`crates/fuzz/seeds/<name>/`) rather
    /// than hand it random bytes: true for readers of a text format, false for targets that
    /// build their input from the bytes with apollo-smith.
    pub mutates_seeds: bool,
    /// Runs one case. A panic is a failure too; the driver catches it.
    pub run: fn(&Fixture, &[u8]) -> Result<Outcome, Violation>,
}

/// Every target, in the order the runner runs them.
pub const TARGETS: &[Target] = &[
    Target {
        name: "smith_operation",
        about: "apollo-smith operations against the bundled schema: lint, generate, mock",
        mutates_seeds: false,
        run: smith::operation,
    },
    Target {
        name: "smith_schema",
        about: "apollo-smith schemas and their operations: load, lint, generate, mock, diff",
        mutates_seeds: false,
        run: smith::schema,
    },
    Target {
        name: "sdl",
        about: "bytes as an SDL schema file",
        mutates_seeds: true,
        run: readers::sdl,
    },
    Target {
        name: "introspection",
        about: "bytes as an introspection JSON file",
        mutates_seeds: true,
        run: readers::introspection,
    },
    Target {
        name: "document",
        about: "bytes as an operation document against the bundled schema: lint, generate, mock",
        mutates_seeds: true,
        run: readers::document,
    },
    Target {
        name: "rust_source",
        about: "bytes as a Rust source whose #[kraken_query] attributes lint reads",
        mutates_seeds: true,
        run: readers::rust_source,
    },
    Target {
        name: "config",
        about: "bytes as graphql.config.toml, with its codegen keys",
        mutates_seeds: true,
        run: readers::config,
    },
    Target {
        name: "overrides",
        about: "bytes as a mock overrides file, TOML and JSON",
        mutates_seeds: true,
        run: readers::overrides,
    },
    Target {
        name: "baseline",
        about: "bytes as a lint baseline file",
        mutates_seeds: true,
        run: readers::baseline,
    },
];

/// The target called `name`.
pub fn find(name: &str) -> Option<&'static Target> {
    TARGETS.iter().find(|target| target.name == name)
}
