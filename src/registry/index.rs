//! The quote index: every registry quote and accepted variant folded to word
//! numbers, with postings of words and word pairs, so that the few registry
//! quotes worth aligning with a draft's quotation are found without a scan
//! of the whole registry.

use super::Registry;
use crate::text::fold::words;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// How many candidates a lookup returns.
pub const CANDIDATES: usize = 10;

/// One accepted rendering of a registry quote: its text or one of its variants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rendering {
    /// Index of the quote in [`Registry::quotes`].
    pub quote: u32,
    /// Which variant (from 0), or `None` for the quote's own text.
    pub variant: Option<u32>,
    /// The folded words as numbers in the index's vocabulary.
    pub words: Vec<u32>,
}

/// Word and word-pair postings over every rendering of every registry quote.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QuoteIndex {
    vocabulary: HashMap<String, u32>,
    renderings: Vec<Rendering>,
    /// For each word number, the renderings that contain it (each once, in order).
    words: Vec<Vec<u32>>,
    /// For each pair of consecutive word numbers, the renderings that contain it.
    pairs: HashMap<u64, Vec<u32>>,
}

fn pair(a: u32, b: u32) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// Appends `rendering` to a posting list unless it is already its last entry.
fn post(list: &mut Vec<u32>, rendering: u32) {
    if list.last() != Some(&rendering) {
        list.push(rendering);
    }
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
        index
    }

    fn add(&mut self, quote: u32, variant: Option<u32>, text: &str) {
        let id = self.renderings.len() as u32;
        let mut numbers = Vec::new();
        for word in words(text) {
            let next = self.vocabulary.len() as u32;
            let n = *self.vocabulary.entry(word).or_insert(next);
            if n as usize == self.words.len() {
                self.words.push(Vec::new());
            }
            numbers.push(n);
        }
        for &n in &numbers {
            post(&mut self.words[n as usize], id);
        }
        for w in numbers.windows(2) {
            post(self.pairs.entry(pair(w[0], w[1])).or_default(), id);
        }
        self.renderings.push(Rendering {
            quote,
            variant,
            words: numbers,
        });
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
            let list = self.words.get(*w as usize).map_or(&[][..], Vec::as_slice);
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
            let Some(list) = self.pairs.get(&key) else {
                continue;
            };
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
    fn unknown_words_find_nothing() {
        let r = registry(&[("We will talk.", &[])]);
        let index = QuoteIndex::build(&r);
        assert!(index
            .candidates(&query(&index, "entirely different"), 5)
            .is_empty());
        assert!(QuoteIndex::default().candidates(&[Some(0)], 5).is_empty());
    }
}
