//! The slots a response struct's keys are read into: a tuple with one `Option` per key, whose
//! reading is written once here for every width instead of once per generated struct.
//!
//! Tuples of up to [`CHUNK`] slots implement [`Slots`]; a struct with more keys chains tuples of
//! [`CHUNK`] with [`Chain`], so its `Slots` type is `Chain<(…16…), Chain<(…16…), (…rest…)>>`
//! and the slot of key `i` is reached through `.1` once per full chunk before it.

use serde::de::{Deserialize, DeserializeOwned, MapAccess};

/// How many slots one tuple holds; wider structs chain tuples of this width.
pub const CHUNK: usize = 16;

/// One `Option` slot per JSON key of a response struct, filled while its object is read.
pub trait Slots {
    /// How many keys the slots hold.
    const WIDTH: usize;

    /// Every slot empty: no key read yet.
    fn empty() -> Self;

    /// Reads the map's next value into the slot of key `index` (0-based, in `KEYS` order).
    /// `Ok(false)`, reading nothing, when that slot is already filled (the key came twice);
    /// `Ok(true)` for an index past the last slot, which no caller passes.
    ///
    /// # Errors
    ///
    /// When the value does not fit the slot's type.
    fn read<'de, M: MapAccess<'de>>(&mut self, index: usize, map: &mut M)
        -> Result<bool, M::Error>;
}

/// The slots of keys `0..A::WIDTH` followed by those of the keys after them.
#[derive(Debug)]
pub struct Chain<A, B>(pub A, pub B);

impl<A: Slots, B: Slots> Slots for Chain<A, B> {
    const WIDTH: usize = A::WIDTH + B::WIDTH;

    fn empty() -> Self {
        Chain(A::empty(), B::empty())
    }

    fn read<'de, M: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut M,
    ) -> Result<bool, M::Error> {
        match index.checked_sub(A::WIDTH) {
            None => self.0.read(index, map),
            Some(rest) => self.1.read(rest, map),
        }
    }
}

impl Slots for () {
    const WIDTH: usize = 0;

    fn empty() -> Self {}

    fn read<'de, M: MapAccess<'de>>(&mut self, _: usize, _: &mut M) -> Result<bool, M::Error> {
        Ok(true)
    }
}

/// `Slots` for the tuple of `Option`s of the listed types, at the listed indices.
macro_rules! tuple_slots {
    ($width:literal: $($index:tt $ty:ident),+) => {
        impl<$($ty: DeserializeOwned),+> Slots for ($(Option<$ty>,)+) {
            const WIDTH: usize = $width;

            fn empty() -> Self {
                ($(None::<$ty>,)+)
            }

            fn read<'de, M: MapAccess<'de>>(
                &mut self,
                index: usize,
                map: &mut M,
            ) -> Result<bool, M::Error> {
                match index {
                    $($index => put(&mut self.$index, map),)+
                    _ => Ok(true),
                }
            }
        }
    };
}

tuple_slots!(1: 0 A);
tuple_slots!(2: 0 A, 1 B);
tuple_slots!(3: 0 A, 1 B, 2 C);
tuple_slots!(4: 0 A, 1 B, 2 C, 3 D);
tuple_slots!(5: 0 A, 1 B, 2 C, 3 D, 4 E);
tuple_slots!(6: 0 A, 1 B, 2 C, 3 D, 4 E, 5 F);
tuple_slots!(7: 0 A, 1 B, 2 C, 3 D, 4 E, 5 F, 6 G);
tuple_slots!(8: 0 A, 1 B, 2 C, 3 D, 4 E, 5 F, 6 G, 7 H);
tuple_slots!(9: 0 A, 1 B, 2 C, 3 D, 4 E, 5 F, 6 G, 7 H, 8 I);
tuple_slots!(10: 0 A, 1 B, 2 C, 3 D, 4 E, 5 F, 6 G, 7 H, 8 I, 9 J);
tuple_slots!(11: 0 A, 1 B, 2 C, 3 D, 4 E, 5 F, 6 G, 7 H, 8 I, 9 J, 10 K);
tuple_slots!(12: 0 A, 1 B, 2 C, 3 D, 4 E, 5 F, 6 G, 7 H, 8 I, 9 J, 10 K, 11 L);
tuple_slots!(13: 0 A, 1 B, 2 C, 3 D, 4 E, 5 F, 6 G, 7 H, 8 I, 9 J, 10 K, 11 L, 12 N);
tuple_slots!(14: 0 A, 1 B, 2 C, 3 D, 4 E, 5 F, 6 G, 7 H, 8 I, 9 J, 10 K, 11 L, 12 N, 13 O);
tuple_slots!(15: 0 A, 1 B, 2 C, 3 D, 4 E, 5 F, 6 G, 7 H, 8 I, 9 J, 10 K, 11 L, 12 N, 13 O, 14 P);
tuple_slots!(16: 0 A, 1 B, 2 C, 3 D, 4 E, 5 F, 6 G, 7 H, 8 I, 9 J, 10 K, 11 L, 12 N, 13 O, 14 P, 15 Q);

/// Reads the next value of `map` into `slot`; `Ok(false)`, reading nothing, when the slot is
/// already filled.
///
/// # Errors
///
/// When the value does not fit `T`.
fn put<'de, T: Deserialize<'de>, M: MapAccess<'de>>(
    slot: &mut Option<T>,
    map: &mut M,
) -> Result<bool, M::Error> {
    if slot.is_some() {
        return Ok(false);
    }
    *slot = Some(map.next_value()?);
    Ok(true)
}

#[cfg(test)]
mod tests {
    use serde::de::value::{Error, MapDeserializer};

    use super::*;

    /// Reads `values` into `slots` as the keys `0..`, the way the object visitor does.
    fn fill<S: Slots>(slots: &mut S, values: &[i64]) -> Vec<bool> {
        let mut map = MapDeserializer::<_, Error>::new(values.iter().map(|value| ("k", *value)));
        values
            .iter()
            .enumerate()
            .map(|(index, _)| {
                let _ = map.next_key::<&str>();
                slots.read(index, &mut map).unwrap_or(false)
            })
            .collect()
    }

    #[test]
    fn a_chain_puts_each_key_in_its_own_chunk() {
        type Wide = Chain<(Option<i64>, Option<i64>), Chain<(Option<i64>,), (Option<i64>,)>>;
        assert_eq!(Wide::WIDTH, 4);
        let mut slots = Wide::empty();
        assert_eq!(fill(&mut slots, &[10, 11, 12, 13]), [true; 4]);
        assert_eq!(
            (slots.0 .0, slots.0 .1, slots.1 .0 .0, slots.1 .1 .0),
            (Some(10), Some(11), Some(12), Some(13))
        );
    }

    #[test]
    fn a_filled_slot_refuses_a_second_value() {
        let mut slots = <(Option<i64>,)>::empty();
        let mut map = MapDeserializer::<_, Error>::new([("k", 1_i64), ("k", 2)].into_iter());
        let _ = map.next_key::<&str>();
        assert_eq!(slots.read(0, &mut map).ok(), Some(true));
        let _ = map.next_key::<&str>();
        assert_eq!(slots.read(0, &mut map).ok(), Some(false));
        assert_eq!(slots.0, Some(1));
    }
}
