//! The quote index: every registry quote and accepted variant folded to word
//! numbers, with postings of words and word pairs, so that the few registry
//! quotes worth aligning with a draft's quotation are found without a scan
//! of the whole registry.

use super::Registry;
use crate::text::fold::words;
use std::collections::HashMap;

/// How many candidates a lookup returns.
pub const CANDIDATES: usize = 10;

/// One accepted rendering of a registry quote: its text or one of its variants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendering {
    /// Index of the quote in [`Registry::quotes`].
    pub quote: u32,
    /// Which variant (from 0), or `None` for the quote's own text.
    pub variant: Option<u32>,
    /// The folded words as numbers in the index's vocabulary.
    pub words: Vec<u32>,
}

/// Word and word-pair postings over every rendering of every registry
/// quote, kept flat (offsets into one array) so that the index is quick to
/// build, small, and read back from the cache in one pass.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuoteIndex {
    vocabulary: HashMap<String, u32>,
    renderings: Vec<Rendering>,
    /// The renderings that contain word `n` are
    /// `word_postings[word_starts[n]..word_starts[n + 1]]`, in order.
    word_starts: Vec<u32>,
    word_postings: Vec<u32>,
    /// Pairs of consecutive word numbers, sorted; the renderings that
    /// contain pair `i` are `pair_postings[pair_starts[i]..pair_starts[i + 1]]`.
    pair_keys: Vec<u64>,
    pair_starts: Vec<u32>,
    pair_postings: Vec<u32>,
}

fn pair(a: u32, b: u32) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// Offsets and postings from (key, rendering) entries sorted by key: the
/// distinct keys, where each key's renderings start, and the renderings.
fn group<K: Copy + PartialEq>(entries: &[(K, u32)]) -> (Vec<K>, Vec<u32>, Vec<u32>) {
    let mut keys = Vec::new();
    let mut starts = Vec::new();
    let mut postings = Vec::with_capacity(entries.len());
    for &(k, r) in entries {
        if keys.last() != Some(&k) {
            keys.push(k);
            starts.push(postings.len() as u32);
        } else if postings.last() == Some(&r) {
            continue;
        }
        postings.push(r);
    }
    starts.push(postings.len() as u32);
    (keys, starts, postings)
}

impl QuoteIndex {
    /// Indexes every quote and variant of the registry.
    pub fn build(registry: &Registry) -> QuoteIndex {
        let mut index = QuoteIndex::default();
        for (q, located) in registry.quotes.iter().enumerate() {
            let quote = &located.entry;
            let texts = std::iter::once((None, &quote.text)).chain(
                quote
                    .variants
                    .iter()
                    .enumerate()
                    .map(|(v, t)| (Some(v as u32), t)),
            );
            for (variant, text) in texts {
                index.add(q as u32, variant, text);
            }
        }
        index.post();
        index
    }

    fn add(&mut self, quote: u32, variant: Option<u32>, text: &str) {
        let numbers = words(text)
            .into_iter()
            .map(|word| {
                let next = self.vocabulary.len() as u32;
                *self.vocabulary.entry(word).or_insert(next)
            })
            .collect();
        self.renderings.push(Rendering {
            quote,
            variant,
            words: numbers,
        });
    }

    /// Builds the postings from the renderings.
    fn post(&mut self) {
        let mut words: Vec<(u32, u32)> = Vec::new();
        let mut pairs: Vec<(u64, u32)> = Vec::new();
        for (r, rendering) in self.renderings.iter().enumerate() {
            let r = r as u32;
            words.extend(rendering.words.iter().map(|&w| (w, r)));
            pairs.extend(rendering.words.windows(2).map(|w| (pair(w[0], w[1]), r)));
        }
        words.sort_unstable();
        pairs.sort_unstable();
        // Every word has postings, so word `n` is the `n`th key.
        let (_, starts, postings) = group(&words);
        self.word_starts = starts;
        self.word_postings = postings;
        let (keys, starts, postings) = group(&pairs);
        self.pair_keys = keys;
        self.pair_starts = starts;
        self.pair_postings = postings;
    }

    /// The renderings that contain word `n`.
    fn word_list(&self, n: u32) -> &[u32] {
        let n = n as usize;
        match (self.word_starts.get(n), self.word_starts.get(n + 1)) {
            (Some(&a), Some(&b)) => self
                .word_postings
                .get(a as usize..b as usize)
                .unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The renderings that contain the pair `key`.
    fn pair_list(&self, key: u64) -> &[u32] {
        let Ok(i) = self.pair_keys.binary_search(&key) else {
            return &[];
        };
        match (self.pair_starts.get(i), self.pair_starts.get(i + 1)) {
            (Some(&a), Some(&b)) => self
                .pair_postings
                .get(a as usize..b as usize)
                .unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The number of a folded word, if any rendering contains it.
    pub fn word(&self, folded: &str) -> Option<u32> {
        self.vocabulary.get(folded).copied()
    }

    /// The rendering with this number.
    pub fn rendering(&self, i: usize) -> Option<&Rendering> {
        self.renderings.get(i)
    }

    /// How many renderings the index holds.
    pub fn len(&self) -> usize {
        self.renderings.len()
    }

    /// Whether the index holds no rendering.
    pub fn is_empty(&self) -> bool {
        self.renderings.is_empty()
    }

    /// The renderings most worth aligning with a quotation whose folded
    /// words are `query` (`None` for words no rendering has), best first.
    /// Each shared word and word pair counts by its rarity (inverse
    /// document frequency); words so common that they say nothing about
    /// which quote this is are skipped.
    pub fn candidates(&self, query: &[Option<u32>], limit: usize) -> Vec<usize> {
        let n = self.renderings.len();
        if n == 0 {
            return Vec::new();
        }
        let common = (n / 50).max(200);
        let idf = |df: usize| ((n as f64 + 1.0) / (df as f64 + 0.5)).ln();
        let mut scores: HashMap<u32, f64> = HashMap::new();
        let mut seen_words = std::collections::HashSet::new();
        for w in query.iter().flatten() {
            if !seen_words.insert(*w) {
                continue;
            }
            let list = self.word_list(*w);
            if list.len() > common {
                continue;
            }
            let weight = idf(list.len());
            for &r in list {
                *scores.entry(r).or_default() += weight;
            }
        }
        let mut seen_pairs = std::collections::HashSet::new();
        for w in query.windows(2) {
            let (Some(a), Some(b)) = (w[0], w[1]) else {
                continue;
            };
            let key = pair(a, b);
            if !seen_pairs.insert(key) {
                continue;
            }
            let list = self.pair_list(key);
            let weight = idf(list.len());
            for &r in list {
                *scores.entry(r).or_default() += weight;
            }
        }
        let mut ranked: Vec<(u32, f64)> = scores.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(limit);
        ranked.into_iter().map(|(r, _)| r as usize).collect()
    }
}

/// Little-endian writing of the index for the registry cache.
struct Writer(Vec<u8>);

impl Writer {
    fn u32(&mut self, n: u32) {
        self.0.extend_from_slice(&n.to_le_bytes());
    }
    fn u32s(&mut self, items: &[u32]) {
        self.u32(items.len() as u32);
        for &i in items {
            self.u32(i);
        }
    }
    fn u64s(&mut self, items: &[u64]) {
        self.u32(items.len() as u32);
        for &i in items {
            self.0.extend_from_slice(&i.to_le_bytes());
        }
    }
}

/// Bounds-checked reading of what [`Writer`] wrote; `None` on any fault.
struct Reader<'b>(&'b [u8]);

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let (head, rest) = self.0.split_at_checked(n)?;
        self.0 = rest;
        Some(head)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u32s(&mut self) -> Option<Vec<u32>> {
        let n = self.u32()? as usize;
        let bytes = self.take(n.checked_mul(4)?)?;
        Some(
            bytes
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        )
    }
    fn u64s(&mut self) -> Option<Vec<u64>> {
        let n = self.u32()? as usize;
        let bytes = self.take(n.checked_mul(8)?)?;
        Some(
            bytes
                .chunks_exact(8)
                .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
                .collect(),
        )
    }
}

/// Whether offsets start at 0, never decrease and end at `len`.
fn offsets_ok(starts: &[u32], len: usize) -> bool {
    starts.first() == Some(&0)
        && starts.windows(2).all(|w| w[0] <= w[1])
        && starts.last().is_some_and(|&e| e as usize == len)
}

impl QuoteIndex {
    /// The index as bytes, for the registry cache (much faster to read
    /// back than a text format at a hundred thousand quotes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer(Vec::new());
        let mut vocabulary: Vec<(&String, &u32)> = self.vocabulary.iter().collect();
        vocabulary.sort_by_key(|&(_, n)| *n);
        w.u32(vocabulary.len() as u32);
        for (word, _) in vocabulary {
            w.u32(word.len() as u32);
            w.0.extend_from_slice(word.as_bytes());
        }
        w.u32(self.renderings.len() as u32);
        for r in &self.renderings {
            w.u32(r.quote);
            w.u32(r.variant.unwrap_or(u32::MAX));
            w.u32s(&r.words);
        }
        w.u32s(&self.word_starts);
        w.u32s(&self.word_postings);
        w.u64s(&self.pair_keys);
        w.u32s(&self.pair_starts);
        w.u32s(&self.pair_postings);
        w.0
    }

    /// Reads back what [`QuoteIndex::to_bytes`] wrote; `None` when the
    /// bytes are not a whole, consistent index.
    pub fn from_bytes(bytes: &[u8]) -> Option<QuoteIndex> {
        let mut r = Reader(bytes);
        let mut index = QuoteIndex::default();
        let words = r.u32()? as usize;
        for n in 0..words {
            let len = r.u32()? as usize;
            let word = std::str::from_utf8(r.take(len)?).ok()?;
            index.vocabulary.insert(word.to_owned(), n as u32);
        }
        let renderings = r.u32()? as usize;
        for _ in 0..renderings {
            let quote = r.u32()?;
            let variant = Some(r.u32()?).filter(|&v| v != u32::MAX);
            let numbers = r.u32s()?;
            if numbers.iter().any(|&n| n as usize >= words) {
                return None;
            }
            index.renderings.push(Rendering {
                quote,
                variant,
                words: numbers,
            });
        }
        index.word_starts = r.u32s()?;
        index.word_postings = r.u32s()?;
        index.pair_keys = r.u64s()?;
        index.pair_starts = r.u32s()?;
        index.pair_postings = r.u32s()?;
        let sound = r.0.is_empty()
            && index.vocabulary.len() == words
            && (words == 0 && index.word_starts == [0] || index.word_starts.len() == words + 1)
            && offsets_ok(&index.word_starts, index.word_postings.len())
            && index.pair_starts.len() == index.pair_keys.len() + 1
            && offsets_ok(&index.pair_starts, index.pair_postings.len())
            && index.pair_keys.windows(2).all(|w| w[0] < w[1])
            && index
                .word_postings
                .iter()
                .chain(&index.pair_postings)
                .all(|&i| (i as usize) < renderings);
        sound.then_some(index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::model::Quote;
    use crate::registry::problem::Position;
    use crate::registry::Located;

    fn registry(texts: &[(&str, &[&str])]) -> Registry {
        let mut r = Registry::default();
        for (i, (text, variants)) in texts.iter().enumerate() {
            r.quotes.push(Located {
                entry: Quote {
                    id: format!("q{i}"),
                    speaker: "someone".into(),
                    text: (*text).into(),
                    variants: variants.iter().map(|v| (*v).into()).collect(),
                    said_on: None,
                    language: None,
                    context: None,
                    sources: Vec::new(),
                },
                file: 0,
                at: Position::START,
                end: 0,
            });
        }
        r
    }

    fn query(index: &QuoteIndex, text: &str) -> Vec<Option<u32>> {
        words(text).iter().map(|w| index.word(w)).collect()
    }

    #[test]
    fn a_piece_of_a_long_quote_finds_it_first() {
        let r = registry(&[
            ("We will talk to anyone who comes with respect.", &[]),
            (
                "The nation has seen many storms. We will stand firmly against such demands, and we will not bow, whatever they say in Washington.",
                &[],
            ),
            ("Such talk is cheap.", &["Talk of that kind costs nothing."]),
        ]);
        let index = QuoteIndex::build(&r);
        assert_eq!(index.len(), 4);
        let found = index.candidates(&query(&index, "stand firmly against such [US] demands"), 3);
        assert_eq!(found.first(), Some(&1));
        let found = index.candidates(&query(&index, "talk of that kind costs nothing"), 1);
        let variant = index.rendering(found[0]).map(|r| (r.quote, r.variant));
        assert_eq!(variant, Some((2, Some(0))));
    }

    #[test]
    fn bytes_round_trip_and_damage_is_refused() {
        let r = registry(&[("We will talk.", &["We shall talk."]), ("Not now.", &[])]);
        let index = QuoteIndex::build(&r);
        let bytes = index.to_bytes();
        assert_eq!(QuoteIndex::from_bytes(&bytes), Some(index));
        for cut in 0..bytes.len() {
            assert_eq!(QuoteIndex::from_bytes(&bytes[..cut]), None);
        }
        let mut bad = bytes.clone();
        bad[0..4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(QuoteIndex::from_bytes(&bad), None);
    }

    #[test]
    fn unknown_words_find_nothing() {
        let r = registry(&[("We will talk.", &[])]);
        let index = QuoteIndex::build(&r);
        assert!(index
            .candidates(&query(&index, "entirely different"), 5)
            .is_empty());
        assert!(QuoteIndex::default().candidates(&[Some(0)], 5).is_empty());
    }
}
