//! The seeded variation of mock values: one small pure policy of the dynamic executor
//! (`krakenql::mock`, feature `mock`; `krakenql mock --seed`). The typed mocks of generated
//! code take no seed: they are always the unseeded answer below.
//!
//! Without a seed, every list has exactly one element and every leaf is the example value of its
//! type. With a seed, each value is varied by a hash of the seed and the value's *response path*:
//! the response keys (aliases respected) from the root, joined by `.`, with list indices as
//! decimal numbers, e.g. `account.ledgers.0.id`.
//!
//! - A list at path `p` has [`list_len`] elements: `1 + hash(seed, p) % 3`, i.e. 1 to 3.
//! - A `String` or `ID` leaf at path `p` whose example is `e` becomes [`vary_string`]:
//!   `"{e}-{hash(seed, p) % 1000000}"`, e.g. `"abc123-482913"`.
//! - No other value changes.
//!
//! The hash is 64-bit FNV-1a over the seed's 8 little-endian bytes followed by the path's UTF-8
//! bytes, so it is the same on every platform and in every version.

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// The 64-bit FNV-1a hash of `seed` (little-endian bytes) followed by `path`.
pub fn path_hash(seed: u64, path: &str) -> u64 {
    seed.to_le_bytes()
        .iter()
        .chain(path.as_bytes())
        .fold(FNV_OFFSET, |hash, byte| {
            (hash ^ u64::from(*byte)).wrapping_mul(FNV_PRIME)
        })
}

/// The number of elements of the list at `path`: 1 without a seed, else 1 to 3.
pub fn list_len(seed: Option<u64>, path: &str) -> usize {
    match seed {
        None => 1,
        // The remainder is below 3, so the cast cannot truncate.
        Some(seed) => 1 + (path_hash(seed, path) % 3) as usize,
    }
}

/// A `String` or `ID` example varied for the leaf at `path`.
pub fn vary_string(example: &str, seed: u64, path: &str) -> String {
    format!("{example}-{}", path_hash(seed, path) % 1_000_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_fixed_fnv1a() {
        assert_eq!(path_hash(7, "account.id"), path_hash(7, "account.id"));
        assert_ne!(path_hash(7, "account.id"), path_hash(8, "account.id"));
        assert_eq!(list_len(None, "a"), 1);
        for seed in 0..50 {
            assert!((1..=3).contains(&list_len(Some(seed), "a.b")));
        }
        // Pinned values: typed mocks in generated code must give the same.
        assert_eq!(vary_string("abc123", 7, "account.id"), "abc123-630140");
        assert_eq!(list_len(Some(7), "account.ledgers"), 3);
        assert_eq!(path_hash(0, ""), 0xa8c7_f832_281a_39c5);
    }
}
