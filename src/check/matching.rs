//! Matching a statement with the registry quote it comes from: retrieval
//! through the quote index, word alignment with the few best candidates,
//! and the verdict that follows from the words and the speakers.
//!
//! Thresholds (see the README):
//! - a match needs at least [`MATCH_SCORE`] of its words to agree
//!   (equal / (equal + changed + added + dropped)), so one changed word in
//!   ten (0.9) is `altered` while a sentence that only shares a few words
//!   with a registry quote on the same topic is `unverified`;
//! - words that differ count against a quote of the draft's own speaker
//!   only when at least [`MIN_WORDS_SAME`] words agree, and words are pinned
//!   on someone else (or on nobody) only when at least [`MIN_WORDS_OTHER`]
//!   agree: a short phrase is too common to accuse anyone;
//! - a quotation that agrees with a quote of its own speaker word for word
//!   is `verbatim` however short (a one-word quote included).

use super::align::{align, Alignment, Item, Step};
use crate::extract::given_names::sex_of;
use crate::extract::speakers::Speaker;
use crate::extract::Quote;
use crate::registry::claim_index::ClaimIndex;
use crate::registry::index::{QuoteIndex, CANDIDATES};
use crate::registry::Registry;
use crate::text::fold::{tokens, Token, TokenKind};
use serde::Serialize;
use std::ops::Range;

/// The share of agreeing words a match needs.
pub const MATCH_SCORE: f64 = 0.6;
/// Agreeing words needed to call a quote of the same speaker altered.
pub const MIN_WORDS_SAME: usize = 4;
/// Agreeing words needed to pin words on another speaker or on nobody.
pub const MIN_WORDS_OTHER: usize = 5;
/// How far before a quotation (in bytes) a weak attribution looks for the
/// registry speaker's name.
const NAMED_WITHIN: usize = 4000;

/// What was decided about a statement's words and speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Word for word, by the draft's speaker.
    Verbatim,
    /// Close, but words differ.
    Altered,
    /// The words of someone other than the draft's speaker.
    Misattributed,
    /// Word for word, but the draft names nobody.
    Unattributed,
}

/// One part of a word diff between a quotation and its registry quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffOp {
    /// What happened to these words.
    pub op: DiffKind,
    /// The words as the draft has them (empty for `delete`).
    pub draft: String,
    /// The words as the registry has them (empty for `insert`).
    pub registry: String,
}

/// The kind of a diff part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DiffKind {
    /// The same words (editorial insertions included).
    Equal,
    /// Words in the draft the speaker did not say.
    Insert,
    /// Words the speaker said that the draft dropped without an ellipsis.
    Delete,
    /// Words the draft changed.
    Replace,
}

/// The registry speaker of a matched quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MatchSpeaker {
    /// The person's registry ID.
    pub id: String,
    /// The person's name.
    pub name: String,
}

/// The registry quote a statement was matched to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteMatch {
    /// The registry quote's ID.
    pub id: String,
    /// The share of agreeing words, in [0, 1].
    pub score: f64,
    /// Who said it, according to the registry.
    pub speaker: MatchSpeaker,
    /// The registry text matched (the quote's text or an accepted variant).
    pub text: String,
    /// How the draft's words differ from it.
    pub diff: Vec<DiffOp>,
}

/// Checks statements against one registry through its quote index.
#[derive(Debug, Clone, Copy)]
pub struct Matcher<'r> {
    registry: &'r Registry,
    index: &'r QuoteIndex,
    claims: Option<&'r ClaimIndex>,
}

/// A token of the quotation with where it is in the draft's text.
struct DraftToken {
    item: Item,
    range: Range<usize>,
}

impl<'r> Matcher<'r> {
    /// A matcher over `registry`, whose quotes `index` holds.
    pub fn new(registry: &'r Registry, index: &'r QuoteIndex) -> Matcher<'r> {
        Matcher {
            registry,
            index,
            claims: None,
        }
    }

    /// The same matcher, also spotting the registry's claims in sentences.
    pub fn with_claims(self, claims: &'r ClaimIndex) -> Matcher<'r> {
        Matcher {
            claims: Some(claims),
            ..self
        }
    }

    /// The registry it checks against.
    pub fn registry(&self) -> &'r Registry {
        self.registry
    }

    /// The claim index, when claims are spotted.
    pub fn claim_index(&self) -> Option<&'r ClaimIndex> {
        self.claims
    }

    /// The quotation's tokens, piece by piece with a gap between pieces.
    fn draft_tokens(&self, text: &str, quote: &Quote) -> Vec<DraftToken> {
        let mut out = Vec::new();
        for (p, piece) in quote.pieces.iter().enumerate() {
            let Some(piece_text) = text.get(piece.clone()) else {
                continue;
            };
            if p > 0 {
                out.push(DraftToken {
                    item: Item::Gap,
                    range: piece.start..piece.start,
                });
            }
            for Token { kind, range } in tokens(piece_text) {
                let item = match kind {
                    TokenKind::Word(w) => Item::Word(self.index.word(&w)),
                    TokenKind::Insertion => Item::Insertion,
                    TokenKind::Gap => Item::Gap,
                };
                out.push(DraftToken {
                    item,
                    range: piece.start + range.start..piece.start + range.end,
                });
            }
        }
        out
    }

    /// Whether the draft's speaker is the registry person `id`.
    fn same_person(&self, speaker: &Speaker, id: &str) -> bool {
        if let Some(own) = &speaker.id {
            return own == id;
        }
        let Some(person) = self.registry.person(id) else {
            return false;
        };
        let fold = |s: &str| crate::text::fold::words(s);
        let name = fold(&speaker.name);
        // `O’Brien` for `Maureen O’Brien`: a surname alone is the person.
        let surname = name.len() == 1 && fold(&person.name).last() == name.first();
        surname
            || std::iter::once(&person.name)
                .chain(&person.aliases)
                .any(|n| fold(n) == name)
    }

    /// Whether a speaker found only through weak evidence could be the
    /// registry person `id` instead: the draft names that person before
    /// the quotation. A pronoun (`he said`) or a description (`the captain
    /// said`, `the company said`) is weak evidence, and these words are
    /// that person's, so they are not called misattributed; a name is
    /// strong evidence and is always believed.
    fn could_be(&self, speaker: &Speaker, id: &str, text: &str, quote: &Quote) -> bool {
        const PRONOUNS: &[&str] = &["he", "she", "they", "it", "him", "her", "them"];
        const DESCRIBING: &[&str] = &[
            "the", "a", "an", "his", "her", "their", "its", "our", "my", "one", "another",
        ];
        let mention = speaker.mention.to_lowercase();
        let first = mention.split_whitespace().next().unwrap_or("");
        let weak = PRONOUNS.contains(&mention.as_str())
            || DESCRIBING.contains(&first)
            || mention.split_whitespace().count() > 5;
        if !weak {
            return false;
        }
        let Some(person) = self.registry.person(id) else {
            return false;
        };
        // `she said` never means a man, nor `he said` a woman.
        let female = match mention.as_str() {
            "she" | "her" => Some(true),
            "he" | "him" => Some(false),
            _ => None,
        };
        if female.is_some() && sex_of(&person.name).is_some_and(|f| Some(f) != female) {
            return false;
        }
        // Named in the stretch of draft before the quotation that a reader
        // still has in mind (so the search stays linear in the draft).
        let start = quote.start();
        let from = crate::text::floor_char_boundary(text, start.saturating_sub(NAMED_WITHIN));
        let before = text.get(from..start).unwrap_or("");
        let last_named = |names: &mut dyn Iterator<Item = &str>| {
            names
                .filter(|n| !n.is_empty())
                .filter_map(|n| before.rfind(n))
                .max()
        };
        let registry_person = last_named(
            &mut std::iter::once(person.name.as_str())
                .chain(person.aliases.iter().map(String::as_str)),
        );
        // The draft's own candidate, by its full name or its last word.
        let draft_person = last_named(
            &mut [
                speaker.name.as_str(),
                speaker.name.split_whitespace().last().unwrap_or(""),
            ]
            .into_iter(),
        );
        // A description left as it is (`the spokesman`) names nobody: the
        // registry's person only has to be named. A pronoun resolved to a
        // name: the registry's person must be named no less recently.
        let described = speaker.name == speaker.mention
            || speaker
                .name
                .split_whitespace()
                .next()
                .is_some_and(|w| DESCRIBING.contains(&w.to_lowercase().as_str()));
        match (registry_person, draft_person) {
            (Some(_), _) if described => true,
            (Some(r), Some(d)) => r >= d,
            (Some(_), None) => true,
            (None, _) => false,
        }
    }

    /// The registry quote `quote` (found in `text`, the draft's visible
    /// text) comes from and the outcome, or `None` when none is close enough.
    pub fn check(&self, text: &str, quote: &Quote) -> Option<(QuoteMatch, Outcome)> {
        let draft = self.draft_tokens(text, quote);
        let items: Vec<Item> = draft.iter().map(|t| t.item).collect();
        let words: Vec<Option<u32>> = items
            .iter()
            .filter_map(|i| match i {
                Item::Word(w) => Some(*w),
                _ => None,
            })
            .collect();
        let mut best: Option<(usize, Alignment, bool)> = None;
        for r in self.index.candidates(&words, CANDIDATES) {
            let Some(rendering) = self.index.rendering(r) else {
                continue;
            };
            let Some(located) = self.registry.quotes.get(rendering.quote as usize) else {
                continue;
            };
            let Some(a) = align(&items, &rendering.words) else {
                continue;
            };
            // Words too few or too different for any verdict: no need to
            // weigh the speakers.
            if a.equal == 0 || (a.score() < MATCH_SCORE && a.edits > 0) {
                continue;
            }
            let same = quote.speaker.as_ref().is_some_and(|s| {
                self.same_person(s, &located.entry.speaker)
                    || self.could_be(s, &located.entry.speaker, text, quote)
            });
            let exact = a.edits == 0 && a.equal > 0;
            let enough = a.score() >= MATCH_SCORE
                && a.equal
                    >= if same {
                        MIN_WORDS_SAME
                    } else {
                        MIN_WORDS_OTHER
                    };
            if !(enough || exact && (same || a.equal >= MIN_WORDS_OTHER)) {
                continue;
            }
            let key = |a: &Alignment, same: bool| (a.edits == 0 && same, a.score(), same, a.equal);
            let better = match &best {
                None => true,
                Some((_, b, b_same)) => key(&a, same) > key(b, *b_same),
            };
            if better {
                best = Some((r, a, same));
            }
        }
        let (r, alignment, same) = best?;
        let rendering = self.index.rendering(r)?;
        let entry = &self.registry.quotes.get(rendering.quote as usize)?.entry;
        let registry_text = match rendering.variant {
            None => entry.text.as_str(),
            Some(v) => entry.variants.get(v as usize)?.as_str(),
        };
        let outcome = match (&quote.speaker, same, alignment.edits == 0) {
            (_, false, _) if quote.speaker.is_some() => Outcome::Misattributed,
            (None, _, true) => Outcome::Unattributed,
            (_, _, true) => Outcome::Verbatim,
            (_, _, false) => Outcome::Altered,
        };
        let diff = diff(text, &draft, registry_text, &alignment);
        Some((
            QuoteMatch {
                id: entry.id.clone(),
                score: (alignment.score() * 1000.0).round() / 1000.0,
                speaker: MatchSpeaker {
                    id: entry.speaker.clone(),
                    name: self.registry.name_of(&entry.speaker).to_owned(),
                },
                text: registry_text.to_owned(),
                diff,
            },
            outcome,
        ))
    }
}

/// A run of steps of one kind being gathered into a diff part.
#[derive(Default)]
struct Run {
    changed: bool,
    draft: Option<Range<usize>>,
    registry: Option<Range<usize>>,
}

fn widen(span: &mut Option<Range<usize>>, range: Range<usize>) {
    *span = Some(match span.take() {
        None => range,
        Some(s) => s.start.min(range.start)..s.end.max(range.end),
    });
}

impl Run {
    fn flush(&mut self, text: &str, registry: &str, out: &mut Vec<DiffOp>) {
        let run = std::mem::take(self);
        let slice = |t: &str, r: &Option<Range<usize>>| {
            r.as_ref()
                .and_then(|r| t.get(r.clone()))
                .unwrap_or("")
                .to_owned()
        };
        let (draft, reg) = (slice(text, &run.draft), slice(registry, &run.registry));
        let op = match (run.changed, draft.is_empty(), reg.is_empty()) {
            (_, true, true) => return,
            (false, _, _) => DiffKind::Equal,
            (true, false, true) => DiffKind::Insert,
            (true, true, false) => DiffKind::Delete,
            (true, false, false) => DiffKind::Replace,
        };
        out.push(DiffOp {
            op,
            draft,
            registry: reg,
        });
    }
}

/// The word diff of an alignment: runs of equal words and runs of changes,
/// each with the words as written on both sides. Ellipses and piece breaks
/// separate runs; editorial insertions count as equal.
fn diff(text: &str, draft: &[DraftToken], registry: &str, a: &Alignment) -> Vec<DiffOp> {
    let reg_words: Vec<Range<usize>> = tokens(registry)
        .into_iter()
        .filter(|t| matches!(t.kind, TokenKind::Word(_)))
        .map(|t| t.range)
        .collect();
    let reg_range = |from: usize, to: usize| -> Option<Range<usize>> {
        if to <= from {
            return None;
        }
        let first = reg_words.get(from)?;
        let last = reg_words.get(to.checked_sub(1)?)?;
        Some(first.start..last.end)
    };
    let mut out = Vec::new();
    let mut run = Run::default();
    for step in &a.steps {
        let changed = !matches!(step, Step::Equal(..) | Step::Mark(..));
        let is_gap =
            matches!(step, Step::Mark(d, ..) if draft.get(*d).is_some_and(|t| t.item == Item::Gap));
        if is_gap || (run.changed != changed && (run.draft.is_some() || run.registry.is_some())) {
            run.flush(text, registry, &mut out);
        }
        if is_gap {
            continue;
        }
        run.changed = changed;
        let (d, r) = match *step {
            Step::Equal(d, r) | Step::Replace(d, r) => (Some(d), reg_range(r, r + 1)),
            Step::Insert(d) => (Some(d), None),
            Step::Delete(r) => (None, reg_range(r, r + 1)),
            Step::Mark(d, from, to) => (Some(d), reg_range(from, to)),
        };
        if let Some(t) = d.and_then(|d| draft.get(d)) {
            widen(&mut run.draft, t.range.clone());
        }
        if let Some(r) = r {
            widen(&mut run.registry, r);
        }
    }
    run.flush(text, registry, &mut out);
    out
}

/// The diff in one line: changed words only, `-said +written` style.
pub fn compact(diff: &[DiffOp]) -> String {
    let mut parts = Vec::new();
    for d in diff {
        match d.op {
            DiffKind::Equal => {}
            DiffKind::Insert => parts.push(format!("+{}", d.draft)),
            DiffKind::Delete => parts.push(format!("-{}", d.registry)),
            DiffKind::Replace => parts.push(format!("-{} +{}", d.registry, d.draft)),
        }
    }
    parts.join(" ")
}
