//! Quotation and speaker extraction measured on the evaluation drafts in
//! `benches/extraction/`, next to a plain baseline in the same run: double
//! quotation marks paired in order, every quotation a statement, and the
//! speaker the capitalised word just before the first `said` after it.
//!
//! Sets `a` and `b` guided the rules; set `c` was held out when first
//! scored; set `d` (0.793 speaker accuracy when first scored) and set `e`
//! (0.592 when first scored), set `f` (0.730), set `g` (0.858) and set
//! `h` (0.763, each when first scored, held out) were written later by
//! other hands, and so were `i` to `z` (see the set's README).
//!
//! Run with `cargo bench --bench extraction`.

mod common;

use common::Gold;
use factcheck::check::{annotate_draft, Matcher};
use factcheck::extract::given_names::sex_of;
use factcheck::extract::{extract, names::Directory};
use factcheck::registry::index::QuoteIndex;
use factcheck::registry::{load, Limits, RegistrySource};
use factcheck::text::{Draft, InputFormat};
use std::path::PathBuf;

/// A quotation as an extractor reports it.
struct Found {
    text: String,
    kind: String,
    speaker: Option<String>,
}

fn norm(s: &str) -> String {
    let squeezed = s.split_whitespace().collect::<Vec<_>>().join(" ");
    squeezed
        .trim_end_matches(|c: char| " \t\n.,;:!?\"'‘’“”—–-".contains(c))
        .to_owned()
}

/// Found quotations joined where the gold joins them: a gold quotation of
/// several pieces (`"A," she said. "B."`, which some annotators count as one
/// utterance and this extractor as two) matches consecutive found
/// quotations that are its pieces, taking the first one's kind and speaker.
fn merge_as_gold(gold: &[Gold], found: &[Found]) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < found.len() {
        // How many found quotations, from the `i`th, make up one gold one.
        let joined = gold.iter().find_map(|g| {
            let first = norm(&found[i].text);
            if g.pieces.len() < 2 || first != norm(&g.pieces[0]) || first == norm(&g.text) {
                return None;
            }
            (2..=g.pieces.len().min(found.len() - i)).find_map(|k| {
                let texts: Vec<&str> = found[i..i + k].iter().map(|f| f.text.as_str()).collect();
                (norm(&texts.join(" ")) == norm(&g.text)).then_some((g, k))
            })
        });
        let (text, step) = match joined {
            Some((g, k)) => (g.text.clone(), k),
            None => (found[i].text.clone(), 1),
        };
        out.push(Found {
            text,
            kind: found[i].kind.clone(),
            speaker: found[i].speaker.clone(),
        });
        i += step;
    }
    out
}

fn same_name(a: &str, b: &str) -> bool {
    let fold = |s: &str| s.trim().to_lowercase().replace('’', "'");
    fold(a) == fold(b)
}

#[derive(Default)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
    kinds: usize,
    kinds_ok: usize,
    statements: usize,
    speakers_ok: usize,
    speakers_lenient: usize,
    /// Print each statement whose speaker is wrong even leniently.
    show_misses: bool,
}

impl Score {
    fn add(&mut self, gold: &[Gold], found: &[Found]) {
        let merged = merge_as_gold(gold, found);
        let found = &merged[..];
        let mut used = vec![false; gold.len()];
        for f in found {
            let n = norm(&f.text);
            let Some(j) = (0..gold.len()).find(|&j| !used[j] && norm(&gold[j].text) == n) else {
                if self.show_misses {
                    println!(
                        "    extra span: {:?}",
                        f.text.chars().take(60).collect::<String>()
                    );
                }
                self.fp += 1;
                continue;
            };
            used[j] = true;
            let g = &gold[j];
            if g.optional {
                continue;
            }
            self.tp += 1;
            self.kinds += 1;
            self.kinds_ok += usize::from(f.kind == g.kind || g.alt_kinds.contains(&f.kind));
            if g.kind == "statement" {
                self.statements += 1;
                let got = f.speaker.as_deref().unwrap_or("");
                let strict = same_name(got, &g.speaker);
                let lenient = strict || g.alt_speakers.iter().any(|a| same_name(got, a));
                if !strict && self.show_misses {
                    let text: String = g.text.chars().take(50).collect();
                    let how = if lenient { "lenient only" } else { "wrong" };
                    println!("    {how}: speaker {got:?}, gold {:?}: {text}", g.speaker);
                }
                self.speakers_ok += usize::from(strict);
                self.speakers_lenient += usize::from(lenient);
            }
        }
        for (g, _) in gold.iter().zip(&used).filter(|(g, u)| !**u && !g.optional) {
            if self.show_misses {
                println!(
                    "    missed span: {:?}",
                    g.text.chars().take(60).collect::<String>()
                );
            }
            self.fn_ += 1;
        }
    }

    fn line(&self, name: &str) -> String {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        format!(
            "{name:>10}: spans P {p:.3} R {r:.3} F1 {f1:.3} | kind {:.3} | speaker {:.3} (lenient {:.3})",
            self.kinds_ok as f64 / self.kinds.max(1) as f64,
            self.speakers_ok as f64 / self.statements.max(1) as f64,
            self.speakers_lenient as f64 / self.statements.max(1) as f64,
        )
    }
}

/// The plain baseline: double marks paired in order, speaker before `said`.
fn baseline(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('"' | '“', None) => open = Some(i + c.len_utf8()),
            ('"' | '”', Some(s)) => {
                let words = text[s..i].to_owned();
                let rest = &text[i..];
                let sentence_end = rest.find(['.', '\n']).unwrap_or(rest.len());
                let tail = &rest[..sentence_end];
                let speaker = tail.find(" said").and_then(|k| {
                    tail[..k]
                        .split_whitespace()
                        .last()
                        .filter(|w| w.starts_with(char::is_uppercase))
                        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
                });
                out.push(Found {
                    text: words,
                    kind: "statement".into(),
                    speaker,
                });
                open = None;
            }
            ('\n', Some(_)) if text[..i].ends_with('\n') => open = None,
            _ => {}
        }
    }
    out
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    // `FACTCHECK_EXTRACTION_DIR` scores another folder of `drafts/` and
    // `gold/`, such as a new set not yet added here.
    let dir = std::env::var_os("FACTCHECK_EXTRACTION_DIR")
        .map_or_else(|| root.join("benches/extraction"), PathBuf::from);
    let registry = load(
        &RegistrySource::Folder(root.join("tests/fixtures/registry")),
        &Limits::default(),
    )
    .expect("the test registry");
    let directory = Directory::new(&registry);
    let index = QuoteIndex::build(&registry);
    let matcher = Matcher::new(&registry, &index);
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir.join("drafts"))
        .expect("drafts")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    names.sort();
    let mut sets: Vec<String> = names.iter().filter_map(|p| set_of(p)).collect();
    sets.sort_by(|a, b| (a.len(), a).cmp(&(b.len(), b)));
    sets.dedup();
    // `FACTCHECK_EXTRACTION_RENAME=1` scores the drafts with their
    // speakers' known given names replaced by invented ones (see
    // [`renamed`]).
    let rename = std::env::var_os("FACTCHECK_EXTRACTION_RENAME").is_some();
    let (mut all_statements, mut all_right) = (0, 0);
    for set in &sets {
        let set = set.as_str();
        let (mut ours, mut base) = (Score::default(), Score::default());
        // `FACTCHECK_SHOW_MISSES=e` lists set e's wrong speakers; `=efg`
        // those of sets e, f and g; `=aa,ag` those of sets aa and ag.
        ours.show_misses = std::env::var("FACTCHECK_SHOW_MISSES").is_ok_and(|v| {
            v.split(',').any(|p| p == set)
                || (!v.contains(',') && set.len() == 1 && v.contains(set))
        });
        let mut drafts = 0;
        for path in names.iter().filter(|p| set_of(p).as_deref() == Some(set)) {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let mut gold: Vec<Gold> = serde_json::from_str(
                &std::fs::read_to_string(dir.join("gold").join(format!("{stem}.json")))
                    .expect("gold"),
            )
            .expect("gold JSON");
            let text = std::fs::read_to_string(path).expect("draft");
            let text = if rename {
                renamed(&text, &mut gold)
            } else {
                text
            };
            let draft = Draft::from_text(&stem, text.clone(), InputFormat::Text);
            let annotation = annotate_draft(&draft, extract(&draft, &directory), &matcher);
            let found: Vec<Found> = annotation
                .quotes
                .iter()
                .map(|q| Found {
                    text: q.text.clone(),
                    kind: serde_json::to_value(q.kind)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default(),
                    speaker: q.speaker.as_ref().map(|s| s.name.clone()),
                })
                .collect();
            if ours.show_misses {
                println!("  {stem}");
            }
            ours.add(&gold, &found);
            base.add(&gold, &baseline(&text));
            drafts += 1;
        }
        println!(
            "set {set} ({drafts} drafts, {} quotations scored)",
            ours.tp + ours.fn_
        );
        println!("{}", base.line("baseline"));
        println!("{}", ours.line("factcheck"));
        all_statements += ours.statements;
        all_right += ours.speakers_ok;
    }
    println!(
        "all {} sets: speaker {all_right} of {all_statements} statements ({:.3})",
        sets.len(),
        all_right as f64 / all_statements.max(1) as f64
    );
}

/// The draft with each given name that the lists know, opening a
/// speaker's name of two words or more in the gold, replaced through the
/// draft and the gold by an invented one they do not (`Harriet Ellwood`
/// becomes `Duyas Ellwood`): how speakers fare in copy whose names the
/// lists do not know.
fn renamed(text: &str, gold: &mut [Gold]) -> String {
    let mut firsts: Vec<String> = gold
        .iter()
        .flat_map(|g| std::iter::once(&g.speaker).chain(&g.alt_speakers))
        .filter_map(|s| {
            let mut words = s.split_whitespace();
            let first = words.next()?;
            words.next()?;
            Some(first.to_owned())
        })
        .filter(|first| sex_of(first).is_some())
        .collect();
    firsts.sort();
    firsts.dedup();
    let mut text = text.to_owned();
    for first in firsts {
        let invented = invented_name(&first, &text);
        text = replace_word(&text, &first, &invented);
        for g in gold.iter_mut() {
            g.speaker = replace_word(&g.speaker, &first, &invented);
            g.text = replace_word(&g.text, &first, &invented);
            for s in g.alt_speakers.iter_mut().chain(g.pieces.iter_mut()) {
                *s = replace_word(s, &first, &invented);
            }
        }
    }
    text
}

/// A given name made of two syllables, the same for the same `seed`, that
/// the lists do not know and `text` does not hold.
fn invented_name(seed: &str, text: &str) -> String {
    const SYLLABLES: &[&str] = &[
        "ka", "zo", "ru", "mi", "ta", "ve", "lo", "ni", "sa", "du", "re", "fo", "xa", "be", "no",
        "ya", "ge", "hu", "pe", "qui",
    ];
    const ENDINGS: &[&str] = &["n", "r", "l", "s", "th", "m", ""];
    let mut lcg = common::Lcg(
        seed.bytes()
            .fold(7, |h: u64, b| h.wrapping_mul(31).wrapping_add(u64::from(b))),
    );
    let mut name = String::new();
    for _ in 0..1000 {
        name = format!(
            "{}{}{}",
            SYLLABLES[lcg.next(SYLLABLES.len())],
            SYLLABLES[lcg.next(SYLLABLES.len())],
            ENDINGS[lcg.next(ENDINGS.len())]
        );
        name = name[..1].to_uppercase() + &name[1..];
        if sex_of(&name).is_none() && !text.contains(&name) {
            break;
        }
    }
    name
}

/// `s` with each whole-word `word` replaced by `by`.
fn replace_word(s: &str, word: &str, by: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find(word) {
        let before = rest[..k].chars().next_back();
        let after = rest[k + word.len()..].chars().next();
        out.push_str(&rest[..k]);
        let inside =
            before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric);
        out.push_str(if inside { word } else { by });
        rest = &rest[k + word.len()..];
    }
    out.push_str(rest);
    out
}

/// The set a draft belongs to, the letters before its number: `a01_…` is
/// in set a, `aa01_…` in set aa.
fn set_of(path: &std::path::Path) -> Option<String> {
    let name = path.file_name()?.to_string_lossy().into_owned();
    let letters: String = name.chars().take_while(char::is_ascii_lowercase).collect();
    (!letters.is_empty() && name[letters.len()..].starts_with(|c: char| c.is_ascii_digit()))
        .then_some(letters)
}
