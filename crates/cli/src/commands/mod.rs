//! One module per top-level command.

pub mod schema;
pub mod lint;
