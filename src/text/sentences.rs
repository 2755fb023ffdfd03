//! Splitting a paragraph into sentences, robust to abbreviations (`Mr.`,
//! `U.S.`, `Gen.`, `No. 10`), decimals, initials, and quotations that end a
//! sentence. Text inside quotations can be masked so that a quoted sentence
//! does not end the sentence that reports it.

use std::ops::Range;

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "st",
    "sen", "rep", "gov", "pres", "jr", "sr", "no", "nos", "vs", "v", "etc", "approx", "dept",
    "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "fig", "rev", "hon", "mt", "ft", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u",
    "a.m", "p.m", "const", "det", "insp", "supt", "cpl", "pte", "brig", "lieut", "cllr", "asst",
    "atty", "msgr", "engr", "eng", "pharm", "alh", "coun", "adv",
];

/// Whether the word that ends just before `dot` (a `.` at that byte) is an
/// abbreviation or an initial.
fn is_abbreviation(text: &str, dot: usize, next: Option<char>) -> bool {
    let word_start = text[..dot]
        .rfind(|c: char| c.is_whitespace() || "(\"“‘'".contains(c))
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &text[word_start..dot];
    let lower = word.to_lowercase();
    // A single capital letter is an initial: `George W. Bush`.
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    // `No. 10`, `Fig. 3`: abbreviations only before a number.
    let before_number = matches!(lower.as_str(), "no" | "nos" | "fig");
    // `Ma. Lourdes Reyes`, `Mohd. Rafiq Ismail`: a given name's short form,
    // before the rest of the name.
    let given =
        crate::extract::names::is_name_abbreviation(word) && next.is_some_and(char::is_uppercase);
    // `… run by Tidewater Events Ltd. Its director …`: a company's or a
    // name's ending may end the sentence too, before a word that opens one.
    let ending = matches!(lower.as_str(), "ltd" | "inc" | "co" | "corp" | "jr" | "sr")
        && opens_sentence(&text[dot + 1..]);
    // (`Eng.` is an engineer's style only before a name, not the end of
    // one: `said Lim Guan Eng. The DAP leader …`.)
    let name_ends = lower == "eng"
        && text[..word_start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && !crate::extract::names::is_engineer_style(word, &text[dot + 1..]);
    initial
        || given
        || (ABBREVIATIONS.contains(&lower.as_str())
            && !ending
            && !name_ends
            && (!before_number || next.is_some_and(|c| c.is_ascii_digit())))
        // `U.S.`, `e.g.`: letters and stops, not a figure (`30.9%.`).
        || (word.contains('.')
            && word.len() <= 6
            && word.chars().all(|c| c.is_alphabetic() || c == '.'))
}

/// Words that open a sentence and name no one (`Its`, `The`, `He`).
#[rustfmt::skip]
const OPENING_WORDS: &[&str] = &[
    "The", "A", "An", "It", "Its", "He", "She", "They", "His", "Her", "Their", "We", "I", "In",
    "But", "And", "This", "That", "These", "Those", "There", "On", "At", "After", "When",
];

/// Whether `rest`, after a stop, goes on with one of [`OPENING_WORDS`], so
/// that the stop ends the sentence even after an abbreviation.
pub fn opens_sentence(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\n', '\r', '\t']);
    let word = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    OPENING_WORDS.contains(&word)
}

/// Whether a line holds only a time of day: `15.58`, `17:20`, `9.05am`,
/// `16:21 GMT`.
fn is_time_stamp(line: &str) -> bool {
    let line = line.trim();
    let hours = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &line[hours..];
    let Some(rest) = rest.strip_prefix(['.', ':']) else {
        return false;
    };
    let minutes = rest.bytes().take_while(u8::is_ascii_digit).count();
    let zone = rest[minutes..].trim_start();
    (1..=2).contains(&hours)
        && minutes == 2
        && zone.len() <= 4
        && zone.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Whether a line starts with a list marker: `- `, `* `, `• `, `1. `, `2) `.
fn starts_list_item(line: &str) -> bool {
    starts_bullet(line) || starts_numbered(line)
}

/// Whether a line starts with a bullet: `- `, `* `, `• `, `– `.
fn starts_bullet(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t']);
    ["- ", "* ", "• ", "– "].iter().any(|m| line.starts_with(m))
}

/// Whether a line starts with a number marker: `1. `, `2) `.
fn starts_numbered(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t']);
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    digits > 0
        && digits <= 3
        && (line[digits..].starts_with(". ") || line[digits..].starts_with(") "))
}

/// The sentences of `text[range]`, as byte ranges of `text`. Bytes for which
/// `masked` holds (inside quotations) never end a sentence.
pub fn split(text: &str, range: Range<usize>, masked: &dyn Fn(usize) -> bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    let chars: Vec<(usize, char)> = text[range.clone()]
        .char_indices()
        .map(|(i, c)| (range.start + i, c))
        .collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        // A list item on its own line ends what came before, stop or none.
        // A number opens an item only after a line that ends a sentence or
        // introduces a list, or after another item: `rose to\n12. Officials`
        // is a wrapped line.
        let item = c == '\n' && !masked(at) && {
            let next = &text[at + 1..range.end];
            let line_start = text[range.start..at]
                .rfind('\n')
                .map_or(range.start, |k| range.start + k + 1);
            let line = &text[line_start..at];
            starts_bullet(next)
                || (starts_numbered(next)
                    && (line.trim_end().ends_with([':', '.', '!', '?']) || starts_list_item(line)))
        };
        // A live blog's time stamp on a line of its own (`15.58`, `17:20`,
        // `9.05am`) is no part of the entry under it.
        let stamp = c == '\n' && !masked(at) && {
            let line_start = text[range.start..at]
                .rfind('\n')
                .map_or(range.start, |k| range.start + k + 1);
            let next = &text[at + 1..range.end];
            let next_line = &next[..next.find('\n').unwrap_or(next.len())];
            // (An entry opens after it: not `rose\n3.50\nper cent`, a
            // figure in a wrapped line.)
            let opens = |s: &str| s.starts_with(|c: char| c.is_uppercase() || "\"“‘'".contains(c));
            line_start >= start && is_time_stamp(&text[line_start..at]) && opens(next)
                || is_time_stamp(next_line) && opens(next.get(next_line.len() + 1..).unwrap_or(""))
        };
        if item || stamp {
            if start < at && !text[start..at].trim().is_empty() {
                out.push(start..at);
            }
            start = start.max(at + 1);
            while start < range.end && text[start..].starts_with(char::is_whitespace) {
                start += text[start..].chars().next().map_or(1, char::len_utf8);
            }
            i += 1;
            continue;
        }
        if matches!(c, '.' | '!' | '?' | '…') && !masked(at) {
            // Take closing marks and further stops with the sentence.
            let mut j = i + 1;
            while j < chars.len()
                && matches!(
                    chars[j].1,
                    '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | '»'
                )
            {
                j += 1;
            }
            let end = chars.get(j).map_or(range.end, |&(p, _)| p);
            let next_word = chars[j..]
                .iter()
                .find(|&&(_, c)| !c.is_whitespace())
                .map(|&(_, c)| c);
            let spaced = chars.get(j).is_none_or(|&(_, c)| c.is_whitespace());
            let decimal = c == '.' && chars.get(i + 1).is_some_and(|&(_, c)| c.is_ascii_digit());
            let starts_new = next_word
                .is_none_or(|n| n.is_uppercase() || n.is_ascii_digit() || "\"“‘'«(".contains(n));
            if spaced
                && starts_new
                && !decimal
                && !(c == '.' && is_abbreviation(text, at, next_word))
                // `1. Fares rise`: the number of a list item.
                && !(c == '.' && {
                    let before = text[start..at].trim();
                    !before.is_empty() && before.len() <= 3 && before.bytes().all(|b| b.is_ascii_digit())
                })
            {
                out.push(start..end);
                start = end;
                while start < range.end && text[start..].starts_with(char::is_whitespace) {
                    start += text[start..].chars().next().map_or(1, char::len_utf8);
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if start < range.end && !text[start..range.end].trim().is_empty() {
        out.push(start..range.end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, 0..text.len(), &|_| false)
            .into_iter()
            .map(|r| text[r].trim_end())
            .collect()
    }

    #[test]
    fn a_company_ending_may_end_a_sentence() {
        assert_eq!(
            sentences("The site is run by Harlow Events Ltd. Its director resigned. Corvane Motor Co. said nothing."),
            ["The site is run by Harlow Events Ltd.", "Its director resigned.", "Corvane Motor Co. said nothing."]
        );
        // (Not before a name: `Harlow Events Ltd. Chairman …` stays whole.)
        assert_eq!(
            sentences("Talks with Harlow Events Ltd. Chairman Ian Rees went well."),
            ["Talks with Harlow Events Ltd. Chairman Ian Rees went well."]
        );
    }

    #[test]
    fn a_time_stamp_on_its_own_line_ends_a_sentence() {
        assert_eq!(
            sentences("Live\n\n15.58\nThe vote is close.\n09:05 GMT\nIt passed"),
            [
                "Live",
                "15.58",
                "The vote is close.",
                "09:05 GMT",
                "It passed"
            ]
        );
        // (Not a figure inside a line, nor a score on its own.)
        assert_eq!(
            sentences("Shares rose\n3.5 per cent on Monday\n2-1"),
            ["Shares rose\n3.5 per cent on Monday\n2-1"]
        );
        // (Nor a figure wrapped onto a line of its own.)
        assert_eq!(
            sentences("The rate rose\n3.50\nper cent on Monday."),
            ["The rate rose\n3.50\nper cent on Monday."]
        );
        // `Eng.` ends a sentence after a name it ends.
        assert_eq!(
            sentences("It was said by Lim Guan Eng. The leader left."),
            ["It was said by Lim Guan Eng.", "The leader left."]
        );
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_split() {
        assert_eq!(
            sentences("Mr. Smith met Gen. Jones at No. 10 in the U.S. capital. It cost 3.5 million. George W. Bush left."),
            ["Mr. Smith met Gen. Jones at No. 10 in the U.S. capital.", "It cost 3.5 million.", "George W. Bush left."]
        );
        // Honorifics of West African copy (`Engr.`, `Alh.`, `Pharm.`).
        assert_eq!(
            sentences("Engr. Musa Danjuma spoke. Alh. Sani Bello and Pharm. Ada Obi left."),
            [
                "Engr. Musa Danjuma spoke.",
                "Alh. Sani Bello and Pharm. Ada Obi left."
            ]
        );
        // A figure with a decimal point ends its sentence.
        assert_eq!(
            sentences("Unity fell to 30.9%. The commission said so."),
            ["Unity fell to 30.9%.", "The commission said so."]
        );
    }

    #[test]
    fn closing_quotes_go_with_their_sentence() {
        assert_eq!(
            sentences("He said “No.” Then he left!"),
            ["He said “No.”", "Then he left!"]
        );
    }

    #[test]
    fn masked_stops_do_not_split() {
        let text = "“We won. We will win again,” he said. Next.";
        let inside = |i: usize| i > 0 && i < text.find('”').unwrap();
        let got: Vec<&str> = split(text, 0..text.len(), &inside)
            .into_iter()
            .map(|r| text[r].trim_end())
            .collect();
        assert_eq!(got, ["“We won. We will win again,” he said.", "Next."]);
    }

    #[test]
    fn headlines_without_stops_are_one_sentence() {
        assert_eq!(sentences("Iran rules out talks"), ["Iran rules out talks"]);
    }

    #[test]
    fn list_items_without_stops_are_sentences() {
        assert_eq!(
            sentences(
                "What changes:\n- Ferries stop at six\n- The bridge opens in May\n2) Fares rise"
            ),
            [
                "What changes:",
                "- Ferries stop at six",
                "- The bridge opens in May",
                "2) Fares rise"
            ]
        );
        assert_eq!(
            sentences("A line\nwrapped here."),
            ["A line\nwrapped here."]
        );
        // A numbered item after a full stop (once a panic).
        assert_eq!(
            sentences("We won.\n1. Fares rise\n"),
            ["We won.", "1. Fares rise"]
        );
        // A number that starts a wrapped line is no item.
        assert_eq!(
            sentences("The death toll rose to\n12. Officials said more may die."),
            [
                "The death toll rose to\n12.",
                "Officials said more may die."
            ]
        );
    }
}
