//! The safetensors file format: an 8-byte little-endian header length, a
//! JSON header naming each tensor's type, shape and byte range, then the
//! raw data. Only 32-bit floats are read.

use serde::Deserialize;
use std::collections::HashMap;

/// One tensor's entry in the header.
#[derive(Debug, Deserialize)]
struct Entry {
    dtype: String,
    shape: Vec<usize>,
    data_offsets: [usize; 2],
}

/// The tensors of one file, by name.
#[derive(Debug, Default)]
pub struct Tensors {
    tensors: HashMap<String, (Vec<usize>, Vec<f32>)>,
}

impl Tensors {
    /// Reads every 32-bit float tensor of a safetensors file's bytes;
    /// tensors of other types (such as integer position IDs) are skipped.
    pub fn parse(bytes: &[u8]) -> Result<Tensors, String> {
        let size = bytes
            .get(..8)
            .and_then(|b| b.try_into().ok())
            .map(u64::from_le_bytes)
            .ok_or("the file is too short for a safetensors header")?;
        let start = usize::try_from(size)
            .ok()
            .and_then(|s| s.checked_add(8))
            .filter(|&s| s <= bytes.len())
            .ok_or("the safetensors header runs past the end of the file")?;
        let header: HashMap<String, serde_json::Value> =
            serde_json::from_slice(&bytes[8..start])
                .map_err(|e| format!("the safetensors header is not valid JSON: {e}"))?;
        let data = &bytes[start..];
        let mut tensors = HashMap::new();
        for (name, value) in header {
            if name == "__metadata__" {
                continue;
            }
            let entry: Entry = serde_json::from_value(value)
                .map_err(|e| format!("tensor `{name}` has a malformed header entry: {e}"))?;
            if entry.dtype != "F32" {
                continue;
            }
            let [from, to] = entry.data_offsets;
            let bytes_needed = entry
                .shape
                .iter()
                .try_fold(4usize, |n, &d| n.checked_mul(d));
            let raw = data
                .get(from..to)
                .filter(|r| Some(r.len()) == bytes_needed)
                .ok_or(format!("tensor `{name}`'s data does not fit its shape"))?;
            let values = raw
                .chunks_exact(4)
                .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect();
            tensors.insert(name, (entry.shape, values));
        }
        Ok(Tensors { tensors })
    }

    /// Takes out the tensor `name`, which must have `shape`.
    pub fn take(&mut self, name: &str, shape: &[usize]) -> Result<Vec<f32>, String> {
        let (found, values) = self
            .tensors
            .remove(name)
            .or_else(|| self.tensors.remove(&format!("bert.{name}")))
            .ok_or(format!("the model has no 32-bit tensor `{name}`"))?;
        if found != shape {
            return Err(format!(
                "tensor `{name}` has shape {found:?}, expected {shape:?}"
            ));
        }
        Ok(values)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(header: &str, data: &[f32]) -> Vec<u8> {
        let mut out = (header.len() as u64).to_le_bytes().to_vec();
        out.extend(header.as_bytes());
        out.extend(data.iter().flat_map(|v| v.to_le_bytes()));
        out
    }

    #[test]
    fn reads_float_tensors_by_name_and_shape() {
        let bytes = file(
            r#"{"__metadata__":{"format":"pt"},"w":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]}}"#,
            &[1.0, 2.0, 3.0, 4.0],
        );
        let mut t = Tensors::parse(&bytes).unwrap();
        assert!(t.take("w", &[4]).unwrap_err().contains("shape [2, 2]"));
        let mut t2 = Tensors::parse(&bytes).unwrap();
        assert_eq!(t2.take("w", &[2, 2]).unwrap(), [1.0, 2.0, 3.0, 4.0]);
        assert!(t2.take("w", &[2, 2]).is_err());
        assert!(t
            .take("v", &[1])
            .unwrap_err()
            .contains("no 32-bit tensor `v`"));
    }

    #[test]
    fn broken_files_are_errors_not_panics() {
        assert!(Tensors::parse(b"abc").is_err());
        assert!(Tensors::parse(&file("{", &[])).is_err());
        let mut long = file(
            r#"{"w":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}}"#,
            &[1.0],
        );
        assert!(Tensors::parse(&long).is_err());
        long[0] = 0xFF;
        long[7] = 0xFF;
        assert!(Tensors::parse(&long).is_err());
        let huge = file(
            r#"{"w":{"dtype":"F32","shape":[4611686018427387904,8],"data_offsets":[0,4]}}"#,
            &[1.0],
        );
        assert!(Tensors::parse(&huge).is_err());
    }
}
