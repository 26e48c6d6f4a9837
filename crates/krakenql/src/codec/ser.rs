//! Writing an input object or the variables as a JSON object, for generated `Serialize`
//! impls; absent values are left out.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::InputValue;

/// A JSON object being written.
pub struct Object<M> {
    map: M,
}

impl<M: SerializeMap> Object<M> {
    /// Starts an object.
    ///
    /// # Errors
    ///
    /// The serializer's.
    pub fn start<S>(serializer: S) -> Result<Self, S::Error>
    where
        S: Serializer<SerializeMap = M, Error = M::Error>,
    {
        Ok(Object {
            map: serializer.serialize_map(None)?,
        })
    }

    /// Writes a key that is always sent.
    ///
    /// # Errors
    ///
    /// The serializer's.
    pub fn field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), M::Error> {
        self.map.serialize_entry(key, value)
    }

    /// Writes a key unless its value is absent (`None`, or `InputValue::Absent`).
    ///
    /// # Errors
    ///
    /// The serializer's.
    pub fn optional<T: Serialize + Absent>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), M::Error> {
        if value.is_absent() {
            Ok(())
        } else {
            self.map.serialize_entry(key, value)
        }
    }

    /// Ends the object.
    ///
    /// # Errors
    ///
    /// The serializer's.
    pub fn end(self) -> Result<M::Ok, M::Error> {
        self.map.end()
    }
}

/// A value that can be left out of a request.
pub trait Absent {
    /// Whether the key is left out.
    fn is_absent(&self) -> bool;
}

impl<T> Absent for Option<T> {
    fn is_absent(&self) -> bool {
        self.is_none()
    }
}

impl<T> Absent for InputValue<T> {
    fn is_absent(&self) -> bool {
        InputValue::is_absent(self)
    }
}
