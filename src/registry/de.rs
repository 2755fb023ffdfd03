//! Reads typed registry entries out of a located YAML tree with serde, so that
//! the derive attributes (`deny_unknown_fields`, enums) do the checking and
//! every error points at the node it is about.

use super::problem::Position;
use super::yaml::{Node, Value};
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};
use serde::Deserialize;
use std::fmt;

/// A typed-reading error and the place it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeError {
    /// What is wrong, in serde's words (`unknown field`, `invalid type` …).
    pub message: String,
    /// The node it is about (the innermost one known).
    pub at: Option<Position>,
}

impl DeError {
    /// Sets the place, unless a more precise one is already known.
    fn at(mut self, at: Position) -> Self {
        self.at.get_or_insert(at);
        self
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DeError {
            message: msg.to_string(),
            at: None,
        }
    }
}

/// Reads a `T` from `node`.
pub fn from_node<'de, T: Deserialize<'de>>(node: &Node) -> Result<T, DeError> {
    T::deserialize(NodeDeserializer { node })
}

/// A serde deserializer over one located node.
struct NodeDeserializer<'a> {
    node: &'a Node,
}

/// How a plain scalar reads in YAML 1.2's core schema.
enum Plain {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Text,
}

fn resolve_plain(text: &str) -> Plain {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => Plain::Null,
        "true" | "True" | "TRUE" => Plain::Bool(true),
        "false" | "False" | "FALSE" => Plain::Bool(false),
        _ => {
            if let Ok(i) = text.parse::<i64>() {
                Plain::Int(i)
            } else if text.contains(|c: char| c.is_ascii_digit())
                && !text.contains(|c: char| c.is_alphabetic() && c != 'e' && c != 'E')
            {
                text.parse::<f64>().map_or(Plain::Text, Plain::Float)
            } else {
                Plain::Text
            }
        }
    }
}

impl<'de> de::Deserializer<'de> for NodeDeserializer<'_> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let result = match &self.node.value {
            Value::Scalar { text, plain: true } => match resolve_plain(text) {
                Plain::Null => visitor.visit_unit(),
                Plain::Bool(b) => visitor.visit_bool(b),
                Plain::Int(i) => visitor.visit_i64(i),
                Plain::Float(f) => visitor.visit_f64(f),
                Plain::Text => visitor.visit_str(text),
            },
            Value::Scalar { text, plain: false } => visitor.visit_str(text),
            Value::Sequence(items) => visitor.visit_seq(Items {
                items: items.iter(),
            }),
            Value::Mapping(entries) => visitor.visit_map(Entries {
                entries: entries.iter(),
                value: None,
            }),
        };
        result.map_err(|e| e.at(self.node.start))
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.value {
            Value::Scalar { .. } if self.node.is_null() => Err(DeError {
                message: "expected text, found nothing".into(),
                at: Some(self.node.start),
            }),
            // Text fields take any scalar as written: `said: 2025` is text.
            Value::Scalar { text, .. } => visitor
                .visit_str(text)
                .map_err(|e: DeError| e.at(self.node.start)),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.node.is_null() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match &self.node.value {
            Value::Scalar { text, .. } => visitor
                .visit_enum(text.as_str().into_deserializer())
                .map_err(|e: DeError| e.at(self.node.start)),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct
    }
}

/// The items of a sequence, handed to serde one by one.
struct Items<'a> {
    items: std::slice::Iter<'a, Node>,
}

impl<'de> de::SeqAccess<'de> for Items<'_> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        match self.items.next() {
            None => Ok(None),
            Some(node) => seed
                .deserialize(NodeDeserializer { node })
                .map(Some)
                .map_err(|e| e.at(node.start)),
        }
    }
}

/// The entries of a mapping, handed to serde key by key.
struct Entries<'a> {
    entries: std::slice::Iter<'a, (Node, Node)>,
    value: Option<&'a Node>,
}

impl<'de> de::MapAccess<'de> for Entries<'_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        match self.entries.next() {
            None => Ok(None),
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(NodeDeserializer { node: key })
                    .map(Some)
                    .map_err(|e| e.at(key.start))
            }
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        match self.value.take() {
            Some(node) => seed
                .deserialize(NodeDeserializer { node })
                .map_err(|e| e.at(node.start)),
            None => Err(de::Error::custom("a value was asked for before its key")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::guard::Limits;
    use crate::registry::yaml::parse;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Entry {
        id: String,
        #[serde(default)]
        tags: Vec<String>,
        size: Option<u32>,
    }

    fn read(text: &str) -> Result<Entry, DeError> {
        let node = parse(text, 0, &Limits::default()).unwrap().unwrap();
        from_node(&node)
    }

    #[test]
    fn reads_typed_values() {
        let entry = read("id: 2025\ntags: [a, 'b']\nsize: 3\n").unwrap();
        assert_eq!(
            entry,
            Entry {
                id: "2025".into(),
                tags: vec!["a".into(), "b".into()],
                size: Some(3)
            }
        );
    }

    #[test]
    fn unknown_fields_point_at_the_key() {
        let err = read("id: a\n  \nnmae: b\n").unwrap_err();
        assert!(
            err.message.starts_with("unknown field `nmae`"),
            "{}",
            err.message
        );
        assert_eq!(err.at.map(|p| (p.line, p.column)), Some((3, 1)));
    }

    #[test]
    fn wrong_types_point_at_the_value() {
        let err = read("id: a\ntags:\n  - x\n  - [y]\n").unwrap_err();
        assert!(
            err.message.contains("invalid type: sequence"),
            "{}",
            err.message
        );
        assert_eq!(err.at.map(|p| (p.line, p.column)), Some((4, 5)));
    }

    #[test]
    fn missing_fields_point_at_the_entry() {
        let err = read("\ntags: []\n").unwrap_err();
        assert_eq!(err.message, "missing field `id`");
        assert_eq!(err.at.map(|p| p.line), Some(2));
    }

    #[test]
    fn an_empty_value_for_text_is_named() {
        let err = read("id:\n").unwrap_err();
        assert_eq!(err.message, "expected text, found nothing");
    }
}
