//! Verdict recall on the evaluation drafts of `benches/extraction/`, as
//! real articles with some quotes altered, some misattributed and some
//! missing from the registry would measure it.
//!
//! For each draft, a registry is written from its gold statements (six
//! words or more, with a named speaker): each speaker a person (gold
//! alternatives as aliases), each statement a quote. Then, by a fixed
//! draw, about one statement in six has a word changed or dropped in the
//! draft (expected `altered`), one in six has its speaker's name in the
//! attribution next to it replaced by another speaker of the same draft, as
//! a reporter's slip would (expected `misattributed`), one in six
//! is left out of the registry (expected `unverified`); the rest are
//! faithful (expected `verbatim`). The whole pipeline runs: extraction,
//! speakers, retrieval, alignment, verdict. Reported: recall for each
//! expected verdict and the share of faithful quotes flagged as errors.
//!
//! Run with `cargo bench --bench verdicts`.

mod common;

use common::{Gold, Lcg};
use factcheck::check::{annotate_draft, Matcher, Verdict};
use factcheck::extract::{extract, names::Directory};
use factcheck::registry::index::QuoteIndex;
use factcheck::registry::model::{Dossier, Person, PersonKind, Quote};
use factcheck::registry::{load, Limits, RegistrySource};
use factcheck::text::fold::words;
use factcheck::text::{Draft, InputFormat};
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Expect {
    Verbatim,
    Altered,
    Misattributed,
    Unverified,
}

impl Expect {
    fn verdict(self) -> Verdict {
        match self {
            Expect::Verbatim => Verdict::Verbatim,
            Expect::Altered => Verdict::Altered,
            Expect::Misattributed => Verdict::Misattributed,
            Expect::Unverified => Verdict::Unverified,
        }
    }
}

/// A lower-case hyphenated ID from a name.
fn slug(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let parts: Vec<&str> = s.split('-').filter(|p| !p.is_empty()).collect();
    if parts.is_empty() {
        "someone".to_owned()
    } else {
        parts.join("-")
    }
}

/// The draft with one word of `piece` changed (even draws) or dropped, and
/// the piece as it now reads.
fn alter(text: &str, piece: &str, rng: &mut Lcg) -> Option<(String, String)> {
    let at = text.find(piece)?;
    let candidates: Vec<(usize, &str)> = piece
        .split(' ')
        .enumerate()
        .skip(1)
        .filter(|(_, w)| w.len() >= 4 && w.chars().all(char::is_alphabetic))
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let (k, _) = candidates[rng.next(candidates.len())];
    let mut ws: Vec<&str> = piece.split(' ').collect();
    if rng.next(2) == 0 {
        ws[k] = "certainly";
    } else {
        ws.remove(k);
    }
    let changed = ws.join(" ");
    let mut out = text.to_owned();
    out.replace_range(at..at + piece.len(), &changed);
    Some((out, changed))
}

/// The draft with the speaker's name next to the quotation (in the same
/// paragraph, after the quotation, else before it) replaced by `other`'s
/// name; `None` when the paragraph does not name the speaker.
fn misattribute(text: &str, g: &Gold, other: &str) -> Option<(String, String)> {
    let first = g.pieces.first().unwrap_or(&g.text);
    let at = text.find(first.as_str())?;
    let para_start = text[..at].rfind("\n\n").map_or(0, |i| i + 2);
    let para_end = text[at..].find("\n\n").map_or(text.len(), |i| at + i);
    let names = [g.speaker.as_str(), g.speaker.split_whitespace().last()?];
    let after = at + first.len();
    for name in names {
        let hit = text[after..para_end]
            .find(name)
            .map(|i| after + i)
            .or_else(|| text[para_start..at].rfind(name).map(|i| para_start + i));
        if let Some(i) = hit {
            let replacement = if name == g.speaker {
                other.to_owned()
            } else {
                other.split_whitespace().last().unwrap_or(other).to_owned()
            };
            let mut out = text.to_owned();
            out.replace_range(i..i + name.len(), &replacement);
            // The paragraph and the next: the quotations there may now
            // (rightly) be pinned on the other speaker too.
            let end = para_end + replacement.len() - name.len();
            let next_end = out[end..]
                .match_indices("\n\n")
                .nth(1)
                .map_or(out.len(), |(k, _)| end + k);
            let affected = out[para_start..next_end].to_owned();
            return Some((out, affected));
        }
    }
    None
}

fn norm(s: &str) -> String {
    words(s).join(" ")
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("benches/extraction");
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir.join("drafts"))
        .expect("drafts")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    names.sort();
    let mut rng = Lcg(2025);
    // expected -> (total, verdicts found)
    let mut tally: BTreeMap<Expect, (usize, BTreeMap<&'static str, usize>)> = BTreeMap::new();
    let mut unmatched = 0;
    for path in &names {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let gold: Vec<Gold> = serde_json::from_str(
            &std::fs::read_to_string(dir.join("gold").join(format!("{stem}.json"))).expect("gold"),
        )
        .expect("gold JSON");
        let mut text = std::fs::read_to_string(path).expect("draft");
        let eligible: Vec<&Gold> = gold
            .iter()
            .filter(|g| {
                g.kind == "statement"
                    && !g.optional
                    && !g.speaker.is_empty()
                    && words(&g.text).len() >= 6
            })
            .collect();
        if eligible.is_empty() {
            continue;
        }
        let mut people: BTreeMap<String, Person> = BTreeMap::new();
        for g in &eligible {
            let id = slug(&g.speaker);
            people.entry(id.clone()).or_insert_with(|| Person {
                id,
                name: g.speaker.clone(),
                kind: PersonKind::Person,
                aliases: g
                    .alt_speakers
                    .iter()
                    .filter(|a| a.starts_with(char::is_uppercase) && !a.starts_with("The "))
                    .cloned()
                    .collect(),
                titles: Vec::new(),
            });
        }
        let speakers: Vec<String> = people.keys().cloned().collect();
        let mut quotes = Vec::new();
        let mut expected: Vec<(String, Expect)> = Vec::new();
        let mut affected_paragraphs: Vec<(String, String)> = Vec::new();
        for (n, g) in eligible.iter().enumerate() {
            let own = slug(&g.speaker);
            let draw = rng.next(6);
            let mut expect = match draw {
                0 => Expect::Altered,
                1 if speakers.len() >= 2 => Expect::Misattributed,
                2 => Expect::Unverified,
                _ => Expect::Verbatim,
            };
            let mut draft_text = g.text.clone();
            if expect == Expect::Misattributed {
                let other = eligible
                    .iter()
                    .map(|o| o.speaker.as_str())
                    .find(|o| slug(o) != own)
                    .unwrap_or("Jordan Fielding");
                match misattribute(&text, g, other) {
                    Some((changed, affected)) => {
                        text = changed;
                        affected_paragraphs.push((norm(&g.text), affected));
                    }
                    None => expect = Expect::Verbatim,
                }
            }
            if expect == Expect::Altered {
                let piece = g.pieces.first().unwrap_or(&g.text).clone();
                match alter(&text, &piece, &mut rng) {
                    Some((changed, new_piece)) => {
                        draft_text = g.text.replacen(&piece, &new_piece, 1);
                        text = changed;
                    }
                    None => expect = Expect::Verbatim,
                }
            }
            expected.push((norm(&draft_text), expect));
            if expect == Expect::Unverified {
                continue;
            }
            let speaker = own;
            quotes.push(Quote {
                id: format!("quote-{n}"),
                speaker,
                text: g.text.clone(),
                variants: Vec::new(),
                said_on: None,
                language: None,
                context: None,
                sources: Vec::new(),
            });
        }
        let dossier = Dossier {
            people: people.into_values().collect(),
            quotes,
            claims: Vec::new(),
        };
        let folder = tempfile::tempdir().expect("temporary folder");
        std::fs::write(
            folder.path().join("dossier.yaml"),
            serde_yaml::to_string(&dossier).expect("YAML"),
        )
        .expect("write");
        let registry = match load(
            &RegistrySource::Folder(folder.path().to_path_buf()),
            &Limits::default(),
        ) {
            Ok(r) => r,
            Err(e) => panic!("{stem}: {e}"),
        };
        let directory = Directory::new(&registry);
        let index = QuoteIndex::build(&registry);
        let matcher = Matcher::new(&registry, &index);
        let draft = Draft::from_text(&stem, text, InputFormat::Text);
        let annotation = annotate_draft(&draft, extract(&draft, &directory), &matcher);
        let found: Vec<(String, Verdict)> = annotation
            .quotes
            .iter()
            .map(|q| (norm(&q.text), q.verdict))
            .collect();
        let show = std::env::var("FACTCHECK_SHOW_FLAGS").is_ok();
        let details: Vec<String> = annotation
            .quotes
            .iter()
            .map(|q| {
                format!(
                    "{stem}: {:?} said by {:?} (mention {:?}), registry {:?}",
                    q.text.chars().take(40).collect::<String>(),
                    q.speaker.as_ref().map(|s| s.name.as_str()),
                    q.speaker.as_ref().map(|s| s.mention.as_str()),
                    q.r#match.as_ref().map(|m| m.speaker.name.as_str())
                )
            })
            .collect();
        // Quotations near a misattribution are left out of the count.
        let near_misattribution = |t: &str| {
            affected_paragraphs
                .iter()
                .any(|(own, para)| own != t && norm(para).contains(t))
        };
        for (want_text, expect) in expected {
            if near_misattribution(&want_text) {
                continue;
            }
            // The quotation found with these words (a gold quotation split
            // in two by the extractor is found by its first piece).
            let at = found.iter().position(|(t, _)| *t == want_text).or_else(|| {
                found
                    .iter()
                    .position(|(t, _)| !t.is_empty() && want_text.starts_with(t.as_str()))
            });
            let got = at.map(|i| found[i].1);
            let missed_misattribution =
                expect == Expect::Misattributed && got == Some(Verdict::Verbatim);
            let false_flag = expect == Expect::Verbatim
                && matches!(got, Some(Verdict::Misattributed | Verdict::Altered));
            if show && (false_flag || missed_misattribution) {
                if let Some(i) = at {
                    let what = if false_flag { "flagged" } else { "missed" };
                    println!("    {what}: {}", details[i]);
                }
            }
            let Some(got) = got else {
                unmatched += 1;
                continue;
            };
            let entry = tally.entry(expect).or_default();
            entry.0 += 1;
            *entry.1.entry(got.as_str()).or_default() += 1;
        }
    }
    println!(
        "verdicts on the evaluation drafts (quotations not found by the extractor: {unmatched})"
    );
    for (expect, (total, got)) in &tally {
        let right = got.get(expect.verdict().as_str()).copied().unwrap_or(0);
        println!(
            "  {:<13} {:>4} quotes, recall {:.3}   {:?}",
            expect.verdict().as_str(),
            total,
            right as f64 / (*total).max(1) as f64,
            got
        );
    }
    if let Some((total, got)) = tally.get(&Expect::Verbatim) {
        let flagged = got.get("altered").copied().unwrap_or(0)
            + got.get("misattributed").copied().unwrap_or(0);
        println!(
            "  faithful quotes flagged as altered or misattributed: {flagged} of {total} ({:.1}%)",
            100.0 * flagged as f64 / (*total).max(1) as f64
        );
    }
}
