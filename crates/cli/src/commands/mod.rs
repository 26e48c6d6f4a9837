//! One module per top-level command.

pub mod expand;
pub mod generate;
pub mod lint;
pub mod schema;
