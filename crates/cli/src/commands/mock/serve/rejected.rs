//! Answers to large request bodies that were refused before execution, remembered by a keyed
//! 128-bit hash of the body, so that a client sending the same large abusive body again costs
//! the server a hash and a lookup: not a JSON parse of the body, nor the executor's own
//! rejection cache lookup (`krakenql::mock`), which hashes the document again.
//!
//! Only a request error is remembered (a document that does not parse, fails the operation
//! limits or validation, names no operation of its document, or has bad variables): for the
//! same body the executor answers it the same way every time. The cache is first-in first-out
//! and bounded in entries and in bytes of the answers it holds; bodies are never kept.

use std::sync::Mutex;

use ahash::RandomState;
use axum::body::Bytes;
use indexmap::IndexMap;

/// Bodies shorter than this are parsed every time: their JSON parse costs about what a lookup
/// would.
const SMALLEST: usize = 16 * 1024;

/// How many answers the cache keeps.
const CAPACITY: usize = 256;

/// The most bytes the cached answers may hold, with a fixed cost per entry included.
pub const HELD_BYTES: usize = 256 * 1024;

/// The cost of one entry beside its answer: the key, the map slot, the `Bytes` handle.
const PER_ENTRY: usize = 64;

/// An answer longer than this is not cached (it would evict too many others).
const LARGEST_ANSWER: usize = 16 * 1024;

/// What a body is remembered by: its length and two keyed hashes of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BodyKey {
    len: usize,
    first: u64,
    second: u64,
}

/// The bounded cache of answers to refused bodies.
pub struct RejectedBodies {
    first: RandomState,
    second: RandomState,
    entries: Mutex<Entries>,
}

/// The cached answers and the bytes they hold.
#[derive(Default)]
struct Entries {
    map: IndexMap<BodyKey, Bytes>,
    bytes: usize,
}

impl Default for RejectedBodies {
    fn default() -> Self {
        RejectedBodies {
            first: RandomState::new(),
            second: RandomState::new(),
            entries: Mutex::default(),
        }
    }
}

impl RejectedBodies {
    /// The key of a body worth remembering, or `None` for a short one.
    pub fn key(&self, body: &[u8]) -> Option<BodyKey> {
        (body.len() >= SMALLEST).then(|| BodyKey {
            len: body.len(),
            first: self.first.hash_one(body),
            second: self.second.hash_one(body),
        })
    }

    /// The JSON answer cached for `key`, if any.
    pub fn get(&self, key: &BodyKey) -> Option<Bytes> {
        self.entries.lock().ok()?.map.get(key).cloned()
    }

    /// Caches the JSON answer of a refused body, evicting the oldest answers to stay within
    /// [`CAPACITY`] and [`HELD_BYTES`].
    pub fn insert(&self, key: BodyKey, answer: Bytes) {
        if answer.len() > LARGEST_ANSWER {
            return;
        }
        let cost = answer.len() + PER_ENTRY;
        // A poisoned lock only means another request panicked; skip caching then.
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        if entries.map.contains_key(&key) {
            return;
        }
        while entries.map.len() >= CAPACITY || entries.bytes + cost > HELD_BYTES {
            let Some((_, evicted)) = entries.map.shift_remove_index(0) else {
                break;
            };
            entries.bytes -= evicted.len() + PER_ENTRY;
        }
        entries.map.insert(key, answer);
        entries.bytes += cost;
    }

    /// The bytes the cached answers hold, and how many there are.
    #[cfg(test)]
    fn held(&self) -> (usize, usize) {
        self.entries
            .lock()
            .map(|entries| (entries.bytes, entries.map.len()))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_bodies_are_not_remembered() {
        let cache = RejectedBodies::default();
        assert_eq!(cache.key(&[b' '; SMALLEST - 1]), None);
        assert!(cache.key(&[b' '; SMALLEST]).is_some());
    }

    #[test]
    fn a_cached_answer_is_found_by_the_same_body_only() {
        let cache = RejectedBodies::default();
        let body = vec![b'a'; 20_000];
        let mut other = body.clone();
        other[19_999] = b'b';
        let key = cache.key(&body).expect("long enough");
        cache.insert(key, Bytes::from_static(b"{\"errors\":[]}"));
        assert_eq!(
            cache.get(&key),
            Some(Bytes::from_static(b"{\"errors\":[]}"))
        );
        assert_eq!(cache.key(&body), Some(key));
        let other_key = cache.key(&other).expect("long enough");
        assert_ne!(other_key, key);
        assert_eq!(cache.get(&other_key), None);
    }

    #[test]
    fn the_cache_stays_within_its_byte_bound() {
        let cache = RejectedBodies::default();
        let answer = Bytes::from(vec![b'x'; 4_000]);
        for i in 0..500u32 {
            let mut body = vec![b' '; SMALLEST];
            body[..4].copy_from_slice(&i.to_le_bytes());
            let key = cache.key(&body).expect("long enough");
            cache.insert(key, answer.clone());
        }
        let (bytes, entries) = cache.held();
        assert!(bytes <= HELD_BYTES, "{bytes}");
        assert!(bytes > HELD_BYTES - 4_064, "{bytes}: the cache is filled");
        assert!(
            entries < CAPACITY,
            "{entries}: the byte bound is the one reached"
        );
        let too_large = cache.key(&[b'y'; SMALLEST]).expect("long enough");
        cache.insert(too_large, Bytes::from(vec![b'x'; LARGEST_ANSWER + 1]));
        assert_eq!(cache.get(&too_large), None);
    }
}
