//! Fuzz targets of krakenql, shared by the `cargo fuzz` crate in `fuzz/` and the seeded,
//! time-bounded runner of `cargo test` (`tests/seeded.rs`).
//!
//! Each [`Target`] takes raw bytes (what libFuzzer or the runner's PRNG gives) and either
//! returns the [`Outcome`] of one case or the [`Violation`] of a property; a panic anywhere in
//! krakenql is a failure too, caught by whichever driver runs the target. The targets are
//! pure functions of their bytes and a [`Fixture`] built once: no IO, no clock.

mod fixture;
mod operation;
mod shape;
pub mod targets;
mod violation;

pub use fixture::Fixture;
pub use targets::{Target, TARGETS};
pub use violation::{Outcome, Violation};
