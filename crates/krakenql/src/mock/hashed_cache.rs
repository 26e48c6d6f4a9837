//! A cache of values found by a keyed hash of some bytes: first-in first-out, bounded in
//! entries and in bytes, and never holding the bytes themselves.
//!
//! The mock executor remembers rejected documents in one (`document.rs`), and
//! `krakenql mock serve` the answers to refused request bodies, so that the same abusive input
//! sent again costs a hash and a lookup. The key is the input's length and two ahash hashes,
//! with keys drawn at random when the cache is made, so a client cannot craft an input that
//! collides with another's.

use std::sync::Mutex;

use ahash::RandomState;
use indexmap::IndexMap;

/// The bounds of a [`HashedCache`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CacheBounds {
    /// How many entries the cache keeps at most.
    pub entries: usize,
    /// The most bytes the entries may hold, counted by the costs given to
    /// [`HashedCache::insert`].
    pub bytes: usize,
    /// An entry costing more bytes than this is not cached: it would evict too many others.
    pub largest: usize,
}

/// What an input is remembered by: its length in bytes and two keyed 64-bit hashes of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ContentKey {
    len: usize,
    first: u64,
    second: u64,
}

/// The cache; see the module's documentation.
pub struct HashedCache<V> {
    bounds: CacheBounds,
    first: RandomState,
    second: RandomState,
    entries: Mutex<Entries<V>>,
}

/// The cached values, each with its cost in bytes, and the sum of the costs.
struct Entries<V> {
    map: IndexMap<ContentKey, (V, usize)>,
    bytes: usize,
}

impl<V: Clone> HashedCache<V> {
    /// An empty cache with `bounds` and fresh random hash keys.
    pub fn new(bounds: CacheBounds) -> Self {
        HashedCache {
            bounds,
            first: RandomState::new(),
            second: RandomState::new(),
            entries: Mutex::new(Entries {
                map: IndexMap::new(),
                bytes: 0,
            }),
        }
    }

    /// The key of `input`.
    pub fn key(&self, input: &[u8]) -> ContentKey {
        ContentKey {
            len: input.len(),
            first: self.first.hash_one(input),
            second: self.second.hash_one(input),
        }
    }

    /// The value cached for `key`, if any.
    pub fn get(&self, key: &ContentKey) -> Option<V> {
        let entries = self.entries.lock().ok()?;
        entries.map.get(key).map(|(value, _)| value.clone())
    }

    /// Caches `value`, which holds about `cost` bytes, evicting the oldest entries to stay within
    /// the bounds. A value costing more than [`CacheBounds::largest`], or a key already cached,
    /// changes nothing.
    pub fn insert(&self, key: ContentKey, value: V, cost: usize) {
        if cost > self.bounds.largest {
            return;
        }
        // A poisoned lock only means another request panicked; skip caching then.
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        if entries.map.contains_key(&key) {
            return;
        }
        while entries.map.len() >= self.bounds.entries || entries.bytes + cost > self.bounds.bytes {
            let Some((_, (_, evicted))) = entries.map.shift_remove_index(0) else {
                break;
            };
            entries.bytes -= evicted;
        }
        entries.map.insert(key, (value, cost));
        entries.bytes += cost;
    }

    /// The bytes the cached values hold by their costs, and how many there are.
    pub fn held(&self) -> (usize, usize) {
        self.entries
            .lock()
            .map(|entries| (entries.bytes, entries.map.len()))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOUNDS: CacheBounds = CacheBounds {
        entries: 8,
        bytes: 900,
        largest: 300,
    };

    #[test]
    fn a_value_is_found_by_the_same_input_only() {
        let cache = HashedCache::new(BOUNDS);
        let input = vec![b'a'; 2_000];
        let mut other = input.clone();
        other[1_999] = b'b';
        let key = cache.key(&input);
        cache.insert(key, "first", 10);
        assert_eq!(cache.key(&input), key);
        assert_eq!(cache.get(&key), Some("first"));
        assert_ne!(cache.key(&other), key);
        assert_eq!(cache.get(&cache.key(&other)), None);
    }

    #[test]
    fn the_oldest_entries_go_first_to_stay_within_both_bounds() {
        let cache = HashedCache::new(BOUNDS);
        let keys: Vec<ContentKey> = (0..20u32).map(|i| cache.key(&i.to_le_bytes())).collect();
        for (i, key) in keys.iter().enumerate() {
            cache.insert(*key, i, 100);
        }
        assert_eq!(cache.held(), (800, 8), "the entry bound is reached first");
        assert_eq!(cache.get(&keys[11]), None);
        assert_eq!(cache.get(&keys[12]), Some(12));
        cache.insert(cache.key(b"large"), 99, 300);
        assert_eq!(
            cache.held(),
            (900, 7),
            "two entries made room for 300 bytes"
        );
        assert_eq!(cache.get(&keys[13]), None);
        assert_eq!(cache.get(&keys[14]), Some(14));
    }

    #[test]
    fn a_value_over_the_largest_is_not_cached() {
        let cache = HashedCache::new(BOUNDS);
        let key = cache.key(b"input");
        cache.insert(key, (), BOUNDS.largest + 1);
        assert_eq!(cache.get(&key), None);
        assert_eq!(cache.held(), (0, 0));
    }
}
