//! Reading a response object by a table of keys, for generated `Deserialize` impls.
//!
//! A generated struct implements [`Fields`]: its JSON keys and a tuple with one `Option` slot
//! per key (`slots.rs` fills a slot by its key's index). [`read`] runs the map visitor that
//! serde's derive would otherwise write out for every struct (unknown keys skipped, a key
//! given twice refused), and [`Taken`] turns the slots into field values: a missing nullable
//! field is `None`, a missing required one a "missing field" error.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::Deserializer;
use serde_json::Value;

pub use super::slots::{Chain, Slots, CHUNK};

/// A response struct's keys and the slots they are read into.
pub trait Fields {
    /// The JSON keys, in slot order.
    const KEYS: &'static [&'static str];
    /// One `Option` per key: a tuple, or tuples chained with [`Chain`] for more than
    /// [`CHUNK`] keys.
    type Slots: Slots;
}

/// What reading an object gives: the filled slots of `F`, and what takes values out of them
/// with the deserializer's error type `E`.
pub type Read<F, E> = (<F as Fields>::Slots, Taken<E>);

/// Reads a JSON object into the slots of `F`.
///
/// # Errors
///
/// When the input is not an object, a value does not fit its field, or a key comes twice.
pub fn read<'de, F: Fields, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Read<F, D::Error>, D::Error> {
    let mut slots = F::Slots::empty();
    deserializer.deserialize_map(ObjectVisitor::<F> {
        slots: &mut slots,
        fields: PhantomData,
    })?;
    Ok((slots, Taken(PhantomData)))
}

/// [`read`] from an object already read, for structs whose parts each read the whole object
/// (fragment spreads, type conditions); errors become `E`.
///
/// # Errors
///
/// As [`read`].
pub fn read_value<F: Fields, E: de::Error>(value: &Value) -> Result<Read<F, E>, E> {
    let (slots, _) = read::<F, &Value>(value).map_err(E::custom)?;
    Ok((slots, Taken(PhantomData)))
}

/// Turns filled slots into field values, with the error type of the deserializer.
pub struct Taken<E>(PhantomData<E>);

impl<E: de::Error> Taken<E> {
    /// The value of a slot; a missing key reads as `null`, so a nullable field is `None` and
    /// a required one is reported as missing.
    ///
    /// # Errors
    ///
    /// When the key is missing and `T` is not nullable.
    pub fn take<T: de::DeserializeOwned>(
        &self,
        slot: Option<T>,
        key: &'static str,
    ) -> Result<T, E> {
        match slot {
            Some(value) => Ok(value),
            None => T::deserialize(Value::Null).map_err(|_| E::missing_field(key)),
        }
    }

    /// The value of a slot, or `T::default()` when the key is missing: for fields under
    /// `@skip`/`@include`, which the server leaves out.
    pub fn take_or_default<T: Default>(&self, slot: Option<T>) -> T {
        slot.unwrap_or_default()
    }
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
