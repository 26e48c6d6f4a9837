//! The key of a prepared entry: a BLAKE3 hash of everything an expansion depends on.

use serde::{Deserialize, Serialize};

use crate::rust::RustOptions;

/// The generator's fingerprint: this crate's version and a hash of the sources that shape an
/// expansion, computed at build time by `build.rs`, e.g. `0.1.0+3f2a…` (16 hex digits).
pub const GENERATOR: &str = include!(concat!(env!("OUT_DIR"), "/fingerprint.rs"));

/// The hash of a schema's files (their bytes, in order), computed once per compiler process by
/// the macro. BLAKE3 runs its SIMD assembly even in an unoptimised build, which is how a proc
/// macro runs in cargo's default profile: about 1 ms for the 750 KB bundled schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SchemaHash([u8; 32]);

/// Hashes the bytes of a schema's files, in the order the schema names them.
pub fn schema_hash<'a>(files: impl IntoIterator<Item = &'a [u8]>) -> SchemaHash {
    let mut hasher = blake3::Hasher::new();
    for bytes in files {
        hasher.update(&(bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    }
    SchemaHash(*hasher.finalize().as_bytes())
}

/// What one invocation's expansion depends on, besides the generator.
#[derive(Debug, Clone, Copy)]
pub struct KeyInputs<'a> {
    /// The schema's hash.
    pub schema: &'a SchemaHash,
    /// The document's file name as codegen sees it (`<Struct>.graphql` for an inline document,
    /// whose anonymous operation takes that name; the `query` path otherwise).
    pub file_name: &'a str,
    /// The document's text.
    pub document: &'a str,
    /// The effective codegen options.
    pub options: &'a RustOptions,
}

/// A digest of each input of a key, 16 hex digits apiece, stored in an entry so that a build that
/// misses can say which input changed since `krakenql prepare` ran.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputDigests {
    /// The schema's bytes.
    pub schema: String,
    /// The document's text and file name.
    pub document: String,
    /// The effective codegen options.
    pub options: String,
}

impl InputDigests {
    /// The digests of `inputs`.
    pub fn of(inputs: &KeyInputs<'_>) -> Self {
        let options = format!("{:?}", inputs.options);
        InputDigests {
            schema: short_hash(&[&inputs.schema.0]),
            document: short_hash(&[inputs.file_name.as_bytes(), inputs.document.as_bytes()]),
            options: short_hash(&[options.as_bytes()]),
        }
    }

    /// What differs from `now`, in words: "the schema", "the document", "the codegen options".
    pub fn changed_in(&self, now: &InputDigests) -> Vec<&'static str> {
        [
            (self.schema != now.schema, "the schema"),
            (self.document != now.document, "the document"),
            (self.options != now.options, "the codegen options"),
        ]
        .into_iter()
        .filter_map(|(changed, what)| changed.then_some(what))
        .collect()
    }
}

/// 16 hex digits of [`hash_parts`].
fn short_hash(parts: &[&[u8]]) -> String {
    hash_parts(parts)[..16].to_owned()
}

/// The hex BLAKE3 hash of `parts`, each length-prefixed so that no two run together.
fn hash_parts(parts: &[&[u8]]) -> String {
    let mut hasher = blake3::Hasher::new();
    for part in parts {
        hasher.update(&(part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    hasher.finalize().to_hex().as_str().to_owned()
}

/// The entry's key: 32 hex digits (128 bits) of a BLAKE3 hash of the generator's fingerprint
/// and the inputs, each length-prefixed so that no two inputs run together.
pub fn key(inputs: &KeyInputs<'_>) -> String {
    key_for(GENERATOR, inputs)
}

/// [`key`] for the given generator fingerprint.
fn key_for(generator: &str, inputs: &KeyInputs<'_>) -> String {
    let options = format!("{:?}", inputs.options);
    hash_parts(&[
        generator.as_bytes(),
        &inputs.schema.0,
        inputs.file_name.as_bytes(),
        inputs.document.as_bytes(),
        options.as_bytes(),
    ])[..32]
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_input_changes_the_key() {
        let schema = schema_hash([b"type Query { a: Int }".as_slice()]);
        let other_schema = schema_hash([b"type Query { a: Int }\n".as_slice()]);
        let options = RustOptions::default();
        let other_options = RustOptions {
            derives: vec!["PartialEq".to_owned()],
            ..RustOptions::default()
        };
        let base = KeyInputs {
            schema: &schema,
            file_name: "A.graphql",
            document: "query A { a }",
            options: &options,
        };
        let keys = [
            key(&base),
            key_for("0.1.0+0000000000000000", &base),
            key(&KeyInputs {
                schema: &other_schema,
                ..base
            }),
            key(&KeyInputs {
                file_name: "B.graphql",
                ..base
            }),
            key(&KeyInputs {
                document: "query A { a a }",
                ..base
            }),
            key(&KeyInputs {
                options: &other_options,
                ..base
            }),
        ];
        for (index, one) in keys.iter().enumerate() {
            assert_eq!(one.len(), 32);
            assert!(
                keys[index + 1..].iter().all(|other| other != one),
                "key {index} repeats"
            );
        }
        assert_eq!(key(&base), key(&base), "the key is deterministic");
        let digests = InputDigests::of(&base);
        assert_eq!(digests.changed_in(&digests), Vec::<&str>::new());
        let other = InputDigests::of(&KeyInputs {
            schema: &other_schema,
            document: "query A { a a }",
            ..base
        });
        assert_eq!(digests.changed_in(&other), ["the schema", "the document"]);
        // Two files are not their concatenation.
        assert_ne!(
            schema_hash([b"ab".as_slice()]),
            schema_hash([b"a".as_slice(), b"b".as_slice()])
        );
    }
}
