//! Quoted words folded for comparison: case, typography (curly and straight
//! quotes, apostrophes, dashes), white space and punctuation do not count;
//! `[editorial insertions]` and ellipses are kept as marks of their own.

use std::ops::Range;

/// What a token of quoted text is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenKind {
    /// A word, folded (lower case, apostrophes dropped, number separators dropped).
    Word(String),
    /// `[editorial text]`: words a writer put in for clarity, standing for
    /// zero to a few of the speaker's words.
    Insertion,
    /// An ellipsis (`...`, `…`, `. . .`, `[…]`): words left out.
    Gap,
}

/// A token and where it stands in the text it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The kind, with the folded word for words.
    pub kind: TokenKind,
    /// Byte range in the text.
    pub range: Range<usize>,
}

/// Whether `c` is an apostrophe or a single quotation mark that can sit
/// inside a word (`don't`, `Iran’s`).
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´')
}

/// The length in bytes of an ellipsis starting at `text`, if one does.
fn ellipsis_len(text: &str) -> Option<usize> {
    if text.starts_with('…') {
        return Some('…'.len_utf8());
    }
    if text.starts_with("...") {
        return Some(text.len() - text.trim_start_matches('.').len());
    }
    if text.starts_with(". . .") {
        return Some(5);
    }
    None
}

/// Whether the bracketed text stands for left-out words (`[…]`, `[...]`, `[]`).
fn is_bracketed_gap(inner: &str) -> bool {
    let inner = inner.trim();
    inner.is_empty() || ellipsis_len(inner).is_some_and(|n| n == inner.len())
}

/// The tokens of `text`: words folded for comparison, insertions and gaps.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    // Where the next `]` is, searched for once per stretch (so many `[`
    // without a `]` cost linear time): `None` when there is none left.
    let mut next_close: Option<Option<usize>> = None;
    while i < text.len() {
        let rest = &text[i..];
        let Some(c) = rest.chars().next() else { break };
        if c == '[' {
            let close_at = match next_close {
                Some(Some(at)) if at > i => Some(at),
                Some(None) => None,
                _ => {
                    let found = rest.find(']').map(|k| i + k);
                    next_close = Some(found);
                    found
                }
            };
            if let Some(close) = close_at.map(|at| at - i) {
                let kind = if is_bracketed_gap(&rest[1..close]) {
                    TokenKind::Gap
                } else {
                    TokenKind::Insertion
                };
                out.push(Token {
                    kind,
                    range: i..i + close + 1,
                });
                i += close + 1;
                continue;
            }
        }
        if let Some(n) = ellipsis_len(rest) {
            // Several ellipses in a row are one gap.
            if !matches!(out.last(), Some(Token { kind: TokenKind::Gap, range }) if text[range.end..i].trim().is_empty())
            {
                out.push(Token {
                    kind: TokenKind::Gap,
                    range: i..i + n,
                });
            }
            i += n;
            continue;
        }
        if c.is_alphanumeric() {
            let (word, len) = word_at(rest);
            out.push(Token {
                kind: TokenKind::Word(word),
                range: i..i + len,
            });
            i += len;
            continue;
        }
        i += c.len_utf8();
    }
    out
}

/// The folded word starting at the start of `text` and its length in bytes.
/// Apostrophes between letters are dropped (`don't` is `dont`); commas and
/// full stops between digits are kept in the word, commas dropped (`1,000`
/// is `1000`, `2.5` stays); full stops of initials go (`U.S.` is `us`);
/// anything else ends the word.
fn word_at(text: &str) -> (String, usize) {
    let mut word = String::new();
    let mut end = 0;
    // Letters since the last full stop inside the word (`U.S.` is `us`).
    let mut since_stop = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let prev_digit = word.chars().next_back().is_some_and(|p| p.is_ascii_digit());
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
            since_stop += 1;
        } else if c == '.' && since_stop == 1 && next.is_some_and(char::is_alphabetic) {
            since_stop = 0;
        } else if is_apostrophe(c) && next.is_some_and(char::is_alphanumeric) && !word.is_empty() {
            // dropped
        } else if matches!(c, ',' | '.') && prev_digit && next.is_some_and(|n| n.is_ascii_digit()) {
            if c == '.' {
                word.push('.');
            }
        } else {
            break;
        }
        end = i + c.len_utf8();
    }
    (word, end)
}

/// The folded words of `text`, without marks (for registry texts and queries).
pub fn words(text: &str) -> Vec<String> {
    tokens(text)
        .into_iter()
        .filter_map(|t| match t.kind {
            TokenKind::Word(w) => Some(w),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<String> {
        tokens(text)
            .into_iter()
            .map(|t| match t.kind {
                TokenKind::Word(w) => w,
                TokenKind::Insertion => format!("<{}>", &text[t.range]),
                TokenKind::Gap => "…".to_owned(),
            })
            .collect()
    }

    #[test]
    fn case_typography_and_punctuation_fold_away() {
        assert_eq!(
            words("Iran’s “Supreme” Leader — don't!"),
            words("iran's \"supreme\" leader - dont")
        );
        assert_eq!(
            words("more than 1,000 people, 2.5%"),
            ["more", "than", "1000", "people", "2.5"]
        );
        assert_eq!(
            words("'90s students' hard-working"),
            ["90s", "students", "hard", "working"]
        );
        assert_eq!(
            words("the U.S. and the UN"),
            ["the", "us", "and", "the", "un"]
        );
    }

    #[test]
    fn insertions_and_ellipses_are_marks() {
        assert_eq!(
            kinds("such [US] demands ... the nation . . . will [...] stand… firm"),
            [
                "such", "<[US]>", "demands", "…", "the", "nation", "…", "will", "…", "stand", "…",
                "firm"
            ]
        );
        assert_eq!(kinds("a [b"), ["a", "b"]);
        assert_eq!(kinds("a.... b"), ["a", "…", "b"]);
    }

    #[test]
    fn many_open_brackets_cost_linear_time() {
        let text = format!("a {} b", "[".repeat(200_000));
        let started = std::time::Instant::now();
        assert_eq!(words(&text), ["a", "b"]);
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        assert_eq!(kinds("[x] [y ] z"), ["<[x]>", "<[y ]>", "z"]);
    }

    #[test]
    fn ranges_point_at_the_written_words() {
        let text = "“Don’t [sic] go…”";
        for t in tokens(text) {
            assert!(text.is_char_boundary(t.range.start) && text.is_char_boundary(t.range.end));
        }
        assert_eq!(&text[tokens(text)[0].range.clone()], "Don’t");
    }
}
