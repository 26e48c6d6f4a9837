//! Client modules generated from `operations/` by `cargo xtask codegen`, compiled as a crate
//! so that the generator's output is built and exercised, not only snapshotted.
//!
//! Every warning is an error here (and `cargo clippy -- -D warnings` covers the crate), so
//! generated code that warns for any selection shape (`operations/selection_shapes.graphql`)
//! fails the build, as it would in a user's crate with `#![deny(warnings)]`. `missing_docs` and
//! `missing_debug_implementations` are on too, as in a library that denies them: every generated
//! item, `#[kraken_query]`'s included, is documented and implements `Debug`.

#![deny(warnings)]
#![warn(missing_docs, missing_debug_implementations)]

// The generator formats its output with prettyplease; rustfmt must leave it as generated.
#[rustfmt::skip]
pub mod generated;

pub mod inline;
pub mod one_of;
