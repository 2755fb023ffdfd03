//! The claim index: every claim's statement and variants as stemmed terms
//! without stop words.
//!
//! - Retrieval and search ranking: BM25 (k1 = 1.5, b = 0.5) over each
//!   claim's statement and variants taken together; the search score is
//!   the BM25 score saturated into [0, 1). A text's hashtags and
//!   `@handles` count as words (`@realDonaldTrump`: `real donald trump`),
//!   and one run together (`#cornflakes`) as the claims' words that make
//!   it up (`corn flakes`).
//! - Whether a draft's sentence makes a claim: the best BM25 candidates are
//!   re-scored by how much of one rendering's term weight (rare terms weigh
//!   more) the sentence covers and how many of its consecutive term pairs
//!   it shares, so a claim's distinctive terms count and generic overlap
//!   does not; the sentence makes the claim at [`THRESHOLD`] or above.
//!
//! On the CheckThat! 2020 tweets, the coverage re-scoring lowers MAP@5
//! (tweets mention far more than the claim), so search keeps the BM25 order.

use super::Registry;
use crate::text::fold;
use crate::text::terms::{terms, terms_split};
use std::collections::{HashMap, HashSet};

/// BM25 term-frequency saturation (tuned on the CheckThat! train split).
const K1: f64 = 1.5;
/// BM25 length normalisation (tuned likewise).
const B: f64 = 0.5;
/// How many BM25 results are re-scored for a sentence.
pub const RESCORE: usize = 20;
/// The score a sentence needs to count as making a claim.
pub const THRESHOLD: f64 = 0.6;
/// Weights of the sentence score's parts (they sum to 1).
const W_COVER: f64 = 0.75;
const W_PAIRS: f64 = 0.25;
/// The BM25 score at which the search score is one half.
const BM25_HALF: f64 = 12.0;
/// The shortest hashtag word (in characters) that may be split into words.
const SPLIT_MIN: usize = 6;
/// The shortest part of a split word, unless it is a number.
const PART_MIN: usize = 3;
/// The longest part of a split word.
const PART_MAX: usize = 20;

/// A claim ranked for a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClaimHit {
    /// Index of the claim in [`Registry::claims`].
    pub claim: usize,
    /// The score in [0, 1].
    pub score: f64,
}

/// Postings and statistics over every claim of a registry.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClaimIndex {
    vocabulary: HashMap<String, u32>,
    /// Each rendering (statement or variant) as term numbers, claim by claim.
    renderings: Vec<Vec<u32>>,
    /// Where each claim's renderings start (one more entry than claims).
    first_rendering: Vec<u32>,
    /// For each term number, (claim, term frequency in the claim's document).
    postings: Vec<Vec<(u32, u32)>>,
    /// Each term's inverse document frequency.
    idf: Vec<f64>,
    /// Each claim's document length in terms.
    lengths: Vec<u32>,
    average_length: f64,
    /// How often each folded word (stop words too) occurs in the claims.
    words: HashMap<String, u32>,
}

impl ClaimIndex {
    /// Indexes the statement and variants of every claim.
    pub fn build(registry: &Registry) -> ClaimIndex {
        let mut index = ClaimIndex::default();
        for (c, located) in registry.claims.iter().enumerate() {
            let claim = &located.entry;
            index.first_rendering.push(index.renderings.len() as u32);
            let mut counts: HashMap<u32, u32> = HashMap::new();
            let mut length = 0;
            for text in std::iter::once(&claim.statement).chain(&claim.variants) {
                for word in fold::words(text) {
                    *index.words.entry(word).or_default() += 1;
                }
                let numbers: Vec<u32> = terms(text).into_iter().map(|t| index.number(t)).collect();
                length += numbers.len() as u32;
                for &n in &numbers {
                    *counts.entry(n).or_default() += 1;
                }
                index.renderings.push(numbers);
            }
            let mut counts: Vec<(u32, u32)> = counts.into_iter().collect();
            counts.sort_unstable();
            for (term, tf) in counts {
                index.postings[term as usize].push((c as u32, tf));
            }
            index.lengths.push(length);
        }
        index.first_rendering.push(index.renderings.len() as u32);
        let total: u64 = index.lengths.iter().map(|&l| u64::from(l)).sum();
        index.average_length = (total as f64 / index.lengths.len().max(1) as f64).max(1.0);
        let n = index.lengths.len() as f64;
        index.idf = index
            .postings
            .iter()
            .map(|p| {
                let df = p.len() as f64;
                (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
            })
            .collect();
        index
    }

    fn number(&mut self, term: String) -> u32 {
        let next = self.vocabulary.len() as u32;
        let n = *self.vocabulary.entry(term).or_insert(next);
        if n as usize == self.postings.len() {
            self.postings.push(Vec::new());
        }
        n
    }

    fn idf(&self, term: u32) -> f64 {
        self.idf.get(term as usize).copied().unwrap_or(0.0)
    }

    /// The renderings of claim `c`.
    fn renderings_of(&self, c: usize) -> &[Vec<u32>] {
        match (self.first_rendering.get(c), self.first_rendering.get(c + 1)) {
            (Some(&a), Some(&b)) => self.renderings.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// `word` (folded, from a hashtag or handle) as the fewest words of the
    /// claims that make it up, the more common words on a tie
    /// (`cornflakes`: `corn flakes`); none for a word the claims use, a
    /// short one, or one that no such words make up.
    fn split(&self, word: &str) -> Option<Vec<String>> {
        let bounds: Vec<usize> = word
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(word.len()))
            .collect();
        let n = bounds.len() - 1;
        if n < SPLIT_MIN || self.words.contains_key(word) {
            return None;
        }
        // For each prefix of `word`: (parts, cost, where the last part starts).
        let mut best: Vec<Option<(u32, f64, usize)>> = vec![None; n + 1];
        best[0] = Some((0, 0.0, 0));
        for end in 1..=n {
            for start in end.saturating_sub(PART_MAX)..end {
                let Some((parts, cost, _)) = best[start] else {
                    continue;
                };
                let part = &word[bounds[start]..bounds[end]];
                if end - start < PART_MIN && !part.chars().all(|c| c.is_ascii_digit()) {
                    continue;
                }
                let Some(&count) = self.words.get(part) else {
                    continue;
                };
                let candidate = (parts + 1, cost - f64::from(count).ln(), start);
                if best[end].is_none_or(|(p, c, _)| (candidate.0, candidate.1) < (p, c)) {
                    best[end] = Some(candidate);
                }
            }
        }
        let (parts, _, _) = best[n]?;
        if parts < 2 {
            return None;
        }
        let mut out = Vec::with_capacity(parts as usize);
        let mut end = n;
        while end > 0 {
            let (_, _, start) = best[end]?;
            out.push(word[bounds[start]..bounds[end]].to_owned());
            end = start;
        }
        out.reverse();
        Some(out)
    }

    /// The known terms of `text` as numbers, in order.
    fn query(&self, text: &str) -> Vec<u32> {
        terms_split(text, &|w| self.split(w))
            .iter()
            .filter_map(|t| self.vocabulary.get(t).copied())
            .collect()
    }

    /// The `limit` best BM25 scores of the claims sharing a term with
    /// `query`, best first (ties by claim order).
    fn bm25(&self, query: &[u32], limit: usize) -> Vec<(usize, f64)> {
        // A dense accumulator: popular terms reach thousands of claims.
        let mut scores = vec![0.0f64; self.lengths.len()];
        let mut touched: Vec<u32> = Vec::new();
        let mut seen = HashSet::new();
        for &t in query {
            if !seen.insert(t) {
                continue;
            }
            let idf = self.idf(t);
            for &(c, tf) in self.postings.get(t as usize).map_or(&[][..], Vec::as_slice) {
                let Some(score) = scores.get_mut(c as usize) else {
                    continue;
                };
                let len = f64::from(self.lengths.get(c as usize).copied().unwrap_or(0));
                let tf = f64::from(tf);
                let norm = K1 * (1.0 - B + B * len / self.average_length);
                if *score == 0.0 {
                    touched.push(c);
                }
                *score += idf * tf * (K1 + 1.0) / (tf + norm);
            }
        }
        let mut ranked: Vec<(usize, f64)> = touched
            .into_iter()
            .map(|c| (c as usize, scores[c as usize]))
            .collect();
        let order = |a: &(usize, f64), b: &(usize, f64)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        if limit < ranked.len() {
            if limit == 0 {
                return Vec::new();
            }
            ranked.select_nth_unstable_by(limit - 1, order);
            ranked.truncate(limit);
        }
        ranked.sort_by(order);
        ranked
    }

    /// The claims best matching `text` by BM25, best first, each scored
    /// in [0, 1) by its BM25 score saturated.
    pub fn rank(&self, text: &str, limit: usize) -> Vec<ClaimHit> {
        self.bm25(&self.query(text), limit)
            .into_iter()
            .map(|(claim, s)| ClaimHit {
                claim,
                score: s / (s + BM25_HALF),
            })
            .collect()
    }

    /// How far the terms `set` (in order: `pairs`) make claim `c`: the
    /// best rendering's covered share of term weight and of term pairs.
    fn makes(&self, c: usize, set: &HashSet<u32>, pairs: &HashSet<(u32, u32)>) -> f64 {
        let mut best: f64 = 0.0;
        for r in self.renderings_of(c) {
            let unique: HashSet<u32> = r.iter().copied().collect();
            let total: f64 = unique.iter().map(|&t| self.idf(t)).sum();
            if total <= 0.0 {
                continue;
            }
            let covered: f64 = unique
                .iter()
                .filter(|t| set.contains(t))
                .map(|&t| self.idf(t))
                .sum();
            let own: HashSet<(u32, u32)> = r.windows(2).map(|w| (w[0], w[1])).collect();
            let shared = if own.is_empty() {
                covered / total
            } else {
                own.iter().filter(|p| pairs.contains(p)).count() as f64 / own.len() as f64
            };
            best = best.max(W_COVER * covered / total + W_PAIRS * shared);
        }
        best
    }

    /// The claims `sentence` makes or reports: the best BM25 candidates
    /// re-scored by how far the sentence covers them, those at
    /// [`THRESHOLD`] or above, best first.
    pub fn matches(&self, sentence: &str) -> Vec<ClaimHit> {
        let query = self.query(sentence);
        let set: HashSet<u32> = query.iter().copied().collect();
        let pairs: HashSet<(u32, u32)> = query.windows(2).map(|w| (w[0], w[1])).collect();
        let mut hits: Vec<ClaimHit> = self
            .bm25(&query, RESCORE)
            .into_iter()
            .map(|(claim, _)| ClaimHit {
                claim,
                score: (self.makes(claim, &set, &pairs) * 1000.0).round() / 1000.0,
            })
            .filter(|h| h.score >= THRESHOLD)
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.claim.cmp(&b.claim)));
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::guard::Limits;
    use crate::registry::load::{build, SourceFile};

    fn index() -> (Registry, ClaimIndex) {
        let text = "claims:\n  - {id: c-flakes, statement: \"Corn flakes were invented to curb appetites.\", status: false}\n  - {id: c-fyre, statement: \"The Fyre Festival in 2017 descended into chaos.\", status: true}\n  - {id: c-corn, statement: \"Corn prices fell.\", status: true}\n";
        let registry = build(
            vec![SourceFile {
                path: "t.yaml".into(),
                text: text.into(),
            }],
            Vec::new(),
            &Limits::default(),
        )
        .unwrap();
        let index = ClaimIndex::build(&registry);
        (registry, index)
    }

    #[test]
    fn hashtag_words_split_into_claim_words() {
        let (_, index) = index();
        assert_eq!(
            index.split("cornflakes"),
            Some(vec!["corn".into(), "flakes".into()])
        );
        assert_eq!(
            index.split("fyrefestival2017"),
            Some(vec!["fyre".into(), "festival".into(), "2017".into()])
        );
        // Known, short, or not made of claim words: kept whole.
        assert_eq!(index.split("festival"), None);
        assert_eq!(index.split("cornin"), None);
        assert_eq!(index.split("cornflakesx"), None);
    }

    #[test]
    fn a_run_together_hashtag_finds_its_claim() {
        let (registry, index) = index();
        let hits = index.rank("Why were they invented? #cornflakes", 1);
        assert_eq!(registry.claims[hits[0].claim].entry.id, "c-flakes");
        let hits = index.rank("What a mess @FyreFestival", 1);
        assert_eq!(registry.claims[hits[0].claim].entry.id, "c-fyre");
    }
}
