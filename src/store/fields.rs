//! The names of a struct's fields as serde reads them, taken from its derived `Deserialize`:
//! the one list of the progress file's keys, which cannot drift from the structs.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};

/// The field names serde reads for `T` (a struct with derived `Deserialize`); empty for
/// anything else.
pub fn field_names<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    let mut fields = None;
    // The probe stops the deserializer as soon as it has been told the names.
    let _ = T::deserialize(Probe(&mut fields));
    fields.unwrap_or(&[])
}

/// A deserializer that only records the field names a struct asks for.
struct Probe<'a>(&'a mut Option<&'static [&'static str]>);

#[derive(Debug)]
struct Stop;

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field names read")
    }
}

impl std::error::Error for Stop {}

impl de::Error for Stop {
    fn custom<M: fmt::Display>(_: M) -> Stop {
        Stop
    }
}

impl<'de> Deserializer<'de> for Probe<'_> {
    type Error = Stop;

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Stop> {
        *self.0 = Some(fields);
        Err(Stop)
    }

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Stop> {
        Err(Stop)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::{Profile, StepRecord};

    #[test]
    fn the_names_are_serde_s_own() {
        assert_eq!(
            field_names::<StepRecord>(),
            ["done_on", "number", "note", "pdf", "tasks"]
        );
        assert!(field_names::<Profile>().contains(&"gestionnaire_email"));
        assert!(field_names::<u32>().is_empty());
    }
}
