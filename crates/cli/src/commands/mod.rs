//! One module per top-level command.

pub mod diff;
pub mod docs;
pub mod expand;
pub mod expand_rust;
pub mod fetch;
pub mod generate;
pub mod lint;
pub mod mock;
pub mod prepare;
pub mod schema;
