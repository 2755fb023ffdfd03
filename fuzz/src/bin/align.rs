//! Fuzz target: folding and the word aligner. The input is two texts
//! separated by a NUL byte: a quotation (with its `[insertions]` and
//! ellipses) and a registry quote; the alignment must account for every
//! token of the quotation.

use factcheck::check::align::{align, Item};
use factcheck::text::fold::{tokens, words, TokenKind};
use std::collections::HashMap;

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let text = String::from_utf8_lossy(data);
        let (draft, registry) = text.split_once('\0').unwrap_or((&text, ""));
        let mut vocabulary: HashMap<String, u32> = HashMap::new();
        let registry: Vec<u32> = words(registry)
            .into_iter()
            .map(|w| {
                let next = vocabulary.len() as u32;
                *vocabulary.entry(w).or_insert(next)
            })
            .collect();
        let items: Vec<Item> = tokens(draft)
            .into_iter()
            .map(|t| match t.kind {
                TokenKind::Word(w) => Item::Word(vocabulary.get(&w).copied()),
                TokenKind::Insertion => Item::Insertion,
                TokenKind::Gap => Item::Gap,
            })
            .collect();
        if let Some(a) = align(&items, &registry) {
            assert!(a.score() >= 0.0 && a.score() <= 1.0);
            assert!(a.steps.len() >= items.len());
        }
    });
}
