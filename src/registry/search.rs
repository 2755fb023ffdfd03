//! Ranks registry quotes and claims by how much of a query's wording they
//! share, weighting rare words above common ones.
//!
//! Claims are ranked by the claim index ([`ClaimIndex::rank`]: BM25 over
//! stemmed terms), the retrieval drafts' sentences go through too, and,
//! given a sentence-embedding model, by meaning as well
//! ([`crate::semantic::rerank`]). Quotes:
//! an inverted index of folded words; each candidate that shares a word with
//! the query is scored by the share of the query's word weight (inverse
//! document frequency) it covers, nudged by how much of the candidate the
//! query accounts for.

use super::claim_index::ClaimIndex;
use super::{Kind, Registry};
use crate::semantic::rerank::{Reranker, CANDIDATES};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// Which entries a search looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Quotes only.
    Quotes,
    /// Claims only.
    Claims,
    /// Quotes and claims.
    All,
}

/// One ranked result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// The entry's ID.
    pub id: String,
    /// Quote or claim.
    pub kind: Kind,
    /// Similarity in [0, 1]; 1 is a full match.
    pub score: f64,
    /// The quote's text or the claim's statement.
    pub text: String,
}

/// One searchable rendering of an entry (its main text or a variant).
struct Doc {
    kind: Kind,
    entry: usize,
    terms: Vec<u32>,
    /// The summed weight of the doc's own words (set once all docs are in).
    weight: f64,
}

/// An inverted index over the registry's quotes and claims.
pub struct SearchIndex {
    /// Claims are ranked by the claim index, as drafts are matched.
    claims: Option<ClaimIndex>,
    /// Ranks claims by meaning as well as by wording, when given.
    meaning: Option<Reranker>,
    docs: Vec<Doc>,
    vocabulary: HashMap<String, u32>,
    postings: Vec<Vec<u32>>,
}

/// Lowercase words of `text`, with typography folded: letters and digits
/// only, so `Iran’s` and `Iran's` read alike.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

impl SearchIndex {
    /// Indexes the quotes and claims of `registry` that `scope` covers.
    pub fn new(registry: &Registry, scope: Scope) -> SearchIndex {
        let mut index = SearchIndex {
            claims: (scope != Scope::Quotes).then(|| ClaimIndex::build(registry)),
            meaning: None,
            docs: Vec::new(),
            vocabulary: HashMap::new(),
            postings: Vec::new(),
        };
        if scope != Scope::Claims {
            for (i, q) in registry.quotes.iter().enumerate() {
                for text in std::iter::once(&q.entry.text).chain(&q.entry.variants) {
                    index.add(Kind::Quote, i, text);
                }
            }
        }
        let weights: Vec<f64> = index
            .docs
            .iter()
            .map(|d| d.terms.iter().map(|&t| index.idf(Some(t))).sum())
            .collect();
        for (doc, weight) in index.docs.iter_mut().zip(weights) {
            doc.weight = weight;
        }
        index
    }

    fn add(&mut self, kind: Kind, entry: usize, text: &str) {
        let doc = self.docs.len() as u32;
        let mut terms = Vec::new();
        for word in words(text) {
            let next = self.vocabulary.len() as u32;
            let term = *self.vocabulary.entry(word).or_insert(next);
            if term == next {
                self.postings.push(Vec::new());
            }
            terms.push(term);
        }
        terms.sort_unstable();
        terms.dedup();
        for &term in &terms {
            self.postings[term as usize].push(doc);
        }
        self.docs.push(Doc {
            kind,
            entry,
            terms,
            weight: 0.0,
        });
    }

    /// The weight of a word: rarer words weigh more; unknown words weigh most.
    fn idf(&self, term: Option<u32>) -> f64 {
        let n = self.docs.len() as f64;
        let df = term.map_or(0, |t| self.postings[t as usize].len()) as f64;
        (1.0 + n / (df + 0.5)).ln()
    }

    /// Re-ranks claims by meaning as well as wording (see
    /// [`crate::semantic::rerank`]).
    pub fn with_meaning(mut self, reranker: Reranker) -> SearchIndex {
        self.meaning = Some(reranker);
        self
    }

    /// The best `limit` entries for `query`, best first; ties go to the lower ID.
    pub fn search(&self, registry: &Registry, query: &str, limit: usize) -> Vec<Hit> {
        let mut query_terms: Vec<Option<u32>> = Vec::new();
        let mut seen = HashSet::new();
        for word in words(query) {
            if seen.insert(word.clone()) {
                query_terms.push(self.vocabulary.get(&word).copied());
            }
        }
        let total: f64 = query_terms.iter().map(|&t| self.idf(t)).sum();
        let mut shared: HashMap<u32, f64> = HashMap::new();
        for &term in query_terms.iter().flatten().filter(|_| total > 0.0) {
            let weight = self.idf(Some(term));
            for &doc in &self.postings[term as usize] {
                *shared.entry(doc).or_default() += weight;
            }
        }
        let mut best: HashMap<(Kind, usize), f64> = HashMap::new();
        for (doc, weight) in shared {
            let d = &self.docs[doc as usize];
            let own = d.weight;
            let coverage = weight / total;
            let focus = if own > 0.0 { weight / own } else { 0.0 };
            let score = coverage * (0.8 + 0.2 * focus);
            let slot = best.entry((d.kind, d.entry)).or_default();
            *slot = slot.max(score);
        }
        let mut hits: Vec<Hit> = best
            .into_iter()
            .map(|((kind, entry), score)| {
                let (id, text) = match kind {
                    Kind::Quote => {
                        let q = &registry.quotes[entry].entry;
                        (q.id.clone(), q.text.clone())
                    }
                    _ => {
                        let c = &registry.claims[entry].entry;
                        (c.id.clone(), c.statement.clone())
                    }
                };
                Hit {
                    id,
                    kind,
                    score: (score * 1000.0).round() / 1000.0,
                    text,
                }
            })
            .collect();
        // Ties: quotes by ID, claims in the order the claim index ranks them
        // (the registry's order), by a stable sort on the score alone.
        hits.sort_by(|a, b| a.id.cmp(&b.id));
        if let Some(claims) = &self.claims {
            let ranked = match &self.meaning {
                Some(meaning) => {
                    let lexical = claims.rank(query, limit.max(CANDIDATES));
                    meaning.rerank(registry, query, lexical)
                }
                None => claims.rank(query, limit),
            };
            hits.extend(ranked.into_iter().filter_map(|h| {
                let c = &registry.claims.get(h.claim)?.entry;
                // Six decimals: near ties in BM25 keep their order.
                Some(Hit {
                    id: c.id.clone(),
                    kind: Kind::Claim,
                    score: (h.score * 1e6).round() / 1e6,
                    text: c.statement.clone(),
                })
            }));
        }
        hits.sort_by(|a, b| b.score.total_cmp(&a.score));
        hits.truncate(limit);
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::guard::Limits;
    use crate::registry::load::{build, SourceFile};

    fn registry() -> Registry {
        let text = "people:\n  - {id: a-b, name: A B}\nquotes:\n  - {id: q-one, speaker: a-b, text: \"We will never give up, not in six months.\"}\n  - {id: q-two, speaker: a-b, text: \"The talks will go on for months.\", variants: [\"Talks continue.\"]}\nclaims:\n  - {id: c-one, statement: \"Fires broke out across the country\", status: disputed}\n";
        build(
            vec![SourceFile {
                path: "t.yaml".into(),
                text: text.into(),
            }],
            Vec::new(),
            &Limits::default(),
        )
        .unwrap()
    }

    #[test]
    fn rare_shared_words_rank_first() {
        let r = registry();
        let hits = SearchIndex::new(&r, Scope::All).search(&r, "six months", 5);
        assert_eq!(hits[0].id, "q-one");
        assert!(hits[0].score > hits[1].score);
    }

    #[test]
    fn scope_limits_the_kinds() {
        let r = registry();
        let hits = SearchIndex::new(&r, Scope::Claims).search(&r, "fires across the country", 5);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].kind, Kind::Claim);
        assert!(hits[0].score > 0.0 && hits[0].score < 1.0);
    }

    #[test]
    fn variants_are_searched_and_entries_reported_once() {
        let r = registry();
        let hits = SearchIndex::new(&r, Scope::Quotes).search(&r, "talks continue", 5);
        assert_eq!(hits[0].id, "q-two");
        assert_eq!(hits.iter().filter(|h| h.id == "q-two").count(), 1);
    }

    #[test]
    fn nothing_shared_finds_nothing() {
        let r = registry();
        assert!(SearchIndex::new(&r, Scope::All)
            .search(&r, "zebra", 5)
            .is_empty());
        assert!(SearchIndex::new(&r, Scope::All)
            .search(&r, "  ", 5)
            .is_empty());
    }
}
