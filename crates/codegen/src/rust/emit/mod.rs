//! Emission: the model of `model.rs` into tokens. Every model type implements `ToTokens`;
//! `module.rs` assembles the files.

mod attrs;
mod errors;
mod one_of;
pub(crate) mod module;
mod response;
mod schema_types;
