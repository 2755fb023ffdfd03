//! Finding quotation spans in paragraphs: straight and curly double quotes,
//! single quotes (nested or alone), guillemets and low-9 marks, mismatched
//! pairs, apostrophes that are not quotation marks, quotations that run over
//! several paragraphs, and unclosed marks that must not swallow the draft.

use std::ops::Range;

/// One quotation found in the visible text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The quoted words of each piece (one per paragraph for a quotation
    /// that runs over several), as byte ranges of the visible text without
    /// the quotation marks.
    pub pieces: Vec<Range<usize>>,
    /// Where the opening mark starts (visible bytes).
    pub open: usize,
    /// Just past the closing mark, or the end of the paragraph when unclosed.
    pub close: usize,
    /// Whether the closing mark was missing.
    pub unclosed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

/// An open quotation: its family, its opening mark, and where it started.
#[derive(Debug, Clone, Copy)]
struct Open {
    family: Family,
    mark: char,
    /// Where the opening mark starts.
    at: usize,
    /// Where the quoted words start.
    inner: usize,
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

/// Characters after which a straight quote opens rather than closes.
fn opens_after(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || "([{—–-/:;‘“«„".contains(c))
}

/// Whether the mark at `i` can close a single-quoted passage: a `’` or `'`
/// after a non-space and not inside a word.
fn single_closer(chars: &[(usize, char)], i: usize) -> bool {
    let c = chars[i].1;
    let prev = i.checked_sub(1).map(|j| chars[j].1);
    let next = chars.get(i + 1).map(|&(_, c)| c);
    matches!(c, '’' | '\'' | '‘') && !is_space(prev) && !is_word(next)
}

/// Whether the mark at `i` can open a single-quoted passage.
fn single_opener(chars: &[(usize, char)], i: usize) -> bool {
    let c = chars[i].1;
    let prev = i.checked_sub(1).map(|j| chars[j].1);
    let next = chars.get(i + 1).map(|&(_, c)| c);
    matches!(c, '‘' | '\'' | '‚') && opens_after(prev) && is_word(next)
}

/// For each character of a paragraph, where the next single-quote closer
/// and the next single-quote opener after it are (computed once, so the
/// checks are constant time).
struct SingleMarks {
    next_closer: Vec<usize>,
    next_opener: Vec<usize>,
}

impl SingleMarks {
    fn new(chars: &[(usize, char)]) -> SingleMarks {
        let n = chars.len();
        let (mut next_closer, mut next_opener) = (vec![n; n], vec![n; n]);
        let (mut closer, mut opener) = (n, n);
        for i in (0..n).rev() {
            next_closer[i] = closer;
            next_opener[i] = opener;
            if single_closer(chars, i) {
                closer = i;
            }
            if single_opener(chars, i) {
                opener = i;
            }
        }
        SingleMarks {
            next_closer,
            next_opener,
        }
    }

    /// Whether a closer comes after `i`.
    fn closer_after(&self, i: usize) -> bool {
        self.next_closer[i] < self.next_closer.len()
    }

    /// Whether another closer comes after `i` before any new opener: then
    /// a `s’ ` at `i` is a plural possessive (`the students’ union`), not
    /// the end of the quotation (`‘playing games’ … ‘an insult’`).
    fn closer_before_opener(&self, i: usize) -> bool {
        self.closer_after(i) && self.next_closer[i] < self.next_opener[i]
    }
}

/// Whether the paragraph starts with a double opening mark.
fn opens_with_double(text: &str) -> bool {
    text.trim_start().starts_with(['“', '"', '„', '«'])
}

/// The quotation carried over from earlier paragraphs (or a new one opened
/// at `open`), with one more piece of words, now ending at `close`.
fn with_piece(carried: Option<Span>, open: usize, piece: Range<usize>, close: usize) -> Span {
    let mut span = carried.unwrap_or(Span {
        pieces: Vec::new(),
        open,
        close,
        unclosed: false,
    });
    span.pieces.push(piece);
    span.close = close;
    span
}

/// Whether a quotation holds any words (`""` and `“ ”` do not).
fn has_words(text: &str, span: &Span) -> bool {
    span.pieces
        .iter()
        .any(|r| !text[r.clone()].trim().is_empty())
}

/// Finds the quotations in the paragraphs `paras` of `text`.
pub fn find(text: &str, paras: &[Range<usize>]) -> Vec<Span> {
    let mut spans = Vec::new();
    // A quotation carried over from the previous paragraph.
    let mut carried: Option<Span> = None;
    for (p, para) in paras.iter().enumerate() {
        let chars: Vec<(usize, char)> = text[para.clone()]
            .char_indices()
            .map(|(i, c)| (para.start + i, c))
            .collect();
        let singles = SingleMarks::new(&chars);
        // A long quotation in single marks: the next paragraph opens with ‘ too.
        let next_para_opens_single = paras
            .get(p + 1)
            .is_some_and(|n| text[n.clone()].trim_start().starts_with('‘'));
        let has_single_closer_after = |_: &[(usize, char)], i: usize| singles.closer_after(i);
        let mut open: Option<Open> = None;
        let mut i = 0;
        if let Some(span) = carried.take() {
            // The paragraph repeats the opening mark; the quotation goes on.
            let family = if text[para.clone()].trim_start().starts_with(['‘', '\'']) {
                Family::Single
            } else {
                Family::Double
            };
            let first = chars
                .iter()
                .position(|&(_, c)| !c.is_whitespace())
                .unwrap_or(0);
            if let Some(&(at, c)) = chars.get(first) {
                open = Some(Open {
                    family,
                    mark: c,
                    at: span.open,
                    inner: at + c.len_utf8(),
                });
                i = first + 1;
            }
            carried = Some(span);
        }
        while i < chars.len() {
            let (at, c) = chars[i];
            let prev = i.checked_sub(1).map(|j| chars[j].1);
            let next = chars.get(i + 1).map(|&(_, c)| c);
            let end = at + c.len_utf8();
            match open {
                None => {
                    let family = match c {
                        '“' | '„' | '«' => Some(Family::Double),
                        '"' if opens_after(prev) && !is_space(next) => Some(Family::Double),
                        '”' if opens_after(prev) && is_word(next) => Some(Family::Double),
                        '‘' | '‚'
                            if !next.is_some_and(|n| n.is_ascii_digit())
                                && (has_single_closer_after(&chars, i)
                                    || next_para_opens_single) =>
                        {
                            Some(Family::Single)
                        }
                        '\'' if opens_after(prev)
                            && is_word(next)
                            && !next.is_some_and(|n| n.is_ascii_digit())
                            && has_single_closer_after(&chars, i) =>
                        {
                            Some(Family::Single)
                        }
                        _ => None,
                    };
                    if let Some(family) = family {
                        open = Some(Open {
                            family,
                            mark: c,
                            at,
                            inner: end,
                        });
                    }
                }
                Some(o) => {
                    let closes = match o.family {
                        Family::Double => match c {
                            '”' => true,
                            '"' => !is_space(prev) || is_space(next) || o.mark == '"',
                            '“' => o.mark == '„' || (!is_space(prev) && !is_word(next)),
                            '»' => o.mark == '«',
                            _ => false,
                        },
                        Family::Single => {
                            single_closer(&chars, i)
                                // `students’ rights`: a plural possessive when a closer follows.
                                && !(prev == Some('s') && next == Some(' ') && singles.closer_before_opener(i))
                        }
                    };
                    if closes {
                        let span = with_piece(carried.take(), o.at, o.inner..at, end);
                        if has_words(text, &span) {
                            spans.push(span);
                        }
                        open = None;
                    }
                }
            }
            i += 1;
        }
        if let Some(o) = open {
            let mut span = with_piece(carried.take(), o.at, o.inner..para.end, para.end);
            let continues = paras.get(p + 1).is_some_and(|next| {
                let next = &text[next.clone()];
                match o.family {
                    Family::Double => opens_with_double(next),
                    // British copy: each paragraph of a long quotation opens with ‘.
                    Family::Single => next.trim_start().starts_with(['‘', '\'']),
                }
            });
            if continues {
                carried = Some(span);
            } else {
                span.unclosed = true;
                if has_words(text, &span) {
                    spans.push(span);
                }
            }
        }
    }
    if let Some(mut span) = carried {
        span.unclosed = true;
        spans.push(span);
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<String> {
        let paras = paragraphs(text);
        find(text, &paras)
            .into_iter()
            .map(|s| {
                let words: Vec<&str> = s.pieces.iter().map(|r| &text[r.clone()]).collect();
                let mut out = words.join(" | ");
                if s.unclosed {
                    out.push_str(" (unclosed)");
                }
                out
            })
            .collect()
    }

    fn paragraphs(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        for part in text.split("\n\n") {
            out.push(start..start + part.len());
            start += part.len() + 2;
        }
        out
    }

    #[test]
    fn straight_and_curly_doubles() {
        assert_eq!(quotes("He said \"no\" and “yes”."), ["no", "yes"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            quotes("Iran's leader, the '90s, students' rights, don’t."),
            Vec::<String>::new()
        );
        assert_eq!(
            quotes("“Iran’s position isn't new,” she said."),
            ["Iran’s position isn't new,"]
        );
    }

    #[test]
    fn singles_alone_and_nested() {
        assert_eq!(
            quotes("‘We will not surrender,’ he said."),
            ["We will not surrender,"]
        );
        assert_eq!(
            quotes("Crowds chanted 'Death to dictators' again."),
            ["Death to dictators"]
        );
        assert_eq!(
            quotes("“They told us ‘wait’ again,” he said."),
            ["They told us ‘wait’ again,"]
        );
        assert_eq!(
            quotes("‘The students’ union said no,’ he said."),
            ["The students’ union said no,"]
        );
    }

    #[test]
    fn a_plural_before_a_new_opening_mark_closes() {
        assert_eq!(
            quotes("He accused them of ‘playing games’ with people’s jobs and said it was ‘an insult’."),
            ["playing games", "an insult"]
        );
    }

    #[test]
    fn guillemets_and_low_marks() {
        assert_eq!(
            quotes("Il a dit «non» hier. Er sagte „nein“ dann."),
            ["non", "nein"]
        );
    }

    #[test]
    fn mismatched_marks_still_pair() {
        assert_eq!(quotes("He said “no\" and left."), ["no"]);
    }

    #[test]
    fn multi_paragraph_quotation() {
        let text = "“We will fight.\n\n“We will win,” he said.\n\nAfter.";
        assert_eq!(quotes(text), ["We will fight. | We will win,"]);
        let text = "He said: ‘Nobody is against homes.\n\n‘The roads can’t cope,’ he said.";
        assert_eq!(
            quotes(text),
            ["Nobody is against homes. | The roads can’t cope,"]
        );
    }

    #[test]
    fn unclosed_mark_ends_at_the_paragraph() {
        let text = "He said “we will\n\nNext paragraph has “a quote”.";
        assert_eq!(quotes(text), ["we will (unclosed)", "a quote"]);
    }

    #[test]
    fn empty_quotes_are_skipped() {
        assert_eq!(quotes("An empty \"\" pair and “ ”."), Vec::<String>::new());
    }
}
