//! Reading a response object by a table of keys, for generated `Deserialize` impls.
//!
//! A generated struct implements [`Fields`]: its JSON keys, a tuple with one `Option` slot per
//! key (`slots.rs` fills a slot by its key's index), and `build`, which makes the struct from
//! its filled slots. [`deserialize`] runs the map visitor that serde's derive would otherwise
//! write out for every struct (unknown keys skipped, a key given twice refused) and then
//! `build`; [`take`] gives a slot's value: a missing nullable field is `None`, a missing
//! required one a "missing field" error.
//!
//! `build` is not generic: its error is [`Invalid`], not the deserializer's, so rustc checks
//! each struct's construction once, with concrete types, instead of once per generic
//! `deserialize` body, where every `?` is a trait obligation over `D::Error`. That is about a
//! third of the borrow checker's time on a crate of generated modules.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

pub use super::slots::{Chain, Slots, CHUNK};

/// A response struct's keys, the slots they are read into, and how it is made from them.
pub trait Fields: Sized {
    /// The JSON keys, in slot order.
    const KEYS: &'static [&'static str];
    /// One `Option` per key: a tuple, or tuples chained with [`Chain`] for more than
    /// [`CHUNK`] keys.
    type Slots: Slots;

    /// The struct from its filled slots and, for a struct whose fragment spreads or type
    /// conditions read the whole object, that object (`Value::Null` for any other struct).
    ///
    /// # Errors
    ///
    /// When a required key is missing, or a part does not fit the object.
    fn build(slots: Self::Slots, object: &Value) -> Result<Self, Invalid>;
}

/// Why a struct could not be built from its slots; it becomes the deserializer's error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// A required key is missing.
    Missing(&'static str),
    /// A part (a fragment spread, a type condition) does not fit the object; the message.
    Part(String),
}

impl Invalid {
    /// The deserializer's error for this problem.
    fn into_error<E: de::Error>(self) -> E {
        match self {
            Invalid::Missing(key) => E::missing_field(key),
            Invalid::Part(message) => E::custom(message),
        }
    }
}

/// Reads a JSON object into the slots of `F` and builds it.
///
/// # Errors
///
/// When the input is not an object, a value does not fit its field, a key comes twice or a
/// required key is missing.
pub fn deserialize<'de, F: Fields, D: Deserializer<'de>>(deserializer: D) -> Result<F, D::Error> {
    let slots = read::<F, D>(deserializer)?;
    F::build(slots, &Value::Null).map_err(Invalid::into_error)
}

/// [`deserialize`] for a struct with fragment spreads or type conditions: the object is read
/// once, and its own fields and every part each read the whole of it, so that a key selected
/// both directly and in a fragment reaches both.
///
/// # Errors
///
/// As [`deserialize`], and when a part does not fit the object.
pub fn deserialize_whole<'de, F: Fields, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<F, D::Error> {
    let object = Value::deserialize(deserializer)?;
    let slots = read::<F, &Value>(&object).map_err(de::Error::custom)?;
    F::build(slots, &object).map_err(Invalid::into_error)
}

/// Reads a JSON object into the slots of `F`.
fn read<'de, F: Fields, D: Deserializer<'de>>(deserializer: D) -> Result<F::Slots, D::Error> {
    let mut slots = F::Slots::empty();
    deserializer.deserialize_map(ObjectVisitor::<F> {
        slots: &mut slots,
        fields: PhantomData,
    })?;
    Ok(slots)
}

/// The value of a slot; a missing key reads as `null`, so a nullable field is `None` and a
/// required one is reported as missing.
///
/// # Errors
///
/// When the key is missing and `T` is not nullable.
pub fn take<T: DeserializeOwned>(slot: Option<T>, key: &'static str) -> Result<T, Invalid> {
    match slot {
        Some(value) => Ok(value),
        None => T::deserialize(Value::Null).map_err(|_| Invalid::Missing(key)),
    }
}

/// The value of a slot, or `T::default()` when the key is missing: for fields under
/// `@skip`/`@include`, which the server leaves out.
pub fn take_or_default<T: Default>(slot: Option<T>) -> T {
    slot.unwrap_or_default()
}

/// A part of a struct (a fragment spread's struct, a type condition's variant) read from the
/// whole object.
///
/// # Errors
///
/// When the object does not fit the part; the message is serde_json's.
pub fn part<T: DeserializeOwned>(object: &Value) -> Result<T, Invalid> {
    T::deserialize(object).map_err(|error| Invalid::Part(error.to_string()))
}

/// Visits a map, reading each of `F`'s keys into its slot.
struct ObjectVisitor<'a, F: Fields> {
    slots: &'a mut F::Slots,
    fields: PhantomData<F>,
}

impl<'de, F: Fields> Visitor<'de> for ObjectVisitor<'_, F> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(found) = map.next_key_seed(KeySeed { keys: F::KEYS })? {
            match found {
                Some(index) => {
                    if !self.slots.read(index, &mut map)? {
                        let key = F::KEYS.get(index).copied().unwrap_or("?");
                        return Err(de::Error::duplicate_field(key));
                    }
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

/// Reads a key as its position in the table (`None` for a key the struct does not select),
/// without allocating it.
struct KeySeed {
    keys: &'static [&'static str],
}

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        Ok(self.keys.iter().position(|candidate| *candidate == key))
    }
}
