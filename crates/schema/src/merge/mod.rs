//! Merging schema sources: newer over older, the docs reference over both, types that no
//! primary source defines taken from fallback schemas of other Kraken brands, and the platform
//! layer: those newer schemas as the newest word on what they share with the bundle.

mod enum_values;
mod fallback;
mod overlay;
pub mod platform;
mod provenance;
mod reference;
mod revealed;

pub use fallback::import_missing_types;
pub use overlay::{overlay_full, record_all};
pub use provenance::{Origin, Provenance};
pub use reference::apply_reference;
