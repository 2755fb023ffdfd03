//! Search terms of a text: folded words without stop words, reduced to
//! their stems (Snowball English), so that `fires`, `fire` and `firing`
//! meet. Web noise (links, `@handles`) is dropped and hashtags are split
//! into words (`#AustralianFires` is `australian fires`).

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

/// `text` without links and `@handles`, with hashtags split into words.
fn without_web_noise(text: &str) -> String {
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
        if let Some(handle) = token.strip_prefix('@') {
            if handle.starts_with(char::is_alphanumeric) {
                continue;
            }
        }
        // Hashtags glued together (`#Milkshake#NoPride`) are apart.
        let spaced = token.replace('#', " #");
        for token in spaced.split_whitespace() {
            match token.strip_prefix('#') {
                Some(tag) => {
                    // `AustralianFires` → `Australian Fires`.
                    let mut prev_lower = false;
                    for c in tag.chars() {
                        if c.is_uppercase() && prev_lower {
                            out.push(' ');
                        }
                        prev_lower = c.is_lowercase() || c.is_ascii_digit();
                        out.push(c);
                    }
                }
                None => out.push_str(token),
            }
            out.push(' ');
        }
    }
    out
}

/// The search terms of `text`, in order.
pub fn terms(text: &str) -> Vec<String> {
    let cleaned = without_web_noise(text);
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
            terms("How are butterflies surviving the #AustralianFires? pic.twitter.com/x @cbd https://t.co/y"),
            ["butterfli", "surviv", "australian", "fire"]
        );
        assert_eq!(terms("#DefundTheCBChttps://t.co/x"), ["defund", "cbc"]);
        assert!(terms("the of and").is_empty());
    }
}
