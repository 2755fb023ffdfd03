//! A cache of the parsed, validated and indexed registry, so that a large
//! registry is not parsed again on every run.
//!
//! The cache is keyed on the content of every registry file (and their
//! paths, the limits and the tool's version), hashed with BLAKE3: the files
//! are read on every run, and any change to any byte is a new key, so a
//! stale cache is never used. A cache file carries a checksum of its own
//! body; one that is truncated, corrupted, from another version or for
//! other files is ignored and rebuilt. It is written to a temporary file
//! and renamed into place, so concurrent runs never see half a cache.
//! It lives outside the registry folder (see [`default_dir`]).

use super::index::QuoteIndex;
use super::load::{build, read_sources, LoadError, RegistrySource, SourceFile};
use super::model::{Claim, Person, Quote};
use super::{Limits, Located, Registry};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The first bytes of every cache file; the number changes with the format.
const MAGIC: &[u8] = b"factcheck registry cache 2\n";

/// How a registry was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheUse {
    /// No cache was asked for (or the registry is the built-in one).
    Off,
    /// The cache matched and was used.
    Hit,
    /// The registry was parsed; the cache was written (or could not be).
    Rebuilt,
}

/// The entries of a registry (the file texts are read anyway), as read
/// back from a cache; the cache holds them as JSON, followed by the quote
/// index in its binary form.
#[derive(Deserialize)]
struct Entries {
    people: Vec<Located<Person>>,
    quotes: Vec<Located<Quote>>,
    claims: Vec<Located<Claim>>,
}

/// The same entries, borrowed from a registry to be written.
#[derive(Serialize)]
struct EntriesOf<'r> {
    people: &'r [Located<Person>],
    quotes: &'r [Located<Quote>],
    claims: &'r [Located<Claim>],
}

/// The default cache folder: `$FACTCHECK_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/factcheck`, else `~/.cache/factcheck`; `None` when
/// none can be found.
pub fn default_dir() -> Option<PathBuf> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(dir) = var("FACTCHECK_CACHE_DIR") {
        return Some(PathBuf::from(dir));
    }
    if let Some(dir) = var("XDG_CACHE_HOME") {
        return Some(PathBuf::from(dir).join("factcheck"));
    }
    var("HOME").map(|home| PathBuf::from(home).join(".cache").join("factcheck"))
}

/// The key of a set of registry files: everything that decides what they load to.
fn key(files: &[SourceFile], limits: &Limits) -> blake3::Hash {
    let mut h = blake3::Hasher::new();
    h.update(MAGIC);
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    h.update(format!("{limits:?}").as_bytes());
    for f in files {
        for part in [f.path.as_bytes(), f.text.as_bytes()] {
            h.update(&(part.len() as u64).to_le_bytes());
            h.update(part);
        }
    }
    h.finalize()
}

/// The cache file for a registry folder (one per folder, whatever its content).
fn cache_file(cache_dir: &Path, folder: &Path) -> PathBuf {
    let folder = folder
        .canonicalize()
        .unwrap_or_else(|_| folder.to_path_buf());
    let name = blake3::hash(folder.to_string_lossy().as_bytes()).to_hex();
    cache_dir.join(format!("registry-{}.cache", &name[..32]))
}

/// The body of a cache file, if it is whole, sound and for exactly this key.
fn read_cache(path: &Path, key: &blake3::Hash) -> Option<(Entries, QuoteIndex)> {
    let bytes = std::fs::read(path).ok()?;
    let rest = bytes.strip_prefix(MAGIC)?;
    let (stored_key, rest) = rest.split_at_checked(32)?;
    let (checksum, body) = rest.split_at_checked(32)?;
    if stored_key != key.as_bytes() || checksum != blake3::hash(body).as_bytes() {
        return None;
    }
    let (len, body) = body.split_at_checked(8)?;
    let len = usize::try_from(u64::from_le_bytes(len.try_into().ok()?)).ok()?;
    let (json, index) = body.split_at_checked(len)?;
    Some((
        serde_json::from_slice(json).ok()?,
        QuoteIndex::from_bytes(index)?,
    ))
}

/// Writes a cache file atomically; failures only cost the next run time.
fn write_cache(
    path: &Path,
    key: &blake3::Hash,
    registry: &Registry,
    index: &QuoteIndex,
) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let entries = EntriesOf {
        people: &registry.people,
        quotes: &registry.quotes,
        claims: &registry.claims,
    };
    let mut bytes = serde_json::to_vec(&entries).map_err(std::io::Error::other)?;
    let len = (bytes.len() as u64).to_le_bytes();
    bytes.splice(0..0, len);
    bytes.extend_from_slice(&index.to_bytes());
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(MAGIC)?;
    tmp.write_all(key.as_bytes())?;
    tmp.write_all(blake3::hash(&bytes).as_bytes())?;
    tmp.write_all(&bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Loads and checks a registry and indexes its quotes, through the cache
/// in `cache_dir` when one is given and the registry is a folder.
pub fn load_indexed(
    source: &RegistrySource,
    limits: &Limits,
    cache_dir: Option<&Path>,
) -> Result<(Registry, QuoteIndex, CacheUse), LoadError> {
    let (files, problems) = read_sources(source, limits)?;
    let target = match (source, cache_dir) {
        (RegistrySource::Folder(folder), Some(dir)) if problems.is_empty() => {
            let key = key(&files, limits);
            Some((cache_file(dir, folder), key))
        }
        _ => None,
    };
    if let Some((path, key)) = &target {
        if let Some((entries, index)) = read_cache(path, key) {
            let registry =
                Registry::assemble(files, entries.people, entries.quotes, entries.claims);
            return Ok((registry, index, CacheUse::Hit));
        }
    }
    let registry = build(files, problems, limits).map_err(LoadError::Invalid)?;
    let index = QuoteIndex::build(&registry);
    let Some((path, key)) = target else {
        return Ok((registry, index, CacheUse::Off));
    };
    // A cache that cannot be written is no reason to fail the run.
    let _ = write_cache(&path, &key, &registry, &index);
    Ok((registry, index, CacheUse::Rebuilt))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder_with(text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let claims = dir.path().join("claims");
        std::fs::create_dir(&claims).unwrap();
        std::fs::write(claims.join("a.yaml"), text).unwrap();
        (dir, claims)
    }

    const ONE: &str = "people:\n  - id: a\n    name: A\nquotes:\n  - id: q\n    speaker: a\n    text: We will build it.\n";

    #[test]
    fn a_second_run_hits_and_any_change_misses() {
        let (dir, claims) = folder_with(ONE);
        let cache = dir.path().join("cache");
        let source = RegistrySource::Folder(claims.clone());
        let limits = Limits::default();
        let (r1, i1, u1) = load_indexed(&source, &limits, Some(&cache)).unwrap();
        let (r2, i2, u2) = load_indexed(&source, &limits, Some(&cache)).unwrap();
        assert_eq!((u1, u2), (CacheUse::Rebuilt, CacheUse::Hit));
        assert_eq!(i1, i2);
        assert_eq!(r1.quotes, r2.quotes);
        assert!(r2.get("q").is_some());
        // Same size, one byte different: a miss, and the new text is used.
        std::fs::write(claims.join("a.yaml"), ONE.replace("build", "guild")).unwrap();
        let (r3, _, u3) = load_indexed(&source, &limits, Some(&cache)).unwrap();
        assert_eq!(u3, CacheUse::Rebuilt);
        assert_eq!(r3.quotes[0].entry.text, "We will guild it.");
    }

    #[test]
    fn damaged_caches_are_ignored_and_rebuilt() {
        let (dir, claims) = folder_with(ONE);
        let cache = dir.path().join("cache");
        let source = RegistrySource::Folder(claims.clone());
        let limits = Limits::default();
        load_indexed(&source, &limits, Some(&cache)).unwrap();
        let file = cache_file(&cache, &claims);
        let whole = std::fs::read(&file).unwrap();
        let mut flipped = whole.clone();
        let last = flipped.len() - 3;
        flipped[last] ^= 0x20;
        for damaged in [
            &whole[..whole.len() / 2],
            &flipped[..],
            b"",
            b"factcheck registry cache 0\n",
        ] {
            std::fs::write(&file, damaged).unwrap();
            let (r, _, used) = load_indexed(&source, &limits, Some(&cache)).unwrap();
            assert_eq!(used, CacheUse::Rebuilt);
            assert_eq!(r.quotes[0].entry.text, "We will build it.");
            let key = key(&read_sources(&source, &limits).unwrap().0, &limits);
            assert!(read_cache(&file, &key).is_some(), "rewritten whole");
        }
    }

    #[test]
    fn invalid_registries_are_never_cached() {
        let (dir, claims) = folder_with("quotes:\n  - id: q\n    speaker: nobody\n    text: x\n");
        let cache = dir.path().join("cache");
        let source = RegistrySource::Folder(claims);
        assert!(load_indexed(&source, &Limits::default(), Some(&cache)).is_err());
        assert!(!cache.exists());
    }
}
