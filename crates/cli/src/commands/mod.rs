//! One module per top-level command.

pub mod lint;
pub mod schema;
