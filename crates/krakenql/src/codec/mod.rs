//! The serde impls of generated types, written once here instead of derived per type.
//!
//! Generated structs implement `Serialize` and `Deserialize` by hand in a few lines that
//! call this module with a table of their JSON keys. Compared with serde's derives, that
//! keeps each generated type to a handful of generic calls for rustc to check, which is what
//! makes a crate with many `#[kraken_query]` operations compile quickly. The behaviour is
//! what the derives gave: renamed keys, unknown keys ignored, a missing nullable field read
//! as `None`, a missing required field reported by name, absent inputs left out.

pub mod de;
pub mod ser;
mod slots;
