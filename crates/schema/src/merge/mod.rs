//! Merging schema sources: newer over older, the docs reference over both, and types that no
//! primary source defines taken from fallback schemas of other Kraken brands.

mod enum_values;
mod fallback;
mod overlay;
mod provenance;
mod reference;
mod revealed;

pub use fallback::import_missing_types;
pub use overlay::{overlay_full, record_all};
pub use provenance::{Origin, Provenance};
pub use reference::apply_reference;
