//! Telling statements (words someone said) from terms (a scare quote, a
//! title, the name of a thing).

use super::names::is_title_word;
use super::speakers::{is_person_noun, tokens};
use super::verbs::{
    closing_attribution, court_heard, finite_within, reporting, AS_VERBS, FINDINGS,
};
use serde::Serialize;

/// What a quotation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words someone said or wrote, even a single word of theirs.
    Statement,
    /// A scare quote, a title, the name of a thing.
    Term,
}

/// Words that, just before a short quotation, mark it as someone's words:
/// `criticised them as "superficial"`, `called it "a disgrace"`.
const CHARACTERISING: &[&str] = &["as", "called", "calling", "labelled", "labeled", "branded"];

/// Verbs that give something a name: `nicknamed the bridge "…"`, `known as "…"`.
const NAMING_VERBS: &[&str] = &[
    "nicknamed",
    "dubbed",
    "named",
    "titled",
    "entitled",
    "christened",
    "known",
    "billed",
    "renamed",
];

/// Verbs that characterise with someone's words: `called them "…"`.
const CHARACTERISING_VERBS: &[&str] = &[
    "called",
    "calling",
    "labelled",
    "labeled",
    "branded",
    "described",
    "describing",
    "criticised",
    "criticized",
    "condemned",
    "dismissed",
    "denounced",
    "rated",
    "termed",
    "expressed",
];

/// Verbs of speech with no reporting sense of their own (`mouthed
/// "sorry"`, `she signs "Hot enough"`).
const SPOKEN: &[&str] = &[
    "mouthed", "mouths", "mouthing", "signed", "signs", "signing",
];

/// Verbs of saying that, straight before a quotation, more often name or
/// write a thing (`called "…"`, `wrote "…"`, `a banner read "…"`), and a
/// crowd's chant, as often a slogan.
#[rustfmt::skip]
const WRITING_OR_NAMING: &[&str] = &[
    "call", "calls", "called", "calling", "read", "reads", "reading", "write", "writes", "wrote",
    "written", "writing", "post", "posts", "posted", "posting", "tweet", "tweets", "tweeted",
    "label", "labels", "labelled", "labeled", "brand", "brands", "branded", "term", "termed",
    "state", "states", "stated", "stating", "describe", "describes", "described", "describing",
    "chant", "chants", "chanted", "chanting",
];

/// Verbs of uttering words aloud, before which even a capitalised word is
/// speech (`answered "Guilty"`, `shouted "Fire"`).
const UTTERING: &[&str] = &[
    "said",
    "says",
    "answered",
    "answers",
    "replied",
    "replies",
    "shouted",
    "shouts",
    "yelled",
    "screamed",
    "cried",
    "whispered",
    "muttered",
    "added",
    "pleaded",
    "exclaimed",
];

/// Words that, just before a short quotation, mark it as a name or label.
const NAMING: &[&str] = &["so-called", "the", "a", "an", "this", "that"];

/// Words after a quotation that do not continue a noun phrase.
#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "and", "or", "but", "as", "to", "in", "on", "at", "with", "by", "for", "from", "of", "that", "which",
    "who", "after", "before", "because", "while", "when", "despite", "over", "since", "until", "even",
    "if", "than", "into", "about", "against", "amid", "among", "during", "without", "he", "she", "they",
    "it", "we", "i", "you", "said", "says", "told", "added", "would", "will", "could", "should",
    "was", "were", "is", "are", "had", "has", "have", "can", "may", "might", "must", "a", "an",
    "the",
];

/// Short words that may stand in lower case inside a title (`Blue Hour
/// in Montparnasse`, `All of Us Are Dead`).
#[rustfmt::skip]
const LINKING: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "nor", "but", "as",
    "de", "la", "le", "du", "des", "del", "von", "van", "is", "it", "my", "me", "we", "you", "all",
    "our", "are", "be", "not", "so", "up", "out", "off", "no",
];

/// Classifies the quotation `inner` from the words of its sentence before
/// and after it.
pub fn classify(inner: &str, before: &str, after: &str) -> QuoteKind {
    let words = inner
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    let before_toks = tokens(before, 0..before.len());
    let after_toks = tokens(after, 0..after.len());
    let last_before = before_toks
        .iter()
        .rev()
        .find(|t| t.text.chars().any(char::is_alphanumeric));
    let verb_just_before = before_toks
        .iter()
        .rev()
        .take(3)
        .any(|t| reporting(t.text).is_some());
    // `"…," U.S. Attorney Raymond Tully said`: a verb within a few words,
    // when the quotation ends like speech or a comma follows it.
    let attached = inner.trim_end().ends_with([',', '.', '!', '?', '…'])
        || after.trim_start().starts_with([',', '—', '–']);
    // (`"Study of Reeds", were continuing, and appealed`: not past a
    // verb of the sentence the quotation is part of the subject of.)
    let own_verb = after_toks
        .windows(2)
        .position(|w| {
            w[0].text == ","
                && matches!(
                    w[1].text,
                    "was" | "were" | "is" | "are" | "has" | "have" | "had" | "will" | "would"
                )
        })
        .unwrap_or(after_toks.len());
    let words_after: Vec<&str> = after_toks[..own_verb]
        .iter()
        .take_while(|t| !matches!(t.text, "!" | "?" | "“" | "”" | "\"" | ";"))
        .filter(|t| t.text.chars().any(char::is_alphanumeric))
        .map(|t| t.text)
        .take(12)
        .collect();
    // (`"…," a spokesman who declined to be named said`: further past a
    // relative clause in the subject.)
    let relative = words_after
        .iter()
        .take(4)
        .any(|w| matches!(*w, "who" | "whose"));
    // (`"Not this one," Nolan shot back`: a retort too.)
    // (`"…," Voltara's founder and chief executive, Anil Kulkarni, said`:
    // further past a possessive's office or a name set off by commas.)
    let long_subject = words_after
        .iter()
        .take(2)
        .position(|w| w.ends_with("'s") || w.ends_with("’s"))
        .and_then(|p| words_after.get(p + 1))
        .is_some_and(|office| {
            let office = office.to_lowercase();
            is_title_word(&office) || is_person_noun(&office)
        });
    let verb_just_after = attached
        && (finite_within(&words_after, 7)
            || (relative || long_subject) && finite_within(&words_after, 12));
    let dash_after = after.trim_start().starts_with(['—', '–']);
    // `According to the report, ventilation was "inadequate"`.
    let according = before_toks
        .windows(2)
        .any(|w| w[0].text.eq_ignore_ascii_case("according") && w[1].text == "to");
    // `as she puts it, "…"`, `in her words, "…"`, `in the words of Tom
    // Hale, "…"`: someone's words, whose verb is no reporting one.
    // The last words before the quotation, nearest first.
    let recent: Vec<String> = before_toks
        .iter()
        .rev()
        .filter(|t| t.text.chars().any(char::is_alphanumeric))
        .take(6)
        .map(|t| t.text.to_lowercase())
        .collect();
    let w = |k: usize| recent.get(k).map_or("", String::as_str);
    // (`by her own account, "…"`, `in her phrase, "…"`.)
    let idiom = (w(0) == "it" && matches!(w(1), "put" | "puts"))
        || (matches!(w(0), "words" | "phrase") && matches!(w(1), "her" | "his" | "their" | "own"))
        || recent.windows(3).any(|t| t == ["of", "words", "the"])
        || matches!(w(0), "account" | "count" | "admission")
            && w(1) == "own"
            && matches!(w(2), "her" | "his" | "their")
            && w(3) == "by";
    // `the regulator found "serious breaches"`: a finding, its maker's
    // words (not `was found`, nor a word named in it).
    let named_word = matches!(
        last_before.map(|t| t.text),
        Some("word" | "term" | "phrase" | "label" | "name" | "nickname")
    );
    // (Within a few words of them, or with a verb to be between: not
    // `found the two hikers sheltering in a "snow cave"`.)
    let found = !named_word
        && before_toks.iter().enumerate().any(|(k, t)| {
            matches!(t.text, "found" | "finds")
                && (before_toks.len() - k <= 4
                    || before_toks[k..]
                        .iter()
                        .any(|b| matches!(b.text, "was" | "were" | "is" | "are" | "be" | "been")))
                && k.checked_sub(1).is_none_or(|j| {
                    !matches!(
                        before_toks[j].text,
                        "was" | "were" | "been" | "be" | "is" | "are" | "being"
                    )
                })
        });
    // `…, a jury has heard`: what a court hears is someone's case.
    let heard = court_heard(
        after_toks
            .iter()
            .take_while(|t| !matches!(t.text, "." | "!" | "?" | ";"))
            .map(|t| t.text),
    )
    .is_some();
    // `'…', judge rules`, `…, report finds`: a headline's finding, a few
    // words after the last comma of a short rest of the line.
    let rest_of_line: Vec<&str> = after_toks.iter().map(|t| t.text).collect();
    let after_comma = rest_of_line
        .iter()
        .rposition(|w| *w == ",")
        .map_or(&[][..], |c| &rest_of_line[c + 1..]);
    let finding = (2..=5).contains(&after_comma.len())
        && rest_of_line.len() <= 12
        && after_comma.last().is_some_and(|w| FINDINGS.contains(w))
        && after_comma.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || c == '’' || c == '\'')
        });
    // `The judge found that staff had been "negligent"`: a finding
    // reports what its maker holds.
    // (`submitted that`: counsel's case. Not a word named as one: `found
    // that teenagers use the word "rizz"`.)
    // (`accepted that`, `objected that`: any past verb before its `that`,
    // when a clause opens after it: not `redesigned that wing`.)
    let clause_after = |that: &crate::extract::speakers::Token| {
        before.get(that.range.end..).is_some_and(|rest| {
            rest.split_whitespace().next().is_some_and(|n| {
                n.starts_with(char::is_uppercase)
                    || matches!(
                        n,
                        "the"
                            | "a"
                            | "an"
                            | "he"
                            | "she"
                            | "they"
                            | "it"
                            | "we"
                            | "his"
                            | "her"
                            | "its"
                            | "their"
                            | "there"
                            | "this"
                    )
            })
        })
    };
    let found_that = before_toks.windows(2).any(|w| {
        w[1].text == "that"
            && (FINDINGS.contains(&w[0].text)
                || matches!(
                    w[0].text,
                    "found" | "ruled" | "concluded" | "held" | "submitted" | "submits"
                )
                || w[0].text.len() > 5
                    && w[0].text.ends_with("ed")
                    && w[0].text.chars().all(|c| c.is_ascii_lowercase())
                    && clause_after(&w[1]))
    }) && !named_word;
    // (`Whitlock shot back that …`: a finite verb of saying before the
    // words, with its particle, by the same test as an attribution's.)
    let before_words: Vec<&str> = before_toks.iter().map(|t| t.text).collect();
    let finite_before = finite_within(&before_words, before_words.len());
    // `Counsel put it to him that …`, `thanked the crew for their "…"`:
    // counsel's case and a speaker's thanks.
    let put_or_thanked = before_toks
        .windows(3)
        .any(|w| matches!(w[0].text, "put" | "puts") && w[1].text == "it" && w[2].text == "to")
        || before_toks.iter().enumerate().any(|(k, t)| {
            matches!(t.text, "thanked" | "thanking" | "thanks" | "thank")
                // (Not `thanks to a "rainy day" fund`.)
                && before_toks.get(k + 1).is_none_or(|n| n.text != "to")
        });
    let verb_in_sentence = according
        || found_that
        || found
        || put_or_thanked
        || finite_before
        || idiom
        || heard
        || finding
        || before_toks.iter().any(|t| reporting(t.text).is_some());

    // Title case: capitalised words, short linking words allowed inside
    // (`Blue Hour in Montparnasse`), the first one capitalised.
    let without_article = inner
        .trim_start()
        .strip_prefix("the ")
        .or_else(|| inner.trim_start().strip_prefix("The "))
        .unwrap_or(inner.trim_start());
    let title_case = words >= 2
        && without_article.starts_with(|c: char| c.is_uppercase())
        && inner.split_whitespace().all(|w| {
            // (A short word must link: not `Someone has to.`)
            w.chars().next().is_some_and(|c| !c.is_lowercase())
                || w.len() <= 3 && LINKING.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
        });
    let ends_like_speech = inner.trim_end().ends_with(['.', '!', '?', '…', ',']);
    // (A stop inside the marks: the words end a sentence.)
    let ends_sentence = inner.trim_end().ends_with(['.', '!', '?', '…']);
    // (`known as "…"`, but not `had known for "some weeks"`.)
    let named = recent.iter().take(4).enumerate().any(|(k, w)| {
        NAMING_VERBS.contains(&w.as_str())
            && (w != "known" || recent[..k].iter().any(|a| a == "as"))
    });

    // `the "snapback" mechanism`: the quotation modifies the noun after it.
    let modifier = after_toks
        .first()
        .filter(|t| t.range.start <= 1)
        .is_some_and(|t| {
            t.text.chars().all(|c| c.is_lowercase()) && !FUNCTION_WORDS.contains(&t.text)
        });
    let colon_after = after.trim_start().starts_with(':') && before.trim().is_empty();
    // `Whitaker: 'I feel good'`: words introduced by a colon are someone's.
    let colon_before = before.trim_end().ends_with(':');
    let last_word = last_before
        .map(|t| t.text.to_lowercase())
        .unwrap_or_default();

    // `rode "exactly as described" despite the rain, according to the
    // clerk`: words in lower case, attributed later in the sentence.
    let according_after = inner.trim_start().starts_with(char::is_lowercase)
        && after_toks
            .iter()
            .take_while(|t| !matches!(t.text, "." | "!" | "?" | ";" | "“" | "”" | "\""))
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| w[0].text.eq_ignore_ascii_case("according") && w[1].text == "to");
    // `"A disgrace" was how Carla Diaz described the ruling`: words a
    // sentence goes on to give to someone.
    let how_after = matches!(rest_of_line.as_slice(), ["was" | "is" | "were", "how", ..]);
    // `had become "a war", as one resident put it`: the idiom after the
    // words gives them to someone.
    // (Within the `as` clause, to its comma: not `"Unity Crossing", as
    // well as a park, and put it on the map`.)
    let put_after = matches!(rest_of_line.as_slice(), [",", "as", ..])
        && rest_of_line[2..]
            .iter()
            .take_while(|w| !matches!(**w, "," | "." | ";" | ":" | "!" | "?"))
            .take(7)
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| matches!(*w[0], "put" | "puts") && *w[1] == "it");
    // `the author of "The Subsidy Trap", said …`: a title inside a noun
    // phrase, not words the verb after it reports.
    let title_in_phrase =
        title_case && !ends_sentence && matches!(last_word.as_str(), "of" | "the");
    if title_in_phrase {
        return QuoteKind::Term;
    }
    // `Pellow "became abusive" and refused to pay, she said.`: words the
    // sentence's closing attribution gives to someone.
    // (Words in lower case: not a name, `known as "the Bulldozer", he
    // said`.)
    // (Nor a thing's name: not after `the`, `so-called` or `nicknamed`,
    // nor between an article and the noun it modifies: `a "snapback"
    // clause`.)
    let closed = inner.trim_start().starts_with(char::is_lowercase)
        && !inner.trim_start().starts_with("the ")
        && !ends_sentence
        && !named
        && !matches!(last_word.as_str(), "the" | "so-called")
        && (!modifier || !NAMING.contains(&last_word.as_str()))
        && closing_attribution(after).is_some();
    // `what engineers call the "tyre cliff"`, `a hammer he calls "Old
    // Faithful"`, `a banner reading "…"`, `a memo titled "…"`, `known
    // among operatives as "…"`: a name a thing goes by, however long.
    // (Not `what she calls "…"`: one person's words.)
    // (Nor `what Tamsett calls`, `a stretch it calls`, `he now calls`, `who
    // manages the business, calls`: a named speaker's, a body's, one
    // person's.)
    let people_call = |k: usize| {
        let words: Vec<&str> = before_toks.iter().rev().map(|t| t.text).take(4).collect();
        let pronoun = |w: &str| matches!(w, "he" | "she" | "I" | "we" | "you" | "they" | "it");
        // (Nor `what his wife calls`, `what the minister calls`: a person.)
        matches!(w(k), "call" | "calls")
            && words.get(k + 1).is_some_and(|s| {
                s.chars().all(|c| c.is_ascii_lowercase()) && !pronoun(s) && !is_person_noun(s)
            })
            && words.get(k + 2).is_none_or(|s| !pronoun(s))
    };
    // (`under the slogan "…"`, `the hashtag "…"`.)
    let name_noun = matches!(
        w(0),
        "slogan" | "theme" | "title" | "hashtag" | "motto" | "headline" | "moniker" | "banner"
    ) && matches!(w(1), "the" | "a" | "its" | "their" | "his" | "her")
        // (Not `found the title "faintly ridiculous"`, a judgement of it.)
        && (inner.trim_start().starts_with(char::is_uppercase)
            || matches!(w(2), "under" | "with" | "on" | "in" | "carrying" | "bearing"));
    let goes_by = people_call(0)
        || w(0) == "the" && people_call(1)
        || name_noun
        || matches!(
            w(0),
            "reading" | "headed" | "titled" | "entitled" | "captioned" | "nicknamed" | "dubbed"
        )
        || w(0) == "as" && recent.iter().take(8).any(|x| x == "known");
    // (Straight before the words: not `Asked about the title, "…," he
    // said`, `Asked where the club was headed, "…"`.)
    let straight = before_toks
        .last()
        .is_some_and(|t| t.text.chars().any(char::is_alphanumeric));
    if goes_by && straight && !colon_before {
        return QuoteKind::Term;
    }
    if verb_just_after
        || dash_after
        || colon_after
        || colon_before
        || according_after
        || how_after
        || put_after && !named && last_word != "so-called"
        || closed
    {
        return QuoteKind::Statement;
    }
    if named || last_word == "so-called" {
        return QuoteKind::Term;
    }
    // `shouted "Unprofessional!"`, `mouthed "sorry"`, `answered "Faham"`:
    // words straight after a verb of saying (not one that names or
    // writes: `called "…"`, `wrote "…"`, a sign that `read "…"`).
    // (A capitalised name with no stop, after a verb of announcing, is a
    // title: `Netflix confirmed "Wednesday" would return`.)
    let capital_name = inner.trim_start().starts_with(char::is_uppercase) && !ends_like_speech;
    let said_straight = (SPOKEN.contains(&last_word.as_str())
        || reporting(&last_word).is_some()
            && !WRITING_OR_NAMING.contains(&last_word.as_str())
            && (!capital_name || UTTERING.contains(&last_word.as_str())))
        && (!title_case || ends_like_speech);
    if said_straight {
        return QuoteKind::Statement;
    }
    // `Asked what he dislikes, he was quicker. "Losing."`: words that end a
    // sentence of their own are someone's answer, not a name.
    let alone = |side: &str| side.chars().all(|c| !c.is_alphanumeric());
    if ends_sentence && alone(before) && alone(after) {
        return QuoteKind::Statement;
    }
    if words >= 4 {
        return if title_case && !ends_like_speech && !verb_just_before {
            QuoteKind::Term
        } else {
            QuoteKind::Statement
        };
    }
    // `"Static Bloom"`, `"Desk Mode,"`, `"Halo"`: the name of a thing, even
    // with a comma or stop inside the marks in American style.
    // (Not a word someone judged a thing by: `described the jails as
    // "Dickensian"`.)
    // (In the words' own clause: not `Facebook, which has been criticised
    // over privacy, rebranded as "Meta"`.)
    // Whether `as` ends the words before, and a word in their clause (after
    // its last comma) passes `verb`.
    let as_after = |verb: &dyn Fn(&str) -> bool| {
        last_word == "as"
            && before_toks
                .iter()
                .rev()
                .take_while(|t| t.text != ",")
                .any(|t| verb(t.text))
    };
    let judged_as = as_after(&|w| CHARACTERISING_VERBS.contains(&w.to_lowercase().as_str()));
    let single_name = words == 1
        && inner.trim_start().starts_with(char::is_uppercase)
        && inner.trim() != "I"
        && !judged_as;
    if (title_case && words <= 5) || single_name {
        return QuoteKind::Term;
    }
    // `said it would respond in a "firm and proportionate" way`: after
    // `a`, in a sentence reporting speech, the words describe, in the
    // speaker's words; `the "snapback" mechanism` names a thing.
    let describing = matches!(last_word.as_str(), "a" | "an") && verb_in_sentence;
    // `what he called the "not-in-my-backyard" tone`: the person's words.
    let someones_words = matches!(w(1), "called" | "calls" | "termed" | "terms")
        && matches!(w(2), "he" | "she" | "they" | "we" | "i");
    // (`warned him that "all options" remained open`, `but that "no
    // suitable vessel" could be found`: the `that` of what is reported,
    // no demonstrative.)
    let reported_that = last_word == "that"
        && (reporting(w(1)).is_some()
            || matches!(w(1), "but" | "and")
            || reporting(w(2)).is_some() && !matches!(w(1), "the" | "a" | "an" | "this"));
    if NAMING.contains(&last_word.as_str())
        && modifier
        && !describing
        && !someones_words
        && !reported_that
    {
        return QuoteKind::Term;
    }
    // `criticised them as "superficial"`, `called it "a disgrace"`.
    // (`rejected the claim as "nonsense"`: a verb that reports only with
    // its `as`.)
    let rejected_as = as_after(&|w| AS_VERBS.contains(&w));
    let characterised = (last_word == "as" && (verb_in_sentence || rejected_as))
        || CHARACTERISING.contains(&last_word.as_str()) && last_word != "as"
        || before_toks
            .iter()
            .any(|t| CHARACTERISING_VERBS.contains(&t.text.to_lowercase().as_str()));
    if characterised || verb_in_sentence {
        // Reported speech: `said the findings were "harrowing"`.
        return QuoteKind::Statement;
    }
    if NAMING.contains(&last_word.as_str()) {
        return QuoteKind::Term;
    }
    if ends_like_speech && words >= 2 && inner.trim_end().ends_with(['.', '!', '?']) {
        return QuoteKind::Statement;
    }
    QuoteKind::Term
}

#[cfg(test)]
mod tests {
    use super::*;
    use QuoteKind::{Statement, Term};

    #[test]
    fn kinds() {
        let cases = [
            (
                "superficial",
                "Khamenei criticised politicians as ",
                ", insisting",
                Statement,
            ),
            ("No,", "", " he said.", Statement),
            // Words straight after a verb of speech, but not a verb that
            // names, writes or chants.
            (
                "Unprofessional!",
                "Baptiste shouted ",
                " at his opponent.",
                Statement,
            ),
            ("sorry", "Hale mouthed ", " as he was led away.", Statement),
            ("Keep Out", "The sign read ", ".", Term),
            // (Cases the rules below leave alone.)
            (
                "I never expected to win it,",
                "Asked about the title, ",
                " Murray said.",
                Statement,
            ),
            (
                "Nowhere good,",
                "Asked where the club was headed, ",
                " Smith said.",
                Statement,
            ),
            ("Wednesday", "Netflix confirmed ", " would return.", Term),
            (
                "dinosaur hall",
                "She redesigned that wing and its ",
                ".",
                Term,
            ),
            (
                "snow cave",
                "He found the two hikers sheltering in a ",
                " below the ridge.",
                Term,
            ),
            (
                "rainy day",
                "The club survived thanks to a ",
                " fund.",
                Term,
            ),
            (
                "the best years of our lives",
                "He spent what his wife calls ",
                " underground.",
                Statement,
            ),
            // A name a thing goes by, however long; not one person's word
            // for it.
            (
                "tyre cliff",
                "He struggled with what engineers call the ",
                " in practice.",
                Term,
            ),
            (
                "Peace Now — Not Next Round",
                "Demonstrators held up a banner reading ",
                ".",
                Term,
            ),
            (
                "doing the full 99.",
                "a ritual known among the state's operatives as ",
                "",
                Term,
            ),
            // (Even with a verb just after: not its words.)
            (
                "the Swallows",
                "The club, known throughout the valley as ",
                ", announced the decision.",
                Term,
            ),
            (
                "Every Kid, Every Ice Time.",
                "The fund has raised $3m under the slogan ",
                "",
                Term,
            ),
            (
                "faintly ridiculous, but I'll take it.",
                "She said she found the title ",
                "",
                Statement,
            ),
            (
                "terrifying kindness",
                "She ran the ward with what Tamsett calls ",
                ".",
                Statement,
            ),
            (
                "humiliating, and probably good for me.",
                "an experience he now calls ",
                "",
                Statement,
            ),
            // A finding, someone's own account or phrase, and a reported
            // `that`.
            (
                "serious breaches",
                "the regulator found ",
                " in the bank's dealings.",
                Statement,
            ),
            (
                "never sat down",
                "She played football and, by her own account, ",
                ".",
                Statement,
            ),
            (
                "itchy.",
                "But the word makes her, in her phrase, ",
                "",
                Statement,
            ),
            (
                "all options",
                "The judge warned him that ",
                " remained open.",
                Statement,
            ),
            // (Not a demonstrative's `that`.)
            ("Hammer", "He never liked that ", " nickname.", Term),
            // Any past verb before its `that`, counsel's case and thanks.
            (
                "speculating",
                "Dube objected that the witness was ",
                ".",
                Statement,
            ),
            (
                "flying blind",
                "Counsel put it to Mr Mathieson that the team had been ",
                ".",
                Statement,
            ),
            (
                "huge contribution",
                "The union thanked Pryce for his ",
                ".",
                Statement,
            ),
            ("Ho-Val! Ho-Val!", "The students chanted ", ".", Term),
            // A finding reports its maker's words.
            (
                "negligent",
                "Judge Ann Harcourt found that staff had been ",
                ".",
                Statement,
            ),
            // A verb with its particle reports.
            (
                "study after study",
                "Whitlock shot back that the council had approved ",
                ".",
                Statement,
            ),
            // (Not a word a finding names, a plan submitted, a verb going
            // on to something else.)
            (
                "rizz",
                "A survey by Ofcom found that teenagers use the word ",
                " every day.",
                Term,
            ),
            (
                "garden village",
                "Kestrel Homes submitted plans for a ",
                ".",
                Term,
            ),
            (
                "proper bread",
                "She went on to set up a bakery selling ",
                " to cafes.",
                Term,
            ),
            // `known` names only with its `as`.
            (
                "some weeks",
                "Wilk said he had known for ",
                " that it was coming.",
                Statement,
            ),
            ("the Riverside lot", "a group known locally as ", ".", Term),
            // A sentence of its own: an answer.
            ("Losing.", "", "", Statement),
            ("Come to Marsabit.", "", "", Statement),
            ("Halo", "", "", Term),
            // A title inside a noun phrase before the verb of the sentence.
            (
                "The Subsidy Trap",
                "Ngozi Eze, the author of ",
                ", said both sides had a point.",
                Term,
            ),
            (
                "Away for the Day,",
                "They backed the ",
                " policy, she said.",
                Term,
            ),
            // Words the sentence's closing attribution gives to someone.
            (
                "became abusive",
                "Pellow ",
                " and refused to pay, she said.",
                Statement,
            ),
            (
                "slow to recolonise",
                "Grayling were ",
                " a river once wiped out, he said.",
                Statement,
            ),
            // One capitalised word a speaker judged a thing by.
            (
                "Dickensian",
                "She described conditions in some jails as ",
                ", with three men to a cell.",
                Statement,
            ),
            // (Not with the verb in another clause.)
            (
                "Meta",
                "Facebook, which has been criticised over privacy, rebranded as ",
                " in 2021.",
                Term,
            ),
            // Words after an article only if they modify nothing.
            (
                "deeply concerned",
                "Officials were ",
                " this week, the ministry said.",
                Statement,
            ),
            // Not a thing's name before it.
            (
                "bedroom tax",
                "The so-called ",
                " would hit households, the charity warned.",
                Term,
            ),
            (
                "snapback",
                "Britain triggered the ",
                " mechanism on Thursday, diplomats said.",
                Term,
            ),
            (
                "tank",
                "The striker, nicknamed ",
                " by fans, was sold, the club said.",
                Term,
            ),
            // A verb past a relative clause in the subject after it.
            (
                "We are ready,",
                "",
                " a spokesman who declined to be named said.",
                Statement,
            ),
            // A title in the subject of a sentence whose verb reports.
            (
                "Study of Reeds",
                "Police said two watercolours, “Gulls at Low Water” and “",
                ", were continuing, and urged anyone to come forward.",
                Term,
            ),
            (
                "exactly as described",
                "The ground rode ",
                " despite the rain, according to the clerk.",
                Statement,
            ),
            ("inadequate", "The inspectors rated it ", ".", Statement),
            (
                "modest",
                "She said it would be covered by a ",
                " draw from reserves.",
                Statement,
            ),
            (
                "specialist officers",
                "Police said patrols had increased and that ",
                " were helping.",
                Statement,
            ),
            (
                "inadequate",
                "According to the report, ventilation was ",
                ".",
                Statement,
            ),
            ("This is not sustainable", "", "", Statement),
            // Short words that link no title: a sentence said.
            ("Someone has to.", "", "", Statement),
            ("a disgrace", "She called it ", ".", Statement),
            ("unfair", "The forum termed the increase ", ".", Statement),
            (
                "a landmark moment",
                "The alliance welcomed the programme as ",
                ".",
                Statement,
            ),
            (
                "last mile",
                "He warned of what he called the ",
                " problem.",
                Statement,
            ),
            (
                "fundamentally flawed",
                "Landlord’s bid to evict family ",
                ", judge rules",
                Statement,
            ),
            (
                "lavish lifestyle",
                "She spent donations on a ",
                " that included a racehorse, a jury has heard.",
                Statement,
            ),
            (
                "deep shock",
                "The council expressed ",
                " at the fire.",
                Statement,
            ),
            ("never", "He told reporters ", ".", Statement),
            (
                "superficial",
                "He called advocates of talks ",
                ".",
                Statement,
            ),
            (
                "snapback",
                "the possibility of invoking a sanctions ",
                " mechanism",
                Term,
            ),
            ("axis of resistance", "the so-called ", ".", Term),
            (
                "Operation Midnight Hammer",
                "the strikes, dubbed ",
                ",",
                Term,
            ),
            ("The Art of the Deal", "his book ", ".", Term),
            ("moderates", "so-called ", ".", Term),
            (
                "the bridge to nowhere",
                "Residents have nicknamed the structure ",
                ".",
                Term,
            ),
            (
                "snapback",
                "Europe's deadline for the ",
                " of UN sanctions",
                Term,
            ),
            (
                "harrowing",
                "Naomi Clarke said the findings were ",
                ".",
                Statement,
            ),
            (
                "final offer",
                "She said the authority had made its ",
                ".",
                Statement,
            ),
            (
                "firm response",
                "Iran warned any move would meet a ",
                ".",
                Statement,
            ),
            ("snapback", "He said the ", " mechanism was a threat", Term),
            (
                "Static Bloom",
                "Critic Ruth Abernathy described ",
                " as",
                Term,
            ),
            (
                "We feel abandoned",
                "",
                ": flood victims hit out",
                Statement,
            ),
            (
                "Desk Mode,",
                "He showed a feature called ",
                " which pins windows",
                Term,
            ),
            (
                "Halo",
                "a device called the ",
                " that the company pitched",
                Term,
            ),
            ("It is clear,", "", " Sen. Joan Whitley said.", Statement),
        ];
        for (inner, before, after, kind) in cases {
            assert_eq!(
                classify(inner, before, after),
                kind,
                "{before}“{inner}”{after}"
            );
        }
    }
}
