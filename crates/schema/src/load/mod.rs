//! Loaders: SDL files and introspection JSON into one unvalidated schema, then validation.

pub mod introspection;
pub mod sdl;
