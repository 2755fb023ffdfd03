//! Who said each quotation: the attribution next to it (`"…," X said`,
//! `said X`, `X said: "…"`, `according to X`, `"…" — X`), a colon
//! introduction in the paragraph before, a run of paragraphs continuing the
//! same speaker, pronouns resolved to the most recent subject, and names
//! resolved through the registry and through earlier mentions in the draft.

use super::names::{
    capitalised_runs, looks_like_organisation, Directory, Mention, Referent, NOT_NAMES,
};
use super::verbs::{reporting, Form};
use serde::Serialize;
use std::collections::HashMap;
use std::ops::Range;

/// The speaker of a statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// The full name (or the organisation, or the description as written).
    pub name: String,
    /// The registry person's ID, when the speaker is in the registry.
    pub id: Option<String>,
    /// The words in the draft that name the speaker.
    pub mention: String,
}

/// A word of the text and where it is.
#[derive(Debug, Clone)]
pub(crate) struct Token<'t> {
    pub text: &'t str,
    pub range: Range<usize>,
}

/// The words and punctuation of `text[range]`.
pub(crate) fn tokens(text: &str, range: Range<usize>) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let slice = &text[range.clone()];
    let mut start: Option<usize> = None;
    let mut iter = slice.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        let in_word = c.is_alphanumeric()
            || (matches!(c, '-' | '’' | '\'' | '.')
                && start.is_some()
                && next.is_some_and(char::is_alphanumeric));
        if in_word {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(Token {
                text: &slice[s..i],
                range: range.start + s..range.start + i,
            });
        }
        if !c.is_whitespace() {
            out.push(Token {
                text: &slice[i..i + c.len_utf8()],
                range: range.start + i..range.start + i + c.len_utf8(),
            });
        }
    }
    if let Some(s) = start {
        out.push(Token {
            text: &slice[s..],
            range: range.start + s..range.end,
        });
    }
    out
}

fn is_word(t: &Token) -> bool {
    t.text.chars().next().is_some_and(char::is_alphanumeric)
}

fn is_capitalised(t: &Token) -> bool {
    t.text.chars().next().is_some_and(char::is_uppercase)
}

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we", "you"];

/// Adverbs and auxiliaries that may stand between a subject and its verb.
const ADVERBS: &[&str] = &[
    "also",
    "later",
    "earlier",
    "previously",
    "once",
    "again",
    "then",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "could",
    "should",
    "might",
    "may",
    "did",
    "does",
    "do",
    "repeatedly",
    "reportedly",
    "publicly",
    "privately",
    "simply",
    "recently",
    "further",
    "subsequently",
    "quickly",
    "angrily",
    "firmly",
    "calmly",
    "bluntly",
    "flatly",
    "openly",
    "separately",
    "first",
    "finally",
];

/// Words that end a subject phrase when read leftwards from a verb.
const PHRASE_STOPS: &[&str] = &[
    "and",
    "but",
    "that",
    "which",
    "who",
    "whom",
    "as",
    "when",
    "while",
    "because",
    "after",
    "before",
    "if",
    "although",
    "so",
    "then",
    "also",
    "later",
    "earlier",
    "previously",
    "once",
    "again",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "could",
    "should",
    "might",
    "may",
    "did",
    "does",
    "do",
    "had",
    "not",
    "never",
    "repeatedly",
    "reportedly",
    "publicly",
    "privately",
    "simply",
    "recently",
];

/// Words that end a name phrase read rightwards after a verb.
const AFTER_STOPS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "to",
    "from",
    "with",
    "without",
    "while",
    "and",
    "but",
    "that",
    "as",
    "when",
    "who",
    "which",
    "last",
    "this",
    "yesterday",
    "today",
    "tonight",
];

/// The draft-wide facts that speakers are resolved against.
pub struct Resolver<'a> {
    text: &'a str,
    directory: &'a Directory,
    /// Every name mention outside quotations, in order.
    mentions: Vec<Mention>,
    /// Descriptions tied to names by apposition, folded.
    descriptions: Vec<(String, Referent)>,
    /// The first full name seen for each last name.
    surnames: HashMap<String, Referent>,
}

/// Lowercase, straight apostrophes, single spaces, no leading article.
fn fold(text: &str) -> String {
    let lower = text.to_lowercase().replace('’', "'");
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.first() {
        Some(&("the" | "a" | "an")) => &words[1..],
        _ => &words[..],
    };
    words.join(" ")
}

impl<'a> Resolver<'a> {
    /// Collects the names in `sentences` (outside the `quoted` ranges).
    pub fn new(
        text: &'a str,
        directory: &'a Directory,
        sentences: &[Range<usize>],
        quoted: &dyn Fn(usize) -> bool,
    ) -> Resolver<'a> {
        let mut mentions: Vec<Mention> = Vec::new();
        let mut descriptions = Vec::new();
        let mut surnames: HashMap<String, Referent> = HashMap::new();
        for sentence in sentences {
            let mut found: Vec<(Range<usize>, Referent)> = directory
                .find(text, sentence.clone())
                .into_iter()
                .filter(|(r, _)| !quoted(r.start))
                .collect();
            for run in capitalised_runs(text, sentence.clone()) {
                if quoted(run.start)
                    || found
                        .iter()
                        .any(|(r, _)| r.start < run.end && run.start < r.end)
                {
                    continue;
                }
                let name = text[run.clone()].to_owned();
                let referent = directory.lookup(&name).unwrap_or(Referent {
                    organisation: looks_like_organisation(&name),
                    name,
                    id: None,
                });
                found.push((run, referent));
            }
            let toks = tokens(text, sentence.clone());
            // Single names: a surname used before (`Larijani` after `Ali
            // Larijani`), or a name that speaks (`Duarte said`).
            for (i, t) in toks.iter().enumerate() {
                if !is_capitalised(t)
                    || quoted(t.range.start)
                    || NOT_NAMES.contains(&t.text)
                    || found
                        .iter()
                        .any(|(r, _)| r.start < t.range.end && t.range.start < r.end)
                {
                    continue;
                }
                let earlier = surnames.get(t.text).cloned();
                let speaks = toks
                    .get(i + 1)
                    .is_some_and(|n| reporting(n.text) == Some(Form::Finite));
                let referent = match earlier {
                    Some(r) => r,
                    None if speaks => Referent {
                        name: t.text.to_owned(),
                        id: None,
                        organisation: false,
                    },
                    None => continue,
                };
                found.push((t.range.clone(), referent));
            }
            found.sort_by_key(|(r, _)| r.start);
            let first_content = toks
                .iter()
                .find(|t| {
                    is_word(t)
                        && !matches!(
                            t.text,
                            "But" | "And" | "However" | "Yet" | "So" | "Meanwhile"
                        )
                })
                .map(|t| t.range.start);
            for (range, referent) in found {
                let followed_by_verb = toks
                    .iter()
                    .filter(|t| t.range.start >= range.end)
                    .take(2)
                    .any(|t| reporting(t.text) == Some(Form::Finite));
                let at_start = first_content
                    .is_some_and(|s| s >= range.start.saturating_sub(12) && s <= range.start);
                // Apposition: `Name, the description,` ties the description to the name.
                let rest = &text[range.end..sentence.end];
                if let Some(after) = rest.strip_prefix(", ") {
                    let first = after.split_whitespace().next().unwrap_or("");
                    if matches!(first, "the" | "a" | "an" | "who")
                        || first.ends_with("’s")
                        || first.ends_with("'s")
                    {
                        let end = after.find([',', ';', '.']).unwrap_or(after.len());
                        let description = fold(&after[..end]);
                        if !description.is_empty() {
                            descriptions.push((description, referent.clone()));
                        }
                    }
                }
                if let Some(last) = referent.name.split_whitespace().last() {
                    if last != referent.name {
                        surnames
                            .entry(last.to_owned())
                            .or_insert_with(|| referent.clone());
                    }
                }
                mentions.push(Mention {
                    range,
                    referent,
                    subject: at_start || followed_by_verb,
                });
            }
        }
        Resolver {
            text,
            directory,
            mentions,
            descriptions,
            surnames,
        }
    }

    /// The most recent mention before `at` that a pronoun can stand for:
    /// a subject if there is one in the last stretch of text, else any.
    fn antecedent(&self, at: usize, organisation: bool) -> Option<&Mention> {
        let window = at.saturating_sub(1500);
        let upto = self.mentions.partition_point(|m| m.range.start < at);
        let candidates = || {
            self.mentions[..upto]
                .iter()
                .rev()
                .take_while(move |m| m.range.start >= window)
                .filter(move |m| m.range.end <= at && m.referent.organisation == organisation)
        };
        candidates()
            .find(|m| m.subject)
            .or_else(|| candidates().next())
    }

    /// The full name first used in the draft for a surname or short name.
    fn full_name(&self, short: &str) -> Option<&Referent> {
        self.surnames.get(short)
    }

    /// Resolves a phrase naming a speaker (`he`, `Larijani`, `the ministry`,
    /// `Iran's foreign minister`) at `range`.
    fn resolve(&self, range: Range<usize>) -> Option<Speaker> {
        let mention = self.text[range.clone()].trim().to_owned();
        if mention.is_empty() {
            return None;
        }
        let lower = mention.to_lowercase();
        if PRONOUNS.contains(&lower.as_str()) {
            let organisation = matches!(lower.as_str(), "it" | "they");
            if matches!(lower.as_str(), "i" | "we" | "you") {
                return None;
            }
            let m = self.antecedent(range.start, organisation).or_else(|| {
                (lower == "they")
                    .then(|| self.antecedent(range.start, false))
                    .flatten()
            })?;
            return Some(Speaker {
                name: m.referent.name.clone(),
                id: m.referent.id.clone(),
                mention,
            });
        }
        if let Some(p) = self.directory.lookup(&mention) {
            return Some(Speaker {
                name: p.name,
                id: p.id,
                mention,
            });
        }
        // A capitalised name in the phrase: expand a surname to the full name.
        let runs = capitalised_runs(&mention, 0..mention.len());
        let name = runs
            .last()
            .map(|r| mention[r.clone()].to_owned())
            .or_else(|| {
                let words: Vec<&str> = mention.split_whitespace().collect();
                (words.len() == 1 && words[0].starts_with(char::is_uppercase))
                    .then(|| words[0].to_owned())
            });
        if let Some(name) = name {
            let single = !name.contains(' ');
            if let Some(full) = single.then(|| self.full_name(&name)).flatten() {
                return Some(Speaker {
                    name: full.name.clone(),
                    id: full.id.clone(),
                    mention,
                });
            }
            return Some(Speaker {
                name,
                id: None,
                mention,
            });
        }
        // A description: one tied to a name earlier, else as written.
        let folded = fold(&mention);
        let describes = |d: &str| {
            // `newly appointed secretary of X` describes `secretary of X`;
            // `chairman of the association` does not describe `association`.
            d == folded
                || d.strip_suffix(folded.as_str())
                    .is_some_and(|prefix| prefix.ends_with(' ') && !prefix.contains(" of "))
        };
        if let Some((_, r)) = self.descriptions.iter().find(|(d, _)| describes(d)) {
            return Some(Speaker {
                name: r.name.clone(),
                id: r.id.clone(),
                mention,
            });
        }
        Some(Speaker {
            name: mention.clone(),
            id: None,
            mention,
        })
    }

    /// The phrase just before a verb at token `v`: back to a comma (skipping
    /// one apposition `X, the …,`), a stop word, or the sentence start.
    fn subject_before(toks: &[Token], v: usize) -> Option<Range<usize>> {
        let mut end = v;
        // `X later said`, `X has repeatedly said`: skip adverbs and auxiliaries.
        while end > 0 && ADVERBS.contains(&toks[end - 1].text.to_lowercase().as_str()) {
            end -= 1;
        }
        // `Ali Larijani, the secretary of …, said`: skip the apposition.
        if end > 0 && toks[end - 1].text == "," {
            let opening = toks[..end - 1].iter().rposition(|t| t.text == ",");
            if let Some(o) = opening {
                if o > 0
                    && toks[o + 1..end - 1]
                        .first()
                        .is_some_and(|t| matches!(t.text, "the" | "a" | "an" | "who"))
                {
                    end = o;
                }
            }
        }
        let mut start = end;
        while start > 0 {
            let t = &toks[start - 1];
            let stop = !is_word(t) && t.text != "’" && t.text != "'"
                || PHRASE_STOPS.contains(&t.text.to_lowercase().as_str())
                || reporting(t.text).is_some() && start != end;
            if stop || end - start >= 8 {
                break;
            }
            start -= 1;
        }
        // Drop a leading conjunction or adverb that is capitalised at the sentence start.
        while start < end
            && matches!(
                toks[start].text,
                "But" | "And" | "However" | "Yet" | "So" | "Then"
            )
        {
            start += 1;
        }
        (start < end).then(|| toks[start].range.start..toks[end - 1].range.end)
    }

    /// The name phrase just after a verb at token `v`: up to a comma, a stop
    /// word or the sentence end.
    fn subject_after(toks: &[Token], v: usize) -> Option<Range<usize>> {
        let start = v + 1;
        let mut end = start;
        while end < toks.len() {
            let t = &toks[end];
            if !is_word(t) && t.text != "’" && t.text != "'"
                || AFTER_STOPS.contains(&t.text)
                || end - start >= 8
            {
                break;
            }
            end += 1;
        }
        let phrase = &toks[start..end];
        let named = phrase.iter().any(is_capitalised)
            || phrase
                .first()
                .is_some_and(|t| matches!(t.text, "the" | "a" | "an"));
        (end > start && named).then(|| toks[start].range.start..toks[end - 1].range.end)
    }

    /// The speaker named in the words after a quotation (`, X said` / `,
    /// said X` / `— X`), read up to the end of its sentence.
    pub fn after(&self, range: Range<usize>) -> Option<Speaker> {
        let toks = tokens(self.text, range);
        let mut i = 0;
        while i < toks.len() && matches!(toks[i].text, "," | "—" | "–" | "-" | ":" | ";") {
            i += 1;
        }
        if i > 0 && matches!(toks[i - 1].text, "—" | "–" | "-") {
            // `"…" — Ali Khamenei`
            let end = toks[i..]
                .iter()
                .position(|t| !is_word(t) && t.text != "’")
                .map_or(toks.len(), |p| i + p);
            if end > i && is_capitalised(&toks[i]) {
                return self.resolve(toks[i].range.start..toks[end - 1].range.end);
            }
        }
        let toks = &toks[i..];
        // The first reporting verb close to the quotation.
        let v = toks
            .iter()
            .take(12)
            .position(|t| reporting(t.text) == Some(Form::Finite))?;
        if v == 0 {
            return Resolver::subject_after(toks, 0).and_then(|r| self.resolve(r));
        }
        if toks[..v]
            .iter()
            .any(|t| matches!(t.text, "." | "!" | "?" | "“" | "\""))
        {
            return None;
        }
        Resolver::subject_before(toks, v).and_then(|r| self.resolve(r))
    }

    /// The speaker named in the words of the sentence before a quotation
    /// (`X said: "…"`, `according to X, "…"`, `…, insisting that "…"`).
    pub fn before(&self, range: Range<usize>) -> Option<Speaker> {
        let toks = tokens(self.text, range);
        if let Some(a) = toks
            .windows(2)
            .position(|w| w[0].text.eq_ignore_ascii_case("according") && w[1].text == "to")
        {
            let start = a + 2;
            let end = toks[start..]
                .iter()
                .position(|t| !is_word(t) && t.text != "’")
                .map_or(toks.len(), |p| start + p);
            if end > start {
                return self.resolve(toks[start].range.start..toks[end - 1].range.end);
            }
        }
        let verbs: Vec<(usize, Form)> = toks
            .iter()
            .enumerate()
            .filter_map(|(i, t)| reporting(t.text).map(|f| (i, f)))
            .collect();
        let &(last, form) = verbs.last()?;
        if form == Form::Participle {
            // `…, insisting that "…"`: the subject of the sentence.
            let first = verbs
                .iter()
                .find(|(_, f)| *f == Form::Finite)
                .map(|&(i, _)| i);
            return match first {
                Some(f) => Resolver::subject_before(&toks, f).and_then(|r| self.resolve(r)),
                None => self.first_name_in(&toks[..last]),
            };
        }
        let first = verbs
            .iter()
            .find(|(_, f)| *f == Form::Finite)
            .map_or(last, |&(i, _)| i);
        Resolver::subject_before(&toks, last)
            .and_then(|r| self.resolve(r))
            .or_else(|| Resolver::subject_after(&toks, last).and_then(|r| self.resolve(r)))
            .or_else(|| {
                // `X described them as "…" and said "…"`: the verbs share a subject.
                let coordinated = last > 0 && matches!(toks[last - 1].text, "and" | "but" | "then");
                (coordinated && first < last)
                    .then(|| Resolver::subject_before(&toks, first).and_then(|r| self.resolve(r)))
                    .flatten()
            })
    }

    /// The speaker a sentence ending in a colon introduces: its attribution,
    /// else the first name in it (`Janet Obi, the treasurer, spoke next:`).
    pub fn introduction(&self, range: Range<usize>) -> Option<Speaker> {
        let toks = tokens(self.text, range.clone());
        self.before(range).or_else(|| self.first_name_in(&toks))
    }

    /// The first name in some tokens, as a fallback subject.
    fn first_name_in(&self, toks: &[Token]) -> Option<Speaker> {
        let first = toks.first()?.range.start;
        let last = toks.last()?.range.end;
        let from = self.mentions.partition_point(|m| m.range.start < first);
        let m = self.mentions[from..].iter().find(|m| m.range.end <= last)?;
        self.resolve(m.range.clone())
    }

    /// Whether `text[range]` ends with a colon that introduces a quotation.
    pub fn introduces(&self, range: Range<usize>) -> bool {
        self.text[range].trim_end().ends_with(':')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_apostrophes_inside_words() {
        let text = "Iran’s minister, Dr. Smith said: no";
        let t: Vec<&str> = tokens(text, 0..text.len())
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            t,
            ["Iran’s", "minister", ",", "Dr", ".", "Smith", "said", ":", "no"]
        );
    }
}
