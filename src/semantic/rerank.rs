//! Claims ranked by meaning as well as wording. The candidates are the
//! lexical ranking's best [`CANDIDATES`] claims together with the
//! [`CANDIDATES`] claims whose nearest rendering (statement or variant)
//! lies closest to the query's meaning; the two rankings are fused by
//! reciprocal rank: a claim scores `1/(K + lexical rank) + 1/(K + meaning
//! rank)` (no lexical part when wording did not find it), scaled so that
//! first in both is 1. Links and a post's trailing signature (`— Name
//! (@handle) date`) say nothing of its meaning and are left out.
//!
//! Every claim is embedded once, on every core, the first time a query is
//! ranked; given a folder, the vectors are kept there, by model and text,
//! for the next run.
//!
//! On the CheckThat! 2020 tweets with all-MiniLM-L6-v2, fusing ranks did
//! better on both splits than mixing the scores (whose scales differ), and
//! taking candidates by meaning as well as by wording did better than
//! re-ranking the lexical ones alone.

use super::{similarity, store, Encoder};
use crate::registry::claim_index::ClaimHit;
use crate::registry::Registry;
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::OnceLock;

/// How many candidates each ranking gives.
pub const CANDIDATES: usize = 20;

/// How far down a ranking a claim's rank stops counting for much: the `K`
/// of reciprocal rank fusion.
pub const K: f64 = 10.0;

/// A sentence encoder and the vectors of one registry's claims.
pub struct Reranker {
    encoder: Encoder,
    /// Each claim's renderings' vectors, in registry order, once worked out.
    claims: OnceLock<Vec<Vec<Vec<f32>>>>,
    /// The folder vectors are kept in between runs, if any.
    keep: Option<PathBuf>,
}

impl Reranker {
    /// A re-ranker using `encoder`, for one registry.
    pub fn new(encoder: Encoder) -> Reranker {
        Reranker {
            encoder,
            claims: OnceLock::new(),
            keep: None,
        }
    }

    /// Keeps the claims' vectors in `folder` between runs.
    pub fn keeping_vectors_in(mut self, folder: PathBuf) -> Reranker {
        self.keep = Some(folder);
        self
    }

    /// The meaning of `text`.
    pub fn embed(&self, text: &str) -> Vec<f32> {
        self.encoder.embed(text)
    }

    /// The vectors of every claim's statement and variants, worked out (or
    /// read from the kept file) the first time they are asked for.
    pub fn claims(&self, registry: &Registry) -> &[Vec<Vec<f32>>] {
        self.claims.get_or_init(|| {
            let width = self.encoder.width();
            let path = self
                .keep
                .as_ref()
                .map(|folder| folder.join(format!("meaning-{}.bin", self.encoder.fingerprint())));
            let kept = path
                .as_deref()
                .map(|p| store::load(p, width))
                .unwrap_or_default();
            // Each rendering's text and its key in the kept file, hashed once.
            let texts: Vec<Vec<(&str, store::Key)>> = registry
                .claims
                .iter()
                .map(|l| {
                    std::iter::once(l.entry.statement.as_str())
                        .chain(l.entry.variants.iter().map(String::as_str))
                        .map(|t| (t, store::key(t)))
                        .collect()
                })
                .collect();
            let vectors: Vec<Vec<Vec<f32>>> = texts
                .par_iter()
                .map(|renderings| {
                    renderings
                        .iter()
                        .map(|(t, k)| match kept.get(k) {
                            Some(v) => v.clone(),
                            None => self.encoder.embed(t),
                        })
                        .collect()
                })
                .collect();
            if let Some(p) = &path {
                let mut all = kept;
                let before = all.len();
                for (renderings, vs) in texts.iter().zip(&vectors) {
                    for ((_, k), v) in renderings.iter().zip(vs) {
                        all.entry(*k).or_insert_with(|| v.clone());
                    }
                }
                // The cache is a convenience: a folder that cannot be
                // written only means the work is done again next time.
                if all.len() > before {
                    let _ = store::save(p, width, &all);
                }
            }
            vectors
        })
    }

    /// How close `query` (its vector) lies to claim `c`'s nearest rendering.
    pub fn closeness(&self, registry: &Registry, query: &[f32], c: usize) -> f64 {
        self.claims(registry)
            .get(c)
            .map_or(0.0, |vs| nearest(query, vs))
    }

    /// The claims for `query`: `lexical` (best first) and the claims
    /// closest in meaning, fused by rank, best first.
    pub fn rerank(
        &self,
        registry: &Registry,
        query: &str,
        lexical: Vec<ClaimHit>,
    ) -> Vec<ClaimHit> {
        let claims = self.claims(registry);
        if claims.is_empty() {
            return lexical;
        }
        let q = self.embed(&meaningful(query));
        let closeness: Vec<f64> = claims.par_iter().map(|vs| nearest(&q, vs)).collect();
        let order = |a: &usize, b: &usize| closeness[*b].total_cmp(&closeness[*a]).then(a.cmp(b));
        let mut by_meaning: Vec<usize> = (0..claims.len()).collect();
        let take = CANDIDATES.max(lexical.len()).min(by_meaning.len());
        if take < by_meaning.len() {
            by_meaning.select_nth_unstable_by(take, order);
            by_meaning.truncate(take);
        }
        let mut candidates: Vec<usize> = lexical.iter().map(|h| h.claim).collect();
        for c in by_meaning {
            if !candidates.contains(&c) {
                candidates.push(c);
            }
        }
        let mut meaning_order = candidates.clone();
        meaning_order.sort_by(order);
        let mut out: Vec<ClaimHit> = candidates
            .iter()
            .enumerate()
            .map(|(i, &claim)| {
                let lexical_rank = (i < lexical.len()).then_some(i);
                let meaning_rank = meaning_order.iter().position(|&c| c == claim).unwrap_or(0);
                ClaimHit {
                    claim,
                    score: fused(lexical_rank, meaning_rank),
                }
            })
            .collect();
        out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.claim.cmp(&b.claim)));
        out
    }
}

/// The similarity of `query` to the nearest of `renderings`, at least 0.
fn nearest(query: &[f32], renderings: &[Vec<f32>]) -> f64 {
    renderings
        .iter()
        .map(|v| f64::from(similarity(query, v)))
        .fold(0.0, f64::max)
}

/// The fused score of a claim ranked `lexical` (none: wording did not
/// find it) and `meaning` (from 0), in (0, 1]: 1 when it is first in both.
pub fn fused(lexical: Option<usize>, meaning: usize) -> f64 {
    let by_wording = lexical.map_or(0.0, |r| 1.0 / (K + r as f64));
    K / 2.0 * (by_wording + 1.0 / (K + meaning as f64))
}

/// `text` without what carries no meaning: links, and a social-media
/// post's trailing signature (` — Name (@handle) date`).
pub fn meaningful(text: &str) -> String {
    let body = match text.rsplit_once(" — ") {
        Some((body, signature)) if signature.contains("(@") => body,
        _ => text,
    };
    body.split_whitespace()
        .filter(|w| !is_link(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a word is a web address.
fn is_link(word: &str) -> bool {
    ["http://", "https://", "www.", "pic.twitter.com/", "t.co/"]
        .iter()
        .any(|p| word.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::guard::Limits;
    use crate::registry::load::{build, SourceFile};
    use crate::semantic::fixture;

    fn registry() -> Registry {
        let text = "claims:\n  - {id: c-fires, statement: \"The fires burn.\", variants: [\"Shadow war fires.\"], status: disputed}\n  - {id: c-talks, statement: \"Iran talks, nuclear deal.\", status: true}\n  - {id: c-war, statement: \"The war.\", status: true}\n";
        let file = SourceFile {
            path: "t.yaml".into(),
            text: text.into(),
        };
        build(vec![file], Vec::new(), &Limits::default()).unwrap()
    }

    #[test]
    fn wording_and_meaning_ranks_are_fused() {
        let model = tempfile::tempdir().unwrap();
        fixture::write(model.path());
        let reranker = Reranker::new(Encoder::load(model.path()).unwrap());
        let registry = registry();
        // Wording found claims 1 and 0, in that order; meaning adds 2.
        let hits: Vec<ClaimHit> = [1, 0]
            .into_iter()
            .map(|claim| ClaimHit { claim, score: 0.5 })
            .collect();
        let out = reranker.rerank(&registry, "the fires burn https://t.co/x", hits);
        let mut claims: Vec<usize> = out.iter().map(|h| h.claim).collect();
        claims.sort_unstable();
        assert_eq!(claims, [0, 1, 2]);
        assert!(out.windows(2).all(|w| w[0].score >= w[1].score));
        let q = reranker.embed("the fires burn");
        let mut by_meaning = [1, 0, 2];
        by_meaning.sort_by(|&a, &b| {
            reranker
                .closeness(&registry, &q, b)
                .total_cmp(&reranker.closeness(&registry, &q, a))
                .then(a.cmp(&b))
        });
        for h in &out {
            let l = [1, 0].iter().position(|&c| c == h.claim);
            let m = by_meaning.iter().position(|&c| c == h.claim).unwrap();
            assert!((h.score - fused(l, m)).abs() < 1e-12, "{h:?}");
        }
        assert_eq!(
            reranker.claims(&registry)[0].len(),
            2,
            "statement and variant"
        );
        // With nothing found by wording, meaning alone ranks every claim.
        assert_eq!(reranker.rerank(&registry, "xyz", Vec::new()).len(), 3);
    }

    #[test]
    fn fused_scores_reward_both_ranks() {
        assert_eq!(fused(Some(0), 0), 1.0);
        assert!(fused(Some(0), 5) > fused(Some(1), 5));
        assert!(fused(Some(3), 3) < fused(Some(0), 4));
        assert!(fused(None, 0) < fused(Some(5), 5));
    }

    #[test]
    fn kept_vectors_are_read_back_in_the_next_run() {
        let model = tempfile::tempdir().unwrap();
        fixture::write(model.path());
        let keep = tempfile::tempdir().unwrap();
        let registry = registry();
        let first = Reranker::new(Encoder::load(model.path()).unwrap())
            .keeping_vectors_in(keep.path().to_path_buf());
        let worked_out = first.claims(&registry).to_vec();
        let files: Vec<_> = std::fs::read_dir(keep.path()).unwrap().collect();
        assert_eq!(files.len(), 1);
        let encoder = Encoder::load(model.path()).unwrap();
        let path = keep
            .path()
            .join(format!("meaning-{}.bin", encoder.fingerprint()));
        let kept = store::load(&path, encoder.width());
        assert_eq!(kept.len(), 4, "four texts");
        assert_eq!(kept[&store::key("The war.")], worked_out[2][0]);
        let second = Reranker::new(encoder).keeping_vectors_in(keep.path().to_path_buf());
        assert_eq!(second.claims(&registry), worked_out.as_slice());
    }

    #[test]
    fn links_and_signatures_carry_no_meaning() {
        assert_eq!(
            meaningful("Fires everywhere https://t.co/x pic.twitter.com/y — A B (@ab) May 1, 2020"),
            "Fires everywhere"
        );
        assert_eq!(
            meaningful("The deal — signed in 2015 — still stands"),
            "The deal — signed in 2015 — still stands"
        );
    }
}
