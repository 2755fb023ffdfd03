//! Search terms of a text: folded words without stop words, reduced to
//! their stems (Snowball English), so that `fires`, `fire` and `firing`
//! meet. Links are dropped, and hashtags and `@handles` are split into words
//! (`#AustralianFires` is `australian fires`, `@realDonaldTrump` is
//! `real donald trump`).

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

/// Words too common to say what a claim is about.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "already", "also", "am", "amp", "an",
    "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
    "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each",
    "even", "ever", "few", "for", "from", "further", "get", "got", "had", "has", "have", "having",
    "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into",
    "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "must", "my",
    "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other",
    "our", "ours", "ourselves", "out", "over", "own", "rt", "said", "same", "say", "says", "shall",
    "she", "should", "so", "some", "still", "such", "than", "that", "the", "their", "theirs",
    "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
    "two", "under", "until", "up", "us", "very", "via", "was", "we", "well", "were", "what", "when",
    "where", "which", "while", "who", "whom", "why", "will", "with", "would", "yet", "you", "your",
    "yours", "yourself", "yourselves",
];

/// Whether a folded word is a stop word.
pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// `text` without links, with hashtags and `@handles` split into words:
/// at capitals and underscores (`#AustralianFires` is `Australian Fires`),
/// and each of the words that `split` breaks up replaced by its parts.
fn without_web_noise(text: &str, split: &dyn Fn(&str) -> Option<Vec<String>>) -> String {
    let mut out = String::with_capacity(text.len());
    for token in text.split_whitespace() {
        // A link glued to a word (`#DefundTheCBChttps://…`, `#Dorianpic.twitter.com/…`)
        // is cut off.
        let token = match token.find("http").or_else(|| token.find("pic.twitter")) {
            Some(i) if i > 0 => &token[..i],
            _ => token,
        };
        let lower = token.to_lowercase();
        if lower.starts_with("http") || lower.starts_with("pic.twitter") || lower.contains("://") {
            continue;
        }
        // Hashtags glued together (`#Milkshake#NoPride`) and a handle in
        // brackets (`(@IlhanMN)`) are apart; an address (`a@b.org`) is not.
        let mut spaced = String::with_capacity(token.len() + 4);
        let mut prev_alphanumeric = false;
        for c in token.chars() {
            if c == '#' || (c == '@' && !prev_alphanumeric) {
                spaced.push(' ');
            }
            prev_alphanumeric = c.is_alphanumeric();
            spaced.push(c);
        }
        for token in spaced.split_whitespace() {
            let tag = token
                .strip_prefix('#')
                .or_else(|| token.strip_prefix('@'))
                .filter(|t| t.starts_with(char::is_alphanumeric));
            match tag {
                Some(tag) => push_tag(&mut out, tag, split),
                None => out.push_str(token.trim_start_matches('@')),
            }
            out.push(' ');
        }
    }
    out
}

/// Appends the words of a hashtag or handle: `AustralianFires` is
/// `Australian Fires`, `Lauren_Southern` is `Lauren Southern`, and a word
/// that `split` breaks up (`cornflakes`) is its parts.
fn push_tag(out: &mut String, tag: &str, split: &dyn Fn(&str) -> Option<Vec<String>>) {
    let mut camel = String::with_capacity(tag.len() + 8);
    let mut prev_lower = false;
    for c in tag.chars() {
        if c.is_uppercase() && prev_lower {
            camel.push(' ');
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        camel.push(c);
    }
    for word in camel.split(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '’')) {
        if word.is_empty() {
            continue;
        }
        let parts = word
            .chars()
            .all(char::is_alphanumeric)
            .then(|| split(&word.to_lowercase()))
            .flatten();
        match parts {
            Some(parts) => out.push_str(&parts.join(" ")),
            None => out.push_str(word),
        }
        out.push(' ');
    }
}

/// The search terms of `text`, in order.
pub fn terms(text: &str) -> Vec<String> {
    terms_split(text, &|_| None)
}

/// The search terms of `text`, in order, each word of a hashtag or handle
/// that `split` breaks up (`#cornflakes`: `corn flakes`) taken as its parts.
pub fn terms_split(text: &str, split: &dyn Fn(&str) -> Option<Vec<String>>) -> Vec<String> {
    let cleaned = without_web_noise(text, split);
    super::fold::words(&cleaned)
        .into_iter()
        .filter(|w| !is_stop_word(w))
        .map(|w| stemmer().stem(&w).into_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn stems_meet_and_noise_goes() {
        assert_eq!(terms("Fires are firing"), terms("fire fired"));
        assert_eq!(
            terms("How are butterflies surviving the #AustralianFires? pic.twitter.com/x https://t.co/y"),
            ["butterfli", "surviv", "australian", "fire"]
        );
        assert_eq!(terms("#DefundTheCBChttps://t.co/x"), ["defund", "cbc"]);
        assert!(terms("the of and").is_empty());
    }

    #[test]
    fn handles_and_hashtags_split() {
        assert_eq!(
            terms("@realDonaldTrump @Lauren_Southern"),
            ["real", "donald", "trump", "lauren", "southern"]
        );
        assert_eq!(
            terms("#elpaso#AOC (@IlhanMN)."),
            ["elpaso", "aoc", "ilhan", "mn"]
        );
        let split =
            |w: &str| (w == "cornflakes").then(|| vec!["corn".to_owned(), "flakes".to_owned()]);
        assert_eq!(
            terms_split("#cornflakes cornflakes", &split),
            ["corn", "flake", "cornflak"]
        );
    }
}
