//! Emission: the model of `model.rs` into tokens. Every model type implements `ToTokens`;
//! `module.rs` assembles the files.

mod attrs;
mod errors;
pub(crate) mod module;
mod one_of;
mod response;
mod schema_types;
