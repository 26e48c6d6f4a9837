//! The cache of rejected documents: a document that fails the operation limits, does not parse
//! or does not validate is remembered by a keyed 128-bit hash of its text, whatever its length,
//! so that sending the same abusive document again costs a hash and a lookup instead of a lex,
//! a parse and a check. The cache is first-in first-out and bounded in entries and in bytes of
//! the errors it holds; the text itself is never kept.
//!
//! The two hashes are ahash's, with keys drawn at random when the cache is made, so a client
//! cannot craft a text that collides with another's; the text's length is part of the key too.

use std::sync::{Arc, Mutex};

use ahash::RandomState;
use indexmap::IndexMap;

use super::document::Parsed;

/// How many rejections the cache keeps.
pub(crate) const CAPACITY: usize = 1024;

/// The most bytes the cached rejections may hold ([`Rejections::insert`]'s estimate).
pub(crate) const REJECTED_BYTES: usize = 512 * 1024;

/// A rejection larger than this is not cached (it would evict too many others).
const LARGEST_REJECTION: usize = 32 * 1024;

/// What a document text is remembered by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Fingerprint {
    len: usize,
    first: u64,
    second: u64,
}

/// The bounded cache of rejections.
pub(crate) struct Rejections {
    first: RandomState,
    second: RandomState,
    entries: Mutex<Entries>,
}

/// The cached rejections, each with its estimated size, and the sum of the sizes.
#[derive(Default)]
struct Entries {
    map: IndexMap<Fingerprint, (Arc<Parsed>, usize)>,
    bytes: usize,
}

impl Default for Rejections {
    fn default() -> Self {
        Rejections {
            first: RandomState::new(),
            second: RandomState::new(),
            entries: Mutex::default(),
        }
    }
}

impl Rejections {
    /// The key of `query`.
    pub(crate) fn fingerprint(&self, query: &str) -> Fingerprint {
        Fingerprint {
            len: query.len(),
            first: self.first.hash_one(query),
            second: self.second.hash_one(query),
        }
    }

    /// The rejection cached for `key`, if any.
    pub(crate) fn get(&self, key: &Fingerprint) -> Option<Arc<Parsed>> {
        let entries = self.entries.lock().ok()?;
        entries.map.get(key).map(|(parsed, _)| Arc::clone(parsed))
    }

    /// Caches a rejection whose errors take about `bytes`, evicting the oldest ones to stay
    /// within [`CAPACITY`] and [`REJECTED_BYTES`]; a rejection over [`LARGEST_REJECTION`] is
    /// not cached.
    pub(crate) fn insert(&self, key: Fingerprint, parsed: Arc<Parsed>, bytes: usize) {
        if bytes > LARGEST_REJECTION {
            return;
        }
        // A poisoned lock only means another request panicked; skip caching then.
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        if entries.map.contains_key(&key) {
            return;
        }
        while entries.map.len() >= CAPACITY || entries.bytes + bytes > REJECTED_BYTES {
            let Some((_, (_, evicted))) = entries.map.shift_remove_index(0) else {
                break;
            };
            entries.bytes -= evicted;
        }
        entries.map.insert(key, (parsed, bytes));
        entries.bytes += bytes;
    }

    /// The estimated bytes the cached rejections hold, and how many there are.
    #[cfg(test)]
    pub(crate) fn held(&self) -> (usize, usize) {
        self.entries
            .lock()
            .map(|entries| (entries.bytes, entries.map.len()))
            .unwrap_or_default()
    }
}
