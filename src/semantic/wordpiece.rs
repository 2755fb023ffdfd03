//! Text to the token IDs a BERT model reads: the uncased BERT rules
//! (control characters dropped, white space and punctuation split off,
//! Chinese characters on their own, lower case without accents), then
//! WordPiece: each word as the longest pieces found in the vocabulary,
//! continuing pieces marked `##`.

use std::collections::HashMap;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Words longer than this many characters become `[UNK]`.
const LONGEST_WORD: usize = 100;

/// A WordPiece vocabulary and the IDs of its special tokens.
#[derive(Debug, Clone)]
pub struct WordPiece {
    ids: HashMap<String, u32>,
    unknown: u32,
    /// `[CLS]`, which opens every sequence.
    pub open: u32,
    /// `[SEP]`, which closes every sequence.
    pub close: u32,
}

/// What is wrong with a vocabulary file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VocabularyError {
    /// A special token the model needs is missing.
    Missing(&'static str),
}

impl WordPiece {
    /// Reads a `vocab.txt`: one token per line, its ID the line number
    /// counting from 0.
    pub fn new(vocabulary: &str) -> Result<WordPiece, VocabularyError> {
        let ids: HashMap<String, u32> = vocabulary
            .lines()
            .enumerate()
            .map(|(i, t)| (t.trim_end_matches('\r').to_owned(), i as u32))
            .collect();
        let id = |t: &'static str| ids.get(t).copied().ok_or(VocabularyError::Missing(t));
        Ok(WordPiece {
            unknown: id("[UNK]")?,
            open: id("[CLS]")?,
            close: id("[SEP]")?,
            ids,
        })
    }

    /// The token IDs of `text`, `[CLS]` first and `[SEP]` last, at most
    /// `limit` in all (the words beyond it are dropped).
    pub fn encode(&self, text: &str, limit: usize) -> Vec<u32> {
        let mut out = vec![self.open];
        let room = limit.saturating_sub(1).max(1);
        for word in words(text) {
            if out.len() >= room {
                break;
            }
            self.pieces(&word, &mut out);
        }
        out.truncate(room);
        out.push(self.close);
        out
    }

    /// Appends the WordPiece IDs of one word.
    fn pieces(&self, word: &str, out: &mut Vec<u32>) {
        let chars: Vec<(usize, char)> = word.char_indices().collect();
        if chars.len() > LONGEST_WORD {
            out.push(self.unknown);
            return;
        }
        let mut found = Vec::new();
        let mut start = 0;
        let mut piece = String::new();
        while start < chars.len() {
            let mut end = chars.len();
            let mut id = None;
            while end > start {
                piece.clear();
                if start > 0 {
                    piece.push_str("##");
                }
                let to = chars.get(end).map_or(word.len(), |&(b, _)| b);
                piece.push_str(&word[chars[start].0..to]);
                if let Some(&i) = self.ids.get(&piece) {
                    id = Some(i);
                    break;
                }
                end -= 1;
            }
            match id {
                Some(i) => found.push(i),
                None => {
                    out.push(self.unknown);
                    return;
                }
            }
            start = end;
        }
        out.extend(found);
    }
}

/// Whether `c` is a CJK ideograph, which BERT reads as a word of its own.
fn is_chinese(c: char) -> bool {
    matches!(c as u32,
        0x4E00..=0x9FFF
        | 0x3400..=0x4DBF
        | 0x20000..=0x2A6DF
        | 0x2A700..=0x2B73F
        | 0x2B740..=0x2B81F
        | 0x2B820..=0x2CEAF
        | 0xF900..=0xFAFF
        | 0x2F800..=0x2FA1F)
}

/// Whether `c` is punctuation to BERT: every ASCII sign, and the
/// punctuation of the Latin-1, general, CJK and full-width blocks.
fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c as u32,
            0xA1 | 0xA7 | 0xAB | 0xB6 | 0xB7 | 0xBB | 0xBF
            | 0x37E | 0x387
            | 0x55A..=0x55F | 0x589 | 0x5BE | 0x5C0 | 0x5C3 | 0x5C6 | 0x5F3 | 0x5F4
            | 0x60C | 0x60D | 0x61B | 0x61F | 0x66A..=0x66D | 0x6D4
            | 0x964 | 0x965 | 0x970 | 0xE4F | 0xE5A | 0xE5B
            | 0x2010..=0x2027
            | 0x2030..=0x2043
            | 0x2045..=0x2051
            | 0x2053..=0x205E
            | 0x207D | 0x207E | 0x208D | 0x208E
            | 0x2308..=0x230B | 0x2329 | 0x232A
            | 0x2768..=0x2775
            | 0x27C5 | 0x27C6 | 0x27E6..=0x27EF
            | 0x2983..=0x2998 | 0x29D8..=0x29DB | 0x29FC | 0x29FD
            | 0x2E00..=0x2E4F
            | 0x3001..=0x3003 | 0x3008..=0x3011 | 0x3014..=0x301F | 0x3030 | 0x303D
            | 0x30A0 | 0x30FB
            | 0xFE10..=0xFE19 | 0xFE30..=0xFE52 | 0xFE54..=0xFE61 | 0xFE63 | 0xFE68
            | 0xFE6A | 0xFE6B
            | 0xFF01..=0xFF03 | 0xFF05..=0xFF0A | 0xFF0C..=0xFF0F | 0xFF1A | 0xFF1B
            | 0xFF1F | 0xFF20 | 0xFF3B..=0xFF3D | 0xFF3F | 0xFF5B | 0xFF5D
            | 0xFF5F..=0xFF65)
}

/// The words of `text` as BERT splits them: normalised (control
/// characters dropped, lower case, accents removed), then split at white
/// space, with each punctuation mark and CJK ideograph a word of its own.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<String>| {
        if !word.is_empty() {
            out.push(std::mem::take(word));
        }
    };
    for c in text.chars() {
        if c == '\0' || c == '\u{FFFD}' {
            continue;
        }
        if c.is_whitespace() {
            flush(&mut word, &mut out);
            continue;
        }
        if c.is_control() || is_format(c) {
            continue;
        }
        if is_chinese(c) || is_punctuation(c) {
            flush(&mut word, &mut out);
            out.push(c.to_string());
            continue;
        }
        for l in c.to_lowercase() {
            for d in std::iter::once(l).nfd() {
                if !is_combining_mark(d) {
                    word.push(d);
                }
            }
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Whether `c` is an invisible format character (Unicode category Cf),
/// which BERT drops.
fn is_format(c: char) -> bool {
    matches!(c as u32,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F
        | 0xFEFF | 0xFFF9..=0xFFFB | 0xE0001 | 0xE0020..=0xE007F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary() -> WordPiece {
        let tokens = "[PAD]\n[UNK]\n[CLS]\n[SEP]\nthe\nun\n##want\n##ed\nwant\n,\n.\nirans\niran\n'\ns\ncafe\n";
        WordPiece::new(tokens).unwrap()
    }

    #[test]
    fn words_split_at_punctuation_and_lose_case_and_accents() {
        assert_eq!(
            words("Iran's CAFÉ,\u{200B} ok"),
            ["iran", "'", "s", "cafe", ",", "ok"]
        );
        assert_eq!(words("“Yes” 中文"), ["“", "yes", "”", "中", "文"]);
    }

    #[test]
    fn longest_pieces_first_and_unknown_words_whole() {
        let v = vocabulary();
        assert_eq!(
            v.encode("Unwanted, the cafe.", 16),
            [2, 5, 6, 7, 9, 4, 15, 10, 3]
        );
        assert_eq!(v.encode("the xyz", 16), [2, 4, 1, 3]);
    }

    #[test]
    fn sequences_are_cut_to_the_limit() {
        let v = vocabulary();
        assert_eq!(v.encode("the the the the", 4), [2, 4, 4, 3]);
        assert_eq!(v.encode("", 4), [2, 3]);
    }

    #[test]
    fn a_vocabulary_without_special_tokens_is_refused() {
        assert_eq!(
            WordPiece::new("the\n").unwrap_err(),
            VocabularyError::Missing("[UNK]")
        );
    }
}
