//! Vectors already worked out, kept in a file between runs so that a
//! registry's claims are embedded once per model, not once per run. Each
//! entry is the BLAKE3 hash of a text and its vector; a file that cannot be
//! read is treated as empty and rewritten.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

/// The first bytes of a vector file.
const MAGIC: &[u8] = b"factcheck meaning vectors 1\n";

/// A text's key in the file.
pub type Key = [u8; 32];

/// The key of `text`.
pub fn key(text: &str) -> Key {
    *blake3::hash(text.as_bytes()).as_bytes()
}

/// The vectors of width `width` kept at `path`; none when the file is
/// missing, of another width, or damaged.
pub fn load(path: &Path, width: usize) -> HashMap<Key, Vec<f32>> {
    let Ok(bytes) = std::fs::read(path) else {
        return HashMap::new();
    };
    let Some(rest) = bytes.strip_prefix(MAGIC) else {
        return HashMap::new();
    };
    let entry = 32 + 4 * width;
    let stored_width = rest
        .get(..4)
        .and_then(|b| b.try_into().ok())
        .map(u32::from_le_bytes);
    let body = &rest[rest.len().min(4)..];
    if stored_width != Some(width as u32) || width == 0 || body.len() % entry != 0 {
        return HashMap::new();
    }
    body.chunks_exact(entry)
        .filter_map(|e| {
            let k: Key = e[..32].try_into().ok()?;
            let v = e[32..]
                .chunks_exact(4)
                .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect();
            Some((k, v))
        })
        .collect()
}

/// Writes `vectors` (all of width `width`) to `path` through a temporary
/// file renamed into place, so a reader never sees half a file.
pub fn save(path: &Path, width: usize, vectors: &HashMap<Key, Vec<f32>>) -> std::io::Result<()> {
    let folder = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder)?;
    let mut out = Vec::with_capacity(MAGIC.len() + 4 + vectors.len() * (32 + 4 * width));
    out.extend(MAGIC);
    out.extend((width as u32).to_le_bytes());
    let mut keys: Vec<&Key> = vectors.keys().collect();
    keys.sort();
    for k in keys {
        let v = &vectors[k];
        if v.len() == width {
            out.extend(k);
            out.extend(v.iter().flat_map(|x| x.to_le_bytes()));
        }
    }
    let mut file = tempfile::NamedTempFile::new_in(folder)?;
    file.write_all(&out)?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vectors_come_back_as_saved_and_damage_reads_as_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/v.bin");
        let mut vectors = HashMap::new();
        vectors.insert(key("fires"), vec![1.0, -2.5]);
        vectors.insert(key("war"), vec![0.25, 4.0]);
        save(&path, 2, &vectors).unwrap();
        assert_eq!(load(&path, 2), vectors);
        assert!(load(&path, 3).is_empty(), "another width");
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.pop();
        std::fs::write(&path, &bytes).unwrap();
        assert!(load(&path, 2).is_empty(), "cut short");
        assert!(load(&dir.path().join("none.bin"), 2).is_empty());
    }
}
