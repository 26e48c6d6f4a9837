//! Answers to large request bodies that were refused before execution, remembered by a keyed
//! hash of the body (`krakenql::mock::HashedCache`, the cache the executor keeps its rejected
//! documents in), so that a client sending the same large abusive body again costs the server a
//! hash and a lookup: not a JSON parse of the body, nor the executor's own lookup, which hashes
//! the document again.
//!
//! Only a request error is remembered (a document that does not parse, fails the operation
//! limits or validation, names no operation of its document, or has bad variables): for the
//! same body the executor answers it the same way every time. Bodies are never kept.

use axum::body::Bytes;
use krakenql::mock::{CacheBounds, ContentKey, HashedCache};

/// Bodies shorter than this are parsed every time: their JSON parse costs about what a lookup
/// would.
const SMALLEST: usize = 16 * 1024;

/// The cost of one entry beside its answer: the key, the map slot, the `Bytes` handle.
const PER_ENTRY: usize = 64;

/// At most 256 answers, holding at most 256 KiB with [`PER_ENTRY`] counted for each; an answer
/// over 16 KiB is not cached (it would evict too many others).
pub const BOUNDS: CacheBounds = CacheBounds {
    entries: 256,
    bytes: 256 * 1024,
    largest: 16 * 1024 + PER_ENTRY,
};

/// The bounded cache of answers to refused bodies.
pub struct RejectedBodies(HashedCache<Bytes>);

impl Default for RejectedBodies {
    fn default() -> Self {
        RejectedBodies(HashedCache::new(BOUNDS))
    }
}

impl RejectedBodies {
    /// The key of a body worth remembering, or `None` for a short one.
    pub fn key(&self, body: &[u8]) -> Option<ContentKey> {
        (body.len() >= SMALLEST).then(|| self.0.key(body))
    }

    /// The JSON answer cached for `key`, if any.
    pub fn get(&self, key: &ContentKey) -> Option<Bytes> {
        self.0.get(key)
    }

    /// Caches the JSON answer of a refused body, evicting the oldest answers to stay within
    /// [`BOUNDS`].
    pub fn insert(&self, key: ContentKey, answer: Bytes) {
        let cost = answer.len() + PER_ENTRY;
        self.0.insert(key, answer, cost);
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
    fn the_cache_stays_within_its_byte_bound() {
        let cache = RejectedBodies::default();
        let answer = Bytes::from(vec![b'x'; 4_000]);
        for i in 0..500u32 {
            let mut body = vec![b' '; SMALLEST];
            body[..4].copy_from_slice(&i.to_le_bytes());
            let key = cache.key(&body).expect("long enough");
            cache.insert(key, answer.clone());
        }
        let (bytes, entries) = cache.0.held();
        assert!(bytes <= BOUNDS.bytes, "{bytes}");
        assert!(bytes > BOUNDS.bytes - 4_064, "{bytes}: the cache is filled");
        assert!(
            entries < BOUNDS.entries,
            "{entries}: the byte bound is the one reached"
        );
        let too_large = cache.key(&[b'y'; SMALLEST]).expect("long enough");
        cache.insert(too_large, Bytes::from(vec![b'x'; 16 * 1024 + 1]));
        assert_eq!(cache.get(&too_large), None);
    }
}
