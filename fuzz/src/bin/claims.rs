//! Fuzz target: claim matching (terms, stems, BM25, re-scoring) of any
//! text against the project's registry.

use factcheck::registry::claim_index::ClaimIndex;
use factcheck::registry::{load, Limits, RegistrySource};

fn main() {
    let registry = load(&RegistrySource::BuiltIn, &Limits::default()).expect("built-in registry");
    let index = ClaimIndex::build(&registry);
    afl::fuzz!(|data: &[u8]| {
        let text = String::from_utf8_lossy(data);
        for hit in index.matches(&text) {
            assert!(hit.claim < registry.claims.len());
            assert!((0.0..=1.0).contains(&hit.score));
        }
        let _ = index.rank(&text, 5);
    });
}
