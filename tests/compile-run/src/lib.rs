//! Client modules generated from `operations/` by `cargo xtask codegen`, compiled as a crate
//! so that the generator's output is built and exercised, not only snapshotted.

// The generator formats its output with prettyplease; rustfmt must leave it as generated.
#[rustfmt::skip]
pub mod generated;

pub mod inline;
