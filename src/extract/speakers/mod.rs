//! Who said each quotation: the attribution next to it (`"…," X said`,
//! `said X`, `X said: "…"`, `according to X`, `"…" — X`), a colon
//! introduction in the paragraph before, a run of paragraphs continuing the
//! same speaker, pronouns resolved to the most recent subject, and names
//! resolved through the registry and through earlier mentions in the draft.

use super::given_names::sex_of;
use super::names::{
    ampersand_joins, capitalised_runs, contracted_pronoun, is_gaelic_patronymic, is_luo_apostrophe,
    is_name_abbreviation, is_nationality, is_nationality_noun, is_not_name, is_number_word,
    is_office, is_particle, is_particle_joined, is_post_nominal, is_presiding_office,
    is_rank_acronym, is_style_before_surname, is_title_word, looks_like_organisation, names_a_body,
    nickname, normal_case, person_or_body, strip_titles, without_nickname, without_post_nominals,
    Directory, Mention, Referent,
};
use super::verbs::{
    court_heard, is_feeling_verb, reporting, with_particle, Form, AS_VERBS, COURTS, FINDINGS, HEARD,
};
use crate::text::floor_char_boundary;
use serde::Serialize;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;

mod bodies;
mod clauses;
mod mentions;
mod pronouns;
mod words;
use bodies::{came_by, is_no_company, of_other_kind, portfolio_list, words_at_place};
use clauses::{abbreviation_stop, initial_stop};
pub(crate) use pronouns::speaks_of;
use words::*;
pub(crate) use words::{MEMBER_LETTERS, PEOPLE_PLURALS};

/// The speaker of a statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// The full name (or the organisation, or the description as written,
    /// less the article of one of a few words: `residents’ association`).
    pub name: String,
    /// The registry person's ID, when the speaker is in the registry.
    pub id: Option<String>,
    /// The words in the draft that name the speaker.
    pub mention: String,
}

impl Speaker {
    /// The speaker as reported: a body the draft only describes in a few
    /// words is named without its article (`the premier's office` →
    /// `premier's office`), as a name it is not; `The Lantern` and `the
    /// council` keep theirs.
    pub fn reported(self) -> Speaker {
        let described = self.id.is_none() && self.name == self.mention;
        let bare = ["The ", "the "]
            .iter()
            .find_map(|a| self.name.strip_prefix(a))
            // (Not `the council`, a lone noun, which reads as no name.)
            .filter(|rest| described && rest.starts_with(char::is_lowercase) && rest.contains(' '))
            .map(str::to_owned);
        match bare {
            Some(name) => Speaker { name, ..self },
            None => self,
        }
    }
}

/// A word or punctuation mark of the text and where it is.
#[derive(Debug, Clone)]
pub(crate) struct Token<'t> {
    pub text: &'t str,
    pub range: Range<usize>,
}

/// Whether a character is a letter or a digit, answered without the
/// Unicode tables for ASCII and for the general punctuation block (curly
/// quotation marks, dashes), which drafts are full of.
fn alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
    }
}

/// The words and punctuation of `text[range]`.
pub(crate) fn tokens(text: &str, range: Range<usize>) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let slice = &text[range.clone()];
    let mut start: Option<usize> = None;
    let mut iter = slice.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        // `Sen.`, `Dr.`, `Mr.`: a title's full stop belongs to it.
        // (`Baltazar Jr.`: so does a suffix's.)
        let title_stop = c == '.'
            && start.is_some_and(|s| {
                let word = slice[s..i].to_lowercase();
                // (Not an office's letters ending a sentence: `said the SSP.`)
                let capitals = slice[s..i].bytes().all(|b| b.is_ascii_uppercase())
                    && i - s >= 2
                    && !is_honorific(&word);
                // (Nor a surname after an honorific: `said Mr Eng.` ends
                // its sentence.)
                let surname = out.last().is_some_and(|t: &Token| is_honorific(t.text))
                    && !is_honorific(&word);
                word.len() <= 5 && is_title_word(&word) && !capitals && !surname
                    || matches!(word.as_str(), "jr" | "sr")
            });
        // `Dato' Sri Zulkarnain`: the Malaysian style keeps its apostrophe.
        // (`Ochieng'`: so does a Luo name.)
        let dato = matches!(c, '’' | '\'')
            && start.is_some_and(|s| {
                slice[s..i].eq_ignore_ascii_case("dato") || is_luo_apostrophe(&slice[s..i])
            });
        // `3:55.20`, `10:30`: a time's colon between figures.
        let time = c == ':'
            && start.is_some_and(|s| slice[s..i].ends_with(|p: char| p.is_ascii_digit()))
            && next.is_some_and(|n| n.is_ascii_digit());
        // `HR&CE`, `P&O`: an ampersand between capitals.
        let ampersand =
            c == '&' && start.is_some_and(|s| ampersand_joins(&slice[s..i], &slice[i + 1..]));
        let in_word = alphanumeric(c)
            || ampersand
            || title_stop
            || dato
            || time
            || (matches!(c, '-' | '’' | '\'' | '.')
                && start.is_some()
                && next.is_some_and(alphanumeric));
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
    t.text.chars().next().is_some_and(alphanumeric)
}

/// Whether a word opens with a capital, or is a surname joined to its
/// particle (`al-Jubouri`).
fn is_capitalised(t: &Token) -> bool {
    t.text.chars().next().is_some_and(char::is_uppercase) || is_particle_joined(t.text)
}

fn lower(t: &Token) -> String {
    t.text.to_lowercase()
}

/// The form of the reporting verb at token `i`, unless the word is used
/// as a noun there (`the post`, `a claim`, `his statement`).
fn verb_form(toks: &[Token], i: usize) -> Option<Form> {
    // `emailed to say`, `emailed a few minutes ago:`: an email reports,
    // but not one that sent something (`emailed Lyle photographs`).
    if matches!(toks[i].text, "emailed" | "messaged")
        && toks.get(i + 1).is_some_and(is_capitalised)
        && toks
            .get(i + 2)
            .is_some_and(|n| is_word(n) && !is_capitalised(n) && !matches!(n.text, "to" | "that"))
    {
        return None;
    }
    // `she shot back`, `he went on`: a verb and its particle, ending the
    // clause (not `fired back on Instagram, writing`, `went on to win`).
    if with_particle(toks[i].text, toks.get(i + 1).map(|n| n.text))
        && toks.get(i + 2).is_none_or(|n| !is_word(n))
    {
        return Some(Form::Finite);
    }
    // `Counsel submitted that …`, `the coroner found that …`, `the judge
    // ruled that …`: a submission or a finding reports with its `that`;
    // `submitted plans` and `found the keys` do not.
    // (Not `The court rules that apply …`, a noun, nor `found that
    // morning the wreck`, a time.)
    if matches!(
        toks[i].text,
        "submitted" | "submits" | "found" | "ruled" | "held"
    ) && toks.get(i + 1).is_some_and(|n| n.text == "that")
        && toks.get(i + 2).is_none_or(|n| !is_time_noun(&lower(n)))
    {
        return Some(Form::Finite);
    }
    // `Inspectors found staff "exhausted"`, `the ombudsman found "severe
    // maladministration"`: a finding by one whose work is to find.
    // (Not `after a regulator found it had …`: one not yet named, whom
    // `the regulator` later means with the body's name; nor a verdict on
    // someone, `the jury found Okafor not guilty`, `found him guilty`.)
    if matches!(toks[i].text, "found" | "ruled")
        && i > 0
        && is_finder(&lower(&toks[i - 1]))
        && (i < 2 || !matches!(lower(&toks[i - 2]).as_str(), "a" | "an"))
        && toks.get(i + 1).is_none_or(|n| {
            !is_capitalised(n)
                && !matches!(
                    n.text,
                    "him" | "her" | "them" | "it" | "himself" | "herself" | "themselves"
                )
        })
    {
        return Some(Form::Finite);
    }
    // `rejected the claim as "nonsense"`, `defended the cuts as "fair"`:
    // a verb that reports only with its `as`, later in the clause.
    // (Not in the passive: `who was framed by the tabloids as "…"`.)
    if AS_VERBS.contains(&toks[i].text)
        && toks.get(i + 1).is_none_or(|n| n.text != "by")
        && toks[i + 1..]
            .iter()
            .take(12)
            .take_while(|t| is_word(t) || t.text == "’" || t.text == "'")
            .any(|t| t.text == "as")
    {
        return Some(Form::Finite);
    }
    let form = reporting(toks[i].text)?;
    // `Pemberton fumed.`, `…," fumed Mokoena`, not `Leeds roared back`.
    if is_feeling_verb(toks[i].text) {
        let inverted = i == 0 || toks[i - 1].text == "," || Resolver::is_quote_mark(toks, i - 1);
        let ends = toks
            .get(i + 1)
            .is_none_or(|n| !is_word(n) || n.text == "that" || is_capitalised(n) && inverted);
        if !ends && !inverted {
            return None;
        }
    }
    // `a plant near Faw, first announced in 2019 and still unbuilt,`: a
    // participle set off after a thing, with an adverb of when.
    // (Not `once`: `His manager, Archie Lennox, once described him as`.)
    // (Only after the sentence's own verb of saying: not `Her
    // predecessor, Ilie Morar, previously described the canal as`.)
    if i > 1
        && toks[i - 2].text == ","
        && matches!(
            lower(&toks[i - 1]).as_str(),
            "first" | "originally" | "initially" | "previously"
        )
        && toks[i].text.ends_with("ed")
        && {
            // (Within a clause's reach: a huge sentence stays linear.)
            let from = (i - 2).saturating_sub(40);
            toks[from + last_sentence_start(&toks[from..i - 2])..i - 2]
                .iter()
                .any(|t| reporting(t.text) == Some(Form::Finite))
        }
    {
        return None;
    }
    // `the post`, `nine states`, `12 claims`: a noun after a determiner
    // or a number.
    // `in a Facebook post that`, `a Reuters report`: after `a` and one
    // capitalised word, a noun the name qualifies (not a verb's present,
    // `a Republican says`).
    let after_named_article = i > 1
        && matches!(lower(&toks[i - 2]).as_str(), "a" | "an")
        && is_capitalised(&toks[i - 1])
        && !toks[i].text.ends_with("ed")
        && !toks[i].text.ends_with('s')
        && !matches!(toks[i].text, "said" | "told" | "wrote");
    let after_determiner = after_named_article
        || i > 0 && {
            let before = lower(&toks[i - 1]);
            let numeral = before.chars().all(|c| c.is_ascii_digit())
                || NUMBERS.contains(&before.as_str())
                || matches!(before.as_str(), "two" | "three");
            // (Not a past form after `of` and a number, or ending the clause:
            // `the grandfather of six said`, `the father of two said`; not `12
            // reported cases`.)
            let past = (toks[i].text.ends_with("ed")
                || matches!(toks[i].text, "said" | "told" | "wrote"))
                && (i > 1 && toks[i - 2].text == "of"
                    || toks.get(i + 1).is_none_or(|n| !is_word(n)));
            (DETERMINERS.contains(&before.as_str()) || numeral) && !(numeral && past)
            // `described this warning as`, `dismissed that promise as`: a
            // demonstrative's noun (after `that`, only before `as`, a stop,
            // an auxiliary or the quotation: `that calls will be`, `read
            // that note "a thousand times"`).
            || matches!(before.as_str(), "this" | "these" | "those")
            || before == "that"
                && toks.get(i + 1).is_none_or(|n| {
                    let next = lower(n);
                    matches!(next.as_str(), "as" | "," | "." | ";")
                        || AUXILIARIES.contains(&next.as_str())
                })
            // `added that proposed changes were`: a past form opening the
            // reported clause, before a noun, describes it.
            || before == "that"
                && i > 1
                && reporting(toks[i - 2].text).is_some()
                && toks[i].text.ends_with("ed")
                && toks.get(i + 1).is_some_and(|n| {
                    is_word(n)
                        && n.text.starts_with(char::is_lowercase)
                        && !DETERMINERS.contains(&n.text)
                        && !PRONOUNS.contains(&n.text)
                        && !PREPOSITIONS.contains(&n.text)
                        && !AUXILIARIES.contains(&n.text)
                })
            // `said that demand from carmakers had`: before a preposition's
            // phrase that an auxiliary ends, the reported clause's noun.
            || before == "that"
                && toks.get(i + 1).is_some_and(|n| PREPOSITIONS.contains(&n.text))
                && toks[i + 2..]
                    .iter()
                    .take(5)
                    .take_while(|t| is_word(t) && reporting(t.text).is_none())
                    .any(|t| AUXILIARIES.contains(&t.text))
        };
    // `saying demand remained`: a reporting word straight after a
    // reporting verb is its object, a noun.
    let after_verb = i > 0 && reporting(toks[i - 1].text).is_some();
    // `thousands of state workers`, `in reply`: after a preposition only
    // a participle is a verb (`after saying`); `to state` is one.
    // `including claims linking …`, `amid warnings`, `despite denials`.
    let after_preposition = form == Form::Finite
        && i > 0
        && lower(&toks[i - 1]) != "to"
        && (PREPOSITIONS.contains(&lower(&toks[i - 1]).as_str())
            || matches!(
                lower(&toks[i - 1]).as_str(),
                "including" | "amid" | "despite" | "over" | "about" | "against" | "on" | "after"
            ));
    // `state workers`, `state media reported`, `post office`: words more
    // often nouns, before a lower-case word that no verb takes next.
    // `an observation post`, `a member state`: or after a singular noun.
    let compound = matches!(lower(&toks[i]).as_str(), "state" | "post") && i > 0 && {
        let w = toks[i - 1].text;
        w.len() > 2
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !w.ends_with('s')
            && !w.ends_with("ly")
            && !PRONOUNS.contains(&w)
            && !AUXILIARIES.contains(&w)
            && !CLAUSE_STOPS.contains(&w)
            && !matches!(w, "to" | "not" | "then" | "also")
    };
    // `the wealthier Gulf states`, `other EU states`: a region's or a
    // bloc's word between a lower-case word and `states` makes a noun
    // (not `the Ministry states that`).
    let region_states = toks[i].text == "states"
        && i > 1
        && REGIONS.contains(&toks[i - 1].text)
        && is_word(&toks[i - 2])
        && toks[i - 2].text.starts_with(char::is_lowercase)
        && toks.get(i + 1).is_none_or(|n| {
            !matches!(n.text, "that" | ":") && !Resolver::is_quote_mark(toks, i + 1)
        });
    let modifier = compound
        || region_states
        || matches!(lower(&toks[i]).as_str(), "state" | "post")
            && toks.get(i + 1).is_some_and(|n| {
                is_word(n)
                    && n.text.starts_with(char::is_lowercase)
                    && !DETERMINERS.contains(&n.text)
                    && !PRONOUNS.contains(&n.text)
                    && !matches!(n.text, "that" | "to" | "what" | "how" | "why" | "whether")
                    && !is_adverb(n.text)
            });
    // `In a statement read to the court`: a past form straight after a
    // written thing and before a preposition is a participle describing it.
    // Not `The statement read in part, "…"`.
    let in_part = toks.get(i + 2).is_some_and(|n| n.text == "part");
    let describing_writing = i > 0
        && toks
            .get(i + 1)
            .is_some_and(|n| PREPOSITIONS.contains(&n.text))
        && !in_part
        && matches!(
            lower(&toks[i - 1]).as_str(),
            "statement" | "letter" | "message" | "note" | "email" | "post" | "report" | "filing"
        );
    // `gave a one-word answer:`, `a brief reply.`: a word both noun and
    // verb, after `a` and a word or two and ending its clause, is a noun
    // (not `a few claim`).
    let after_article = {
        let between = toks[i.saturating_sub(4)..i]
            .iter()
            .rposition(|t| matches!(lower(t).as_str(), "a" | "an"))
            .map(|k| &toks[i.saturating_sub(4) + k + 1..i]);
        SAYING_NOUNS.contains(&lower(&toks[i]).as_str())
            && toks.get(i + 1).is_none_or(|n| !is_word(n))
            && between.is_some_and(|b| {
                !b.is_empty()
                    && b.iter().all(|t| {
                        t.text == "-"
                            || is_word(t)
                                && t.text.chars().all(|c| c.is_lowercase() || c == '-')
                                && !NO_ADJECTIVES.contains(&t.text)
                    })
            })
    };
    // `said Belarus would respond "in a mirror manner"`: a verb after a
    // modal in a clause another verb reports is what was said, not who
    // says it.
    // (A name as its subject: not `he would say only that`.)
    let reported_future = i > 2
        && matches!(
            lower(&toks[i - 1]).as_str(),
            "would" | "will" | "could" | "might"
        )
        && is_capitalised(&toks[i - 2])
        && toks[i.saturating_sub(10)..i - 1]
            .iter()
            .rev()
            .take_while(|t| !matches!(t.text, "." | "!" | "?" | ";" | ":"))
            .any(|t| reporting(t.text) == Some(Form::Finite));
    (!after_determiner
        && !reported_future
        && !after_article
        && !after_verb
        && !after_preposition
        && !modifier
        && !describing_writing
        && !is_passive(toks, i))
    .then_some(form)
}

/// The subject of `as X put it` opening `toks` (`as he later put it`, `as
/// one trader put it`), an idiom of attribution without a reporting verb.
fn put_it(toks: &[Token]) -> Option<Range<usize>> {
    if toks.first().is_none_or(|t| lower(t) != "as") {
        return None;
    }
    let put = toks
        .iter()
        .take(8)
        .position(|t| matches!(t.text, "put" | "puts"))
        .filter(|&p| p >= 2 && toks.get(p + 1).is_some_and(|t| t.text == "it"));
    // (`as he liked to tell audiences`, `as she often says`: a habit of
    // saying, straight after its subject.)
    let habit = || {
        let k = toks
            .iter()
            .take(6)
            .position(|t| matches!(t.text, "liked" | "likes" | "loved" | "loves" | "used"))
            .filter(|&k| {
                toks.get(k + 1).is_some_and(|t| t.text == "to")
                    && toks
                        .get(k + 2)
                        .is_some_and(|t| matches!(t.text, "say" | "tell" | "joke" | "remind"))
            });
        k.or_else(|| {
            let v = toks
                .iter()
                .take(5)
                .position(|t| matches!(t.text, "says" | "said"))?;
            (v >= 2 && {
                let before = lower(&toks[v - 1]);
                PRONOUNS.contains(&before.as_str()) || is_adverb(&before)
            })
            .then_some(v)
        })
    };
    let put = put.or_else(habit).filter(|&p| p >= 2)?;
    let end = subject_end(toks, put);
    (end > 1 && toks[1..end].iter().all(is_word))
        .then(|| toks[1].range.start..toks[end - 1].range.end)
}

/// Whether `line` is a page's label for a pull quote (`PULL QUOTE:`,
/// `[Pull quote]`, `Pullquote —`) or for a question and its answer in a
/// transcript (`Q:`, `A:`), which names no one.
pub(crate) fn is_page_label(line: &str) -> bool {
    let words: Vec<String> = line
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    matches!(words.as_slice(), [p, q] if p == "pull" && q == "quote")
        || matches!(words.as_slice(), [p] if p == "pullquote")
        || line.trim() == "Q"
        || line.trim() == "A"
}

/// The initials of a name of two words or more, its small words aside
/// (`FAA` for `Federal Aviation Administration`, `PDMA` for `Provincial
/// Disaster Management Authority`), if it has from two to six.
fn initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !matches!(*w, "of" | "and" | "for" | "the" | "&" | "on" | "in"))
        .collect();
    let letters: Option<String> = words
        .iter()
        .map(|w| w.chars().next().filter(char::is_ascii_uppercase))
        .collect();
    letters.filter(|l| words.len() >= 2 && (2..=6).contains(&l.len()))
}

/// Whether a word before a name may be the person's role, which `the`
/// and the word later mean (`jockey Danny Rourke`, `Fly-half Josh
/// Hollins`): a title, or a word of letters that is no given name, verb,
/// or small word of grammar.
fn is_role_word(word: &str) -> bool {
    let bare = word.trim_end_matches('.');
    if is_title_word(bare) {
        return true;
    }
    bare.chars().count() >= 4
        && bare.chars().all(|c| c.is_alphabetic() || c == '-')
        && !bare.ends_with("ly")
        && !bare.ends_with("ed")
        && !bare.ends_with("ing")
        && sex_of(bare).is_none()
        && reporting(bare).is_none()
        && !PREPOSITIONS.contains(&bare)
        && !DETERMINERS.contains(&bare)
        && !CLAUSE_STOPS.contains(&bare)
        && !matches!(
            bare,
            "even"
                | "just"
                | "into"
                | "onto"
                | "upon"
                | "over"
                | "under"
                | "after"
                | "before"
                | "against"
                | "between"
                | "beat"
                | "beats"
                | "were"
                | "have"
                | "about"
                | "like"
                | "however"
                | "meanwhile"
                | "yesterday"
                | "today"
                | "tonight"
                | "perhaps"
                | "unless"
                | "despite"
                | "there"
                | "here"
        )
        && !is_adverb(bare)
        && !TIME_WORDS.contains(&bare)
}

/// Whether a folded subject (no article) is a court that hears a case
/// (`jury`, `inquest`).
fn is_audience(subject: &str) -> bool {
    COURTS.contains(&subject)
}

/// A body's name without the words for its kind opening the sentence
/// before it (`Publisher Harrow & Finch`, `Wild fish charity Rivers of the
/// West` → `Harrow & Finch`, `Rivers of the West`).
fn after_kind_of_body(name: &str) -> &str {
    let words: Vec<&str> = name.split_whitespace().collect();
    let kind = (0..words.len().saturating_sub(1)).rev().find(|&k| {
        is_body_noun(&words[k].to_lowercase())
            && words[k.min(1)..k].iter().all(|w| w.starts_with(char::is_lowercase))
            && words[k + 1].starts_with(char::is_uppercase)
            // (Capitalised first, only a noun that seldom opens a name:
            // not `Brewery Workers' Association`.)
            && (words[k].starts_with(char::is_lowercase)
                || k == 0
                    && matches!(
                        words[k].to_lowercase().as_str(),
                        "publisher" | "charity" | "retailer" | "supermarket" | "carmaker"
                            | "broadcaster" | "regulator" | "watchdog" | "insurer" | "lender"
                            | "developer" | "housebuilder" | "consultancy" | "startup"
                            | "manufacturer" | "operator"
                    ))
    });
    match kind {
        Some(k) => {
            let skip: usize = words[..=k].iter().map(|w| w.len()).sum();
            name.match_indices(words[k + 1])
                .map(|(at, _)| at)
                .find(|&at| at >= skip)
                .map_or(name, |at| &name[at..])
        }
        None => name,
    }
}

/// Whether the words just before a name give the office that `letters`
/// stand for: the letters themselves, bare or in brackets (`SHO`, `(SSP)`),
/// or words whose initials they are (`district magistrate` for `DM`), a
/// bracketed word before the name aside.
fn titled_by(before: &str, letters: &str) -> bool {
    let mut words: Vec<&str> = before.split_whitespace().collect();
    let Some(last) = words.last().map(|w| w.trim_matches(['(', ')'])) else {
        return false;
    };
    if last == letters {
        return true;
    }
    if words.last().is_some_and(|w| w.starts_with('(')) {
        words.pop();
        // (`SP (EOU) Archana Rajak`, `City SP (Central) …`: the letters
        // before an aside on their unit.)
        if words.last() == Some(&letters) {
            return true;
        }
    }
    // `Metropolitan Chief Executive, Hon. Samuel Asante`: past an
    // honorific and the comma before it.
    while words.last().is_some_and(|w| {
        is_honorific(w) || matches!(w.trim_end_matches('.'), "Hon" | "Honourable" | "Honorable")
    }) {
        words.pop();
    }
    let words: Vec<&str> = words.iter().map(|w| w.trim_end_matches(',')).collect();
    // (An office's word heads them: not `and constables` before `Deepak
    // Malik`.)
    let head = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    if !is_title_word(&head) && !is_person_noun(&head) {
        return false;
    }
    let mut initials = String::new();
    for w in words.iter().rev() {
        if matches!(*w, "of" | "and" | "for") {
            continue;
        }
        let first = w.chars().next().filter(char::is_ascii_alphabetic);
        match first {
            Some(c) if initials.len() < letters.len() => initials.insert(0, c.to_ascii_uppercase()),
            _ => break,
        }
        if initials.len() == letters.len() {
            break;
        }
    }
    initials == letters
}

/// Whether a word is written as an acronym: two to six capitals.
fn is_acronym(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether an apposition describes a body (`the UK's fifth-largest
/// supermarket chain`), by its head noun before any preposition or clause.
fn describes_body(description: &str) -> bool {
    // (`a 41-year-old online retailer`: an age is a person's.)
    if description.contains("-year-old") {
        return false;
    }
    let words: Vec<&str> = description.split_whitespace().collect();
    // (`a barrister representing a group …`: a participle after the noun
    // ends the phrase too, not one after the article, `a leading firm`.)
    let head = words
        .iter()
        .enumerate()
        .take_while(|&(k, w)| {
            let participle = k > 0 && w.ends_with("ing") && !DETERMINERS.contains(&words[k - 1]);
            !PREPOSITIONS.contains(w)
                && !matches!(*w, "of" | "on" | "who" | "that" | "which" | "whose")
                && !participle
        })
        .last()
        .map_or("", |(_, w)| w);
    GENERIC_BODIES.contains(&head) && !is_person_noun(head)
}

/// Where the last sentence in `toks` starts: after its last full stop,
/// question or exclamation mark.
fn last_sentence_start(toks: &[Token]) -> usize {
    toks.iter()
        .rposition(|t| matches!(t.text, "." | "!" | "?"))
        .map_or(0, |p| p + 1)
}

/// What the draft has shown of a person's sex (a `she said` after their
/// name, a title), else what their given name tells.
fn known_sex(sexes: &HashMap<String, bool>, name: &str) -> Option<bool> {
    // (`Lord Ashby of Wrayford`: or the sex a style kept in the name
    // tells, looked for only when a title's word opens it.)
    let titled = || {
        name.split_whitespace()
            .next()
            .is_some_and(|w| is_title_word(&w.trim_end_matches('.').to_lowercase()))
    };
    sexes
        .get(name)
        .copied()
        .or_else(|| sex_of(name))
        .or_else(|| titled().then(|| strip_titles(name).1).flatten())
}

/// How far (bytes) after a sentence's first name an aside on it is
/// looked for.
const ASIDE_REACH: usize = 300;

/// The longest (bytes) a headline's line is taken to be.
const HEADLINE_LINE: usize = 640;

/// How far (bytes) into the story under a headline its descriptions are
/// looked up.
const HEADLINE_STORY: usize = 4000;

/// How far back (bytes) a subject known to be of a pronoun's sex is
/// preferred to a nearer one of unknown sex.
const NEAR_SEX: usize = 400;

/// Whether the person named may be of the sex a pronoun asks for (any,
/// when it asks for none or nothing is known).
fn may_be(sexes: &HashMap<String, bool>, name: &str, female: Option<bool>) -> bool {
    !matches!((female, known_sex(sexes, name)), (Some(f), Some(k)) if f != k)
}

/// Whether a speaker is only a description that names no one (`the
/// case`, `teachers in his district`).
fn is_vague(speaker: &Speaker) -> bool {
    let first = speaker.name.split_whitespace().next().unwrap_or("");
    speaker.id.is_none()
        && speaker.name == speaker.mention
        && (opens_lower(first) || DETERMINERS.contains(&first.to_lowercase().as_str()))
}

/// Months that are given names too: [`is_time_name`] leaves them out.
const NAMED_MONTHS: &[&str] = &["April", "May", "June", "August"];

/// Whether a capitalised word names a day or a month (`Wednesday`,
/// `January`), never anyone who speaks.
/// (Not one of [`NAMED_MONTHS`].)
#[rustfmt::skip]
fn is_time_name(word: &str) -> bool {
    const NAMES: &[&str] = &[
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
        "February", "March", "July", "September", "October", "November", "December",
    ];
    NAMES.contains(&word)
}

/// Whether a mention names a person (not a body, nor an unnamed source).
fn is_person_mention(m: &Mention) -> bool {
    !m.referent.organisation && !m.referent.name.is_empty()
}

/// Whether a name's first word opens in lower case, and is no particle
/// opening a surname (`al-Jubouri`, `de Wolff`).
fn opens_lower(word: &str) -> bool {
    word.starts_with(char::is_lowercase) && !is_particle_joined(word) && !is_particle(word)
}

/// Whether words read as a speaker are a clause rather than a name or a
/// description (`Mr Penhaligon is expected to address his MPs`, `Quill
/// can reproduce`, `Workers leaving the site`, `to the jury`): a verb of
/// being, having or a modal, a lower-case word in `-ing`, or a lower-case
/// start other than a determiner (`their union` is a description).
pub fn is_clause(name: &str) -> bool {
    const AUXILIARIES: &[&str] = &[
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "can", "could", "will",
        "would", "shall", "should", "may", "might", "must", "does", "did", "do",
    ];
    let mut words = name.split_whitespace();
    let lower_start = words
        .next()
        .is_some_and(|w| opens_lower(w) && !DETERMINERS.contains(&w));
    let words: Vec<&str> = name.split_whitespace().collect();
    lower_start
        || words.iter().enumerate().any(|(k, w)| {
            // (Not a noun's modifier: `the shipping ministry`, `the
            // housing department`.)
            let modifies_body = words.get(k + 1).is_some_and(|n| is_body_noun(n));
            AUXILIARIES.contains(w)
                || (w.len() > 5
                    && w.ends_with("ing")
                    && w.starts_with(char::is_lowercase)
                    && !modifies_body)
        })
}

/// Words that open the clause in which a source is said to be kept
/// anonymous (`who asked not to be named`, `speaking on condition of
/// anonymity`, `requesting anonymity`).
const ANONYMOUS_CLAUSES: &[&str] = &["who ", "speaking ", "spoke ", "talking ", "requesting "];

/// Whether `lower`, the opening of a sentence in lower case, says its
/// source is kept anonymous in the source's own clause (`a farmer who
/// asked not to be named`, `speaking on condition of anonymity`), before
/// any verb of saying: not `Jo Hart said a colleague, who asked not to be
/// named, had warned her`, nor `Staff are not authorised to speak to the
/// press, she added`.
fn keeps_anonymous(lower: &str) -> bool {
    // (A cheap look first: most sentences hold none of them.)
    if !ANONYMITY_CUES.iter().any(|w| lower.contains(w)) {
        return false;
    }
    ANONYMITY.iter().any(|p| {
        lower.find(p).is_some_and(|k| {
            // Where the source's own clause opens.
            let opens = if ANONYMOUS_CLAUSES.iter().any(|w| p.starts_with(w)) {
                Some(k)
            } else {
                ANONYMOUS_CLAUSES
                    .iter()
                    .filter_map(|w| lower[..k].rfind(w))
                    .max()
            };
            // (In the clause the source's is set in: `Al-Qadiri said …,
            // though two delegates, who asked not to be named, said`.)
            opens.is_some_and(|o| {
                let clause = [
                    " though ",
                    " but ",
                    " while ",
                    " although ",
                    " whereas ",
                    "; ",
                ]
                .iter()
                .filter_map(|c| lower[..o].rfind(c))
                .max()
                .unwrap_or(0);
                !lower[clause..o]
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| reporting(w) == Some(Form::Finite))
            })
        })
    })
}

/// Whether the attribution after a quotation (`after`, up to the end of
/// its sentence) keeps its source anonymous: `"…," she said, declining to
/// give her name`.
pub fn declines_name(after: &str) -> bool {
    let bound = floor_char_boundary(after, after.len().min(200));
    let clause = after[..bound]
        .split(['.', '!', '?', '"', '“', '”', '\n'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    // (Of a name: not `declined to give a timeline`.)
    ["name", "anonym", "identif", "authori"]
        .iter()
        .any(|c| clause.contains(c))
        && ANONYMITY.iter().any(|p| clause.contains(p))
}

/// Whether a speaker is a description the draft never tied to a name (`the
/// official`, `officials`, `Researchers`, `Treasury officials`): the draft
/// does not say who spoke.
pub fn is_unnamed(speaker: &Speaker) -> bool {
    // `The Lantern`: a name with its article is a name.
    if speaker.id.is_some() || speaker.name != speaker.mention || keeps_article(&speaker.name) {
        return false;
    }
    // `Officials said`, `Treasury officials said`, `Residents of the
    // village said`: a plural noun for people heads the phrase.
    let head = head_noun(&speaker.name);
    // `The jury, led by …, praised`: a body speaks, though unnamed.
    let body = is_body_noun(&head) || SPEAKING_BODIES.contains(&head.as_str());
    PEOPLE_PLURALS.contains(&head.as_str()) || (is_vague(speaker) && !body)
}

/// News agencies and outlets whose names alone show them (`IRNA quoted`).
#[rustfmt::skip]
const AGENCIES: &[&str] = &[
    "IRNA", "ISNA", "Tasnim", "Fars", "Mehr", "SANA", "WAM", "SPA", "KUNA", "QNA", "ONA", "BNA",
    "MENA", "Xinhua", "TASS", "RIA", "Anadolu", "Yonhap", "Kyodo", "Bernama", "Antara", "PTI",
    "APP", "ANI", "IANS", "Reuters", "AFP",
];

/// Whether a speaker is a news outlet passing on words (`according to the
/// official IRNA news agency`, `state television said`), not their source.
pub fn is_medium(speaker: &Speaker) -> bool {
    let mention = speaker.mention.to_lowercase();
    [
        "news agency",
        "state media",
        "state-run",
        "state tv",
        "newspaper",
        "broadcaster",
        "television",
    ]
    .iter()
    .any(|m| mention.contains(m))
        || speaker
            .mention
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| AGENCIES.contains(&w))
}

/// A name without its article (`The Ministry of Defence`, `The BMA`),
/// except a one-word name that keeps it, as papers and bands do (`The
/// Lantern`, `The Times`).
fn without_article(name: &str) -> &str {
    // (`the Commission` too, in the middle of a sentence; not `the
    // Rovers boss`, a description of someone.)
    let Some(rest) = name.strip_prefix("The ").or_else(|| {
        name.strip_prefix("the ").filter(|rest| {
            !rest
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.starts_with(char::is_lowercase) && is_person_noun(w))
        })
    }) else {
        return name;
    };
    let one_word = !rest.contains(' ')
        && rest.chars().any(char::is_lowercase)
        && (!looks_like_organisation(rest) || PUBLICATION_WORDS.contains(&rest))
        && !INSTITUTIONS.contains(&rest);
    if rest.starts_with(char::is_uppercase) && !one_word {
        rest
    } else {
        name
    }
}

/// Whether a name is one that keeps its article (`The Lantern`).
fn keeps_article(name: &str) -> bool {
    name.strip_prefix("The ")
        .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        && without_article(name) == name
}

/// `The Lantern` for `Lantern`, when that name keeps its article.
fn with_kept_article(name: &str) -> Option<String> {
    let with_article = format!("The {name}");
    keeps_article(&with_article).then_some(with_article)
}

/// Whether a word is an adverb that may stand before a verb (`later`,
/// `once`, `repeatedly`).
fn is_adverb(word: &str) -> bool {
    word.ends_with("ly")
        || matches!(
            word,
            "later"
                | "also"
                | "once"
                | "then"
                | "still"
                | "often"
                | "again"
                | "never"
                | "always"
                | "afterwards"
                | "afterward"
                | "since"
                | "previously"
                | "repeatedly"
        )
}

/// Where the capitalised words that end just before token `end` start,
/// looking no further back than `floor` (`end` when there are none).
fn capitalised_start(toks: &[Token], floor: usize, end: usize) -> usize {
    let mut first = end;
    while first > floor && is_word(&toks[first - 1]) && is_capitalised(&toks[first - 1]) {
        first -= 1;
    }
    first
}

/// Whether a phrase opening with `first` and `second` (its first two
/// words) is an indefinite description of someone (`a nurse`, `one
/// resident`), not a spokesperson nor a phrase of time or quantity.
fn opens_unnamed(first: &str, second: &str) -> bool {
    matches!(
        first.to_lowercase().as_str(),
        "a" | "an" | "one" | "another"
    ) && second.starts_with(char::is_lowercase)
        && !second.starts_with("spokes")
        && !NOT_SOMEONE.contains(&second)
}

/// Whether a lower-case word is a person's noun from the lists (`nurse`,
/// `chairman`, `welder`), not guessed from its ending as in
/// [`is_person_noun`]: a name the lists do not know may end alike
/// (`Tanveer`, `Refor`).
pub(crate) fn is_listed_person_noun(word: &str) -> bool {
    is_title_word(word)
        || GENDERED_NOUNS.iter().any(|(n, _)| *n == word)
        || PERSON_NOUNS.contains(&word)
}

/// Whether a lower-case noun names a person (`resident`, `nurse`,
/// `analyst`), so that `A nurse … said` is someone, and `One song …` is not.
pub(crate) fn is_person_noun(word: &str) -> bool {
    is_listed_person_noun(word)
        || word.ends_with("ist")
        || word.ends_with("ian")
        // `seller`, `investor`, but not `number` or `floor`.
        || ((word.ends_with("er") || word.ends_with("or")) && !NOT_PERSON_AGENTS.contains(&word))
}

/// Whether a word before an office makes its holder another person than
/// the office's (`deputy governor`, `former president`).
pub(crate) fn is_rank_apart(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "deputy" | "vice" | "assistant" | "former" | "shadow"
    )
}

/// Whether a phrase opens with an unnamed person (`A nurse`, `One
/// Hallowmere resident`, `a vegetable seller`): an indefinite word, then
/// within three words a person's noun (a place may qualify it), and no
/// spokesperson, who speaks for a body.
fn opens_unnamed_person(toks: &[Token]) -> bool {
    // `Speaking outside court, a solicitor said`: after an opening phrase.
    let from = after_opening_phrase(toks).min(toks.len());
    // (Not `For parents such as Kerry Moss, a part-time carer …`: an
    // apposition to the name the opening phrase ends with.)
    if from >= 3 && toks[from - 1].text == "," && is_capitalised(&toks[from - 2]) {
        return false;
    }
    let toks = &toks[from..];
    // (`But a caller named Mei …`: past a conjunction opening it, when
    // the name the source gave follows; not `But a takeover is …`.)
    let toks = match toks {
        [but, rest @ ..]
            if matches!(but.text, "But" | "And" | "Yet")
                && rest.iter().take(6).any(|t| t.text == "named") =>
        {
            rest
        }
        _ => toks,
    };
    let [first, rest @ ..] = toks else {
        return false;
    };

    let lead: Vec<&Token> = rest.iter().take(3).take_while(|t| is_word(t)).collect();
    // `The first caller`, `the next speaker`: one of a series, unnamed
    // (not `the first minister`, an office).
    // Only with the name the source gave (`who gave his name as Keith`),
    // not `The first financier pulled out` in passing.
    // (Not one the sentence names: `The first caller is Sandra`, `The
    // next speaker, Ruth Obi, said`.)
    let in_series = lower(first) == "the"
        && rest
            .iter()
            .take(10)
            .any(|t| matches!(t.text, "named" | "name"))
        && matches!(lead.as_slice(), [nth, noun, ..]
            if matches!(nth.text, "first" | "second" | "third" | "next" | "last" | "final")
                && !is_title_word(&lower(noun))
                && is_person_noun(&lower(noun)))
        && match rest.get(2..4) {
            Some([after, next]) => {
                !matches!(after.text, "is" | "was") && (after.text != "," || lower(next) == "who")
            }
            _ => false,
        };
    if in_series {
        return true;
    }
    lead.iter()
        .find(|t| !is_capitalised(t))
        .is_some_and(|t| opens_unnamed(first.text, t.text))
        && lead
            .iter()
            .any(|t| !is_capitalised(t) && is_person_noun(&lower(t)))
        && !rest.iter().take(3).any(|t| t.text.starts_with("spokes"))
}

/// Whether a description names a thing bearing words (`a sign taped to
/// the door`, `placards`, `the banner`) rather than someone who spoke.
fn is_inscription(lower: &str) -> bool {
    lower
        .split_whitespace()
        .take_while(|w| !matches!(*w, "of" | "on" | "at" | "in" | "taped" | "by" | "from"))
        .take(4)
        .any(|w| {
            matches!(
                w.trim_end_matches('s'),
                "sign"
                    | "notice"
                    | "placard"
                    | "banner"
                    | "poster"
                    | "sticker"
                    | "plaque"
                    | "graffiti"
                    | "inscription"
                    | "caption"
                    | "label"
                    | "leaflet"
                    | "flyer"
                    | "billboard"
                    | "slogan"
                    | "t-shirt"
                    | "headline"
                    | "card"
                    | "marquee"
                    | "mural"
            )
        })
}

/// Whether a speaker's name is a description of several people (`Some
/// colleagues in the avant-garde`, `the residents`), which `he` or `she`
/// cannot mean.
pub(crate) fn is_plural_description(name: &str) -> bool {
    // Called for every name a pronoun might mean, so it allocates nothing.
    let Some(first) = name.split_whitespace().next() else {
        return false;
    };
    let among = |list: &[&str], w: &str| list.iter().any(|l| l.eq_ignore_ascii_case(w));
    if among(
        &[
            "some", "many", "several", "two", "three", "both", "these", "those", "most", "all",
        ],
        first,
    ) {
        return true;
    }
    // `the residents`, `locals`: the head noun is plural.
    let head = head_word(name);
    among(PEOPLE_PLURALS, head)
        || (among(DETERMINERS, first)
            && head.ends_with('s')
            && !head.ends_with("ss")
            && !head.ends_with("'s"))
}

/// Whether a description is of a person or people (`the official`,
/// `Residents of the village`, `a spokeswoman`), not of a thing (`Her
/// favourite book`) or a stray phrase (`in 2019`) read as a subject.
pub(crate) fn describes_someone(description: &str) -> bool {
    let head = head_noun(description);
    let singular = head.strip_suffix('s').unwrap_or(&head);
    head.starts_with("spokes")
        || PEOPLE_PLURALS.contains(&head.as_str())
        || is_person_noun(&head)
        || is_person_noun(singular)
}

/// A description's head noun, lower-cased: its last word before any `of`,
/// `in`, `who` and the like (`residents` in `Residents of the village`).
fn head_noun(description: &str) -> String {
    head_word(description).to_lowercase()
}

/// Whether a description is a body's noun after an article and a proper
/// word (`the Belarusian foreign ministry`, `The AU mission`).
fn proper_body(mention: &str) -> bool {
    // (`The Russian Embassy in Helsinki`: the body before its place of
    // capitalised words.)
    let mention = match mention.split_once(" in ") {
        Some((body, place))
            if place
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
                && place.split_whitespace().count() <= 3 =>
        {
            body
        }
        _ => mention,
    };
    let words: Vec<&str> = mention.split_whitespace().collect();
    matches!(words.as_slice(), [article, proper, .., noun]
        if matches!(*article, "the" | "The")
            && proper.starts_with(char::is_uppercase)
            // (Not `The Authority's press office`: a body's own, which
            // the body named with that word holds.)
            && !is_possessive(proper)
            && (is_body_noun(&noun.to_lowercase()) || noun.eq_ignore_ascii_case("police")))
}

/// A description's head noun as written (see [`head_noun`]).
fn head_word(description: &str) -> &str {
    description
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                *w,
                "of" | "in" | "at" | "from" | "who" | "on" | "by" | "with"
            )
        })
        .last()
        .unwrap_or("")
}

/// The mentions in `list` (in order of where they start) that start
/// within `range`.
fn starting_in(list: &[Mention], range: Range<usize>) -> &[Mention] {
    let to = list.partition_point(|m| m.range.start < range.end);
    let from = list[..to].partition_point(|m| m.range.start < range.start);
    &list[from..to]
}

/// Whether a word names a stretch of time (`that morning`, `that day`).
fn is_time_noun(word: &str) -> bool {
    matches!(
        word,
        "morning" | "afternoon" | "evening" | "night" | "day" | "week" | "month" | "year" | "time"
    )
}

/// Whether a noun names one whose work is to find or rule (`coroner`,
/// `inspectors`, `tribunal`, `report`), so that its `found` reports.
fn is_finder(noun: &str) -> bool {
    matches!(
        noun,
        "coroner"
            | "judge"
            | "magistrate"
            | "inspector"
            | "inspectors"
            | "inspectorate"
            | "tribunal"
            | "court"
            | "panel"
            | "ombudsman"
            | "watchdog"
            | "regulator"
            | "auditor"
            | "auditors"
            | "report"
            | "review"
            | "audit"
            | "inquiry"
            | "investigation"
            | "inquest"
            | "study"
            | "survey"
            | "jury"
    )
}

/// Whether a word is an honorific before a name (`Dr`, `Mrs.`, `Sir`).
fn is_honorific(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_lowercase().as_str(),
        "dr" | "mr" | "mrs" | "ms" | "miss" | "prof" | "professor" | "sir" | "dame"
    )
}

/// Whether three lower-case words open a clause of time, reason or
/// condition before the subject (`When the whistle went, …`, `Minutes
/// after his side lost, the 31-year-old said`).
fn opens_clause(first: &str, second: &str, third: &str) -> bool {
    // `Two days before the pair meet, …`, `48 hours after …`: a count first.
    let counted = first.bytes().all(|b| b.is_ascii_digit())
        || matches!(
            first,
            "two" | "three" | "four" | "five" | "six" | "ten" | "a" | "an" | "some" | "several"
        );
    let (unit, then) = if counted {
        (second, third)
    } else {
        (first, second)
    };
    matches!(
        first,
        "when" | "while" | "whilst" | "although" | "though" | "because" | "once" | "if" | "whereas"
    ) || is_time_unit(unit) && matches!(then, "after" | "before" | "later" | "earlier")
}

/// Whether a word is a unit of time (`minutes`, `year`, `decades`).
fn is_time_unit(word: &str) -> bool {
    matches!(
        word,
        "moments"
            | "seconds"
            | "minutes"
            | "hours"
            | "days"
            | "weeks"
            | "months"
            | "years"
            | "decades"
            | "hour"
            | "day"
            | "week"
            | "month"
            | "year"
    )
}

/// Where a sentence's subject may start: after an opening phrase and its
/// comma (`Outside the hearing, …`, `Asked about it, …`), else at once;
/// any dateline first (see [`after_dateline`]).
fn after_opening_phrase(toks: &[Token]) -> usize {
    let from = after_dateline(toks);
    from + after_opening_words(&toks[from..])
}

/// Where the words after a dateline start (`GALLE -`, `NEW DELHI:`,
/// `WASHINGTON (AP) —`, `NAIROBI, March 3 (Reuters) -`): capitals, a
/// bracket or a comma straight after them, then a dash or a colon a few
/// tokens on; 0 when the sentence opens with none.
fn after_dateline(toks: &[Token]) -> usize {
    let shouted = |t: &Token| {
        t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !t.text.chars().any(char::is_lowercase)
    };
    let opens = match toks {
        [first, second, ..] => {
            shouted(first)
                && (shouted(second)
                    || matches!(second.text, "(" | "," | "-" | "—" | "–" | ":" | "/"))
        }
        _ => false,
    };
    if !opens {
        return 0;
    }
    // (`TEHRAN // Iran's …`: a paper's double slash.)
    let mark = |t: &Token| matches!(t.text, "-" | "—" | "–" | ":" | "/");
    toks.iter().take(12).position(mark).map_or(0, |k| {
        k + toks[k..]
            .iter()
            .take_while(|t| t.text == "/")
            .count()
            .max(1)
    })
}

/// [`after_opening_phrase`] on words after any dateline: where the
/// opening phrase ends, 0 when there is none.
fn after_opening_words(toks: &[Token]) -> usize {
    // `Last night a pal said`: a time phrase of two words, no comma.
    if let [first, second, third, ..] = toks {
        if is_time_phrase(first.text, second.text) {
            return if third.text == "," { 3 } else { 2 };
        }
    }
    // `Two days later she`, `A week later, he`: a count before them.
    if let [count, unit, later, next, ..] = toks {
        let counted = NUMBER_WORDS.contains(&count.text)
            || matches!(count.text, "A" | "An")
            || count.text.bytes().all(|b| b.is_ascii_digit());
        if counted && is_time_phrase(unit.text, later.text) {
            return if next.text == "," { 4 } else { 3 };
        }
    }
    if let Some(end) = place_phrase_end(toks) {
        return end;
    }
    // `Instead he became …`, `But she …`: a sentence adverb or
    // conjunction straight before a pronoun.
    if let [first, second, ..] = toks {
        let word = lower(first);
        let adverb = is_capitalised(first)
            && !SUBORDINATORS.contains(&word.as_str())
            && (is_adverb(&word)
                || matches!(
                    word.as_str(),
                    "but" | "and" | "yet" | "so" | "instead" | "soon" | "now"
                ));
        if adverb && matches!(second.text, "he" | "she" | "they") {
            return 1;
        }
    }
    let opened = toks
        .iter()
        .find(|t| is_word(t))
        .is_some_and(|t| OPENERS.contains(&lower(t).as_str()));
    if !opened {
        return 0;
    }
    let mut from = toks.iter().position(|t| t.text == ",").map_or(0, |c| c + 1);
    // `Asked whether he expected to see his money, about 120,000 dollars,
    // again, he paused`: past asides of a few lower-case words or numbers
    // that name no one, each closed by a comma.
    while from > 0 {
        let Some(len) = toks[from..].iter().take(8).position(|t| t.text == ",") else {
            break;
        };
        let aside = &toks[from..from + len];
        let plain = !aside.is_empty()
            && aside.iter().all(|t| {
                t.text
                    .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                    && !PRONOUNS.contains(&lower(t).as_str())
                    && !DETERMINERS.contains(&lower(t).as_str())
                    && reporting(t.text).is_none()
            });
        if !plain {
            break;
        }
        from += len + 1;
    }
    from
}

/// Where an opening phrase of place ends, after its comma (`Further down
/// the valley, …`, `Back at the dormitory, …`, `Back home, …`): three to
/// six words (two after `back`, `further`, `farther` or `elsewhere`), none
/// capitalised but the first, which places (not `One engineer in the
/// devices division, who …`).
fn place_phrase_end(toks: &[Token]) -> Option<usize> {
    const PLACING: &[&str] = &[
        "in",
        "at",
        "on",
        "down",
        "up",
        "across",
        "along",
        "near",
        "outside",
        "inside",
        "behind",
        "beyond",
        "under",
        "over",
        "from",
        "into",
        "through",
        "around",
        "further",
        "farther",
        "back",
        "elsewhere",
        "out",
        "far",
        "closer",
        "deeper",
        "higher",
    ];
    let comma = toks.iter().take(7).position(|t| t.text == ",")?;
    let phrase = &toks[..comma];
    // `Back home, …`, `Further afield, …`: two words will do after these.
    let short = phrase.len() == 2
        && matches!(
            lower(&phrase[0]).as_str(),
            "back" | "further" | "farther" | "elsewhere"
        );
    ((phrase.len() >= 3 || short)
        && phrase.iter().all(is_word)
        && phrase[1..].iter().all(|t| !is_capitalised(t))
        && PLACING.contains(&lower(&phrase[0]).as_str()))
    .then_some(comma + 1)
}

/// Whether two words are a phrase of time that may open a sentence
/// (`Last night`, `This week`).
fn is_time_phrase(first: &str, second: &str) -> bool {
    let first = first.to_lowercase();
    matches!(
        first.as_str(),
        "last" | "this" | "next" | "earlier" | "later" | "each" | "every"
    ) && TIME_WORDS.contains(&second.to_lowercase().as_str())
        // `On Monday she left`, `Minutes later she`, `Hours earlier he`.
        || matches!(first.as_str(), "on" | "by" | "until" | "since") && is_time_name(second)
        // `By lunchtime the council had announced`.
        || matches!(first.as_str(), "by" | "at" | "until")
            && matches!(
                second.to_lowercase().as_str(),
                "lunchtime" | "midday" | "noon" | "midnight" | "dawn" | "nightfall" | "then"
            )
        || is_time_unit(&first) && matches!(second.to_lowercase().as_str(), "later" | "earlier")
        // `At 80 she joined`, `In 1997 he was suspended`: an age or a year.
        || matches!(first.as_str(), "at" | "aged" | "in" | "by" | "until" | "from")
            && second.starts_with(|c: char| c.is_ascii_digit())
            && second.trim_end_matches('s').bytes().all(|b| b.is_ascii_digit())
}

/// Whether a name whose sentence runs `lead` up to it and `after` from it
/// ends a list of names after a word of place (`in Britain, Ireland and
/// North America`, `at Corrigan Beach, Little Wattle Bay and …`): a list
/// joined by `and` or `or` (not `at Sonapur, Salma Begum, 34, said`).
fn listed_after_place(lead: &str, after: &str) -> bool {
    const JOINS: &[&str] = &[", and", " and", ", or", " or", ","];
    let mut rest = lead.trim_end();
    let mut joined_by_word = after.starts_with(" and ") || after.starts_with(", and ");
    for _ in 0..12 {
        let Some(join) = JOINS.iter().find(|j| rest.ends_with(*j)) else {
            return false;
        };
        joined_by_word |= *join != ",";
        rest = rest[..rest.len() - join.len()].trim_end();
        // The capitalised words of the name before the join.
        let mut named = false;
        while let Some((head, word)) = rest.rsplit_once(' ') {
            if !word.starts_with(char::is_uppercase) || word.ends_with([',', ';', ':']) {
                break;
            }
            named = true;
            rest = head;
        }
        if !named {
            return false;
        }
        let word = rest.rsplit(' ').next().unwrap_or("").to_lowercase();
        if matches!(
            word.as_str(),
            "in" | "at" | "near" | "across" | "around" | "from" | "to"
        ) {
            return joined_by_word;
        }
    }
    false
}

/// The name an unnamed source gave, in the words from `range` to the end
/// of their sentence (`a striker, who gave his name only as Jhon,`, `who
/// wished to be identified only as Idris`, `a caller named Mei`).
pub(crate) fn name_given_in(text: &str, range: Range<usize>) -> Option<String> {
    const GAVE: &[&str] = &[
        "name only as ",
        "name as ",
        "himself only as ",
        "herself only as ",
        "himself as ",
        "herself as ",
        "identified only as ",
        "first name, ",
    ];
    let end = floor_char_boundary(text, range.end.saturating_add(160));
    let window = &text[range.start..end.max(range.start)];
    let window = &window[..window
        .find(['.', ';', '"', '“', '”'])
        .unwrap_or(window.len())];
    // (Within its paragraph: a hard-wrapped line goes on.)
    let window = &window[..window.find("\n\n").unwrap_or(window.len())];
    // `A caller named Mei`, `a delivery rider named Ah Keung`: `named`
    // straight after the source's description (not `said the council had
    // named Ruth Hale`).
    let named = window.find(" named ").filter(|&i| {
        let before: Vec<&str> = window[..i].split_whitespace().collect();
        before.len() <= 8
            && !before.iter().any(|w| {
                let w = w.trim_end_matches(',');
                reporting(w).is_some()
                    || matches!(w, "had" | "has" | "have" | "was" | "were" | "is" | "are")
            })
    });
    let at = GAVE
        .iter()
        .filter_map(|g| window.find(g).map(|i| i + g.len()))
        .chain(named.map(|i| i + " named ".len()))
        .min()?;
    // (`Aunty Pat`: two capitalised words at most, after any title:
    // `Captain Mahamat`; an elder's style is all the name given.)
    let mut name = Vec::new();
    let mut words = window[at..].split_whitespace().peekable();
    while let Some(title) = words.peek().filter(|w| {
        let bare = w.trim_end_matches('.').to_lowercase();
        w.starts_with(char::is_uppercase)
            && is_title_word(&bare)
            && !matches!(bare.as_str(), "aunty" | "auntie" | "uncle")
    }) {
        if title.ends_with(',') {
            break;
        }
        words.next();
    }
    for word in words.take(2) {
        let bare = word.trim_end_matches([',', ')']);
        if !bare.starts_with(char::is_uppercase) || is_not_name(bare) {
            break;
        }
        name.push(bare);
        if bare.len() < word.len() {
            break;
        }
    }
    (!name.is_empty()).then(|| name.join(" "))
}

/// A full name's first and last words, the key under which people whose
/// names share them are kept (`Loretta Vance` for `Loretta Mae Vance`).
/// (`Nana Ababio` for `Nana Kwaku Aboagye Ababio III`: a ruler's numeral
/// aside.)
fn first_and_last(name: &str) -> Option<String> {
    let name = without_regnal_number(name);
    let (first, _) = name.split_once(' ')?;
    let (_, last) = name.rsplit_once(' ')?;
    Some(format!("{first} {last}"))
}

/// `name` less a ruler's or heir's numeral ending it (`Ababio III`).
fn without_regnal_number(name: &str) -> &str {
    match name.rsplit_once(' ') {
        Some((before, "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX"))
            if before.contains(' ') =>
        {
            before
        }
        _ => name,
    }
}

/// The body a phrase names by a noun in lower case and the place it is
/// at (`Russian embassy in Vilnius` for `The Russian embassy in
/// Vilnius`, `public prosecutor's office in Augsburg`), without its
/// article: capitalised words before the noun only as its first words
/// (`Russian`, `US`), a place of three capitalised words at most after
/// `in` or `of`.
fn body_at_place(mention: &str) -> Option<String> {
    let bare = ["The ", "the "]
        .iter()
        .find_map(|a| mention.strip_prefix(a))?;
    let (head, place) = bare
        .split_once(" in ")
        .or_else(|| bare.split_once(" of "))?;
    let words: Vec<&str> = head.split_whitespace().collect();
    let noun = words.last()?;
    let lead = words
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    let place_words: Vec<&str> = place.split_whitespace().collect();
    (is_body_noun(noun)
        && words.len() <= 4
        && words[lead..].iter().all(|w| {
            w.starts_with(char::is_lowercase) && !matches!(*w, "for" | "at" | "and" | "to" | "with")
        })
        && (1..=3).contains(&place_words.len())
        && place_words.iter().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        }))
    .then(|| bare.to_owned())
}

/// Whether the phrase at `range` names an outlet that came by a document,
/// not one who wrote it (`seen by the Herald`, `obtained by the BBC`),
/// those words before it or opening it (not `seen by Tom Hale`, a
/// witness, nor `seen by the Finance Committee`).
pub(super) fn came_by_document(text: &str, range: Range<usize>) -> bool {
    let from = floor_char_boundary(text, range.start.saturating_sub(20));
    let before = text[from..range.start].trim_end();
    let before = before
        .strip_suffix(" the")
        .or_else(|| before.strip_suffix(" The"))
        .unwrap_or(before);
    let phrase = text.get(range).unwrap_or("").trim_start();
    // (`… seen by`, or the phrase `seen by the Guardian` itself.)
    let came = before
        .strip_suffix(" by")
        .and_then(|b| b.rsplit_once(' '))
        .is_some_and(|(_, p)| came_by(p))
        || phrase.split_once(' ').is_some_and(|(p, rest)| {
            came_by(p) && rest.strip_prefix("by").is_some_and(|r| r.starts_with(' '))
        });
    came && phrase.split_whitespace().any(is_outlet_word)
}

/// Whether a word of a name shows a newspaper, a broadcaster or a news
/// agency (`Herald`, `BBC`, `Reuters`).
fn is_outlet_word(word: &str) -> bool {
    NEWSPAPER_WORDS.contains(&word)
        || PUBLICATION_WORDS.contains(&word)
        || AGENCIES.contains(&word)
        || matches!(
            word,
            "BBC"
                | "CNN"
                | "ITV"
                | "RTÉ"
                | "Guardian"
                | "Independent"
                | "Star"
                | "Standard"
                | "Mirror"
                | "Record"
                | "Sun"
                | "Radio"
                | "TV"
                | "Television"
                | "Magazine"
                | "Weekly"
        )
}

/// The styles of peers whose titles may name a place (`Lord Ashworth of
/// Cleeve`).
pub(super) const PEER_STYLES: &[&str] = &["Lord", "Lady", "Baroness", "Baron", "Viscount"];

/// A peer's name with the place of their title (`Lord Ashworth of
/// Cleeve`, `Baroness Chapman of Darlington`), whole, when `bare` is the
/// name and place and the mention has the peer's style just before it.
fn territorial_peer(bare: &str, mention: &str) -> Option<String> {
    let (name, place) = bare.split_once(" of ")?;
    let capitalised =
        |w: &str| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic);
    let style = mention.strip_suffix(bare)?.split_whitespace().next_back()?;
    (PEER_STYLES.contains(&style)
        && capitalised(name)
        && (1..=2).contains(&place.split_whitespace().count())
        && place.split_whitespace().all(capitalised))
    .then(|| format!("{style} {bare}"))
}

/// The person named before with a middle word more or less than `name`
/// (`Loretta Vance` for `Loretta Mae Vance`, `Nana Kofi Appiah-Mensah`
/// for `Nana Appiah-Mensah`): the same first and last words.
fn middle_namesake<'n>(
    by_ends: &'n HashMap<String, Vec<Referent>>,
    name: &str,
) -> Option<&'n Referent> {
    let count = |name: &str| without_regnal_number(name).split_whitespace().count();
    let words = count(name);
    // (The first few only: `Radio Kent0 FM`, `Radio Kent1 FM` … share
    // their ends, and a draft of thousands stays linear.)
    by_ends
        .get(&first_and_last(name)?)?
        .iter()
        .take(NAMESAKES_LOOKED_AT)
        // (`Nana Ababio` for `Nana Kwaku Aboagye Ababio`: two middle words
        // fewer, from a name of two.)
        .find(|r| {
            let fewer = count(&r.name).abs_diff(words);
            r.name != name && (fewer == 1 || fewer == 2 && words == 2)
        })
}

/// The owner of the words in `in her words,` or `in the words of Ama
/// Boateng,` ending the text before a quotation.
fn in_words(toks: &[Token]) -> Option<Range<usize>> {
    let end = toks.len()
        - toks
            .iter()
            .rev()
            .take_while(|t| matches!(t.text, "," | ":"))
            .count();
    let words = &toks[end.saturating_sub(8)..end];
    let at = words.iter().rposition(|t| lower(t) == "in")?;
    match &words[at + 1..] {
        [owner, own @ .., w]
            if matches!(lower(owner).as_str(), "her" | "his" | "their")
                && own.iter().all(|t| lower(t) == "own")
                && own.len() <= 1
                && lower(w) == "words" =>
        {
            Some(owner.range.clone())
        }
        [the, w, of, name @ ..]
            if lower(the) == "the"
                && lower(w) == "words"
                && lower(of) == "of"
                && !name.is_empty() =>
        {
            Some(name[0].range.start..name[name.len() - 1].range.end)
        }
        _ => None,
    }
}

/// Whether a registry name, alias or title is written with a capital past
/// any opening `The` (`Harbour Board`, `The Board`; not `the board`).
fn written_with_capital(written: &str) -> bool {
    let written = written.trim_start();
    written
        .strip_prefix("The ")
        .unwrap_or(written)
        .chars()
        .any(char::is_uppercase)
}

/// The registry person `phrase` names (the longest name in it), unless the
/// draft gave the alias to its own person (see [`Resolver::registry_lookup`]).
fn registry_person(
    directory: &Directory,
    surnames: &HashMap<String, Referent>,
    phrase: &str,
) -> Option<Referent> {
    let (range, person) = directory
        .find(phrase, 0..phrase.len())
        .into_iter()
        .filter(|(r, p)| !another_given_name(phrase, r, &p.name))
        .max_by_key(|(r, _)| r.len())?;
    own_person(surnames, &phrase[range])
        .is_none()
        .then_some(person)
}

/// The draft's own person (not the registry's) whose surname a registry
/// alias is (`Bernadette Quinlan` for `Quinlan`).
fn own_person<'s>(surnames: &'s HashMap<String, Referent>, alias: &str) -> Option<&'s Referent> {
    surnames.get(alias).filter(|own| own.id.is_none())
}

/// Whether a registry alias found at `range` (`Quinlan`) follows a given
/// name that is not its person's (`Bernadette Quinlan`, for the registry's
/// `Mara Quinlan`): another person of the same surname.
fn another_given_name(text: &str, range: &Range<usize>, name: &str) -> bool {
    let matched = &text[range.clone()];
    let before = text[..range.start].strip_suffix(' ').unwrap_or("");
    let word = before.rsplit([' ', '\n']).next().unwrap_or("");
    !matched.contains(' ')
        && name != matched
        && word.starts_with(char::is_uppercase)
        && sex_of(word).is_some()
        && !name.split_whitespace().any(|w| w == word)
}

/// The person whose full name ends with `name`, a surname of two words
/// or more (`Te Rangi` for `Paul Te Rangi`, `Ó Súilleabháin` for `Liam Ó
/// Súilleabháin`, `Mei Ling` for `Wong Mei Ling`), no given name opening it.
fn long_surname<'s>(surnames: &'s HashMap<String, Referent>, name: &str) -> Option<&'s Referent> {
    let (_, last) = name.rsplit_once(' ')?;
    let person = surnames.get(last)?;
    // (`Van der Merwe` opening a sentence, for `Johan van der Merwe`.)
    let (full, name) = (person.name.to_lowercase(), name.to_lowercase());
    // (`Srinivas Reddy` for `K. Srinivas Reddy`: a given name may open it
    // when only initials come before.)
    let initials_before = full.strip_suffix(name.as_str()).is_some_and(|before| {
        before
            .split_whitespace()
            .all(|w| w.ends_with('.') && w.len() <= 3)
    });
    // (`Des Vignes` for `Akilah Des Vignes`, `Ben Youssef` for `Nabil Ben
    // Youssef`: or a surname's particle that is a given name too, after
    // one given name.)
    let particle = name
        .split_whitespace()
        .next()
        .is_some_and(|w| is_particle(w) || matches!(w, "des" | "ben" | "mac" | "st" | "san"));
    let given_before = particle
        && full
            .strip_suffix(name.as_str())
            .is_some_and(|before| !before.trim_end().contains(' '));
    ((sex_of(&name).is_none() || initials_before || given_before)
        && !person.organisation
        && full.len() > name.len()
        && full.ends_with(&name)
        && full[..full.len() - name.len()].ends_with(' '))
    .then_some(person)
}

/// Where `was quoted` (or `is`, `were`, `has been` … `quoted`) stands in
/// `toks` with an `as` a few words on (`Karimi was quoted as saying`,
/// `was quoted by ISNA as calling`): the index of the auxiliary, whose
/// subject is the one quoted, within a dozen words of the start.
fn quoted_as(toks: &[Token]) -> Option<usize> {
    // (Any auxiliary: `X, who was in Tehran, was quoted as saying`.)
    let k = toks.windows(2).take(12).position(|w| {
        matches!(
            lower(&w[0]).as_str(),
            "was" | "were" | "is" | "are" | "been"
        ) && lower(&w[1]) == "quoted"
    })?;
    (k > 0
        && toks[k + 2..].iter().take(8).any(|t| lower(t) == "as")
        && !toks[..k]
            .iter()
            .any(|t| matches!(t.text, "." | ";" | "!" | "?")))
    .then_some(k)
}

/// The person a name of two words or more means when someone was first
/// named in a longer or other form: a middle namesake (`Loretta Vance`
/// for `Loretta Mae Vance`), a long surname (`Van der Merwe`), or the
/// first words of a longer name (`Ahmad Zulkifli`).
fn longer_form<'n>(
    by_ends: &'n HashMap<String, Vec<Referent>>,
    surnames: &'n HashMap<String, Referent>,
    leading_names: &'n HashMap<String, Referent>,
    name: &str,
) -> Option<&'n Referent> {
    middle_namesake(by_ends, name)
        .or_else(|| long_surname(surnames, name))
        .or_else(|| leading_names.get(name))
}

/// The `he` or `she` that the last sentence in `toks` opens with, after
/// any opening phrase.
fn opening_pronoun(toks: &[Token]) -> Option<Range<usize>> {
    let lead = &toks[last_sentence_start(toks)..];
    let p = lead.get(after_opening_phrase(lead))?;
    matches!(lower(p).as_str(), "he" | "she").then(|| p.range.clone())
}

/// The description the last sentence in `toks` opens with, after any
/// opening phrase, when its verb follows it: `The judge` of `The judge
/// ordered Fung to pay the costs, saying …` (`the`, a word in lower case
/// at most, then a person's noun, then a verb in `-ed`).
fn opening_description(toks: &[Token]) -> Option<Range<usize>> {
    let lead = &toks[last_sentence_start(toks)..];
    let start = after_opening_phrase(lead);
    let (article, rest) = lead.get(start..)?.split_first()?;
    if lower(article) != "the" {
        return None;
    }
    let plain = |t: &Token| is_word(t) && !is_capitalised(t);
    let head = (0..2)
        .take_while(|&k| rest.get(k).is_some_and(plain))
        .find(|&k| is_listed_person_noun(&lower(&rest[k])))?;
    let verb = rest.get(head + 1).filter(|t| plain(t))?;
    // (A verb in the past or `was`, `has`: not `The third candidate on
    // the stage`, nor `The student unions backed`, a plural.)
    let verb = lower(verb);
    (verb.ends_with("ed") || matches!(verb.as_str(), "was" | "is" | "has" | "had"))
        .then(|| article.range.start..rest[head].range.end)
}

/// Whether `mention`, first found in the last sentence of `toks`, stands
/// straight after a verb in the past that something before it governs:
/// `The unions backed Ann Cole, calling her …`, where Ann Cole is the one
/// backed, not the one who calls (not `Later Ann Cole left`, nor `coach
/// Darren Ogunleye`, a role's noun).
fn object_of_past_verb(toks: &[Token], mention: &str) -> bool {
    let start = last_sentence_start(toks);
    let Some(first) = mention.split_whitespace().next() else {
        return false;
    };
    let sentence = &toks[start..];
    sentence
        .iter()
        .position(|t| t.text == first)
        .filter(|&j| j > 1)
        .is_some_and(|j| {
            let verb = &sentence[j - 1];
            verb.text.len() > 3
                && verb.text.ends_with("ed")
                && verb.text.chars().all(|c| c.is_lowercase())
                && !is_person_noun(verb.text)
                && !is_title_word(verb.text)
        })
}

/// Whether a word or name ends in a possessive `’s` or `'s`.
fn is_possessive(word: &str) -> bool {
    word.ends_with("’s") || word.ends_with("'s")
}

/// Whether the verb at token `i` is passive (`would be added`, `was not
/// told`, `is widely described`): then its subject did not speak.
fn is_passive(toks: &[Token], i: usize) -> bool {
    if toks[i].text.ends_with("ing") {
        return false;
    }
    // `Health secretary accused of "managed decline"`, `a minister
    // criticised for …`: such a verb straight before its `of` or `for`
    // has no object, so its subject is the one blamed.
    // (Not after a pronoun, its subject: `a government he accused of
    // "…"`.)
    let next = toks.get(i + 1).map(|t| t.text);
    let subject = i > 0 && PRONOUNS.contains(&lower(&toks[i - 1]).as_str());
    if !subject
        && matches!(
            (toks[i].text, next),
            ("accused", Some("of"))
                | (
                    "criticised" | "criticized" | "slammed" | "blasted" | "condemned",
                    Some("for")
                )
        )
    {
        return true;
    }
    let mut k = i;
    while k > 0 {
        let w = lower(&toks[k - 1]);
        match w.as_str() {
            "be" | "been" | "being" | "is" | "was" | "were" | "are" | "get" | "got" => return true,
            "not" | "also" | "never" | "often" | "since" => k -= 1,
            _ if w.len() > 4 && w.ends_with("ly") => k -= 1,
            _ => return false,
        }
    }
    false
}

/// The end of a subject before token `end` once adverbs, auxiliaries and
/// time phrases (`last year`, `on Tuesday`, `in 2022`) are left out.
fn subject_end(toks: &[Token], mut end: usize) -> usize {
    loop {
        if end > 0 && {
            let w = lower(&toks[end - 1]);
            // `quickly`, but not `family` or `assembly`.
            // (Nor such a word with a capital after another capital: `Ms
            // Too told`, `Fair Bills Now said`, a name's last word.)
            let named = w != toks[end - 1].text && end >= 2 && is_capitalised(&toks[end - 2]);
            ADVERBS.contains(&w.as_str()) && !named
                || (w.len() > 4
                    && w.ends_with("ly")
                    && w == toks[end - 1].text
                    && !matches!(
                        w.as_str(),
                        "family" | "assembly" | "ally" | "rally" | "supply"
                    ))
        } {
            end -= 1;
            continue;
        }
        if end > 1 {
            let (a, b) = (lower(&toks[end - 2]), lower(&toks[end - 1]));
            let timed = (matches!(
                a.as_str(),
                "last" | "this" | "next" | "on" | "earlier" | "later"
            ) && TIME_WORDS.contains(&b.as_str()))
                || (a == "in" && b.len() == 4 && b.chars().all(|c| c.is_ascii_digit()));
            if timed {
                end -= 2;
                continue;
            }
        }
        // `Bramble is said to have replied`: the passive that hedges it.
        let word = |k: usize| lower(&toks[k]);
        let mut j = end;
        if j >= 2 && word(j - 1) == "have" && word(j - 2) == "to" {
            j -= 2;
        } else if j >= 1 && word(j - 1) == "to" {
            j -= 1;
        }
        // `Marsh went on to accuse`, `she was quick to call`, `Okoro
        // proceeded to describe`: the verb that leads to the one of saying.
        // (Its `to` may already be left out, as an adverb's word.)
        let to = if j < end {
            Some(j)
        } else {
            toks.get(end).filter(|t| t.text == "to").map(|_| end)
        };
        if let Some(to) = to.filter(|&to| to >= 2) {
            let (a, b) = (word(to - 2), word(to - 1));
            let led = matches!(a.as_str(), "went" | "goes" | "go" | "going") && b == "on"
                || matches!(a.as_str(), "was" | "were" | "is" | "are") && b == "quick";
            if led {
                end = to - 2;
                continue;
            }
            if b == "proceeded" {
                end = to - 1;
                continue;
            }
            // `Valdovinos also used the interview to criticise`, `he took
            // the opportunity to warn`: the occasion used to say it.
            let used = (to.saturating_sub(4)..to.saturating_sub(1)).find(|&k| {
                k >= 1
                    && matches!(
                        word(k - 1).as_str(),
                        "used" | "uses" | "took" | "takes" | "seized"
                    )
                    && matches!(
                        word(k).as_str(),
                        "the" | "a" | "an" | "his" | "her" | "their" | "its"
                    )
                    && toks[k + 1..to]
                        .iter()
                        .all(|t| t.text == lower(t) && is_word(t))
            });
            if let Some(k) = used {
                end = k - 1;
                continue;
            }
        }
        if j >= 3
            && matches!(
                word(j - 1).as_str(),
                "said" | "reported" | "believed" | "thought" | "understood" | "known" | "heard"
            )
            && matches!(word(j - 2).as_str(), "is" | "was" | "are" | "were")
        {
            end = j - 2;
            continue;
        }
        return end;
    }
}

/// The subject of a relative clause without `that` at the end of a phrase:
/// `an outcome the company` (… `has described as`), `a move Smith` (…
/// `called`): a determiner and a noun, then a second determiner or a name.
fn relative_subject(toks: &[Token], phrase: Range<usize>) -> Option<usize> {
    let first = lower(toks.get(phrase.start)?);
    if !matches!(
        first.as_str(),
        "a" | "an" | "the" | "what" | "this" | "that"
    ) {
        return None;
    }
    let nouns = toks[phrase.start + 1..phrase.end]
        .iter()
        .take_while(|t| {
            is_word(t)
                && !is_capitalised(t)
                && !DETERMINERS.contains(&lower(t).as_str())
                && !matches!(lower(t).as_str(), "of" | "to")
                && !OPENERS.contains(&lower(t).as_str())
                && !CLAUSE_STOPS.contains(&lower(t).as_str())
        })
        .count();
    let j = phrase.start + 1 + nouns;
    if nouns == 0 || j + 1 > phrase.end {
        return None;
    }
    let t = &toks[j];
    // A name must run to the end (`the former Rovers midfielder` is one phrase).
    let second = matches!(lower(t).as_str(), "the" | "its" | "his" | "her" | "their")
        || (is_capitalised(t)
            && !is_not_name(t.text)
            && toks[j..phrase.end].iter().all(is_capitalised));
    let rest_plain = toks[j + 1..phrase.end]
        .iter()
        .all(|t| is_word(t) || matches!(t.text, "’" | "'"));
    (second && rest_plain).then_some(j)
}

/// Of the people named with `surname` (kept in `namesakes`), the first
/// one of the sex a title tells (`Ms Munro` after `Jesse Munro` and his
/// sister `Kayla Munro`); else `first`, the first one named.
fn namesake<'r>(
    first: &'r Referent,
    namesakes: &'r HashMap<String, Vec<Referent>>,
    surname: &str,
    female: Option<bool>,
    sexes: &HashMap<String, bool>,
) -> Option<&'r Referent> {
    let sex = |r: &Referent| known_sex(sexes, &r.name);
    let Some(female) = female.filter(|&f| sex(first) != Some(f)) else {
        return Some(first);
    };
    // The first few (a draft of thousands sharing a surname stays linear).
    namesakes
        .get(surname)
        .into_iter()
        .flatten()
        .take(NAMESAKES_LOOKED_AT)
        .find(|r| {
            !r.organisation
                && r.name.split_whitespace().next_back() == Some(surname)
                && sex(r) == Some(female)
        })
        // (Not `Margaret Oyelaran` for `Mr Oyelaran`, her father: no one
        // of the other sex.)
        .or_else(|| sex(first).is_none().then_some(first))
}

/// How many people sharing a surname are looked at for one of the sex a
/// title tells.
const NAMESAKES_LOOKED_AT: usize = 64;

/// Whether a phrase describes someone by a family relation (`The sister of
/// a man shot by police`, `his mother`).
fn is_relation(phrase: &str) -> bool {
    let first = phrase
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let head = head_noun(phrase);
    DETERMINERS.contains(&first.as_str()) && RELATIONS.iter().any(|(n, _)| *n == head)
}

/// A definite description ending in a person's noun with capitalised
/// words inside it (`The 26-year-old Brit Award winner`), without them
/// (`The 26-year-old winner`); none for an office, whose holder the body
/// named gives (`the Kremlin spokesman`), nor past a possessive or a
/// preposition.
fn description_around_capitals(mention: &str) -> Option<String> {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let [article, middle @ .., noun] = words.as_slice() else {
        return None;
    };
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    let plain = matches!(*article, "the" | "The")
        && (1..=5).contains(&middle.len())
        && middle.iter().any(capitalised)
        && noun.starts_with(char::is_lowercase)
        && is_person_noun(noun)
        && !is_office(noun)
        // (Nor a body's letters: `The SNP finance convener` is one of its
        // officers.)
        && !middle
            .iter()
            .any(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
        && middle.iter().all(|w| {
            !is_possessive(w)
                && !PREPOSITIONS.contains(w)
                && w.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    plain.then(|| {
        std::iter::once(*article)
            .chain(middle.iter().copied().filter(|w| !capitalised(w)))
            .chain(std::iter::once(*noun))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// Whether a description (folded, without its article) refers back to a
/// person named before: a nationality (`the Swede`, `the Brazilian`) or an
/// age (`the 54-year-old`).
fn is_epithet(folded: &str) -> bool {
    if folded.contains(' ') {
        return false;
    }
    let age = folded
        .strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    // `the Frenchman`, `the Welshwoman`, `the Scotsman`.
    age || is_nationality_noun(folded)
        || DEMONYMS.contains(&folded)
        || ["ian", "ean", "ese", "ish"]
            .iter()
            .any(|s| folded.ends_with(s))
            && folded.len() > 5
        // `the Londoner`, `the Dubliner`, `the Queenslander`, `the
        // Northerner`: someone of a city or a region.
        || ["oner", "liner", "lander", "erner"]
            .iter()
            .any(|s| folded.ends_with(s))
            && folded.len() > 6
        // `the YouTuber`: a trade named by a capitalised platform.
        || matches!(folded, "youtuber" | "tiktoker" | "instagrammer")
}

/// How far back (in bytes) a reply looks for the question.
const CONTEXT_BACK: usize = 800;

/// How far back (in bytes) `the company said` looks for the company.
const BODY_WINDOW: usize = 20_000;

/// How far on (in bytes) a role opening a story looks for the person
/// who holds it.
const NAMED_NEXT_REACH: usize = 600;

/// How far into a draft (bytes) an office tied to no one is taken for the
/// person named next: its headline and opening paragraph.
const LEDE_REACH: usize = 1_000;

/// How far (in bytes) after a role spoken of before any name (`the chief
/// mediator`) the person named with that role is looked for.
const ROLE_REACH: usize = 3_000;

/// How far back (in bytes) an interview answer's label is looked for.
const ANSWER_REACH: usize = 5_000;

/// The words in a body's name that show it is of the kind `noun` names.
fn body_kind_words(noun: &str) -> &'static [&'static str] {
    BODY_KINDS
        .iter()
        .find(|(n, _)| *n == noun)
        .map_or(&[][..], |(_, words)| *words)
}

/// Whether the first word of a body's name is too common to stand for it
/// alone (`National` for `National Lottery`).
fn is_generic_start(word: &str) -> bool {
    matches!(
        word,
        "National"
            | "Royal"
            | "British"
            | "American"
            | "United"
            | "European"
            | "International"
            | "General"
            | "Federal"
            | "State"
            | "City"
            | "County"
            | "New"
            | "Bank"
            | "University"
            | "Department"
            | "Ministry"
            | "Office"
            | "Supreme"
            | "High"
            | "Central"
            | "World"
            | "Global"
            | "First"
            | "North"
            | "South"
            | "East"
            | "West"
            | "Northern"
            | "Southern"
            | "Eastern"
            | "Western"
            | "Greater"
            | "Metropolitan"
            | "Public"
            | "Environment"
            | "Health"
            | "Financial"
            | "Foreign"
            | "Home"
            | "Interior"
            | "Defence"
            | "Defense"
            | "Justice"
            | "Treasury"
            | "Security"
            | "Police"
            | "Fire"
            | "Church"
            | "Catholic"
            | "Labour"
            | "Conservative"
            | "Democratic"
            | "Republican"
            | "Liberal"
            | "Green"
            | "Independent"
            | "Free"
            | "Institute"
            | "Association"
            | "Council"
            | "Committee"
            | "House"
            | "Senate"
            | "Court"
            | "White"
            | "Red"
            | "Blue"
            | "Black"
            | "Great"
    ) || word.len() <= 2
}

/// Whether a line is a headline in title case: most of five or more
/// words capitalised, and no stop inside it.
fn is_title_case(line: &str) -> bool {
    // Short linking words stay in lower case in title case (`Bank of
    // Varesia Lifts Rate to 5.25%, Vows to Stay 'Vigilant'`).
    const LINKING: &[&str] = &[
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "by", "as",
        "with", "from", "into", "over", "vs",
    ];
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .filter(|w| !LINKING.contains(w))
        .collect();
    let capitalised = words
        .iter()
        // (`40-YEAR`: the first letter, after any figures, tells; not
        // `(L-R)`, a caption's.)
        .filter(|w| {
            w.trim_start_matches(['\'', '‘', '"', '“'])
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == '-')
                .starts_with(char::is_uppercase)
        })
        .count();
    // Of the other words nearly all capitalised: not `Lena Ost reports
    // from Liberty Square:`.
    words.len() >= 5
        && capitalised * 10 >= words.len() * 9
        && !line.contains('\n')
        && !line.trim_end().ends_with(['.', '"', '”', ':'])
}

/// Whether a lower-case word names a kind of body (`company`, `regulator`).
fn is_body_noun(word: &str) -> bool {
    GENERIC_BODIES.contains(&word) || MORE_BODY_NOUNS.contains(&word)
}

/// Whether a lower-case word is a noun for a body or a place, which heads
/// a name of either (`Cutler Valley Irrigation District`).
pub(crate) fn is_body_or_place_noun(word: &str) -> bool {
    is_body_noun(word) || PLACE_NOUNS.contains(&word)
}

/// Whether a run of capitals opening a paragraph is a dateline
/// (`MILLER’S FORK, Pa. —`, `SEAPORT, March 3`), a place, not a name.
/// `NEW DELHI:` is one too when it opens the story, under its headline
/// at most (an interview's `SMITH:` answers later on).
fn is_dateline(text: &str, run: &Range<usize>) -> bool {
    let before = text[..run.start].trim_end_matches([' ', '\t']);
    let written = &text[run.clone()];
    let next = text[run.end..].trim_start();
    let opens_story = || run.start < DATELINE_REACH && !before.contains(['.', '!', '?', ':']);
    // `SAN GREGORIO, Albay -`: the province after the town in capitals.
    // (Its line looked for within a dateline's length, so that a long
    // paragraph of names stays linear.)
    let near = &before[floor_char_boundary(before, before.len().saturating_sub(40))..];
    let line = match near.rfind('\n') {
        Some(n) => &near[n + 1..],
        None if near.len() == before.len() => near,
        None => "",
    };
    let province = line.ends_with(',')
        && line.len() < 40
        && line.chars().any(char::is_alphabetic)
        && !line.chars().any(char::is_lowercase)
        && next.starts_with(['-', '—', '–']);
    province
        || (before.is_empty() || before.ends_with('\n'))
            && written.chars().any(char::is_alphabetic)
            && !written.chars().any(char::is_lowercase)
            && (next.starts_with([',', '—', '–', '('])
                || next.starts_with("//")
                // (`BUENOS AIRES - Elena …`: a hyphen for the dash.)
                || next.starts_with("- ")
                || next.starts_with(':') && opens_story())
}

/// How far (bytes) into a draft a dateline ending in a colon may open
/// its story.
const DATELINE_REACH: usize = 600;

/// Whether `r` overlaps any of `sorted` (ranges sorted by start, not
/// overlapping each other), found by binary search.
fn overlaps(sorted: &[Range<usize>], r: &Range<usize>) -> bool {
    let i = sorted.partition_point(|s| s.end <= r.start);
    sorted.get(i).is_some_and(|s| s.start < r.end)
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

/// Descriptions the draft tied to people and bodies (`the harbour
/// master` → Greta Solberg), in the order found, indexed by their last
/// word so that a look-up costs the few that end alike, and those of the
/// form `X of Y` by their head (`minister` of `minister of education`).
struct Descriptions {
    list: Vec<(String, Referent)>,
    by_last: HashMap<String, Vec<usize>>,
    by_head: HashMap<String, Vec<usize>>,
}

impl Descriptions {
    fn new(list: Vec<(String, Referent)>) -> Self {
        let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_head: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, (d, _)) in list.iter().enumerate() {
            let last = d.split_whitespace().next_back().unwrap_or("");
            by_last.entry(last.to_owned()).or_default().push(i);
            // (`commissioner for health` too, by `commissioner`, and
            // `neurologist at Trinity College` by `neurologist`.)
            if [" of ", " for ", " at ", " in ", " from ", " who ", " with "]
                .iter()
                .any(|p| d.contains(p))
            {
                let head = head_noun(d.split(" for ").next().unwrap_or(d));
                by_head.entry(head).or_default().push(i);
            }
        }
        Descriptions {
            list,
            by_last,
            by_head,
        }
    }

    /// The one person or body tied to descriptions `noun of …` (`the
    /// minister` for `the Minister of Education, Dr Hauwa Bello-Ibrahim`),
    /// if all such descriptions tie to the same one.
    fn headed_by(&self, noun: &str) -> Option<&(String, Referent)> {
        let mut tied = self
            .by_head
            .get(noun)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.list.get(i));
        let first = tied.next()?;
        tied.all(|(_, r)| r.name == first.1.name).then_some(first)
    }

    /// The descriptions whose last word is `word`, in the order found.
    fn ending_with<'s>(
        &'s self,
        word: &str,
    ) -> impl DoubleEndedIterator<Item = &'s (String, Referent)> + 's {
        self.by_last
            .get(word)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.list.get(i))
    }

    /// The first description that is exactly `description`.
    fn exactly(&self, description: &str) -> Option<&(String, Referent)> {
        self.all_exactly(description).first().copied()
    }

    /// Every description that is exactly `description`, in the order found.
    /// (The first few: a draft of many alike stays linear.)
    fn all_exactly(&self, description: &str) -> Vec<&(String, Referent)> {
        let last = description.split_whitespace().next_back().unwrap_or("");
        self.ending_with(last)
            .filter(|(d, _)| d == description)
            .take(8)
            .collect()
    }
}

/// Where a recent sentence starts, and its words up to a pronoun after
/// any opening phrase.
type Lead<'t> = (usize, Vec<Token<'t>>);

/// The draft-wide facts that speakers are resolved against.
pub struct Resolver<'a> {
    /// Where each sentence starts, in order.
    sentence_starts: Vec<usize>,
    text: &'a str,
    directory: &'a Directory,
    /// The quoted words of every quotation, in order.
    pieces: Vec<Range<usize>>,
    /// Every name mention outside quotations, in order.
    mentions: RefCell<Vec<Mention>>,
    /// Speakers found for quotations, where they spoke, in order.
    spoken: RefCell<Vec<Mention>>,
    /// Whether each name mentioned is an organisation.
    organisations: HashMap<String, bool>,
    /// Descriptions tied to names by apposition, folded.
    descriptions: Descriptions,
    /// The first full name seen for each last name.
    surnames: HashMap<String, Referent>,
    /// Where each person's mention stands, and the mention (an index into
    /// `mentions`) of the person named most up to it.
    most_named: Vec<(usize, usize)>,
    /// Everyone named in full with a surname, in the order first named.
    namesakes: HashMap<String, Vec<Referent>>,
    /// The same people by their names' first and last words.
    by_ends: HashMap<String, Vec<Referent>>,
    /// The first full name seen for each first name (`Dame Carol`).
    first_names: HashMap<String, Referent>,
    /// The first name of three words or more seen for its first two
    /// (`Ahmad Zulkifli` for `Ahmad Zulkifli Hamzah`).
    leading_names: HashMap<String, Referent>,
    /// The first name of three words or more seen for each word inside it
    /// (`Faizal` for `Mohd Faizal bin Abdullah`).
    inner_names: HashMap<String, Referent>,
    /// Full names given only inside quotations after a title, by their
    /// surnames, with that title in lower case.
    quoted_names: HashMap<String, (Referent, String)>,
    /// Bodies by the first word of their name (`Halvern` for `Halvern
    /// Pharmaceuticals`).
    short_bodies: HashMap<String, Referent>,
    /// Peers by style and name, with the place of their title the draft
    /// gives (`Lord Ashworth` → `Lord Ashworth of Cleeve`).
    peers: HashMap<String, String>,
    /// Every body's name the draft gives, for the full name a shorter one
    /// stands for (`Great Lakes & Western` for `… Western Railway`).
    body_names: std::collections::BTreeSet<String>,
    /// How many lines of the draft end with a question mark (an
    /// interview's questions, when there are a few), counted once when
    /// first asked.
    questions: std::cell::OnceCell<usize>,
    /// The one body's name of two words or more that ends with each word
    /// (`Westmere Police` for `Police`).
    body_ends: HashMap<String, String>,
    /// Names by their initials (`FAA` for `Federal Aviation Administration`).
    acronyms: HashMap<String, Referent>,
    /// For an office's letters, the indices of the mentions of people
    /// named straight after them (see [`Resolver::titled_acronym`]).
    titled_letters: RefCell<HashMap<String, Vec<usize>>>,
    /// Whether the draft gave a person with a style before a surname
    /// (`Canon Tilling`), found once for each such name.
    styled_surnames: RefCell<HashMap<String, bool>>,
    /// Whether the draft gives a registry entry's name anywhere, by name
    /// (asked once for each).
    named_in_draft: RefCell<HashMap<String, bool>>,
    /// The draft in lower case.
    lower_text: String,
    /// The registry entries the draft gives by a name, alias or title with
    /// a capital in it (`the mayor of Harbour Town`).
    entries_named: std::collections::HashSet<String>,
    /// What pronouns and titles have shown of people's sex, by name.
    sexes: RefCell<HashMap<String, bool>>,
    /// The prosecutor the draft names, looked for once when first asked.
    prosecutor: std::cell::OnceCell<Option<Referent>>,
}

impl<'a> Resolver<'a> {
    /// Whether the draft gives a registry entry's name anywhere, in any
    /// case (a person's surname will do), or an alias or title of it with
    /// a capital in it.
    fn names_in_draft(&self, entry: &Referent) -> bool {
        if self.entries_named.contains(&entry.name) {
            return true;
        }
        let name = entry.name.to_lowercase();
        *self
            .named_in_draft
            .borrow_mut()
            .entry(name.clone())
            .or_insert_with(|| {
                let text = &self.lower_text;
                let surname = name.rsplit(' ').next().filter(|_| !entry.organisation);
                text.contains(&name) || surname.is_some_and(|s| text.contains(s))
            })
    }

    /// The registry person a phrase names (the longest name in it), unless
    /// the draft gave the alias to its own person: `Quinlan`, after the
    /// draft named `Bernadette Quinlan`, is hers, not the registry's `Mara
    /// Quinlan`'s.
    fn registry_lookup(&self, phrase: &str) -> Option<Referent> {
        // (`the board`, `the mayor`: a registry's alias or title in lower
        // case means its entry only in a draft that names that entry, not
        // any company's board.)
        // (The words that matched, not the phrase: `A spokeswoman for the
        // board` is as generic as `the board`.)
        let matched = self
            .directory
            .find(phrase, 0..phrase.len())
            .into_iter()
            .map(|(r, _)| r)
            .max_by_key(|r| r.len())?;
        let generic = !written_with_capital(&phrase[matched]);
        registry_person(self.directory, &self.surnames, phrase)
            .filter(|p| !generic || self.names_in_draft(p))
    }

    /// The full name a body's shorter name stands for: the one body named
    /// in the draft whose name starts with it (`Northwind Renewables` for
    /// `Northwind`), else the name as it is.
    fn full_body_name(&self, name: &str) -> Option<String> {
        let prefix = format!("{name} ");
        let mut longer = self
            .body_names
            .range(prefix.clone()..)
            .take_while(|n| n.starts_with(&prefix))
            // Not `Harlow Council and Harlow Appliance Co.` for `Harlow
            // Council`, nor `Stratus Systems and Orbitel` for `Stratus`:
            // two bodies read as one.
            .filter(|n| {
                let rest = &n[prefix.len()..];
                !rest.starts_with("& ") && rest.split_whitespace().all(|w| w != "and")
            })
            // Nor `Kent Police Federation` for `Kent Police`: a body's own
            // name, and after it a body of another kind.
            // (`Taedong Semiconductor Workers' Union` for `Taedong
            // Semiconductor`: or a kind of those in it, then the body.)
            .filter(|n| {
                let rest = n[prefix.len()..].to_lowercase();
                let words: Vec<&str> = rest.split_whitespace().collect();
                let of_members = words.len() == 2
                    && words[0].ends_with(['\'', '’'])
                    && words.last().is_some_and(|w| OTHER_BODIES.contains(w));
                !(of_members
                    || looks_like_organisation(name) && OTHER_BODIES.contains(&rest.as_str()))
            });
        let first = longer.next()?;
        // Only one, so that `Harlow` for `Harlow Council` and `Harlow
        // Appliance Co.` stays as it is.
        longer.next().is_none().then(|| first.clone())
    }

    /// Where the sentence `back` sentences before the one holding `at`
    /// starts (`0`: that sentence itself); the draft's start if there is
    /// none.
    fn sentence_start(&self, at: usize, back: usize) -> usize {
        let k = self.sentence_starts.partition_point(|&s| s <= at);
        k.checked_sub(1 + back)
            .map_or(0, |k| self.sentence_starts[k])
    }

    /// Whether `mention`, ending at `end`, describes a source the aside
    /// after it keeps anonymous (`The owner of a card shop on Abbey Walk,
    /// who asked not to be named,`): it names no one, whatever names
    /// stand inside it. Not a spokesperson, who speaks for a body.
    fn kept_anonymous(&self, mention: &str, end: usize) -> bool {
        // (Or someone's relation: `Ms Marchetti's mother, who did not want
        // to be named,`.)
        let owned = mention.split_whitespace().next_back().is_some_and(|last| {
            last.starts_with(char::is_lowercase)
                && mention
                    .split_whitespace()
                    .rev()
                    .nth(1)
                    .is_some_and(is_possessive)
        });
        let described = (owned
            || mention.split_whitespace().next().is_some_and(|w| {
                matches!(w, "the" | "The" | "a" | "A" | "an" | "An" | "one" | "One")
            }))
            && !mention.to_lowercase().contains("spokes");
        let Some(rest) = self.text.get(end..).and_then(|r| r.strip_prefix(", ")) else {
            return false;
        };
        if !described {
            return false;
        }
        let bound = floor_char_boundary(rest, rest.len().min(200));
        let aside = rest[..bound]
            .split([',', '.', ';', '"', '“', '”', '(', '—'])
            .next()
            .unwrap_or("")
            .to_lowercase();
        ANONYMOUS_CLAUSES.iter().any(|w| aside.starts_with(w)) && keeps_anonymous(&aside)
    }

    /// The person named just before `at` whom the description starting
    /// there is set after (`Derek Sowerby, a …`) or said of (`Sowerby is
    /// a …`, `Sowerby, 68, was a …`).
    fn person_described_as(&self, at: usize) -> Option<Referent> {
        let before = self.text.get(..at)?.trim_end();
        let end = before
            .strip_suffix(',')
            .or_else(|| before.strip_suffix(" is"))
            .or_else(|| before.strip_suffix(" was"))?
            .trim_end()
            .len();
        self.mention_before(end, 1, |m| {
            m.range.end == end && is_person_mention(m) && !m.referent.name.is_empty()
        })
        .map(|m| m.referent)
    }

    /// Notes that `speaker` spoke at `at`: it becomes the most recent
    /// subject for the pronouns that follow.
    pub fn note_speaker(&self, at: usize, speaker: &Speaker) {
        // `His maiden speech was described by the sketchwriter Hugo
        // Fenwright as "…"`: the agent of a passive is not what the
        // sentence is about, nor whom a later `he` means.
        let start = self.sentence_start(at, 0);
        // (Within the reach of an attribution, so that a huge sentence of
        // quotations stays linear.)
        let start = floor_char_boundary(self.text, start.max(at.saturating_sub(CONTEXT_BACK)));
        let agent = self
            .text
            .get(start..at)
            .is_some_and(|lead| lead.contains(&format!(" by {}", speaker.mention)));
        if agent {
            return;
        }
        // A spokesperson is a person a later `she said` can mean, though
        // the words are the body's.
        let spokesperson = speaker.mention.to_lowercase().contains("spokes");
        let referent = Referent {
            name: speaker.name.clone(),
            id: speaker.id.clone(),
            organisation: self.is_organisation(&speaker.name) && !spokesperson,
            female: None,
        };
        let mut spoken = self.spoken.borrow_mut();
        // Quotations come in order, so this is nearly always a push.
        let i = spoken.partition_point(|m| m.range.start <= at);
        spoken.insert(
            i,
            Mention {
                range: at..at,
                referent,
                subject: true,
                leads: false,
            },
        );
    }

    /// Whether a title's word stands just before `at` (`director Hemi
    /// Paraone`): what follows names a person.
    fn titled_at(&self, at: usize) -> bool {
        self.word_before(at)
            .is_some_and(|w| is_title_word(&w.trim_end_matches('.').to_lowercase()))
    }

    /// The word just before `at`, looked for within a few dozen bytes (a
    /// word longer than that is no title's nor a name's).
    pub(super) fn word_before(&self, at: usize) -> Option<&'a str> {
        let from = floor_char_boundary(self.text, at.saturating_sub(40));
        self.text[from..at].split_whitespace().next_back()
    }

    fn is_organisation(&self, name: &str) -> bool {
        // `The Lantern`: a name that keeps its article is a paper's or a
        // band's, not a person's.
        // `the Authority's press office`: a description headed by a
        // body's noun is a body.
        let first = name.split_whitespace().next().unwrap_or("").to_lowercase();
        let described_body = DETERMINERS.contains(&first.as_str())
            && name
                .split_whitespace()
                .skip(1)
                .any(|w| w.starts_with(char::is_uppercase))
            && is_body_noun(&head_noun(name));
        // (`Ferrers family`: a family speaks as a group, never as `he`.)
        let family = name.ends_with(" family");
        self.organisations.get(name).copied().unwrap_or_else(|| {
            looks_like_organisation(name) || keeps_article(name) || described_body || family
        })
    }

    /// Whether a verb of saying follows `at` straight after a comma, or an
    /// adverb (`…, Bello Idris, said`, `Idris later told`): what ends at
    /// `at` is its subject.
    fn reports(&self, at: usize) -> bool {
        let end = floor_char_boundary(self.text, (at + 60).min(self.text.len()));
        tokens(self.text, at..end)
            .iter()
            .filter(|t| t.text != ",")
            .take(2)
            .take_while(|t| reporting(t.text).is_some() || is_adverb(&lower(t)))
            .any(|t| reporting(t.text) == Some(Form::Finite))
    }

    /// Resolves a phrase naming a speaker (`he`, `Mr Larijani`, `the
    /// ministry`, `Iran's foreign minister`) at `range`.
    /// See [`Self::resolve`]: `the retired postman from Swindon`.
    fn described_from_place(&self, range: Range<usize>) -> Option<Speaker> {
        let toks = tokens(self.text, range.clone());
        if toks.first().is_none_or(|t| lower(t) != "the") {
            return None;
        }
        let k = toks.iter().position(|t| t.text == "from")?;
        // (An age in it: not `the man from Hull`, most often someone new.)
        let described = k > 1
            && toks[1..k]
                .iter()
                .all(|t| is_word(t) && t.text.starts_with(|c: char| !c.is_uppercase()))
            && toks[1..k].iter().any(|t| t.text.ends_with("-year-old"));
        let placed = k + 1 < toks.len() && toks[k + 1..].iter().all(is_capitalised);
        if !described || !placed {
            return None;
        }
        let s = self.resolve(toks[0].range.start..toks[k - 1].range.end)?;
        (s.name != s.mention).then(|| Speaker {
            mention: self.text[range].to_owned(),
            ..s
        })
    }

    fn resolve(&self, range: Range<usize>) -> Option<Speaker> {
        // `A review in a weekly that July called it`: a month or a day
        // alone, after a word of time, is when, never who (not `"…,"
        // March said`, a surname).
        let timed = self.word_before(range.start).is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "that"
                    | "last"
                    | "this"
                    | "next"
                    | "each"
                    | "every"
                    | "in"
                    | "on"
                    | "by"
                    | "until"
                    | "since"
                    | "early"
                    | "late"
                    | "mid"
            )
        });
        if timed
            && self
                .text
                .get(range.clone())
                .is_some_and(|w| is_time_name(w.trim()))
        {
            return None;
        }
        // `The email, which has been seen by the Brisbane Times, said`: an
        // outlet that came by a document is not its author.
        if came_by_document(self.text, range.clone()) {
            return None;
        }
        // `the 69-year-old retired postman from Swindon`: a description
        // whose home town ends it means whom the description means, when
        // the draft tied it to someone.
        if let Some(s) = self.described_from_place(range.clone()) {
            return Some(s);
        }
        // `Minister of Culture and the Arts Vernon Ruiz`: the name after the
        // portfolio's last word.
        let named = mentions::without_portfolio_word(self.text, range.clone());
        if named != range {
            return self.resolve(named);
        }
        // `the Bench observed`, `A Division Bench of Justices …`: the
        // court the draft named, whose judges they are.
        // (Not `the front bench`, a party's.)
        let written = self.text.get(range.clone()).unwrap_or("").to_lowercase();
        let words: Vec<&str> = written.split_whitespace().collect();
        let court_bench = words.split_last().is_some_and(|(last, before)| {
            *last == "bench"
                && before.len() <= 2
                && before.iter().all(|w| {
                    matches!(
                        *w,
                        "the" | "a" | "division" | "full" | "constitution" | "special" | "larger"
                    )
                })
        });
        if court_bench {
            if let Some(court) = self.body_named_with(&["court"], range.start) {
                return Some(Speaker {
                    name: court.name,
                    id: court.id,
                    mention: self.text[range].to_owned(),
                });
            }
        }
        let speaker = self.resolve_phrase(range.clone())?;
        // (Only a phrase left as written, not one resolved to someone.)
        if speaker.name != speaker.mention || speaker.id.is_some() {
            return Some(speaker);
        }
        // `MacRath picks up the handset, says`: a name, then a verb of its
        // own in the present; the name is the subject.
        let words: Vec<&str> = speaker.name.split_whitespace().collect();
        let named = words
            .iter()
            .take_while(|w| {
                w.starts_with(char::is_uppercase) && !is_not_name(w) && !NUMBER_WORDS.contains(w)
            })
            .count();
        // (Not a plural of people: `Ryanair pilots based in Dublin`,
        // `Chelsea fans outside`; nor after a possessive: `Kelly's friends`.)
        let verb = words.get(named).is_some_and(|w| {
            let singular = w.strip_suffix('s').unwrap_or(w);
            w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && w.chars().all(|c| c.is_ascii_lowercase())
                && !PREPOSITIONS.contains(w)
                && !PEOPLE_PLURALS.contains(w)
                && !is_person_noun(singular)
                && !words[..named].iter().any(|n| is_possessive(n))
        });
        if (1..=3).contains(&named) && verb && words.len() >= named + 2 {
            let written = &self.text[range.clone()];
            if let Some(end) = written.find(words[named]) {
                let name = written[..end].trim_end();
                return self
                    .resolve_phrase(range.start..range.start + name.len())
                    .map(|s| Speaker {
                        mention: speaker.mention.clone(),
                        ..s
                    });
            }
        }
        // `In one exchange`, `Each time`, `After nearly four hours of
        // public comment`: a phrase opened by a preposition or an adverb of
        // time, left as written, is no one's name.
        let opener = speaker
            .name
            .split_whitespace()
            .next()
            .filter(|w| w.starts_with(char::is_uppercase))
            .map(str::to_lowercase)
            .is_some_and(|w| {
                OPENERS.contains(&w.as_str())
                    && !matches!(w.as_str(), "according" | "aged" | "told")
                    || matches!(w.as_str(), "then" | "each" | "all" | "every")
            });
        // `Almaris saw off competition from at least two other bidders`,
        // `Ms Mansour put to Mr Thorne-Ellery an email`: nor is a clause,
        // a phrase of five words or more with a verb in lower case.
        let clause = speaker.name.split_whitespace().count() >= 5
            && speaker.name.split_whitespace().any(|w| {
                w.starts_with(char::is_lowercase)
                    && (w.len() > 4 && w.ends_with("ed")
                        || reporting(w).is_some()
                        || CLAUSE_VERBS.contains(&w))
            });
        (!opener && !clause).then_some(speaker)
    }

    /// [`Resolver::resolve`] before its last check.
    fn resolve_phrase(&self, range: Range<usize>) -> Option<Speaker> {
        let mention = self.text[range.clone()]
            .trim()
            .trim_matches(|c: char| c == ',' || c == ':')
            .to_owned();
        // (Nor words in quotation marks, a nickname or a title: `The club,
        // known as "the Swallows", announced`.)
        let quoted = mention.starts_with(['"', '“', '‘', '\'']);
        if mention.is_empty() || quoted || self.kept_anonymous(&mention, range.end) {
            return None;
        }
        // `Senior Superintendent of Police (SSP) Shalini Awasthi`, `City SP
        // (Central) Deepak Mishra`: after a title and an aside on it, the
        // name that follows.
        if let Some((title, name)) = mention
            .rsplit_once(") ")
            .and_then(|(head, name)| Some((head.rsplit_once(" (")?.0, name)))
        {
            // (A title of capitalised words and its `of`, one of them an
            // office's: `Superintendent of Police`.)
            let title: Vec<&str> = title.split_whitespace().collect();
            let titled = title.len() <= 6
                && title
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "for"))
                && title.iter().any(|w| {
                    let lower = w.to_lowercase();
                    is_title_word(&lower) || is_rank_acronym(w) || is_office(&lower)
                });
            let words: Vec<&str> = name.split_whitespace().collect();
            let named = (2..=4).contains(&words.len())
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
                && !looks_like_organisation(name);
            if let Some(start) = self.text[range.clone()]
                .rfind(name)
                .map(|i| range.start + i)
                .filter(|_| titled && named)
            {
                return self
                    .resolve(start..start + name.len())
                    .map(|s| Speaker { mention, ..s });
            }
        }
        // `The 26-year-old Brit Award winner`, `the Booker Prize winner`:
        // capitalised words inside a description ending in a person's
        // noun name what describes the person, not the person.
        // (Unless the draft tied the description to someone, with its
        // capitals or without: `the Arsenal manager` after `Arsenal
        // manager Mikel Arteta`, `The SNP finance convener` after `Finance
        // convener Hamish MacLeod`.)
        if let Some(plain) = description_around_capitals(&mention) {
            let (folded, plain) = (fold(&mention), fold(&plain));
            let last = folded.split_whitespace().next_back().unwrap_or("");
            let tied = self.descriptions.ending_with(last).any(|(d, _)| {
                *d == folded
                    || *d == plain
                    || plain.contains(' ') && d.ends_with(&format!(" {plain}"))
            });
            if let Some(r) = self.antecedent(range.start, false, None).filter(|_| !tied) {
                return Some(Speaker {
                    name: r.name,
                    id: r.id,
                    mention,
                });
            }
        }
        // `Dr Femi Oyedepo-Akande, SAN, described`: letters set off after
        // a name stand for the person it names.
        if is_post_nominal(&mention) {
            // (Past more letters: `Dame Jane Smith, DBE, FRS, said`.)
            let mut before = self.text[..range.start].trim_end();
            for _ in 0..4 {
                match before
                    .strip_suffix(',')
                    .and_then(|b| b.trim_end().rsplit_once(' '))
                    .filter(|(_, letters)| is_post_nominal(letters))
                {
                    Some((rest, _)) => before = rest.trim_end(),
                    None => break,
                }
            }
            if let Some(end) = before.strip_suffix(',').map(|b| b.trim_end().len()) {
                let named =
                    self.mention_before(end, 1, |m| m.range.end == end && !m.referent.organisation);
                if let Some(m) = named {
                    return self.resolve(m.range);
                }
            }
        }
        // `The Russian embassy in Vilnius`, `the regional government of
        // Madrid`: a body's noun in lower case at a place is the body
        // there, not the place (unless the registry knows the phrase).
        if let Some(body) =
            body_at_place(&mention).filter(|_| self.registry_lookup(&mention).is_none())
        {
            return Some(Speaker {
                name: body,
                id: None,
                mention,
            });
        }
        // `The Ministry of Culture, Gender, Entertainment and Sport said`:
        // a phrase cut at a comma inside a body's name is the whole name.
        let cut_from = {
            let mentions = self.mentions.borrow();
            let k = mentions.partition_point(|m| m.range.start < range.start);
            k.checked_sub(1)
                .and_then(|k| mentions.get(k))
                .filter(|m| {
                    m.referent.organisation
                        && range.start < m.range.end
                        && m.range.end <= range.end
                        && self.text[m.range.start..range.start].contains(", ")
                })
                .map(|m| m.range.start)
        };
        if let Some(start) = cut_from {
            return self.resolve(start..range.end);
        }
        // `the Ministry of Finance, Economic Affairs and Investment said`:
        // the whole list of the body's portfolios.
        if let Some(span) = portfolio_list(self.text, range.clone()) {
            return Some(Speaker {
                name: without_article(&self.text[span]).to_owned(),
                id: None,
                mention,
            });
        }
        // `waited more than 15 years to tell`: a stretch of time names no one.
        if let Some((number, unit)) = mention.split_once(' ') {
            if number.starts_with(|c: char| c.is_ascii_digit()) && is_time_unit(unit) {
                return None;
            }
        }
        // Where part of the mention stands in the draft, for resolving
        // that part alone.
        let written = &self.text[range.clone()];
        let found = |part: &str| written.find(part).map(|i| range.start + i);
        // `what Thorne himself called`: the name less its reflexive.
        if let Some((name, _)) = ["himself", "herself", "itself", "themselves"]
            .iter()
            .find_map(|r| {
                mention
                    .strip_suffix(r)?
                    .strip_suffix(' ')
                    .map(|n| (n.trim_end(), r))
            })
            .filter(|(n, _)| !n.is_empty() && !n.ends_with(','))
        {
            let start = found(name).unwrap_or(range.start);
            return self.resolve(start..start + name.len());
        }
        // `A Nordkapp Energi spokesman in Oslo`: where a spokesperson
        // speaks from is no part of whom they speak for.
        if let Some(k) = words_at_place(&mention) {
            let spokes = mention[..k].to_lowercase().contains("spokes");
            if let Some(place) = found(&mention[k..]).filter(|_| spokes) {
                return self.resolve(range.start..place);
            }
        }
        let words: Vec<&str> = mention.split_whitespace().collect();
        // `A delegation from the European Union`, `an observer mission
        // from the Southern Ocean Forum`: a body's party speaks for it.
        let party = words
            .iter()
            .take(4)
            .position(|w| *w == "from")
            .filter(|&k| {
                k >= 2
                    && matches!(words[0], "a" | "A" | "an" | "An" | "the" | "The")
                    && matches!(words[k - 1], "delegation" | "mission" | "team" | "panel")
                    && words[1..k]
                        .iter()
                        .all(|w| w.starts_with(char::is_lowercase))
            });
        if let Some(k) = party {
            let body = words[k + 1..]
                .iter()
                .skip_while(|w| matches!(**w, "the" | "The"))
                .copied()
                .collect::<Vec<_>>();
            if body
                .first()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            {
                let body = body.join(" ");
                if let Some(start) = found(&body) {
                    let end = start + body.len();
                    return self.resolve(start..end.min(range.end)).map(|s| Speaker {
                        mention: mention.clone(),
                        ..s
                    });
                }
            }
        }
        // `the Ferrers family said`: the family, by the name it bears.
        if let [article, name @ .., "family"] = words.as_slice() {
            if matches!(*article, "the" | "The")
                && !name.is_empty()
                && name.len() <= 3
                && name
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase) && !is_possessive(w))
            {
                return Some(Speaker {
                    name: format!("{} family", name.join(" ")),
                    id: None,
                    mention,
                });
            }
        }
        // `said an emotional Pryce`, `a delighted Jane Hollis`: a name
        // after an article and a word of mood.
        if let [article, mood @ .., last] = words.as_slice() {
            let named_from = mood
                .iter()
                .position(|w| w.starts_with(char::is_uppercase))
                .unwrap_or(mood.len());
            let moods = &mood[..named_from];
            if matches!(*article, "a" | "an" | "A" | "An")
                && !moods.is_empty()
                && moods.len() <= 2
                && moods.iter().all(|w| {
                    w.starts_with(char::is_lowercase)
                        && !is_person_noun(w)
                        && !is_body_noun(w)
                        && !w.contains(['-', '’', '\''])
                        && !PREPOSITIONS.contains(w)
                        // (An adjective's ending: not `A deckhand in Seaport`.)
                        && ["al", "ed", "ful", "ant", "ent", "ing", "y", "ous", "ive", "ic"]
                            .iter()
                            .any(|e| w.ends_with(e))
                })
                && mood[named_from..]
                    .iter()
                    .chain([last])
                    .all(|w| w.starts_with(char::is_uppercase) && !is_not_name(w))
                && sex_of(last).is_none()
            {
                if let Some(from) = found(mood.get(named_from).unwrap_or(last)) {
                    return self.resolve(from..range.end);
                }
            }
        }
        // `Falk ended her message on a personal note: "…"`: a name and the
        // past tense of its verb; the name speaks.
        let named = words
            .iter()
            .take_while(|w| w.starts_with(char::is_uppercase))
            .count();
        if named >= 1
            && words.len() >= named + 2
            && words[named].len() > 3
            && words[named].ends_with("ed")
            && words[named].starts_with(char::is_lowercase)
            && !is_person_noun(words[named])
        {
            if let Some(verb) = found(words[named]) {
                let name = self.text[range.start..verb].trim_end();
                return self.resolve(range.start..range.start + name.len());
            }
        }
        // `what the prosecution called a "jealous rage"`: its barrister.
        if matches!(
            fold(&mention).as_str(),
            "prosecution" | "prosecutors" | "crown"
        ) {
            if let Some(s) = self.prosecutor_as(&mention) {
                return Some(s);
            }
        }
        // `At 11.40pm the service urged`, `On Monday the council said`: a
        // time phrase before the subject is no part of it.
        if words.len() >= 3
            && matches!(
                words[0].to_lowercase().as_str(),
                "at" | "on"
                    | "in"
                    | "by"
                    | "after"
                    | "before"
                    | "since"
                    | "until"
                    | "late"
                    | "early"
            )
        {
            let the = words[1..words.len().min(5)]
                .iter()
                .position(|w| matches!(*w, "the" | "a" | "an" | "its" | "his" | "her" | "their"));
            if let Some(k) = the {
                let word = words[k + 1];
                if let Some(from) = found(&format!(" {word} ")) {
                    return self.resolve(from + 1..range.end);
                }
            }
        }
        // `Last night Stott said`, `Last month rival Pickering's Pantry
        // said`: a time phrase opening the sentence is no part of it.
        if words.len() >= 3 && is_time_phrase(words[0], words[1]) {
            let after_time = written.find(words[1]).map_or(0, |i| i + words[1].len());
            if let Some(from) = written[after_time..].find(words[2]) {
                return self.resolve(range.start + after_time + from..range.end);
            }
        }
        // `His Lumora-Vitalis team said`: the body a possessive's name and
        // a body's noun make.
        if let [owner, name, noun] = words.as_slice() {
            if matches!(*owner, "His" | "Her" | "Their" | "his" | "her" | "their")
                && name.starts_with(char::is_uppercase)
                && is_body_noun(noun)
            {
                if let Some(from) = found(&format!(" {name} ")) {
                    return self
                        .resolve(from + 1..from + 1 + name.len())
                        .map(|s| Speaker { mention, ..s });
                }
            }
        }
        // `Feld and her colleagues wrote`: the one named leads them.
        // (`Barrow and four other chiefs wrote`: so does one named before
        // others of the kind, counted.)
        let led = mention.split_once(" and ").filter(|(_, rest)| {
            let mut words = rest.split_whitespace();
            let first = words.next().unwrap_or("");
            if is_number_word(first) || first == "several" {
                return matches!(words.next(), Some("other" | "others"));
            }
            matches!(first, "his" | "her" | "their")
                && matches!(
                    words.next(),
                    Some(
                        "colleagues" | "co-authors" | "coauthors" | "team" | "teammates" | "staff"
                    )
                )
                && words.next().is_none()
        });
        if let Some((name, _)) = led {
            let start = found(name).unwrap_or(range.start);
            return self.resolve(start..start + name.len());
        }
        // `…, council warns`, `Chief executive blames …` in a headline:
        // the body or person the story below gives that noun or role.
        if let Some(s) = self.headline_role(&mention, range.start) {
            return Some(s);
        }
        let lower = mention.to_lowercase();
        let opens_indefinite = matches!(
            lower.split_whitespace().next(),
            Some("a" | "an" | "one" | "another")
        );
        // `A statement issued by the Geneva Centre`: a document's author.
        // `One European grain trader`, `One Year 9 pupil`: a name or a
        // number may qualify the unnamed person's noun.
        let indefinite = words
            .first()
            .zip(
                words
                    .iter()
                    .skip(1)
                    .take(3)
                    .find(|w| !w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())),
            )
            .is_some_and(|(first, second)| opens_unnamed(first, second))
            && !lower.contains("spokes")
            && !lower.contains("representative")
            // (Not `a visibly relieved Mr Kaupa`: a named person described.)
            && !matches!(words.as_slice(), [.., h, n]
                if is_honorific(h) && n.starts_with(char::is_uppercase));
        // `A Conservative MP`: capitals, then a member's letters, after `a`.
        let indefinite = indefinite
            || opens_indefinite
                && mention.split_whitespace().count() <= 4
                && mention
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| MEMBER_LETTERS.contains(&w));
        if PRONOUNS.contains(&lower.as_str()) {
            return self.pronoun(range.start, mention);
        }
        // `You’ve said that …`, `She’d told the board …`: the pronoun.
        if let Some(p) = contracted_pronoun(&mention) {
            return match p {
                "There" => None,
                _ => self.pronoun(range.start, p.to_owned()),
            };
        }
        // `She opens with a line clearly written to be clipped: "…"`: a
        // clause whose subject is `he` or `she`.
        let mut opening = mention.split_whitespace();
        if let (Some(first @ ("He" | "She" | "he" | "she")), Some(second)) =
            (opening.next(), opening.next())
        {
            if second.starts_with(char::is_lowercase) {
                return self.pronoun(range.start, first.to_owned());
            }
        }
        // `Someone called it "…"`: an indefinite pronoun names no one.
        if INDEFINITE_PRONOUNS.contains(&lower.as_str()) {
            return None;
        }
        // `Patient advocates described …`, `Matatu owners accused …`,
        // `Trade union leaders have promised`: people of a kind, unnamed.
        let few: Vec<&str> = mention.split_whitespace().collect();
        if let [_, between @ .., last] = few.as_slice() {
            let singular = last.strip_suffix('s').unwrap_or(last);
            if few.len() <= 3
                && between.iter().all(|w| w.starts_with(char::is_lowercase))
                && last.starts_with(char::is_lowercase)
                && singular.len() < last.len()
                && (PEOPLE_PLURALS.contains(last) || is_person_noun(singular))
            {
                return None;
            }
        }
        // `Residents of South Uist`, `Swimmers at Porthallow Sands`,
        // `Senior officials at NHS England`: people of a kind at a place or
        // a body, unnamed (a lower-case word or two before them at most).
        // (Not `Analysts at Westmark Securities`, who speak for their firm.)
        let plural_at = words
            .iter()
            .take(3)
            .position(|w| LAY_PLURALS.contains(&w.to_lowercase().as_str()));
        if plural_at.is_some_and(|k| {
            words[1..k.max(1)]
                .iter()
                .all(|w| w.starts_with(char::is_lowercase))
                && words
                    .get(k + 1)
                    .is_some_and(|w| matches!(*w, "at" | "of" | "on" | "in" | "across" | "from"))
        }) {
            return None;
        }
        // `Britain’s most senior military officers`, `Western Australia’s
        // biggest miners`: a place's people of a kind, unnamed.
        let owned = mention
            .split_once("’s ")
            .or_else(|| mention.split_once("'s "))
            .map(|(_, rest)| rest);
        if let Some(rest) = owned {
            let last = rest.split_whitespace().next_back().unwrap_or("");
            let singular = last.strip_suffix('s').unwrap_or(last);
            if !rest.is_empty()
                && rest
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_lowercase))
                && singular.len() < last.len()
                && (PEOPLE_PLURALS.contains(&last) || is_person_noun(singular))
            {
                return None;
            }
        }
        // `A hand-lettered sign on the door read`: words on a thing, which
        // the draft does not say who wrote.
        if is_inscription(&lower) {
            return None;
        }
        // `"…," the statement said`, after `The council said in a
        // statement that …`: whoever that sentence says spoke.
        if matches!(fold(&mention).as_str(), "statement" | "written statement") {
            if let Some(s) = self.statement_author(range.start) {
                return Some(Speaker { mention, ..s });
            }
        }
        if let Some(sender) = self.sent_from(range.clone()) {
            return Some(sender);
        }
        // `A report by the Care Standards Inspectorate`, `The authority's
        // investigation`, `The report`: the document's author.
        if let Some(author) = self.document_author(range.clone()) {
            return Some(author);
        }
        // `the 24-year-old Englishman said`, of which the subject kept
        // only the nationality: the person last spoken of.
        // (A region's people only after `the` and a word describing them,
        // `the fiery Glaswegian`: alone, `Fleming said` is a surname.)
        let described_before = || {
            let from = floor_char_boundary(self.text, range.start.saturating_sub(40));
            let words: Vec<&str> = self.text[from..range.start].split_whitespace().collect();
            matches!(words.as_slice(), [.., the, adjective]
                if the.eq_ignore_ascii_case("the")
                    && adjective.chars().all(|c| c.is_lowercase() || c == '-'))
        };
        if DEMONYMS.contains(&lower.as_str())
            || PEOPLES_OF_PLACES.contains(&lower.as_str()) && described_before()
        {
            if let Some(r) = self.antecedent(range.start, false, None) {
                return Some(Speaker {
                    name: r.name,
                    id: r.id,
                    mention,
                });
            }
        }
        // `the Swede said`, `the 54-year-old said`: the person last spoken of.
        if let Some(rest) = lower.strip_prefix("the ") {
            let last = mention.split_whitespace().last().unwrap_or("");
            let marked = last.starts_with(char::is_uppercase)
                || last.starts_with(|c: char| c.is_ascii_digit());
            // `the Swedish goalkeeper`, `the 34-year-old striker`: an
            // epithet before a lower-case noun (not a body's: `the Israeli
            // military`). (`the 31-year-old point guard`: of two words.)
            let epithet_noun = rest.split_once(' ').is_some_and(|(e, noun)| {
                let mut nouns = noun.split(' ');
                let head = nouns.next_back().unwrap_or(noun);
                nouns.all(|w| !PREPOSITIONS.contains(&w) && !DETERMINERS.contains(&w))
                    && noun.matches(' ').count() <= 1
                    && !is_body_noun(head)
                    && last.starts_with(char::is_lowercase)
                    && mention.split_whitespace().nth(1).is_some_and(|w| {
                        w.starts_with(char::is_uppercase)
                            || w.starts_with(|c: char| c.is_ascii_digit())
                    })
                    && is_epithet(e)
            });
            // `the teenager said`: a word for someone's age or stage of life.
            // (`the mum-of-three`, `the father-of-two`: or of a family.)
            // (`the grandfather of six`: or with spaces.)
            let family = [rest.split_once("-of-"), rest.split_once(" of ")]
                .into_iter()
                .flatten()
                .any(|(parent, count)| {
                    matches!(
                        parent,
                        "mum" | "mom" | "mother" | "dad" | "father" | "grandmother" | "grandfather"
                    ) && !count.contains(' ')
                });
            let life_stage = LIFE_STAGES.contains(&rest) || family;
            // `the 24-year-old Englishman`: an age and a nationality.
            let aged_demonym = rest
                .split_once(' ')
                .is_some_and(|(age, people)| is_epithet(age) && is_epithet(people));
            // `the New Zealander`, `the South African`, `the Sri Lankan`: a
            // nationality of two words.
            let two_word_demonym = marked
                && rest.split_once(' ').is_some_and(|(first, people)| {
                    matches!(
                        first,
                        "new" | "south" | "north" | "east" | "west" | "northern" | "sri"
                    ) && !people.contains(' ')
                        && (is_epithet(people) || people.ends_with("an") || people.ends_with("er"))
                });
            // `said the flanker`, `the fly-half smiled`: a player's
            // position the draft tied to no one.
            let position = SPORT_POSITIONS.contains(&rest)
                && self.descriptions.ending_with(rest).next().is_none();
            // `the Dublin South-Central TD said`, `the Glasgow Kelvin MSP`:
            // a member by the seat, the person last spoken of.
            let seat_member = {
                let words: Vec<&str> = mention.split_whitespace().skip(1).collect();
                words.len() >= 2
                    && words.len() <= 5
                    && words.last().is_some_and(|w| MEMBER_LETTERS.contains(w))
                    && words[..words.len() - 1].iter().all(|w| {
                        w.starts_with(char::is_uppercase) && !is_title_word(&w.to_lowercase())
                    })
                    && self.descriptions.all_exactly(&fold(&mention)).is_empty()
            };
            // (Not one who holds another office, in the same chamber or
            // another: `Finance Minister Paul Dorgan spoke. "…," the Sinn
            // Féin TD said` names no one.)
            if seat_member {
                let r = self.antecedent(range.start, false, None)?;
                // (`the minister for health`, not `the shadow health
                // secretary` nor `a former minister`, members still.)
                let office = |d: &str| {
                    let words = || d.split(' ');
                    !words().any(|w| matches!(w, "shadow" | "former" | "ex-minister"))
                        && words().any(|w| {
                            matches!(
                                w,
                                "minister"
                                    | "secretary"
                                    | "president"
                                    | "chancellor"
                                    | "governor"
                                    | "mayor"
                                    | "ambassador"
                                    | "senator"
                                    | "premier"
                                    | "taoiseach"
                                    | "tánaiste"
                                    | "speaker"
                                    | "commissioner"
                            )
                        })
                };
                let other = r
                    .name
                    .split(' ')
                    .next()
                    .is_some_and(|w| PEER_STYLES.contains(&w))
                    || self
                        .descriptions
                        .list
                        .iter()
                        .take(4096)
                        .any(|(d, held)| held.name == r.name && office(d));
                if other {
                    // (A member no one named, as an unnamed source is.)
                    self.note_speaker(
                        range.start,
                        &Speaker {
                            name: String::new(),
                            id: None,
                            mention,
                        },
                    );
                    return None;
                }
                return Some(Speaker {
                    name: r.name,
                    id: r.id,
                    mention,
                });
            }
            if (marked && (is_epithet(rest) || PEOPLES_OF_PLACES.contains(&rest)))
                || epithet_noun
                || life_stage
                || aged_demonym
                || two_word_demonym
                || position
            {
                // `the 21-year-old said`, after `21-year-old Umair Baloch`
                // or `Umair Baloch, 21,`: the person given that age.
                let age = rest
                    .split_whitespace()
                    .next()
                    .and_then(|w| w.strip_suffix("-year-old"))
                    .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
                if let Some(r) = age.and_then(|n| self.person_aged(n, range.start)) {
                    return Some(Speaker {
                        name: r.name,
                        id: r.id,
                        mention,
                    });
                }
                if let Some(r) = self.antecedent(range.start, false, None) {
                    return Some(Speaker {
                        name: r.name,
                        id: r.id,
                        mention,
                    });
                }
            }
        }
        // `Wild fish charity Rivers of the West`, `campaign group Safe
        // Streets`: the body's name after its lower-case noun.
        let named_after = words.iter().rposition(|w| {
            w.starts_with(char::is_lowercase) && is_body_noun(w) && !DETERMINERS.contains(w)
        });
        if let Some(k) = named_after.filter(|&k| {
            // (Only lower-case words before it, bar the first: not `Leila
            // Haddad, founder of startup Nimbus`.)
            k > 0
                && words[1..k]
                    .iter()
                    .all(|w| w.starts_with(char::is_lowercase) && !w.ends_with(','))
                // (Nor `The founder of startup Nimbus`: the body's person.)
                && !words[..k].iter().any(|w| PREPOSITIONS.contains(w))
                && !words[0].ends_with(',')
                && words.get(k + 1).is_some_and(|w| w.starts_with(char::is_uppercase))
                && words[k + 1..].iter().all(|w| {
                    w.starts_with(char::is_uppercase) || matches!(*w, "of" | "the" | "and" | "for")
                })
        }) {
            if let Some(noun) = found(&format!("{} ", words[k])) {
                return self.resolve(noun + words[k].len()..range.end);
            }
        }
        // `19-year-old Keeley from Sheffield`: a person and the place
        // they come from; the person.
        if let Some((who, place)) = mention.split_once(" from ") {
            let named = |w: &str| w.starts_with(char::is_uppercase) && !is_not_name(w);
            let mut words = who.split_whitespace();
            let first = words.next().unwrap_or("");
            let aged = first.ends_with("-year-old");
            // (A person: of an age or with a given name the lists know;
            // not `Officers from Greater Manchester Police`.)
            let given = |w: &str| sex_of(w).is_some();
            let person = if aged {
                words.clone().next().is_some_and(given)
            } else {
                given(first)
            };
            if person
                && words.all(named)
                && place.split_whitespace().all(named)
                && !looks_like_organisation(place)
            {
                let who = match who.trim_start().strip_prefix(first) {
                    Some(rest) if aged => rest.trim_start(),
                    _ => who,
                };
                let start = range.start + self.text[range.clone()].find(who).unwrap_or(0);
                return self.resolve(start..start + who.len());
            }
        }
        // `Detective Constable Ravi Mehta of the county police unit`: the
        // person before `of`, not the body after it.
        let head = mention.split(" of ").next().unwrap_or(&mention);
        let person_of_body = head.len() < mention.len()
            && mention[head.len()..].starts_with(" of the ")
            && !looks_like_organisation(head)
            && head.split_whitespace().count() >= 2
            && head
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
        // `District Councils’ Forum`: a body's name keeps its first word.
        let (bare, titled_female) = if person_of_body {
            strip_titles(head)
        } else if looks_like_organisation(&mention) {
            (mention.as_str(), None)
        } else {
            strip_titles(&mention)
        };
        // (`Hadley's said`, `Hadley's, which reported …, said`: a name of
        // one word that is all the subject keeps its `'s`, a shop's.)
        let owner = bare.trim_end_matches("’s").trim_end_matches("'s");
        // (Not a person's, by surname or by a given name: `Ken’s reply`.)
        let shop = !bare.contains(' ')
            && bare.starts_with(char::is_uppercase)
            && !self.surnames.contains_key(owner)
            && sex_of(owner).is_none()
            && self.text[range.end..].starts_with([',', ' '])
            && !self.text[range.end..]
                .trim_start()
                .starts_with(char::is_uppercase);
        let bare = if shop { bare } else { owner };
        let bare = without_article(bare);
        // `Canadian Trade Minister Claire Beaumont`: the name after the title.
        let bare = person_or_body(bare).to_owned();
        let female = titled_female.or_else(|| {
            mention.split_whitespace().find_map(|w| {
                GENDERED_NOUNS
                    .iter()
                    .find(|(n, _)| w.eq_ignore_ascii_case(n))
                    .map(|&(_, f)| f)
            })
        });
        // `the Harbour Master said`, after `The harbour master, Greta
        // Solberg,`: a description the draft tied to a name.
        // (`the judge`, after `Justice Awan` and `Justice Qazi`: the one
        // last named before it.)
        let tied = lower
            .starts_with("the ")
            .then(|| fold(&mention))
            .and_then(|f| {
                self.descriptions
                    .all_exactly(&f)
                    .into_iter()
                    .min_by_key(|(_, r)| std::cmp::Reverse(self.last_named(&r.name, range.start)))
            });
        // `the mayor`, `the board`: a registry's title or alias that the
        // draft gives its own person (`Mayor Curtis Bell`) or body (`The
        // Rainy Shore District School Board`) means those.
        let own_body = |registry_name: &str| {
            let noun = lower.strip_prefix("the ").unwrap_or("");
            !noun.contains(' ')
                && is_body_noun(noun)
                && self.body_names.iter().take(4096).any(|n| {
                    n != registry_name && n.split_whitespace().any(|w| w.eq_ignore_ascii_case(noun))
                })
        };
        let found = self
            .registry_lookup(&bare)
            .or_else(|| self.registry_lookup(&mention))
            .filter(|p| {
                !(lower.starts_with("the ")
                    && (tied.is_some_and(|(_, r)| r.name != p.name) || own_body(&p.name)))
            });
        // `One cabinet minister, who asked not to be named, said … "…," the
        // minister said`: a description straight after an unnamed source
        // is that source, unless the registry knows whom it means.
        if let Some(rest) = lower.strip_prefix("the ").filter(|_| found.is_none()) {
            let words: Vec<&str> = rest.split_whitespace().collect();
            // (`The Ministry of Health`, `The Department for Education`:
            // the noun before `of` or `for` is the head, a body, not the
            // portfolio's word after it.)
            // (Not `The spokeswoman for Ofcom`, a person's noun before it.)
            let head = words
                .iter()
                .enumerate()
                .position(|(k, w)| *w == "of" || *w == "for" && k > 0 && is_body_noun(words[k - 1]))
                .unwrap_or(words.len());
            let person = words.len() <= 3 && head > 0 && is_person_noun(words[head - 1]);
            if person
                && self
                    .antecedent(range.start, false, None)
                    .is_some_and(|r| r.name.is_empty())
            {
                return None;
            }
        }
        // `The leader of Northfield City Council has warned …`, opening a
        // story that names her next (`Councillor Janet Hollis said`): a
        // role in a body, not the body, is the person named next.
        let role_in_body = found.is_none()
            && tied.is_none()
            && mention.split_once(" of ").is_some_and(|(role, body)| {
                let mut words = role.split_whitespace().map(str::to_lowercase);
                matches!(words.next().as_deref(), Some("the" | "a" | "an"))
                    && words.next_back().is_some_and(|w| is_person_noun(&w))
                    && body.contains(char::is_uppercase)
                    && body.split_whitespace().count() <= 5
            })
            && !is_relation(&mention);
        // `… after Stormont's agriculture minister insisted …`, in a
        // story's opening, then `Ruth McIlwaine had come under …`: an
        // office no one was tied to yet is the person named next. (The
        // office's word, when the mention is one.)
        // An office (not one presiding) that no description in the draft
        // ties to anyone.
        let untied_office = |office: &str| {
            is_office(office)
                && !is_presiding_office(office)
                && self.descriptions.ending_with(office).next().is_none()
                && self.descriptions.headed_by(office).is_none()
        };
        let lede_office = (found.is_none() && tied.is_none() && range.start < LEDE_REACH)
            .then(|| {
                let words: Vec<&str> = lower.split_whitespace().collect();
                let office = *words.last()?;
                (words.len() <= 4
                    && words
                        .first()
                        .is_some_and(|w| *w == "the" || is_possessive(w))
                    && untied_office(office))
                .then_some(office)
            })
            .flatten();
        let named_next = || {
            if role_in_body {
                return self.person_named_after(range.end);
            }
            // (Not one the draft gives a title or a description of their
            // own: `Analyst Priya Shah`, `Karen Lowe, a nurse,`.)
            let office = lede_office?;
            self.person_named_after(range.end)
                .filter(|r| !self.described_otherwise(r, office))
        };
        // `A Treasury minister declined …`, then `Gareth Pellow, the chief
        // secretary …, was pressed`: later in the story, `the minister` no
        // one else was tied to is the person the next paragraph named after
        // the lede's office.
        let lede_tie = || {
            if found.is_some() || tied.is_some() || range.start < LEDE_REACH {
                return None;
            }
            let words: Vec<&str> = lower.split_whitespace().collect();
            let office = *words.last()?;
            if !(words.len() == 2 && words[0] == "the" && untied_office(office)) {
                return None;
            }
            let lede = self.text.get(..LEDE_REACH.min(self.text.len()))?;
            let k = lede.match_indices(office).map(|(k, _)| k).find(|&k| {
                let end = k + office.len();
                lede[..k].ends_with(' ')
                    && lede[end..].starts_with([' ', ',', '.'])
                    && lede[..k].split_whitespace().rev().take(4).any(|w| {
                        matches!(w, "A" | "An" | "The" | "a" | "an" | "the") || is_possessive(w)
                    })
            })?;
            // The next paragraph, opening with that person.
            let next = k + lede[k..].find("\n\n")? + 2;
            self.person_named_after(next)
                .filter(|r| self.text[next..].starts_with(r.name.as_str()))
        };
        // A source the draft names further down (`a senior consultant`).
        let mut named_later = false;
        let speaker = if let Some(p) = found {
            Speaker {
                name: p.name,
                id: p.id,
                mention,
            }
        } else if let Some(r) = named_next().or_else(lede_tie) {
            Speaker {
                name: r.name,
                id: r.id,
                mention,
            }
        } else if let Some((_, r)) = tied {
            Speaker {
                name: r.name.clone(),
                id: r.id.clone(),
                mention,
            }
        } else if let Some(r) = (!bare.contains(' ') && looks_like_organisation(&bare))
            .then(|| self.body_named_with(&[bare.to_lowercase().as_str()], range.start))
            .flatten()
        {
            // `The Authority says`, after `The Coastal Lights Authority`:
            // the body last named with that word.
            Speaker {
                name: r.name,
                id: r.id,
                mention,
            }
        } else if let Some(r) = opens_indefinite
            .then(|| self.role_named_later(&mention, range.end))
            .flatten()
        {
            // `a senior consultant warned …`, then `Ciaran McAleese, a
            // consultant in emergency medicine, said`: the lead's unnamed
            // source, named further down.
            named_later = true;
            Speaker {
                name: r.name,
                id: r.id,
                mention,
            }
        } else if let Some(s) = (!is_relation(&mention))
            .then(|| self.name_in(&bare, &mention, titled_female))
            .flatten()
        {
            s
        } else if let Some(r) = self.role_named_later(&mention, range.end) {
            Speaker {
                name: r.name,
                id: r.id,
                mention,
            }
        } else {
            self.described(&mention, range.start)
        };
        // `Pensioner Albert Cross, 79, was shopping. The former miner
        // said: …`: a word for someone's trade or past, tied to no one,
        // means the person the sentence before is about.
        // Not an office (`The Prime Minister`, `the minister`), which
        // titles tie to their holders, nor an unnamed source's noun.
        let written = speaker.mention.as_str();
        let occupation = written
            .strip_prefix("The ")
            .or_else(|| written.strip_prefix("the "))
            .is_some_and(|rest| {
                // (`The veteran of 30 fire seasons`: the noun before an
                // `of` that names nothing.)
                // (Not a relation: `The daughter of one of the patients`.)
                let rest = match rest.split_once(" of ") {
                    Some((head, tail))
                        if !tail.contains(char::is_uppercase)
                            && tail.split_whitespace().count() <= 4
                            && !is_relation(head) =>
                    {
                        head
                    }
                    _ => rest,
                };
                let words: Vec<&str> = rest.split_whitespace().collect();
                let lower = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
                // `the former Glamorgan opener`: a place or team may
                // stand before the noun, after a lower-case word.
                // (`the City gaffer`: or the place or team alone.)
                let placed = match words.as_slice() {
                    [adjective, team, _] => {
                        lower(adjective)
                            && team.starts_with(char::is_uppercase)
                            && !is_not_name(team)
                    }
                    [team, _] => team.starts_with(char::is_uppercase) && !is_not_name(team),
                    _ => false,
                } && words.last().is_some_and(lower);
                (words.len() <= 3 && words.iter().all(lower) || placed)
                    && words.last().is_some_and(|n| {
                        is_person_noun(n)
                            && !is_office(n)
                            && !PERSON_NOUNS.contains(n)
                            && !n.starts_with("spokes")
                    })
            });
        let speaker = match (occupation && speaker.id.is_none() && speaker.name == speaker.mention)
            .then(|| self.person_just_before(range.start, female))
            .flatten()
        {
            Some(r) => Speaker {
                name: r.name,
                id: r.id,
                mention: speaker.mention,
            },
            None => speaker,
        };
        if let Some(f) = female {
            self.sexes
                .borrow_mut()
                .entry(speaker.name.clone())
                .or_insert(f);
        }
        // `One resident said`, `a senior diplomat involved in the talks
        // said`, `A gate agent in Denver said`: an unnamed source, which the
        // draft does not name (a place in the description is no name).
        let unnamed = speaker.id.is_none()
            && !named_later
            && opens_indefinite
            && (speaker.name == speaker.mention || indefinite);
        if unnamed {
            // `Derek Sowerby, a retired lorry driver who admits …`,
            // `Sowerby is a retired lorry driver who says …`: a description
            // set after a person's name, or said of them, with a clause of
            // its own, is that person.
            if let Some(r) = self.person_described_as(range.start) {
                return Some(Speaker {
                    name: r.name,
                    id: r.id,
                    mention: speaker.mention,
                });
            }
            // `one striker, who gave his name only as Jhon,`: the name the
            // source gave, which a later `he said` means too.
            // (`A caller named Mei, a registered nurse, told …`: or before
            // the description set after the source's first words.)
            let apposition = || {
                let before = self.text.get(..range.start)?.trim_end();
                let start = self.sentence_start(range.start, 0);
                (before.ends_with(',') && start < range.start)
                    .then(|| self.name_given(start..start))
                    .flatten()
            };
            if let Some(name) = self.name_given(range.clone()).or_else(apposition) {
                let speaker = Speaker {
                    name,
                    id: None,
                    mention: speaker.mention,
                };
                self.note_speaker(range.start, &speaker);
                return Some(speaker);
            }
            // A later `she said` may mean the unnamed source: it is noted as
            // a speaker with no name, which names no one in turn. Not one
            // in a relative clause (`in a voice that one critic described
            // as`) or after a preposition (`in the words of one expedition
            // leader`, `dismissed by one official as`), which the sentence
            // is not about.
            let word_before = self.text[..range.start].split_whitespace().next_back();
            if word_before
                .is_some_and(|w| matches!(w, "that" | "which" | "whom" | "whose" | "of" | "by"))
            {
                return None;
            }
            self.note_speaker(
                range.start,
                &Speaker {
                    name: String::new(),
                    id: None,
                    mention: speaker.mention,
                },
            );
            return None;
        }
        // `Harrow Midstream` for `Harrow Midstream Partners`, whose words
        // read as no body's: a name no given name opens may be one too.
        let may_be_body = self.is_organisation(&speaker.name) || sex_of(&speaker.name).is_none();
        if let Some(s) = self.titled_acronym(&speaker, range.start) {
            return Some(s);
        }
        if let Some(s) = self.spelled_out(&speaker) {
            return Some(s);
        }
        // (`Police said` after `Westmere Police`: a body's last word alone
        // for the one body whose name ends with it.)
        let speaker = match (speaker.id.is_none() && may_be_body)
            .then(|| {
                self.full_body_name(&speaker.name).or_else(|| {
                    // (Not a body known by that word alone: the
                    // `Treasury` after a `Commons Treasury` committee.)
                    let alone = matches!(
                        speaker.name.as_str(),
                        "Treasury"
                            | "Pentagon"
                            | "Kremlin"
                            | "Vatican"
                            | "Parliament"
                            | "Congress"
                            | "Senate"
                            | "Cabinet"
                            | "Met"
                    );
                    (!speaker.name.contains(' ') && !alone)
                        .then(|| self.body_ends.get(&speaker.name).cloned())
                        .flatten()
                })
            })
            .flatten()
        {
            Some(name) => Speaker { name, ..speaker },
            None => speaker,
        };
        Some(speaker)
    }

    /// Who the sentence that last spoke of a statement before `at` says
    /// spoke (`The council said in a statement that …`, `In a statement,
    /// Strydal said …`), within a short stretch.
    fn statement_author(&self, at: usize) -> Option<Speaker> {
        let from = floor_char_boundary(self.text, at.saturating_sub(BODY_WINDOW));
        // (The word itself: not `statements` or `misstatement`.)
        let k = self.text[from..at]
            .rmatch_indices("statement")
            .map(|(k, _)| from + k)
            .find(|&k| {
                let before = self.text[..k].chars().next_back();
                let after = self.text[k + "statement".len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
                    && !self.is_quoted(k)
            })?;
        // (Within a short stretch of it: a huge sentence stays linear.)
        let start = floor_char_boundary(
            self.text,
            self.sentence_start(k, 0)
                .max(k.saturating_sub(CONTEXT_BACK)),
        );
        let end = self
            .sentence_starts
            .get(self.sentence_starts.partition_point(|&s| s <= k))
            .copied()
            .unwrap_or(at)
            .min(at)
            .min(k + CONTEXT_BACK);
        // (Up to the sentence's first quotation: its own words are no
        // attribution.)
        let end = self.pieces[self.pieces.partition_point(|r| r.end <= start)..]
            .first()
            .map_or(end, |r| r.start.saturating_sub(1).clamp(start, end));
        let end = floor_char_boundary(self.text, end).max(start);
        // (The verb before `statement` first: `Minister Peter Faulconbridge
        // said in a statement that the Crown acknowledged …`.)
        // (Not a description left unresolved: `the company`.)
        let named = |s: &Speaker| {
            let described = s.name == s.mention
                && ["the ", "The ", "a ", "A ", "an ", "An "]
                    .iter()
                    .any(|a| s.mention.starts_with(a));
            s.id.is_some() || !is_unnamed(s) && !described
        };
        self.before(start..k.clamp(start, end))
            .filter(named)
            .or_else(|| self.before(start..end).filter(named))
    }

    /// The person last named before `at` with the age `years` (`21-year-old
    /// Umair Baloch`, `Umair Baloch, 21,`), among the last few mentions.
    fn person_aged(&self, years: &str, at: usize) -> Option<Referent> {
        let before_name = format!("{years}-year-old ");
        let after_name = format!(", {years},");
        self.mention_before(at, NAMESAKES_LOOKED_AT, |m| {
            !m.referent.organisation
                && !m.referent.name.is_empty()
                && (self.text[..m.range.start].ends_with(&before_name)
                    || self.text[m.range.end..].starts_with(&after_name))
        })
        .map(|m| m.referent)
    }

    /// Where the last mention of `name` before `at` stands, among the few
    /// mentions before it.
    fn last_named(&self, name: &str, at: usize) -> Option<usize> {
        self.mention_before(at, NAMESAKES_LOOKED_AT * 8, |m| m.referent.name == name)
            .map(|m| m.range.start)
    }

    /// The last of the `limit` mentions before `at` that `fits`.
    fn mention_before(
        &self,
        at: usize,
        limit: usize,
        fits: impl Fn(&Mention) -> bool,
    ) -> Option<Mention> {
        let mentions = self.mentions.borrow();
        let upto = mentions.partition_point(|m| m.range.start < at);
        mentions[..upto]
            .iter()
            .rev()
            .take(limit)
            .find(|m| fits(m))
            .cloned()
    }

    /// The name an unnamed source gave, in the words after its mention (`…,
    /// who gave his name only as Jhon`, `who identified herself as Emeka`).
    fn name_given(&self, range: Range<usize>) -> Option<String> {
        name_given_in(self.text, range)
    }

    /// `with the chief mediator saying …`, before any name, in a story
    /// that later names `chief mediator Lars Edvardsen`: the person the
    /// draft next names with that role's noun just before the name.
    fn role_named_later(&self, written: &str, at: usize) -> Option<Referent> {
        let lower = &written.to_lowercase();
        // `a Coral Air spokeswoman`: a body's name before the role, which
        // the later apposition must name too (not `Nicole Barclay, a
        // spokeswoman for the Insurance Council`).
        let owner: Vec<&str> = written
            .split_whitespace()
            .skip(1)
            .filter(|w| w.starts_with(char::is_uppercase))
            .collect();
        let indefinite = lower.starts_with("a ") || lower.starts_with("an ");
        let rest = lower
            .strip_prefix("the ")
            .or_else(|| lower.strip_prefix("a "))
            .or_else(|| lower.strip_prefix("an "))
            // (`what its chief executive called`, `the mission's lead
            // scientist`: a possessive's role too.)
            .or_else(|| lower.strip_prefix("its "))
            .or_else(|| lower.strip_prefix("their "))?;
        let rest = match rest.split_once(' ') {
            Some((owner, role)) if is_possessive(owner) => role,
            _ => rest,
        };
        let noun = rest.split_whitespace().next_back()?;
        if !is_person_noun(noun) || rest.split_whitespace().count() > 3 {
            return None;
        }
        // Not a role the draft ties to a name (`described` finds that).
        if !indefinite && self.descriptions.ending_with(noun).next().is_some() {
            return None;
        }
        let mentions = self.mentions.borrow();
        starting_in(&mentions, at..at.saturating_add(ROLE_REACH))
            .iter()
            .find(|m| {
                let from = floor_char_boundary(self.text, m.range.start.saturating_sub(40));
                // (`senior coroner Dr Alison Marchetti`: past an honorific.)
                let mut back = self.text[from..m.range.start].trim_end().rsplit(' ');
                let before = back
                    .next()
                    .and_then(|w| {
                        if is_honorific(w) {
                            back.next()
                        } else {
                            Some(w)
                        }
                    })
                    .is_some_and(|w| w.eq_ignore_ascii_case(noun));
                // `Ciaran McAleese, a consultant in emergency medicine,`.
                let to = floor_char_boundary(self.text, (m.range.end + 48).min(self.text.len()));
                // (`Julia Penrose, its chief executive,`, `…, who became
                // chief executive`: for a definite role, a definite
                // apposition or a relative clause's role too.)
                let openers: &[&str] = if indefinite {
                    &["a ", "an "]
                } else {
                    &[
                        "a ",
                        "an ",
                        "the ",
                        "its ",
                        "who became ",
                        "who is ",
                        "who was ",
                    ]
                };
                let apposition = self.text[m.range.end..to]
                    .strip_prefix(", ")
                    .and_then(|a| openers.iter().find_map(|o| a.strip_prefix(o)))
                    .is_some_and(|a| {
                        a.split([',', '.', ';'])
                            .next()
                            .unwrap_or("")
                            .split_whitespace()
                            .take(4)
                            .any(|w| w.eq_ignore_ascii_case(noun))
                    });
                let owned = || {
                    let to =
                        floor_char_boundary(self.text, (m.range.end + 120).min(self.text.len()));
                    let around = &self.text[from..to];
                    owner.iter().all(|w| around.contains(w))
                };
                is_person_mention(m) && (before || apposition) && owned()
            })
            .map(|m| m.referent.clone())
    }

    /// The prosecutor the draft names (`prosecutor Sarah Lyle KC`,
    /// `Nicholas Farrant KC, prosecuting,`), if there is one.
    fn prosecutor(&self) -> Option<Referent> {
        self.prosecutor
            .get_or_init(|| self.find_prosecutor())
            .clone()
    }

    /// The prosecutor, as the speaker of words the draft gives as `mention`.
    fn prosecutor_as(&self, mention: &str) -> Option<Speaker> {
        self.prosecutor().map(|r| Speaker {
            name: r.name,
            id: r.id,
            mention: mention.to_owned(),
        })
    }

    /// Looks for the prosecutor once (see [`Resolver::prosecutor`]).
    fn find_prosecutor(&self) -> Option<Referent> {
        if let Some((_, r)) = self.descriptions.ending_with("prosecutor").next() {
            return Some(r.clone());
        }
        let mentions = self.mentions.borrow();
        mentions
            .iter()
            .find(|m| {
                let after = self.text.get(m.range.end..).unwrap_or("");
                let after = ["KC", "QC", "SC"]
                    .iter()
                    .find_map(|p| after.strip_prefix(' ')?.strip_prefix(p))
                    .unwrap_or(after);
                // `Opening the prosecution case at Redfield Crown Court,
                // Simon Hale KC said`: the same sentence opened with it.
                let from = floor_char_boundary(self.text, m.range.start.saturating_sub(120));
                let opened = self.text[from..m.range.start]
                    .rsplit(['.', '!', '?', '\n'])
                    .next()
                    .is_some_and(|lead| {
                        lead.contains("prosecution case")
                            || lead.contains("case for the prosecution")
                    });
                !m.referent.organisation
                    && (after.starts_with(", prosecuting")
                        || after.starts_with(", for the prosecution")
                        || opened)
            })
            .map(|m| m.referent.clone())
    }

    /// Whether the draft first names `person` with a title before the
    /// name (`Analyst Priya Shah`) or a description set off after it
    /// (`Karen Lowe, a nurse,`) that holds no word `office`.
    fn described_otherwise(&self, person: &Referent, office: &str) -> bool {
        let mentions = self.mentions.borrow();
        let Some(m) = mentions.iter().find(|m| m.referent.name == person.name) else {
            return false;
        };
        let written = &self.text[m.range.clone()];
        let from = floor_char_boundary(self.text, m.range.start.saturating_sub(30));
        let title = written
            .strip_suffix(person.name.as_str())
            .filter(|t| !t.is_empty())
            .or_else(|| {
                let before = self.text[from..m.range.start]
                    .split_whitespace()
                    .next_back()?;
                is_title_word(&before.to_lowercase()).then_some(before)
            })
            .unwrap_or("");
        let to = floor_char_boundary(self.text, (m.range.end + 120).min(self.text.len()));
        let apposition = self.text[m.range.end..to]
            .strip_prefix(", ")
            .map_or("", |a| a.split([',', '.', ';']).next().unwrap_or(""));
        let description = format!("{title} {apposition}").to_lowercase();
        !description.trim().is_empty() && !description.split_whitespace().any(|w| w == office)
    }

    /// The first person named as a subject in the next stretch of text
    /// after `at` (a sentence or two on), if any.
    fn person_named_after(&self, at: usize) -> Option<Referent> {
        let mentions = self.mentions.borrow();
        // (Not a body's word taken for a person: `Appearing before Senate
        // estimates`.)
        starting_in(&mentions, at..at.saturating_add(NAMED_NEXT_REACH))
            .iter()
            .find(|m| is_person_mention(m) && !looks_like_organisation(&m.referent.name))
            .filter(|m| m.subject)
            .map(|m| m.referent.clone())
    }

    /// The person an office's letters after `the` mean (`the SSP`, `the
    /// DM`): the last one named before `at` straight after those letters
    /// (`Kundanpur SHO Ravindra Tyagi`, `Superintendent of Police (SSP)
    /// Anurag Chauhan`) or after the words they stand for (`district
    /// magistrate Sunanda Prakash`).
    fn titled_acronym(&self, speaker: &Speaker, at: usize) -> Option<Speaker> {
        // (Before the name whose initials they are: `the DM` is no
        // `Deepak Malik` named since.)
        let letters = speaker
            .mention
            .strip_prefix("the ")
            .or_else(|| speaker.mention.strip_prefix("The "))?;
        // (A body the draft spells out with those letters is theirs: `the
        // FAA`.)
        let spelled_body = self.acronyms.get(letters).is_some_and(|r| r.organisation);
        if speaker.id.is_some() || !is_acronym(letters) || spelled_body {
            return None;
        }
        let mentions = self.mentions.borrow();
        // The people named after those letters, found once for them.
        let mut cache = self.titled_letters.borrow_mut();
        let titled = cache.entry(letters.to_owned()).or_insert_with(|| {
            (0..mentions.len())
                .filter(|&k| {
                    let m = &mentions[k];
                    // (The few words before the name: a long sentence stays
                    // linear.)
                    let from = self
                        .sentence_start(m.range.start, 0)
                        .max(floor_char_boundary(
                            self.text,
                            m.range.start.saturating_sub(120),
                        ));
                    // (With the titles the mention holds before the name:
                    // `District Attorney Alvin Bragg`.)
                    let written = &self.text[m.range.clone()];
                    let own = written
                        .strip_suffix(m.referent.name.as_str())
                        .filter(|t| t.len() <= 120)
                        .unwrap_or("");
                    let before = format!("{} {own}", &self.text[from..m.range.start]);
                    // (`Md Nurul Amin Bhuiyan, officer-in-charge (OC) of
                    // Ashulia Police Station,`: or the letters in brackets
                    // in an apposition after the name.)
                    let to =
                        floor_char_boundary(self.text, (m.range.end + 80).min(self.text.len()));
                    // (An office's, not a body's: not `a spokesman for the
                    // UN refugee agency (UNHCR)`.)
                    let apposed = self.text[m.range.end..to]
                        .strip_prefix(", ")
                        .map(|a| &a[..a.find([',', '.', ';', '"', '“']).unwrap_or(a.len())])
                        .and_then(|a| a.split_once(&format!(" ({letters})")))
                        .is_some_and(|(before, _)| {
                            before
                                .rsplit(' ')
                                .next()
                                .is_some_and(|w| !is_body_noun(&w.to_lowercase()))
                        });
                    !m.referent.organisation
                        && m.referent.name.contains(' ')
                        && (titled_by(&before, letters) || apposed)
                })
                .collect()
        });
        // (The first so named: `Prime Minister Keir Starmer` before `party
        // member Jane Smith`.)
        let first = titled.first().filter(|&&k| mentions[k].range.start < at)?;
        let m = &mentions[*first];
        Some(Speaker {
            name: m.referent.name.clone(),
            id: m.referent.id.clone(),
            mention: speaker.mention.clone(),
        })
    }

    /// The name an acronym speaker stands for (`Scottish Vessel Holdings`
    /// for `SVH`), if the draft spells one out.
    fn spelled_out(&self, speaker: &Speaker) -> Option<Speaker> {
        let r = self
            .acronyms
            .get(&speaker.name)
            .filter(|_| speaker.id.is_none())?;
        Some(Speaker {
            name: r.name.clone(),
            id: r.id.clone(),
            mention: speaker.mention.clone(),
        })
    }

    /// Of the people named with `surname`, the one of the sex a title
    /// tells, if any may be.
    fn of_sex(&self, first: &Referent, surname: &str, female: Option<bool>) -> Option<Referent> {
        namesake(
            first,
            &self.namesakes,
            surname,
            female,
            &self.sexes.borrow(),
        )
        .cloned()
    }

    /// The person a phrase names by a capitalised name: its last name run,
    /// with a surname (or, after `Dame`, `Sir`, a first name) expanded to
    /// the full name first used in the draft.
    fn name_in(&self, bare: &str, mention: &str, title_sex: Option<bool>) -> Option<Speaker> {
        let titled = title_sex.is_some();
        if let Some(peer) = territorial_peer(bare, mention) {
            return Some(Speaker {
                name: peer,
                id: self.registry_lookup(bare).and_then(|p| p.id),
                mention: mention.to_owned(),
            });
        }
        let runs = capitalised_runs(bare, 0..bare.len());
        // `Professor Julian Crewe at Imperial College London`: the person,
        // not the institution.
        // `(Minister) of Public Works Tiran Alles`: the holder after the
        // office's portfolio.
        let held = bare.starts_with("of ") || bare.starts_with("for ");
        // `International Committee of the Red Cross`, `Church of the
        // Nazarene`: a body's name joined by `of the` is one name.
        let joined = runs.len() > 1
            && runs
                .first()
                .is_some_and(|r| looks_like_organisation(&bare[r.clone()]))
            && runs.windows(2).all(|w| {
                bare.get(w[0].end..w[1].start).is_some_and(|gap| {
                    matches!(
                        gap.trim(),
                        "of the" | "for the" | "of" | "for" | "on the" | "and the"
                    )
                })
            });
        let whole = runs
            .first()
            .zip(runs.last())
            .map(|(a, b)| a.start..b.end)
            .filter(|_| joined);
        let person = whole.as_ref().or_else(|| {
            runs.iter()
                .find(|r| !held && !looks_like_organisation(&bare[(*r).clone()]))
                .or(runs.last())
        });
        let name = person
            .map(|r| without_nickname(&bare[r.clone()]))
            .or_else(|| {
                // A capitalised word ending the phrase: `Larijani`, `My friend Kemi`.
                let words: Vec<&str> = bare.split_whitespace().collect();
                let last = *words.last()?;
                let before_lowercase = words.len() == 1
                    || titled
                    || words[..words.len() - 1]
                        .iter()
                        .all(|w| w.starts_with(char::is_lowercase) || is_not_name(w));
                // (`al-Jubouri`: a surname opened by its particle.)
                let named = last.starts_with(char::is_uppercase) || is_particle_joined(last);
                (before_lowercase && named && !is_not_name(last)).then(|| last.to_owned())
            })?;
        // `The Lantern`: a one-word name that keeps its article.
        let name = match with_kept_article(&name) {
            Some(kept) if bare.ends_with(&kept) => kept,
            _ => name,
        };
        let name = if names_a_body(&name) {
            name.as_str()
        } else {
            strip_titles(&name).0
        };
        // `The INMA described`: an acronym the draft spells out (`Anac`:
        // or letters it gave in brackets, in whatever case).
        if let Some(r) = self
            .acronyms
            .get(name)
            .filter(|_| is_acronym(name) || !name.contains(' '))
        {
            return Some(Speaker {
                name: r.name.clone(),
                id: r.id.clone(),
                mention: mention.to_owned(),
            });
        }
        let name = normal_case(person_or_body(name));
        // `Oltenar's Foreign Ministry`: a body's word left alone means the
        // whole body's name.
        let name = if !name.contains(' ')
            && looks_like_organisation(&name)
            && looks_like_organisation(bare)
        {
            // From its first capitalised word (`A spokesman for Oltenar's
            // Foreign Ministry`), articles aside.
            let whole = person_or_body(bare);
            let from = whole
                .split_whitespace()
                .find(|w| w.starts_with(char::is_uppercase) && !matches!(*w, "A" | "An" | "The"))
                .and_then(|w| whole.find(w))
                .unwrap_or(0);
            whole[from..].to_owned()
        } else {
            name
        };
        let name = name.as_str();
        let full = if name.contains(' ') {
            longer_form(&self.by_ends, &self.surnames, &self.leading_names, name).cloned()
        } else {
            self.surnames
                .get(name)
                .and_then(|first| self.of_sex(first, name, title_sex))
                .or_else(|| self.first_names.get(name).cloned())
                .or_else(|| self.inner_names.get(name).cloned())
                .or_else(|| self.short_bodies.get(name).cloned())
                .or_else(|| {
                    // (With the title the quotation gave: `Professor Qureshi`.)
                    let (r, title) = self.quoted_names.get(name)?;
                    let titled = format!("{title} {}", name.to_lowercase());
                    mention.to_lowercase().contains(&titled).then(|| r.clone())
                })
        };
        // `Don Ignacio`, after `Ignacio Arrieta`: a Spanish or Portuguese
        // style before the given name of the person the draft is about,
        // the one it names most (not `Don James, the head groundsman`, in
        // a story that named `James Cleverly` in passing).
        let full = full.or_else(|| {
            let (_, given) = name
                .split_once(' ')
                .filter(|(style, _)| matches!(*style, "Don" | "Doña" | "Dom" | "Dona"))?;
            let person = self.first_names.get(given)?;
            let (_, most) = *self.most_named.last()?;
            let mentions = self.mentions.borrow();
            // (By either name: `Ignacio Arrieta` or `Don Ignacio`.)
            let is_them = |m: &Mention| m.referent.name == person.name || m.referent.name == name;
            let times = mentions.iter().filter(|m| is_them(m)).take(3).count();
            let subject = times >= 3 && mentions.get(most).is_some_and(is_them);
            subject.then(|| person.clone())
        });
        // `Canon Tilling`, `Garda Lenihan`, after `Canon Margaret
        // Tilling`: a style that describes before a surname the draft gave
        // a person with that style (not `Garda Síochána`, whose second
        // word is no one's, nor `Garda Murphy` after the accused `Tadhg
        // Murphy`).
        let full = full.or_else(|| {
            let (style, surname) = name.split_once(' ')?;
            let person = self.surnames.get(surname)?;
            if !is_style_before_surname(style) || person.organisation {
                return None;
            }
            let styled = *self
                .styled_surnames
                .borrow_mut()
                .entry(name.to_owned())
                .or_insert_with(|| {
                    self.mentions.borrow().iter().any(|m| {
                        m.referent.name == person.name
                            && (self.text[m.range.clone()]
                                .split_whitespace()
                                .any(|w| w == style)
                                || self.word_before(m.range.start) == Some(style))
                    })
                });
            styled.then(|| person.clone())
        });
        let speaker = match full {
            Some(r) => Speaker {
                name: r.name.clone(),
                id: r.id.clone(),
                mention: mention.to_owned(),
            },
            None => {
                let name = after_kind_of_body(name);
                Speaker {
                    name: name.to_owned(),
                    id: self.registry_lookup(name).and_then(|p| p.id),
                    mention: mention.to_owned(),
                }
            }
        };
        // (`Lord Ashworth`, once the draft has given `Lord Ashworth of
        // Cleeve`.)
        Some(match self.peers.get(&speaker.name) {
            Some(peer) if speaker.id.is_none() => Speaker {
                name: peer.clone(),
                ..speaker
            },
            _ => speaker,
        })
    }

    /// A description: the person an apposition tied it to, else as written.
    fn described(&self, mention: &str, at: usize) -> Speaker {
        // `Murmur's official status account said`, `Kayla's rep said`: a
        // named owner's account, paper or agent (no person, relation or
        // body of its own) speaks for the owner.
        let owned = mention
            .find("'s ")
            .map(|k| (k, k + 3))
            .or_else(|| mention.find("’s ").map(|k| (k, k + "’s ".len())));
        if let Some((k, after)) = owned {
            let (owner, rest) = (&mention[..k], &mention[after..]);
            let head = rest
                .split(" of ")
                .next()
                .and_then(|r| r.split_whitespace().next_back())
                .unwrap_or("");
            let named_owner = !owner.is_empty()
                && owner
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase));
            let plain_rest = rest
                .split_whitespace()
                .all(|w| w.starts_with(char::is_lowercase));
            let agent = matches!(
                head,
                "rep" | "reps" | "representative" | "representatives" | "camp"
            );
            let people = matches!(
                head,
                "family"
                    | "families"
                    | "relatives"
                    | "friends"
                    | "staff"
                    | "colleagues"
                    | "children"
                    | "parents"
                    | "supporters"
                    | "fans"
                    | "estate"
                    | "people"
            );
            let thing =
                !is_person_noun(head) && !is_body_noun(head) && !is_relation(head) && !people;
            if named_owner && plain_rest && (agent || thing) {
                if let Some(s) = self.name_in(owner, mention, None) {
                    return s;
                }
            }
        }
        let folded = fold(mention);
        // `its chief executive`, `their union leader`: as `the …` (the one
        // the draft ties that description to).
        let folded = ["its ", "their "]
            .iter()
            .find_map(|d| folded.strip_prefix(d))
            .filter(|rest| !rest.is_empty())
            .map_or(folded.clone(), str::to_owned);
        // `the company said`, `the Cleveland-based company said`: the
        // organisation the draft is about.
        let words: Vec<&str> = folded.split_whitespace().collect();
        // Modifiers in lower case or hyphenated (`state-owned`,
        // `Cleveland-based`); a name (`the RMT union`) names its own body.
        let capital_modifier = mention
            .split_whitespace()
            .skip(1)
            .any(|w| w.starts_with(char::is_uppercase) && !w.contains('-'));
        let modified_body = words.len() <= 3
            && !(words.len() > 1 && capital_modifier)
            && words.last().is_some_and(|w| GENERIC_BODIES.contains(w))
            && words[..words.len() - 1]
                .iter()
                .all(|w| w.contains('-') || !is_body_noun(w))
            && !words
                .iter()
                .any(|w| matches!(*w, "of" | "for" | "and" | "s" | "spokesperson"));
        // `the residents' association`, `the sheriff's office`: a
        // possessive makes it a body whose name must hold that word too.
        let owner = words[..words.len().saturating_sub(1)]
            .iter()
            .find(|w| w.ends_with('\'') || w.ends_with("'s"))
            .map(|w| w.trim_end_matches("'s").trim_end_matches('\''));
        if modified_body {
            let noun = words.last().copied().unwrap_or_default();
            // `the finance ministry`: one whose name holds the modifier
            // too comes first (`Castrian Finance Ministry`, not the
            // foreign ministry named last).
            let modifier = words
                .len()
                .checked_sub(2)
                .map(|k| words[k])
                .filter(|w| !w.contains('-') && !DETERMINERS.contains(w));
            let meant = match owner {
                Some(owner) => self
                    .body_named_with(&[owner, noun], at)
                    .or_else(|| self.office_named_before(owner, noun, at)),
                None => modifier
                    .and_then(|m| {
                        // `the safety agency` for `National Highway Traffic
                        // Safety Administration`: the modifier and a word of
                        // that kind of body.
                        self.body_named_with(&[m, noun], at).or_else(|| {
                            body_kind_words(noun).iter().find_map(|k| {
                                self.body_named_with(&[m, k.to_lowercase().as_str()], at)
                            })
                        })
                    })
                    .or_else(|| {
                        // (`The shipping ministry`: not a body of another
                        // kind that the last sentences were about, such as
                        // `Chandpur Sadar Model Police Station`.)
                        self.body_meant(noun, at)
                            .filter(|r| modifier.is_none() || !of_other_kind(&r.name, noun))
                    })
                    .or_else(|| {
                        // (`the ministry`, after `Vietnam’s trade ministry`
                        // only.)
                        modifier
                            .is_none()
                            .then(|| self.body_described_before(noun, at))
                            .flatten()
                    }),
            };
            if let Some(r) = meant {
                return Speaker {
                    name: r.name,
                    id: r.id,
                    mention: mention.to_owned(),
                };
            }
        }
        // `a White House spokesperson`, `a ministry spokeswoman`, `a
        // spokesperson for the trust`: the body they speak for.
        if let Some(body) = self.spokesperson_for(mention, at) {
            return body;
        }
        // `the police said`, after `Rimaye State Police Command` or `Police
        // Scotland`: the police body the draft named.
        if folded == "police" {
            if let Some(r) = self.police_named(at) {
                return Speaker {
                    name: r.name,
                    id: r.id,
                    mention: mention.to_owned(),
                };
            }
        }
        // `what police called "…"`, `a pay offer their union described
        // as "…"`, in a lead before the story names the body: the first
        // body of that kind named after.
        // (Not in a headline, whose words the story may give to someone.)
        // (`as the county council insists`, before `Northvale County
        // Council says`: or a body's noun after one word in lower case
        // that its name holds.)
        let (noun, modifier) = match folded.split_once(' ') {
            Some((m, n)) if !n.contains(' ') && !DETERMINERS.contains(&m) => (n, Some(m)),
            _ => (folded.as_str(), None),
        };
        let lone_body = folded == "police" || is_body_noun(noun);
        if lone_body && self.headline_line(at).is_none() {
            if let Some(r) = self.body_named_later(noun, modifier, at) {
                return Speaker {
                    name: r.name,
                    id: r.id,
                    mention: mention.to_owned(),
                };
            }
        }
        // `the statement said`: whoever issued it, the speaker last quoted.
        // (An order, a ruling or a decision is its maker's, a subject of the
        // last two sentences, not the speaker last quoted, who may be the
        // party it went against.)
        #[rustfmt::skip]
        const ISSUED: &[&str] = &[
            "statement", "letter", "filing", "post", "release", "notice", "memo", "email",
            "message", "note",
        ];
        #[rustfmt::skip]
        const MADE: &[&str] = &[
            "order", "advisory", "circular", "directive", "ruling", "judgment", "judgement",
            "decision",
        ];
        let made = MADE.contains(&folded.as_str());
        // (`an email from Harbour Prestige Realty … The email said`: the
        // sender the draft gave it.)
        if let Some(s) = ISSUED
            .contains(&folded.as_str())
            .then(|| {
                self.sender_named_before(&folded, at)
                    .or_else(|| self.opener_of_before(&folded, at))
            })
            .flatten()
        {
            return Speaker {
                mention: mention.to_owned(),
                ..s
            };
        }
        if made || ISSUED.contains(&folded.as_str()) {
            // Or the subject named since (`X has posted a message … The post
            // reads:`).
            let spoken = self.spoken.borrow();
            let upto = spoken.partition_point(|m| m.range.start < at);
            let quoted = upto
                .checked_sub(1)
                .and_then(|k| spoken.get(k))
                .filter(|_| !made);
            let since = if made { self.sentence_start(at, 2) } else { 0 };
            let mentions = self.mentions.borrow();
            let upto = mentions.partition_point(|m| m.range.start < at);
            let named = mentions[..upto]
                .iter()
                .rev()
                .take(12)
                .find(|m| m.subject && !m.referent.name.is_empty())
                .filter(|m| quoted.is_none_or(|q| q.range.start < m.range.start))
                .filter(|m| m.range.start >= since);
            if let Some(m) = named.or(quoted) {
                return Speaker {
                    name: m.referent.name.clone(),
                    id: m.referent.id.clone(),
                    mention: mention.to_owned(),
                };
            }
        }
        let describes = |d: &str| {
            // `newly appointed secretary of X` describes `secretary of X`;
            // `chairman of the association` does not describe `association`,
            // nor `a spokesman for the Israeli military` the military.
            d == folded
                || d.strip_suffix(folded.as_str()).is_some_and(|prefix| {
                    prefix.ends_with(' ')
                        && !prefix
                            .split_whitespace()
                            .any(|w| matches!(w, "of" | "for" | "at" | "with" | "from" | "to"))
                        // (Nor `deputy governor` the governor: a rank
                        // below the office, or past it, is another's.)
                        && !prefix
                            .split_whitespace()
                            .next_back()
                            .is_some_and(is_rank_apart)
                })
        };
        // `the fire chief`, `the Ashford manager`: else the head noun alone,
        // when the draft tied it to someone (`Fire Chief Ray Dominguez`).
        let head_tied = || {
            let words: Vec<&str> = folded.split_whitespace().collect();
            let plain = words.len() <= 3
                && !words
                    .iter()
                    .any(|w| matches!(*w, "of" | "for" | "at" | "from" | "with" | "by" | "in"));
            (1..words.len()).filter(|_| plain).find_map(|k| {
                let tail = words[k..].join(" ");
                self.descriptions.exactly(&tail)
            })
        };
        // `The sister of a man shot by police says …`, opening a story
        // that names her later (`His sister, Kayla Munro,`): the one person
        // the draft ties that relation to.
        let relation_tied = || {
            let head = head_noun(&folded);
            let mut tied = self
                .descriptions
                .ending_with(&head)
                .filter(|(d, _)| d.split_whitespace().count() == 2);
            let first = tied.next()?;
            (is_relation(mention) && tied.all(|(_, r)| r.name == first.1.name)).then_some(first)
        };
        match self
            .descriptions
            .ending_with(folded.split_whitespace().next_back().unwrap_or(""))
            // (The first few: a draft of many deputies stays linear.)
            .take(NAMESAKES_LOOKED_AT)
            .find(|(d, _)| describes(d))
            .or_else(head_tied)
            .or_else(relation_tied)
            // `the minister`, after `the Minister of Education, Dr Hauwa
            // Bello-Ibrahim,`: the one tied to a description with that head.
            .or_else(|| {
                let words: Vec<&str> = folded.split_whitespace().collect();
                match words.as_slice() {
                    [noun] if is_person_noun(noun) => self.descriptions.headed_by(noun),
                    _ => None,
                }
            }) {
            Some((_, r)) => Speaker {
                name: r.name.clone(),
                id: r.id.clone(),
                mention: mention.to_owned(),
            },
            // `the monarch` after `His Royal Majesty King Opuene
            // Manuel-Egbe`, `the chief` after `Nii Lartey Ablorh III`: the
            // last traditional ruler named with a ruler's style.
            None => match self.ruler_named(&folded, at) {
                Some(r) => Speaker {
                    name: r.name,
                    id: r.id,
                    mention: mention.to_owned(),
                },
                // `The Information Commissioner’s Office`: as written, less
                // the article before a body's capitalised name; `the
                // Belarusian foreign ministry`, `The Commonwealth observer
                // group`: or before a proper word and a body's noun.
                None => Speaker {
                    name: if looks_like_organisation(mention) || proper_body(mention) {
                        without_article(mention).to_owned()
                    } else {
                        mention.to_owned()
                    },
                    id: None,
                    mention: mention.to_owned(),
                },
            },
        }
    }

    /// The traditional ruler `description` means (`the monarch`, `the
    /// traditional ruler`, `the chief`): the last person named before `at`
    /// with a ruler's style in the few words before the name or in the
    /// mention itself (`King`, `Oba`, `Emir`, `Nii`, `Nana`, `His Royal
    /// Majesty`).
    fn ruler_named(&self, description: &str, at: usize) -> Option<Referent> {
        const ROYAL: &[&str] = &[
            "King",
            "Queen",
            "Oba",
            "Emir",
            "Sultan",
            "Ooni",
            "Alaafin",
            "Amanyanabo",
            "Obi",
            "Igwe",
            "Kabaka",
            "Asantehene",
            "Majesty",
            "Highness",
            "Nana",
            "Nii",
            "Togbe",
        ];
        const CHIEFS: &[&str] = &["Chief", "Nii", "Nana", "Togbe", "Igwe", "Naa"];
        let styles: &[&str] = match description.strip_prefix("the ").unwrap_or(description) {
            "monarch" | "traditional ruler" | "paramount ruler" | "royal father" | "king" => ROYAL,
            "chief" | "paramount chief" => CHIEFS,
            _ => return None,
        };
        let mentions = self.mentions.borrow();
        let upto = mentions.partition_point(|m| m.range.start < at);
        // (The last few people named: a long draft stays linear.)
        mentions[..upto]
            .iter()
            .rev()
            .take(40)
            .filter(|m| !m.referent.organisation && m.referent.name.contains(' '))
            .take(12)
            .find(|m| {
                // (The words since the last comma or stop before the name.)
                let from = floor_char_boundary(self.text, m.range.start.saturating_sub(60));
                let from = self.text[from..m.range.start]
                    .rfind([',', '.', ';', ':'])
                    .map_or(from, |k| from + k + 1);
                let before = &self.text[from..m.range.end];
                before
                    .split(|c: char| !c.is_alphanumeric())
                    .rev()
                    .take(12)
                    .any(|w| styles.contains(&w))
            })
            .map(|m| m.referent.clone())
    }

    /// Whether byte `at` is inside a quotation's words.
    fn is_quoted(&self, at: usize) -> bool {
        let k = self.pieces.partition_point(|r| r.start <= at);
        k > 0 && at < self.pieces[k - 1].end
    }

    /// The first name in some tokens, as a fallback subject: a person
    /// before an organisation or place.
    fn first_name_in(&self, toks: &[Token]) -> Option<Speaker> {
        let first = toks.first()?.range.start;
        let last = toks.last()?.range.end;
        let range = {
            let mentions = self.mentions.borrow();
            let from = mentions.partition_point(|m| m.range.start < first);
            let inside: Vec<&Mention> = mentions[from..]
                .iter()
                .take_while(|m| m.range.start < last)
                .filter(|m| m.range.end <= last && !m.range.is_empty())
                .collect();
            // `Brenda’s grandson Kieran Hollis`: a possessive name
            // qualifies the person named after it.
            // (`Fine Gael’s housing spokeswoman, …`: the `’s` may follow
            // the name's words.)
            let possessive = |m: &&&Mention| {
                is_possessive(self.text.get(m.range.clone()).unwrap_or(""))
                    || ["’s ", "'s "].iter().any(|s| {
                        self.text
                            .get(m.range.end..)
                            .is_some_and(|r| r.starts_with(s))
                    })
            };
            // `… a warning for Kestrel Bay, Pelican Heads and …`: a name
            // after a preposition, or in a list after one, is an object.
            let object = |m: &&&Mention| {
                let lead = self.text.get(first..m.range.start).unwrap_or("");
                let mut parts = lead.rsplit([',', ';']);
                let last = parts.next().unwrap_or("").trim();
                // In a list, the part before holds the preposition.
                let part = if last.is_empty() || last == "and" || last == "or" {
                    parts.next().unwrap_or("")
                } else {
                    lead
                };
                let words: Vec<&str> = part.split_whitespace().collect();
                let k = words
                    .iter()
                    .rposition(|w| w.starts_with(char::is_lowercase));
                k.is_some_and(|k| {
                    (PREPOSITIONS.contains(&words[k]) || words[k] == "and")
                        && words[k + 1..]
                            .iter()
                            .all(|w| w.starts_with(char::is_uppercase))
                })
                // `The coalition running Westbridge Borough Council`: the
                // object of a participle just before.
                || lead.split_whitespace().next_back().is_some_and(|w| {
                    w.len() > 5 && w.ends_with("ing") && !ING_NOUNS.contains(&w)
                })
            };
            inside
                .iter()
                .find(|m| !m.referent.organisation && !possessive(m) && !object(m))
                .or_else(|| inside.iter().find(|m| !object(m)))
                .or_else(|| inside.iter().find(|m| !m.referent.organisation))
                .or(inside.first())?
                .range
                .clone()
        };
        self.resolve(range)
    }

    /// The speaker a sentence opens with when it is a spokesperson or an
    /// office (`A Northlight spokeswoman declined …, saying`): the words
    /// up to that noun.
    fn opening_speaker(&self, toks: &[Token]) -> Option<Speaker> {
        let start = last_sentence_start(toks);
        let opening = || toks[start..].iter().take(6);
        // `With the home end chanting "…"`: a phrase opened by a
        // preposition is no speaker.
        if OPENERS.contains(&lower(toks.get(start)?).as_str()) {
            return None;
        }
        let head = opening()
            .position(|t| {
                let w = lower(t);
                w.starts_with("spokes") || w == "representative"
            })
            .or_else(|| opening().position(|t| is_title_word(&lower(t))))
            // `The operator is advising …`: a body's noun after `The`.
            .or_else(|| {
                let body = toks.get(start + 1).is_some_and(|t| {
                    t.text.starts_with(char::is_lowercase) && GENERIC_BODIES.contains(&t.text)
                });
                (lower(toks.get(start)?) == "the" && body).then_some(1)
            })?;
        let (a, b) = (toks.get(start)?, toks.get(start + head)?);
        self.resolve(a.range.start..b.range.end)
    }

    /// The speaker named in the words after a quotation (`, X said` /
    /// `, said X` / `— X` / `: X on …`), read up to the end of its sentence.
    pub fn after(&self, range: Range<usize>) -> Option<Speaker> {
        if self.new_sentence_after(range.clone()) {
            return None;
        }
        let speaker = self.after_words(range.clone());
        // `said the nurse, who gave her name as Immaculée Nyirahabimana`:
        // a source described, then the name they gave.
        let described = speaker.as_ref().is_none_or(|s| {
            s.mention
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "the" | "a" | "an" | "one" | "another"))
        });
        if described {
            if let Some(name) = self.name_given(range.start..range.start) {
                // (Where the source gave it, in the clause after the words:
                // not `who knew the tenant only by his first name`, `who has
                // the same name as Tony Blair`.)
                let end = floor_char_boundary(self.text, (range.start + 240).min(self.text.len()));
                let near = &self.text[range.start..end];
                let at = near.find(&name);
                let gave = at.is_some_and(|at| {
                    let lead = &near[..at];
                    [" gave ", " give ", " gives ", " giving ", " identified "]
                        .iter()
                        .any(|g| lead.contains(g))
                });
                if let Some(at) = at.filter(|_| gave) {
                    let start = range.start + at;
                    return self.resolve(start..start + name.len());
                }
            }
        }
        speaker
    }

    /// [`Resolver::after`] past a new sentence's check and before a name
    /// the source gave.
    fn after_words(&self, range: Range<usize>) -> Option<Speaker> {
        let toks = tokens(self.text, range);
        let mut i = 0;
        while i < toks.len() && matches!(toks[i].text, "," | "—" | "–" | "-" | ":" | ";") {
            i += 1;
        }
        let lead = &toks[..i];
        // `"…," IRNA quoted him as saying`, `… the agency quoted Karimi as
        // saying`: the one quoted, not the agency.
        if let Some(s) = self.quoted_by_agency(&toks[i..]) {
            return Some(s);
        }
        // `"…," Karimi was quoted as saying by the state news agency`:
        // the one quoted, not the agency.
        if let Some(k) = quoted_as(&toks[i..]) {
            let name = &toks[i..i + k];
            if let (Some(first), Some(last)) = (name.first(), name.last()) {
                return self.resolve(first.range.start..last.range.end);
            }
        }
        // (`"…" — jury member and actor Benoît Lacasse-Dumont`: or the
        // words in lower case that describe the person before the name.)
        let described = (i..toks.len().min(i + 6))
            .find(|&k| is_capitalised(&toks[k]))
            .filter(|&k| {
                k > i
                    && is_person_noun(&toks[k - 1].text.to_lowercase())
                    && toks[i..k].iter().all(|t| {
                        is_word(t)
                            && !PREPOSITIONS.contains(&t.text)
                            // (Not a clause: `words that helped strategist
                            // James Carville win`.)
                            && !matches!(t.text, "that" | "which" | "who" | "whose")
                    })
            });
        let named_from = i;
        let i = described.unwrap_or(i);
        if lead.iter().any(|t| matches!(t.text, "—" | "–" | "-" | ":"))
            && toks.get(i).is_some_and(is_capitalised)
        {
            // `"…" — Ali Khamenei`, `'…': Amara Nwosu on …`
            // The name: capitalised words only (`Okoro seals £68m move` → `Okoro`).
            // (`— Municipal Commissioner W. A. Prasanna Kumara`: a single
            // initial's stop, before more of the name, is inside it.)
            let initial = |k: usize| initial_stop(&toks, k) && toks[k - 1].text.len() == 1;
            let name_end = |from: usize| {
                (from..toks.len())
                    .find(|&k| !(is_word(&toks[k]) && is_capitalised(&toks[k]) || initial(k)))
                    .unwrap_or(toks.len())
            };
            let mut end = name_end(i);
            // (`— NEMA director Captain Lorna Pinder`: a body's name, a role
            // in lower case and the name after it.)
            if end > i
                && toks.get(end).is_some_and(|t| {
                    t.text.starts_with(char::is_lowercase) && is_listed_person_noun(t.text)
                })
                && toks
                    .get(end + 1)
                    .is_some_and(|t| is_word(t) && is_capitalised(t))
            {
                end = name_end(end + 1);
            }
            // (Not `'…': Albay villagers pick up the pieces`: a place's
            // name before people of a kind.)
            let people = toks.get(end).is_some_and(|t| {
                let w = lower(t);
                let singular = w.strip_suffix('s').unwrap_or(&w);
                t.text.starts_with(char::is_lowercase)
                    && (PEOPLE_PLURALS.contains(&w.as_str()) || is_person_noun(singular))
            });
            if end > i && !people && toks.get(end).is_none_or(|t| reporting(t.text).is_none()) {
                return self.resolve(toks[named_from].range.start..toks[end - 1].range.end);
            }
        }
        let i = named_from;
        // `"…," according to the company.`; `rode "exactly as described"
        // despite the rain, according to the clerk.`: later in the
        // sentence, with no verb of saying before it.
        // (Straight after a comma only: not `his team's defence as "soft
        // as butter", caused friction, according to people close to it`.)
        let reach = if lead.is_empty() { 24 } else { 1 };
        let according = (i..toks.len().min(i + reach))
            .take_while(|&k| {
                !matches!(toks[k].text, "." | "!" | "?" | ";" | "“" | "\"")
                    && reporting(toks[k].text).is_none()
            })
            .find(|&k| {
                toks[k].text.eq_ignore_ascii_case("according")
                    && toks.get(k + 1).is_some_and(|t| t.text == "to")
            });
        if let Some(i) = according {
            let end = toks[i..]
                .iter()
                .position(|t| matches!(t.text, "." | "!" | "?" | ";"))
                .map_or(toks.len(), |p| i + p);
            return self.before(toks[i].range.start..toks[end - 1].range.end);
        }
        let toks = &toks[i..];
        // `"…." Bromwell declined to comment.`: a refusal after the words,
        // in the clause that follows them, says nothing (not `Reid said and
        // refused to answer questions`: a verb of saying before it).
        let clause: Vec<&Token> = toks
            .iter()
            .take_while(|t| !matches!(t.text, "." | "!" | "?" | ";" | "," | "“" | "\""))
            .collect();
        let first_verb = clause
            .iter()
            .position(|t| reporting(t.text).is_some())
            .unwrap_or(clause.len());
        let refused = clause[..(first_verb + 1).min(clause.len())]
            .windows(3)
            .any(|w| {
                matches!(
                    lower(w[0]).as_str(),
                    "declined" | "declines" | "refused" | "refuses"
                ) && w[1].text == "to"
                    && reporting(w[2].text).is_some()
            });
        if refused {
            return None;
        }
        // `"…", a remark for which he later apologised`, `"…", a claim the
        // authors rejected`: a noun in apposition to the words, whose
        // clause is no attribution of them.
        // (Only before the relative clause: not `"…", a report by the
        // Kelby Trust warned`, `a post on its page said`.)
        if let [article, noun, next, rest @ ..] = toks {
            let noun = lower(noun);
            let next = lower(next);
            let relative = PRONOUNS.contains(&next.as_str())
                || matches!(
                    next.as_str(),
                    "that"
                        | "which"
                        | "the"
                        | "few"
                        | "many"
                        | "most"
                        | "some"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                )
                || PREPOSITIONS.contains(&next.as_str())
                    && rest
                        .first()
                        .is_some_and(|t| matches!(t.text, "which" | "whom"));
            if lead.iter().any(|t| t.text == ",")
                && matches!(lower(article).as_str(), "a" | "an")
                && relative
                && (SAYING_NOUNS.contains(&noun.as_str()) || WORDING_NOUNS.contains(&noun.as_str()))
            {
                return None;
            }
        }
        // `'…', jury told`, `…, a court has heard`: the prosecution's case.
        let clause: Vec<&Token> = toks
            .iter()
            .take_while(|t| !matches!(t.text, "." | "!" | "?" | ";" | "“" | "\"" | "‘"))
            .collect();
        let verb = clause
            .iter()
            .any(|t| t.text != "told" && reporting(t.text) == Some(Form::Finite));
        if let Some(k) = court_heard(clause.iter().map(|t| t.text)).filter(|_| !verb) {
            // The mention: from the court (and its article) to the end.
            let from = if k > 0 && matches!(lower(clause[k - 1]).as_str(), "a" | "the") {
                k - 1
            } else {
                k
            };
            let end = clause.last().map_or(0, |t| t.range.end);
            return self.prosecutor_as(&self.text[clause[from].range.start..end]);
        }
        // `"…", as he later put it.`
        if let Some(subject) = put_it(toks) {
            return self.resolve(subject);
        }
        // `"A disgrace" was how Carla Diaz described the ruling`, `… is
        // how one resident put it`: whoever `how` goes on to.
        if let [be, how, rest @ ..] = toks {
            if matches!(be.text, "was" | "is" | "were") && how.text == "how" {
                let v = rest
                    .iter()
                    .take(12)
                    .position(|t| reporting(t.text).is_some() || t.text == "put")?;
                if v == 0 {
                    return None;
                }
                return self.resolve(rest[0].range.start..rest[v - 1].range.end);
            }
        }
        // The first reporting verb close to the quotation; further when a
        // name follows the quotation (`"…," Tomas Ruud, a former deputy
        // governor who now teaches at the University of Lenz, said`).
        let reach = if toks.first().is_some_and(is_capitalised) {
            40
        } else {
            16
        };
        let Some(v) =
            (0..toks.len().min(reach)).find(|&k| verb_form(toks, k) == Some(Form::Finite))
        else {
            return self
                .sentence_ending_attribution(toks)
                .or_else(|| self.headline_finding(toks));
        };
        // A stop ends the sentence, unless it ends an abbreviation (`U.S.`, `Gov.`).
        if toks[..v].iter().enumerate().any(|(k, t)| {
            (matches!(t.text, "!" | "?") || (t.text == "." && !abbreviation_stop(toks, k)))
                || (Resolver::is_quote_mark(toks, k) && !Resolver::in_nickname(toks, k))
        }) {
            return None;
        }
        if v == 0 {
            return Resolver::subject_after(toks, 0).and_then(|r| self.resolve(r));
        }
        // `"…" as rubbish continues to pile up`: a new clause, not an attribution.
        let first = lower(&toks[0]);
        if CLAUSE_STOPS.contains(&first.as_str()) || OPENERS.contains(&first.as_str()) {
            return None;
        }
        let subject = Resolver::subject_before(toks, v)?;
        // `X asked Mr Baird whether … "I did," he replied.`: the one asked
        // is the one who replies.
        let pronoun = PRONOUNS.contains(&self.text[subject.clone()].to_lowercase().as_str());
        if pronoun && REPLIES.contains(&lower(&toks[v]).as_str()) {
            if let Some(asked) = self.asked_before(toks[0].range.start) {
                return Some(asked);
            }
            let replier = self.resolve(subject.clone());
            if let Some(other) = replier
                .as_ref()
                .and_then(|r| self.replying(r, subject.start))
            {
                return Some(other);
            }
            return replier;
        }
        self.resolve(subject)
    }

    /// Who replies, when the pronoun `replier` (at `at`) would otherwise
    /// mean the one last quoted just before: the one replied to is not
    /// the one who replies (`"She's not answering," Ms Acheson said. "I
    /// am answering it," she replied.`), so the person of that sex last
    /// named before them.
    fn replying(&self, replier: &Speaker, at: usize) -> Option<Speaker> {
        let female = match replier.mention.to_lowercase().as_str() {
            "she" => true,
            "he" => false,
            _ => return None,
        };
        let window = at.saturating_sub(CONTEXT_BACK);
        let spoken = self.spoken.borrow();
        let spoken = starting_in(&spoken, window..at);
        let last = spoken.last()?;
        let all_mentions = self.mentions.borrow();
        // (Named as its speaker after it: not a quotation taken, perhaps
        // wrongly, to go on from one before.)
        // (Looked for within the window: a huge paragraph stays linear.)
        let floor = floor_char_boundary(self.text, window).min(last.range.start);
        let paragraph = self.text[floor..last.range.start]
            .rfind('\n')
            .map_or(floor, |k| floor + k + 1);
        let named = starting_in(&all_mentions, paragraph..at)
            .iter()
            .any(|m| m.referent.name == replier.name);
        if last.referent.name != replier.name || !named {
            return None;
        }
        let sexes = self.sexes.borrow();
        starting_in(&all_mentions, window..at)
            .iter()
            .chain(spoken)
            .filter(|m| {
                !m.referent.organisation
                    && !m.referent.name.is_empty()
                    && m.referent.name != replier.name
                    && known_sex(&sexes, &m.referent.name) == Some(female)
            })
            .max_by_key(|m| m.range.start)
            .map(|m| Speaker {
                name: m.referent.name.clone(),
                id: m.referent.id.clone(),
                mention: replier.mention.clone(),
            })
    }

    /// The one an agency quoted, in the clause after a quotation: `IRNA
    /// quoted him as saying`, `the agency quoted Karimi as saying`.
    fn quoted_by_agency(&self, toks: &[Token]) -> Option<Speaker> {
        // (Not past the quotation's own verb: `"…," Tom Ray said, and IRNA
        // quoted …`.)
        let q = toks
            .iter()
            .take(10)
            .take_while(|t| {
                (is_word(t) || matches!(t.text, "," | "’" | "'")) && reporting(t.text).is_none()
            })
            .position(|t| lower(t) == "quoted")?;
        self.quoted_object(&toks[q + 1..])
    }

    /// The one quoted in the words after an active `quoted` (`him`, `Ali
    /// Karimi`, `its spokesman, Rear Admiral Hossein Kalantari,`), when
    /// `as saying` follows them.
    fn quoted_object(&self, toks: &[Token]) -> Option<Speaker> {
        let a = toks
            .iter()
            .take(12)
            .take_while(|t| is_word(t) || t.text == ",")
            .position(|t| lower(t) == "as")?;
        let saying = toks
            .get(a + 1)
            .is_some_and(|t| matches!(lower(t).as_str(), "saying" | "telling" | "stating"));
        // (`its spokesman, Rear Admiral Hossein Kalantari,`: the name.)
        let object = toks[..a]
            .split(|t| t.text == ",")
            .filter(|p| !p.is_empty())
            .max_by_key(|p| p.iter().any(is_capitalised))?;
        if !saying {
            return None;
        }
        let (first, last) = (&object[0], &object[object.len() - 1]);
        let pronoun = match (object.len(), lower(first).as_str()) {
            (1, "him") => "he",
            (1, "her") => "she",
            (1, "them" | "it") => return None,
            _ => return self.resolve(first.range.start..last.range.end),
        };
        self.pronoun(first.range.start, pronoun.to_owned())
            .map(|s| Speaker {
                mention: first.text.to_owned(),
                ..s
            })
    }

    /// Who sent the message whose words a sentence goes on to read: the
    /// agent of `sent by` (or `wrote`, `posted`, `texted`), or their subject.
    fn sender(&self, toks: &[Token]) -> Option<Speaker> {
        let s = toks
            .iter()
            .rposition(|t| matches!(lower(t).as_str(), "sent" | "wrote" | "posted" | "texted"))?;
        if toks.get(s + 1).is_some_and(|t| lower(t) == "by") {
            let from = s + 2;
            let end = (from..toks.len())
                .find(|&k| !(is_capitalised(&toks[k]) && is_word(&toks[k])))
                .unwrap_or(toks.len());
            return (end > from)
                .then(|| self.resolve(toks[from].range.start..toks[end - 1].range.end))
                .flatten();
        }
        let subject = Resolver::subject_before(toks, s)?;
        self.resolve(subject)
    }

    /// Where the sentence holding `at` starts and its line ends, when it
    /// is in the headline or standfirst: a heading with only headings
    /// above it (looked at within the draft's first few lines).
    fn headline_line(&self, at: usize) -> Option<(usize, usize)> {
        let start = self.sentence_start(at, 0);
        if start > 4 * HEADLINE_LINE {
            return None;
        }
        // (Its line's end looked for within a headline's length, so that a
        // huge first paragraph is not read again for each name in it.)
        let reach = floor_char_boundary(self.text, (start + HEADLINE_LINE).min(self.text.len()));
        let line_end = match self.text[start..reach].find('\n') {
            Some(n) => start + n,
            None if reach == self.text.len() => reach,
            None => return None,
        };
        let above = &self.text[..start];
        (crate::extract::is_heading(&self.text[start..line_end])
            && above
                .split("\n\n")
                .all(|p| p.trim().is_empty() || crate::extract::is_heading(p)))
        .then_some((start, line_end))
    }

    /// The body or person a headline's bare description (`council`,
    /// `Chief executive`, `NHS chief`, `the minister`) at `at` stands for:
    /// the first the story below names with that noun. A body: the first
    /// whose name holds it (`Westmoor County Council`). A role: the first
    /// person named just after it (`chief executive Julia Penrose`) or
    /// with it in an apposition (`Rachel Ingram, the housing minister,`).
    fn headline_role(&self, mention: &str, at: usize) -> Option<Speaker> {
        let (start, line_end) = self.headline_line(at)?;
        // A description: lower-case words after any article (the first
        // may be capitalised as the line's first word), an acronym aside.
        let words: Vec<&str> = mention.split_whitespace().collect();
        let words = match words.first() {
            Some(w) if DETERMINERS.contains(&w.to_lowercase().as_str()) => &words[1..],
            _ => &words[..],
        };
        // (`says Tubod Sur mayor`: the place before a role aside, when the
        // story does not give the role with it: `Labour leader Keir
        // Starmer`, after `Reform UK leader Nigel Farage`.)
        let capitalised = words
            .iter()
            .take_while(|w| w.starts_with(char::is_uppercase))
            .count();
        let story_end =
            floor_char_boundary(self.text, (line_end + HEADLINE_STORY).min(self.text.len()));
        let placed = if (1..=3).contains(&capitalised)
            && !self.text[line_end..story_end].contains(&words.join(" "))
        {
            capitalised
        } else {
            0
        };
        let words = match &words[placed..] {
            [role @ .., head]
                if (1..=3).contains(&placed)
                    && is_person_noun(&head.to_lowercase())
                    && role
                        .iter()
                        .chain([head])
                        .all(|w| w.starts_with(char::is_lowercase)) =>
            {
                &words[placed..]
            }
            _ => words,
        };
        let (head, _) = words.split_last()?;
        let plain = words.iter().enumerate().all(|(i, w)| {
            w.starts_with(char::is_lowercase)
                || (i == 0 && self.text[start..at].trim().is_empty())
                || w.chars().all(|c| c.is_ascii_uppercase())
        });
        let head = head.to_lowercase();
        if !plain || words.len() > 4 || PRONOUNS.contains(&head.as_str()) {
            return None;
        }
        let story = line_end
            ..floor_char_boundary(self.text, (line_end + HEADLINE_STORY).min(self.text.len()));
        let mentions = self.mentions.borrow();
        let below = starting_in(&mentions, story.clone());
        let found = if is_body_noun(&head) {
            let holds = |m: &&Mention| {
                self.text[m.range.clone()].split_whitespace().any(|w| {
                    w.trim_end_matches("’s")
                        .trim_end_matches("'s")
                        .eq_ignore_ascii_case(&head)
                })
            };
            // `High street fashion chain blames …`: a company's noun, the
            // first company the story names.
            let company = |m: &&Mention| {
                COMPANY_NOUNS.contains(&head.as_str()) && !is_no_company(&m.referent.name)
            };
            let bodies = || below.iter().filter(|m| m.referent.organisation);
            bodies()
                .find(holds)
                .or_else(|| bodies().find(company))
                .map(|m| m.referent.clone())
        } else if is_person_noun(&head) {
            let role = words.join(" ").to_lowercase();
            // `Coroner warns of …`, over `senior coroner Dr Alison
            // Marchetti`: the one the story ties that role to.
            let tied = || {
                self.descriptions
                    .exactly(&fold(&role))
                    .map(|(_, r)| r.clone())
            };
            // Each place the story gives the role (the folded text keeps
            // byte offsets only where lower-casing keeps lengths).
            let named_there = || {
                let story_text = self.text[story.clone()].to_lowercase();
                (story_text.len() == story.len())
                    .then(|| {
                        story_text.match_indices(&role).find_map(|(i, _)| {
                            let at = story.start + i;
                            let end = at + role.len();
                            below.iter().find(|m| {
                                !m.referent.organisation
                                    && ((m.range.start >= end && m.range.start <= end + 2)
                                        || (m.range.end <= at
                                            && self.text[m.range.end..at].starts_with(", ")
                                            && self.text[m.range.end..at].len() <= 40
                                            && !self.text[m.range.end..at].contains(['.', ';'])))
                            })
                        })
                    })
                    .flatten()
                    .map(|m| m.referent.clone())
            };
            tied().or_else(named_there)
        } else {
            None
        };
        let r = found?;
        Some(Speaker {
            name: r.name,
            id: r.id,
            mention: mention.to_owned(),
        })
    }

    /// The subject of a headline's last words when they report a finding
    /// (`…, judge rules`, `…, inquiry finds`): a few words and a verb of
    /// finding that end the line.
    fn headline_finding(&self, toks: &[Token]) -> Option<Speaker> {
        let (verb, before) = toks.split_last()?;
        // The words after the line's last comma (`… on sewage, report finds`).
        let subject = before
            .iter()
            .rposition(|t| t.text == ",")
            .map_or(before, |c| &before[c + 1..]);
        let at_line_end = self
            .text
            .get(verb.range.end..)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['\n', '\r']));
        let words = subject.iter().filter(|t| is_word(t)).count();
        let plain = subject
            .iter()
            .all(|t| is_word(t) || t.text == "’" || t.text == "'");
        if !at_line_end || !plain || !(1..=4).contains(&words) || !FINDINGS.contains(&verb.text) {
            return None;
        }
        let first = subject.first()?;
        self.resolve(first.range.start..subject.last()?.range.end)
    }

    /// The agent of a passive verb of judgement around a quotation: `was
    /// rated "inadequate" by Ofsted`, `described as "…" by the inspectorate`.
    pub fn passive_agent(&self, before: Range<usize>, after: Range<usize>) -> Option<Speaker> {
        let lead = tokens(self.text, before);
        // A passive (`was rated`, `has been described as`), not `what it
        // called "…" by ministers`.
        let words: Vec<String> = lead.iter().rev().take(3).map(lower).collect();
        let passive = |aux: &String| {
            matches!(
                aux.as_str(),
                "was" | "were" | "been" | "being" | "is" | "are" | "be"
            )
        };
        let judged = match words.as_slice() {
            [w, aux, ..] if PASSIVE_JUDGEMENTS.contains(&w.as_str()) => passive(aux),
            [as_, w, aux] => {
                as_ == "as" && PASSIVE_JUDGEMENTS.contains(&w.as_str()) && passive(aux)
            }
            _ => false,
        };
        if !judged {
            return None;
        }
        let toks = tokens(self.text, after);
        if toks.first().is_none_or(|t| t.text != "by") {
            return None;
        }
        // The agent: up to a comma, a stop or a word that opens a phrase
        // of time or place (`by Ofsted after inspectors found …`).
        let end = toks[1..]
            .iter()
            .take(8)
            .position(|t| {
                !is_word(t)
                    || OPENERS.contains(&lower(t).as_str())
                    || TIME_WORDS.contains(&lower(t).as_str())
            })
            .map_or(toks.len().min(9), |p| p + 1);
        // A body or person the draft names (`Ofsted`), not `the prisons
        // inspectorate`, which may mean any body named before.
        let named = toks[1..end]
            .iter()
            .any(|t| is_capitalised(t) && !is_not_name(t.text));
        (end > 1 && named).then(|| self.resolve(toks[1].range.start..toks[end - 1].range.end))?
    }

    /// `People who had "…" had turned up in waterproofs because …, she
    /// said.`: an attribution that ends the quotation's sentence far after
    /// it, a comma, then `he`, `she` or a name of up to three words, then a
    /// verb of saying and the stop, with no other verb of saying or
    /// quotation between.
    fn sentence_ending_attribution(&self, toks: &[Token]) -> Option<Speaker> {
        let end = toks
            .iter()
            .take(60)
            .position(|t| matches!(t.text, "." | "!" | "?" | ";" | "“" | "”" | "\"" | "‘"))?;
        if toks[end].text != "." || end < 3 {
            return None;
        }
        let v = end - 1;
        if verb_form(toks, v) != Some(Form::Finite) || (0..v).any(|k| verb_form(toks, k).is_some())
        {
            return None;
        }
        let comma = toks[..v].iter().rposition(|t| t.text == ",")?;
        let subject = &toks[comma + 1..v];
        let pronoun = matches!(subject, [p] if matches!(lower(p).as_str(), "he" | "she"));
        let named = (1..=3).contains(&subject.len()) && subject.iter().all(is_capitalised);
        (pronoun || named)
            .then(|| self.resolve(subject[0].range.start..subject[subject.len() - 1].range.end))
            .flatten()
    }

    /// The person last asked something (`asked Mr Baird whether …`) in the
    /// stretch of text before `at`.
    fn asked_before(&self, at: usize) -> Option<Speaker> {
        let from = floor_char_boundary(self.text, at.saturating_sub(CONTEXT_BACK));
        let toks = tokens(self.text, from..at);
        let k = toks
            .iter()
            .rposition(|t| t.text == "asked" && !self.is_quoted(t.range.start))?;
        let name: Vec<&Token> = toks[k + 1..]
            .iter()
            .take_while(|t| is_capitalised(t) || t.text == ".")
            .collect();
        let (first, last) = (name.first()?, name.iter().rev().find(|t| t.text != ".")?);
        self.resolve(first.range.start..last.range.end)
    }

    /// Whether the words after a quotation, `text[range]`, open a new
    /// sentence: the quotation closed with its own stop, and a capitalised
    /// article follows (`"Can I get a word in?" The room laughs.`).
    pub fn new_sentence_after(&self, range: Range<usize>) -> bool {
        let closed = self.text[..range.start]
            .trim_end()
            .trim_end_matches(['"', '”', '’', '\''])
            .ends_with(['.', '!', '?']);
        closed
            && self.text[range]
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "The" | "A" | "An"))
    }

    /// The speaker named in the words of the sentence before a quotation
    /// (`X said: "…"`, `according to X, "…"`, `…, insisting that "…"`).
    pub fn before(&self, range: Range<usize>) -> Option<Speaker> {
        let toks = tokens(self.text, range);
        // `Speaker Qalibaf was quoted by ISNA as calling the demands
        // "…"`: the one quoted, the subject before `was quoted`.
        let sentence = last_sentence_start(&toks);
        let opening = after_opening_phrase(&toks[sentence..]) + sentence;
        if let Some(k) = toks.get(opening..).and_then(quoted_as) {
            if let Some(s) = Resolver::subject_before(&toks, opening + k) {
                return self.resolve(s);
            }
        }
        // `State news agency IRNA quoted its spokesman, Rear Admiral
        // Hossein Kalantari, as saying the claim was "…"`: the one quoted.
        // (Not when a later verb, past a comma, brings the words in: `IRNA
        // quoted X as saying …, but Tom Ray said: "…"`; though one inside
        // what was said does not: `… as saying the sides had agreed …`.)
        if let Some(q) = toks[opening..].iter().rposition(|t| lower(t) == "quoted") {
            let from = opening + q + 1;
            let later_verb = toks[from..]
                .iter()
                .position(|t| matches!(t.text, "," | ";" | ":"))
                .is_some_and(|c| {
                    (from + c..toks.len()).any(|k| verb_form(&toks, k) == Some(Form::Finite))
                });
            if let Some(s) = self.quoted_object(&toks[from..]).filter(|_| !later_verb) {
                return Some(s);
            }
        }
        // `According to an arrest affidavit, Mott told deputies he was
        // "…"`: a reporting verb after the phrase's first part reports the
        // words; the phrase only opens the sentence.
        let according = toks
            .windows(2)
            .rposition(|w| w[0].text.eq_ignore_ascii_case("according") && w[1].text == "to")
            .filter(|&a| {
                // A name straight after the phrase's first part, and its
                // verb within a word or two.
                let Some(comma) = toks[a + 2..].iter().position(|t| t.text == ",") else {
                    return true;
                };
                let named = a + 2 + comma + 1;
                // (Or a pronoun: `According to Ms Ashdown, he told her:`.)
                let pronoun = |t: &Token| PRONOUNS.contains(&lower(t).as_str());
                !(toks
                    .get(named)
                    .is_some_and(|t| is_capitalised(t) && !is_not_name(t.text) || pronoun(t))
                    && (named + 1..(named + 4).min(toks.len()))
                        .any(|i| verb_form(&toks, i) == Some(Form::Finite)))
            });
        if let Some(a) = according {
            let start = a + 2;
            // `According to him, "…"`: whom the pronoun means.
            if let Some(t) = toks.get(start) {
                // (Not `her training partner Tasha Grey`: a possessive's
                // noun after it.)
                // (But `according to her on Monday`, `her and two others`.)
                let possessive = toks.get(start + 1).is_some_and(|n| {
                    is_word(n)
                        && n.text.starts_with(char::is_lowercase)
                        && !PREPOSITIONS.contains(&n.text)
                        && !matches!(
                            n.text,
                            "and" | "or" | "but" | "on" | "after" | "before" | "last" | "this"
                        )
                });
                let pronoun = match lower(t).as_str() {
                    "him" => Some("he"),
                    "her" if !possessive => Some("she"),
                    "them" => Some("they"),
                    _ => None,
                };
                if let Some(p) = pronoun {
                    return self.pronoun(t.range.start, p.to_owned()).map(|s| Speaker {
                        mention: t.text.to_owned(),
                        ..s
                    });
                }
            }
            // (`according to T.K. Nair`: an initial's stop inside a name;
            // `the Rail Workers' Alliance`: a plural's straight apostrophe
            // before the name's next word.)
            let plural_apostrophe = |k: usize| {
                toks[k].text == "'"
                    && k > start
                    && toks[k - 1].text.ends_with('s')
                    && toks.get(k + 1).is_some_and(is_capitalised)
            };
            let end = (start..toks.len())
                .find(|&k| {
                    let t = &toks[k];
                    !(is_word(t)
                        || t.text == "’"
                        || t.text == ","
                        || initial_stop(&toks, k)
                        || plural_apostrophe(k))
                })
                .unwrap_or(toks.len());
            // `according to a spokesman, Lars Bergqvist,`: the name.
            let segments: Vec<&[Token]> = toks[start..end]
                .split(|t| t.text == ",")
                .filter(|s| !s.is_empty())
                .collect();
            // (`according to Lindqvist's campaign manager, Theo
            // Barrantes,`: a name of capitals alone before a description
            // that holds one.)
            let name_alone = |s: &[Token]| {
                s.len() >= 2 && s.iter().all(|t| is_capitalised(t) && !is_not_name(t.text))
            };
            let chosen = segments
                .iter()
                .skip(1)
                .find(|s| name_alone(s))
                .filter(|_| {
                    segments.first().is_some_and(|s| {
                        s.iter()
                            .any(|t| is_word(t) && t.text.starts_with(char::is_lowercase))
                    })
                })
                .or_else(|| {
                    segments
                        .iter()
                        .find(|s| s.iter().any(|t| is_capitalised(t) && !is_not_name(t.text)))
                })
                .or(segments.first());
            if let Some(seg) = chosen {
                if let (Some(a), Some(b)) = (seg.first(), seg.last()) {
                    return self.resolve(a.range.start..b.range.end);
                }
            }
        }
        // `As one trader put it, "…"`.
        let as_put = toks.len().checked_sub(4).and_then(|from| {
            let a = (from.saturating_sub(6)..=from)
                .rev()
                .find(|&a| lower(&toks[a]) == "as")?;
            let tail = toks.iter().rposition(|t| t.text == "it")?;
            // (`As Wickramasinghe put it, with a thin smile: "…"`: past
            // an aside of a few words, set off by a comma.)
            let after = &toks[tail + 1..];
            // (A preposition's phrase: `with a thin smile`, `in 2019`.)
            let aside = after.len() <= 10
                && after.first().is_some_and(|t| t.text == ",")
                && after.last().is_some_and(|t| matches!(t.text, "," | ":"))
                && after
                    .get(1)
                    .is_some_and(|t| PREPOSITIONS.contains(&lower(t).as_str()))
                && after[1..after.len() - 1].iter().all(is_word);
            (aside || after.iter().all(|t| matches!(t.text, "," | ":")))
                .then(|| put_it(&toks[a..]))
                .flatten()
        });
        if let Some(subject) = as_put {
            return self.resolve(subject);
        }
        // `Her first crop was, in her words, "…"`, `in the words of one
        // judge, "…"`: whose words they are.
        if let Some(owner) = in_words(&toks) {
            let word = &self.text[owner.clone()];
            return if matches!(word, "her" | "his" | "their") {
                self.pronoun(owner.start, word.to_owned())
            } else {
                self.resolve(owner)
            };
        }
        // `Passengers have been warned by the operator to expect "…"`: a
        // passive verb of saying and its agent.
        let passive = (1..toks.len()).rev().find(|&k| {
            matches!(
                lower(&toks[k - 1]).as_str(),
                "was" | "were" | "been" | "being" | "is" | "are"
            ) && reporting(toks[k].text).is_some()
                && toks.get(k + 1).is_some_and(|t| t.text == "by")
                // The last verb of saying before the words, in their sentence.
                && !toks[k + 1..].iter().any(|t| {
                    reporting(t.text).is_some() || matches!(t.text, "." | "“" | "”" | "\"")
                })
        });
        if let Some(v) = passive {
            let from = v + 2;
            // (Up to the phrase after the agent: `described by Reid as`,
            // `by the coach in an interview`.)
            // (Not `in` inside a body's name: `the Church in Wales`.)
            let end = (from..toks.len())
                .find(|&k| {
                    let next_named = toks.get(k + 1).is_some_and(is_capitalised);
                    // (`accused by MPs yesterday of being`: a day's word
                    // ends it too.)
                    !is_word(&toks[k])
                        || matches!(
                            lower(&toks[k]).as_str(),
                            "to" | "that" | "not" | "about" | "as"
                        )
                        || k > from
                            && matches!(
                                toks[k].text,
                                "yesterday" | "today" | "tonight" | "overnight"
                            )
                        || matches!(lower(&toks[k]).as_str(), "in" | "on" | "at" | "during")
                            && !next_named
                })
                .unwrap_or(toks.len());
            // (An agent the draft names is the speaker; one it only
            // describes, `by some reviewers`, keeps the words, unnamed,
            // rather than leave them to a name elsewhere in the sentence.)
            // (`by her coach, Andy Kerr, as`: the name set off after a
            // description of one person; not a list, `by residents, Hartley
            // Council, and two local MPs`.)
            let one_person = end > from && is_person_noun(&lower(&toks[end - 1]));
            let (from, end) = match toks.get(end) {
                Some(t) if t.text == "," && one_person => {
                    let name_end = toks[end + 1..]
                        .iter()
                        .take(6)
                        .position(|t| !is_capitalised(t))
                        .map(|k| end + 1 + k);
                    match name_end {
                        Some(k)
                            if k > end + 1
                                && toks[k].text == ","
                                && toks
                                    .get(k + 1)
                                    .is_none_or(|t| !matches!(t.text, "and" | "or")) =>
                        {
                            (end + 1, k)
                        }
                        _ => (from, end),
                    }
                }
                _ => (from, end),
            };
            if end > from {
                let agent = toks[from].range.start..toks[end - 1].range.end;
                let words = &self.text[agent.clone()];
                let people = words.starts_with(char::is_lowercase) && is_plural_description(words);
                return self.resolve(agent).or_else(|| {
                    people.then(|| Speaker {
                        name: words.to_owned(),
                        id: None,
                        mention: words.to_owned(),
                    })
                });
            }
        }
        let verbs: Vec<(usize, Form)> = (0..toks.len())
            .filter(|&i| !self.is_quoted(toks[i].range.start))
            .filter_map(|i| verb_form(&toks, i).map(|f| (i, f)))
            .collect();
        let ends_with_colon = toks.last().is_some_and(|t| t.text == ":");
        // (`PULL QUOTE:`, `Q:`: a page's label names no one.)
        if ends_with_colon
            && is_page_label(&self.text[toks[0].range.start..toks[toks.len() - 1].range.start])
        {
            return None;
        }
        // `She spoke to a retired bus driver, Hemi Tautari, 71:`: the one
        // spoken to gives the words after the colon.
        if ends_with_colon {
            let clause = last_sentence_start(&toks);
            let spoken_to = toks[clause..].windows(2).rposition(|w| {
                matches!(
                    lower(&w[0]).as_str(),
                    "spoke" | "speaking" | "talked" | "talking" | "chatted" | "chatting"
                ) && matches!(w[1].text, "to" | "with")
            });
            if let Some(s) = spoken_to.and_then(|k| {
                let object = &toks[clause + k + 2..toks.len() - 1];
                // (A few words, no clause of their own: not `spoke to
                // reporters after the vote, and said:`.)
                (object.len() <= 10 && !object.iter().any(|t| reporting(t.text).is_some()))
                    .then(|| self.first_name_in(object))
                    .flatten()
                    // (A person: not `spoke to BBC Radio Bristol`.)
                    .filter(|s| !self.is_organisation(&s.name))
            }) {
                return Some(s);
            }
        }
        if ends_with_colon {
            // `Asked …, Jones was noncommittal: "…"`: a name in the clause
            // before the colon, when no reporting verb is there.
            let clause_start = toks
                .iter()
                .rposition(|t| t.text == ",")
                .map_or(0, |c| c + 1);
            let clause = &toks[clause_start..toks.len() - 1];
            if !clause.iter().any(|t| reporting(t.text).is_some()) {
                // A body only as the clause's subject, not one in passing
                // (`… taped above the pass in several Lakeport kitchens:`).
                let opens_named = clause.first().is_some_and(is_capitalised);
                if let Some(s) = self
                    .first_name_in(clause)
                    .filter(|s| opens_named || !self.is_organisation(&s.name))
                {
                    return Some(s);
                }
                // `she did not hesitate: "…"`
                if let Some(p) = clause
                    .iter()
                    .find(|t| matches!(lower(t).as_str(), "he" | "she"))
                {
                    return self.resolve(p.range.clone());
                }
                // `Asked …, the Treasurer was unapologetic: "…"`: a
                // description opening the clause that the draft tied to a
                // name.
                if clause.first().is_some_and(|t| lower(t) == "the") {
                    let words = clause.iter().take(4).take_while(|t| is_word(t)).count();
                    for n in (2..=words).rev() {
                        let phrase = clause[0].range.start..clause[n - 1].range.end;
                        let written = &self.text[phrase.clone()];
                        let s = self.described(written, phrase.start);
                        if s.name != written && !is_unnamed(&s) && !self.is_organisation(&s.name) {
                            return Some(s);
                        }
                    }
                }
            }
            if !toks.iter().any(|t| reporting(t.text).is_some()) {
                // `Mina, 24, a nursing student, took the opposite view: "…"`:
                // the name the sentence opens with.
                let named = self.first_name_in(&toks);
                if let Some(s) = named.clone().filter(|s| !self.is_organisation(&s.name)) {
                    return Some(s);
                }
                // `Her advice: "…"`, `Her most-quoted line, … in several
                // Lakeport kitchens: "…"`: whom the opening possessive means,
                // before a body named in passing.
                if let Some(p) = toks
                    .first()
                    .filter(|t| matches!(lower(t).as_str(), "his" | "her"))
                {
                    return self.pronoun(p.range.start, p.text.to_owned());
                }
                if named.is_some() {
                    return named;
                }
            }
        }
        let Some(&(last, form)) = verbs.last() else {
            // `The authority's investigation found that …`: a document finds.
            let found = toks.iter().rposition(|t| {
                matches!(t.text, "found" | "finds") && !self.is_quoted(t.range.start)
            });
            if let Some(f) = found.filter(|_| !ends_with_colon) {
                let subject = Resolver::subject_before(&toks, f)?;
                let document = tokens(self.text, subject.clone())
                    .iter()
                    .take(7)
                    .any(|t| DOCUMENTS.contains(&t.text));
                // (`Mrs Justice Harcourt … found that a "…"`, `An employment
                // tribunal found`: whoever else finds, too.)
                // (Not one unnamed: `Researchers found`, which leaves the
                // words to the study named before.)
                return if document {
                    self.document_author(subject)
                } else {
                    self.resolve(subject).filter(|s| !is_unnamed(s))
                };
            }
            if !ends_with_colon {
                return None;
            }
            // `11:48 p.m. — Reyes: "…"`: the capitalised words before the colon.
            let colon = toks.len() - 1;
            let first = capitalised_start(&toks, 0, colon);
            // (Not a day's or a month's name: `She set out the problem in
            // a note published on Wednesday:`.)
            return self.first_name_in(&toks).or_else(|| {
                (first < colon
                    && !is_time_name(toks[first].text)
                    // (`published in May:`: a month that is a given name
                    // too, after a word of time.)
                    && !(first > 0
                        && matches!(lower(&toks[first - 1]).as_str(), "in" | "on" | "since" | "until" | "by" | "of")
                        && NAMED_MONTHS.contains(&toks[first].text)))
                    .then(|| self.resolve(toks[first].range.start..toks[colon - 1].range.end))
                    .flatten()
                    // (`He began by thanking the count staff, then turned
                    // to the voters:`: whom its opening pronoun means.)
                    .or_else(|| opening_pronoun(&toks).and_then(|p| self.resolve(p)))
            });
        };
        let first_finite = verbs
            .iter()
            .find(|(_, f)| *f == Form::Finite)
            .map(|&(i, _)| i);
        // `Dawson sent a message to a friend which read: "…"`, `One
        // message, sent by Dean Carroway …, read: "…"`: its sender.
        if matches!(lower(&toks[last]).as_str(), "read" | "reads") {
            if let Some(sender) = self.sender(&toks[..last]) {
                return Some(sender);
            }
        }
        if form == Form::Participle {
            // `holding signs reading "…"`: words on a thing, no one's.
            if last > 0 && is_inscription(&lower(&toks[last - 1])) {
                return None;
            }
            // `…, with the chief mediator saying a deal was "…"`: the
            // participle's own subject, after `with`.
            let with = (last.saturating_sub(6)..last)
                .rev()
                .find(|&k| lower(&toks[k]) == "with");
            if let Some(w) = with.filter(|&w| {
                w + 1 < last
                    && toks[w + 1..last]
                        .iter()
                        .all(|t| is_word(t) || t.text == "’")
            }) {
                return self.resolve(toks[w + 1].range.start..toks[last - 1].range.end);
            }
            // `… Angela Pryce describing it as "…"`: the name just before.
            // (Not one written to: `he had written to Martin Oyelaran
            // asking him to "…"`, whose writer asks.)
            let first = capitalised_start(&toks, 0, last);
            let written_to = first > 0 && lower(&toks[first - 1]) == "to";
            if first < last && !is_not_name(toks[last - 1].text) && !written_to {
                return self.resolve(toks[first].range.start..toks[last - 1].range.end);
            }
            // `…, insisting that "…"`: the subject of the sentence, or of
            // the verb just before the comma (`as the typhoon signal …,
            // the Observatory has said, warning that "…"`).
            let just_before = (last >= 2 && toks[last - 1].text == ",")
                .then(|| {
                    verbs
                        .iter()
                        .find(|&&(i, f)| i == last - 2 && f == Form::Finite)
                })
                .flatten()
                .map(|&(i, _)| i);
            // `The premier's office later issued a statement saying …`:
            // the subject of the verb that put out the words.
            let issued = || {
                // (A few words back: a long sentence stays linear.)
                (last.saturating_sub(5).max(1)..last).rev().find(|&k| {
                    matches!(
                        lower(&toks[k]).as_str(),
                        "issued"
                            | "released"
                            | "published"
                            | "posted"
                            | "sent"
                            | "filed"
                            | "lodged"
                            | "submitted"
                            | "circulated"
                    )
                })
            };
            // `The council fined Rohan Mehta, saying …`: after a comma,
            // the name or body the sentence opens with, not its object.
            // (Its own verb after it: not `Sharks coach Darren …`.)
            let comma_subject = || {
                if last == 0 || toks[last - 1].text != "," {
                    return None;
                }
                let span = toks[0].range.start..toks[last].range.start;
                self.opening_subject(span.clone()).filter(|s| {
                    let written = &self.text[span];
                    // (Past its initials in brackets: `The India
                    // Meteorological Department (IMD) has issued`.)
                    let next = written
                        .find(&s.mention)
                        .map(|i| written[i + s.mention.len()..].trim_start())
                        .map(
                            |rest| match rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
                                Some((inside, after)) if is_acronym(inside) => after,
                                _ => rest,
                            },
                        )
                        .and_then(|rest| rest.split_whitespace().next())
                        .unwrap_or("");
                    next.starts_with(char::is_lowercase)
                        && !is_title_word(next)
                        && !is_person_noun(next)
                })
            };
            // `Durrani took aim at the plan, which promised …, describing
            // it as`: a verb of a thing's relative clause says nothing of
            // who describes.
            let in_relative =
                |f: usize| f > 0 && matches!(lower(&toks[f - 1]).as_str(), "which" | "that");
            return match just_before.or(first_finite).or_else(issued) {
                // (Or when that subject is none we can resolve.)
                Some(f) if f < last && !in_relative(f) => Resolver::subject_before(&toks, f)
                    .and_then(|r| self.resolve(r))
                    .or_else(comma_subject),
                // `He was fond of saying that …`, `In 1997 she declined a
                // seat in the House of Lords, telling …`: the pronoun the
                // sentence opens with, before a name in passing.
                _ => comma_subject()
                    .or_else(|| opening_pronoun(&toks[..last]).and_then(|p| self.resolve(p)))
                    .or_else(|| {
                        let d = opening_description(&toks[..last])?;
                        self.resolve(d)
                    })
                    .or_else(|| {
                        self.first_name_in(&toks[..last])
                            .filter(|s| !object_of_past_verb(&toks[..last], &s.mention))
                    })
                    .or_else(|| self.opening_speaker(&toks[..last])),
            };
        }
        // `X was reluctant to explain her work, and once described herself
        // as "…"`: the name the sentence opens with.
        let joined = |k: usize| matches!(lower(&toks[k]).as_str(), "and" | "but");
        if last > 1 && joined(last - 2) && is_adverb(&lower(&toks[last - 1])) {
            // `He campaigned for what became the Dock Safety Act and later
            // described it as "…"`: the pronoun the sentence opens with.
            if let Some(p) = opening_pronoun(&toks[..last]) {
                return self.resolve(p);
            }
            if let Some(s) = self.first_name_in(&toks[..last]) {
                return Some(s);
            }
        }
        // `… and said`, `… and would continue`: a modal may stand between.
        let conjunction = |k: usize| matches!(lower(&toks[k]).as_str(), "and" | "but" | "then");
        let coordinated = last > 0 && conjunction(last - 1)
            || last > 1
                && AUXILIARIES.contains(&lower(&toks[last - 1]).as_str())
                && conjunction(last - 2);
        if coordinated {
            // `X described them as "…" and said "…"`: the verbs share a subject.
            return match first_finite {
                // (`Asked by Aldous whether …, she pointed towards the dock
                // and replied`: or, when that subject names no one, the
                // pronoun opening the clause after the verb's comma.)
                Some(f) if f < last => Resolver::subject_before(&toks, f)
                    .and_then(|r| self.resolve(r))
                    .or_else(|| {
                        let comma = toks[..last].iter().rposition(|t| t.text == ",")?;
                        (comma > f)
                            .then(|| opening_pronoun(&toks[comma + 1..last]))
                            .flatten()
                            .and_then(|p| self.resolve(p))
                    }),
                // `In a filing with the SEC, Keystone disclosed …, but said`:
                // not a name in the opening phrase.
                // (`In a short video, she looked into the camera and said`:
                // or the pronoun opening the clause.)
                _ => {
                    let opening = after_opening_phrase(&toks[..last]);
                    // (`He thanked Ms Ostrowski for her work and wrote`:
                    // a pronoun opening the sentence, after any opening
                    // phrase, comes before a name it goes on to.)
                    // (Not past a second clause's subject: `I did a school
                    // visit and a boy put his hand up and asked`.)
                    // (Nor past a clause of its own that opens with a
                    // conjunction: `He had gone home when Ms Ostrowski sat
                    // down and wrote`.)
                    let clauses = toks[opening..last].windows(2).any(|w| {
                        matches!(lower(&w[0]).as_str(), "and" | "but")
                            && (DETERMINERS.contains(&lower(&w[1]).as_str())
                                || PRONOUNS.contains(&lower(&w[1]).as_str()))
                    }) || toks[opening..last].windows(2).any(|w| {
                        // (A person as that clause's subject: not `when the
                        // whistle went`, nor `after the vote`.)
                        SUBORDINATORS.contains(&lower(&w[0]).as_str())
                            && (is_capitalised(&w[1])
                                || matches!(lower(&w[1]).as_str(), "he" | "she" | "they"))
                    });
                    let lead = toks[opening..last]
                        .first()
                        .filter(|p| PRONOUNS.contains(&lower(p).as_str()) && !clauses)
                        .and_then(|p| self.resolve(p.range.clone()));
                    lead.or_else(|| self.first_name_in(&toks[opening..last]))
                        .or_else(|| {
                            let comma = toks[..last].iter().rposition(|t| t.text == ",");
                            let clause = comma.map_or(opening, |c| c + 1).max(opening);
                            opening_pronoun(&toks[clause..last]).and_then(|p| self.resolve(p))
                        })
                }
            };
        }
        let Some(subject) = Resolver::subject_before(&toks, last) else {
            // `X warned that recently proposed rules could "…"`: a verb
            // with no subject, used as an adjective (an adverb in `-ly`
            // before it, a noun after), gives way to the sentence's
            // earlier verb.
            return Resolver::subject_after(&toks, last)
                .and_then(|r| self.resolve(r))
                .or_else(|| {
                    let adjective = last > 0
                        && lower(&toks[last - 1]).ends_with("ly")
                        && toks.get(last + 1).is_some_and(|n| {
                            is_word(n)
                                && n.text.starts_with(char::is_lowercase)
                                && !matches!(
                                    n.text,
                                    "her" | "him" | "them" | "us" | "me" | "it" | "that" | "to"
                                )
                        });
                    // `X said the union would not call off the strike on
                    // "…"`: a verb after a modal, with no subject of its
                    // own, is the reported clause's.
                    // (`… said she had read that note "…"`: or an
                    // auxiliary of the perfect.)
                    // (`Mr Birtles wrote to say he was "…"`: or an
                    // infinitive of purpose after the verb.)
                    let modal = last > 0 && {
                        let w = lower(&toks[last - 1]);
                        MODALS.contains(&w.as_str())
                            || matches!(w.as_str(), "not" | "cannot" | "had" | "has" | "have")
                            || w == "to" && first_finite.is_some_and(|f| f + 2 == last)
                    };
                    first_finite
                        .filter(|&f| f < last && (adjective || modal))
                        .and_then(|f| Resolver::subject_before(&toks, f))
                        .and_then(|r| self.resolve(r))
                });
        };
        // `Until then, said Ms Achieng, "…"`: an opening phrase before an
        // inverted verb is no subject; the name after the verb is.
        let opening_phrase = tokens(self.text, subject.clone())
            .first()
            .is_some_and(|t| OPENERS.contains(&lower(t).as_str()));
        if opening_phrase && INVERTING.contains(&lower(&toks[last]).as_str()) {
            if let Some(r) = Resolver::subject_after(&toks, last) {
                return self.resolve(r);
            }
        }
        // `A senior diplomat in Dessala, who spoke …, said`: an unnamed person.
        let unnamed_person = opens_unnamed_person(&tokens(self.text, subject.clone()));
        // `…, jury told`, `…, a court has heard`: the court only heard it;
        // in a trial's report, the prosecution's case.
        let heard = HEARD.contains(&lower(&toks[last]).as_str());
        if heard && is_audience(&fold(&self.text[subject.clone()])) {
            return self.prosecutor_as(&self.text[subject]);
        }
        // `…, a proposal the union has described as`: a subject after a
        // thing's noun, in that thing's relative clause.
        let after_noun = toks
            .iter()
            .position(|t| t.range.start == subject.start)
            .and_then(|k| k.checked_sub(1))
            .is_some_and(|k| {
                let w = &toks[k];
                is_word(w)
                    && !is_capitalised(w)
                    && reporting(w.text).is_none()
                    && !matches!(w.text, "that" | "and" | "but" | "as" | "because" | "while")
                    // (Not `said this week the company called`.)
                    && !is_time_noun(w.text)
                    && k > 0
                    && DETERMINERS.contains(&lower(&toks[k - 1]).as_str())
            });
        let speaker = self.resolve(subject);
        // `Reddick said teachers had told him they spend "…"`, `X said the
        // income, estimated at …, would be "…"`, `X said a flood wall, first
        // promised …, was "…"`: a later verb whose subject names no one
        // gives way to the sentence's named speaker.
        // `Yadav said the LJM would continue its boycott "unless …"`: a
        // weak verb after a modal, inside what the first verb reports,
        // is the reporter's too.
        // So is a verb that reports only weakly (`Its Foreign Ministry said
        // soldiers had attacked a post "on Vessarian soil"`).
        let said_first = first_finite.is_some_and(|f| {
            f < last && matches!(lower(&toks[f]).as_str(), "said" | "says" | "told" | "tells")
        });
        let weak = WEAK_REPORTING.contains(&lower(&toks[last]).as_str());
        let reported_modal =
            (weak || last > 0 && MODALS.contains(&lower(&toks[last - 1]).as_str())) && said_first;
        // `Chair Robert Fairclough said the board had concluded the offer
        // was "…"`, `He said the chamber had asked the council to consider
        // a "…"`: a body described inside what a person said is in his
        // report (the person's, not another body's).
        let described_body = said_first
            && !after_noun
            && speaker.as_ref().is_some_and(|s| {
                let mention = s.mention.to_lowercase();
                mention.starts_with("the ")
                    && mention.split_whitespace().count() == 2
                    && is_body_noun(head_word(&mention))
            });
        // (Not `She said the man told her to "fill the bag"`: a verb just
        // before the words, whose subject is a person, reports that
        // person's words, named or not.)
        let quoting_someone = last + 3 >= toks.len()
            && speaker.as_ref().is_some_and(|s| {
                let head = head_noun(&s.mention);
                PERSON_NOUNS.contains(&head.as_str())
                    || GENDERED_NOUNS.iter().any(|(n, _)| *n == head)
            });
        let gives_way = reported_modal
            || !quoting_someone && speaker.as_ref().map_or(!unnamed_person, is_vague);
        if gives_way || described_body {
            // (Not a relative clause's verb: `The owner of a shop on
            // Abbey Walk, who asked not to be named, said …`.)
            let earlier = first_finite
                .filter(|&f| f < last)
                .filter(|&f| f == 0 || !matches!(lower(&toks[f - 1]).as_str(), "who" | "which"))
                .and_then(|f| Resolver::subject_before(&toks, f))
                .and_then(|r| self.resolve(r))
                .filter(|s| !is_vague(s));
            if let Some(e) = earlier.filter(|e| gives_way || !self.is_organisation(&e.name)) {
                return Some(e);
            }
        }
        speaker
    }

    /// The speaker a sentence ending in a colon introduces: its attribution,
    /// else the first name in it (`Janet Obi, the treasurer, spoke next:`).
    pub fn introduction(&self, range: Range<usize>) -> Option<Speaker> {
        let toks = tokens(self.text, range.clone());
        self.before(range.clone())
            .or_else(|| self.first_name_in(&toks))
            .or_else(|| {
                // `Skerry Line has issued a statement. Here it is in full:`:
                // a short introduction naming no one continues the sentence
                // before it in the paragraph.
                let k = self.sentence_starts.partition_point(|&s| s <= range.start);
                let previous = *self.sentence_starts.get(k.checked_sub(2)?)?;
                let gap = self.text.get(previous..range.start)?;
                let short = toks.iter().filter(|t| is_word(t)).count() <= 8;
                (short && !gap.contains("\n\n"))
                    .then(|| self.first_name_in(&tokens(self.text, previous..range.start)))
                    .flatten()
            })
    }

    /// The person a sentence is about, if it opens with them (`She
    /// thinks about it for a long moment.`, `Outside the hearing, Carol
    /// Trewin read a statement.`) or reports them (`It was there, she
    /// says, that …`).
    pub fn sentence_subject(&self, range: Range<usize>) -> Option<Speaker> {
        let toks = tokens(self.text, range.clone());
        let start = after_opening_phrase(&toks);
        let he_or_she = |t: &Token| matches!(lower(t).as_str(), "he" | "she");
        if let Some(t) = toks.get(start).filter(|t| he_or_she(t)) {
            return self.pronoun(t.range.start, lower(t));
        }
        let mentions = self.mentions.borrow();
        let named = starting_in(&mentions, range.clone())
            .iter()
            .find(|m| (m.leads || m.subject) && is_person_mention(m));
        if let Some(m) = named {
            return Some(Speaker {
                name: m.referent.name.clone(),
                id: m.referent.id.clone(),
                mention: self.text[m.range.clone()].to_owned(),
            });
        }
        drop(mentions);
        let k = (0..toks.len().saturating_sub(1))
            .find(|&k| he_or_she(&toks[k]) && verb_form(&toks, k + 1) == Some(Form::Finite))?;
        self.pronoun(toks[k].range.start, lower(&toks[k]))
    }

    /// The one a sentence is about, from its start up to a quotation
    /// inside it with no verb of saying (`Mr Penhaligon thanked him for
    /// his "steady hand"`, `The state Education Department closed the
    /// schools "out of caution"`): the name or the `he` or `she` that
    /// opens it, person or body.
    fn opening_subject(&self, range: Range<usize>) -> Option<Speaker> {
        // Only the sentence's opening is read, so that a huge sentence of
        // quotations stays linear.
        let end = floor_char_boundary(self.text, range.end.min(range.start + CONTEXT_BACK));
        let toks = tokens(self.text, range.start..end.max(range.start));
        let start = after_opening_phrase(&toks);
        let first = toks.get(start)?;
        // `He is said to be "staying neutral"`: words that others, unnamed,
        // report of the subject.
        let hedged = (start + 1..toks.len().saturating_sub(1))
            .take_while(|&j| !Resolver::is_quote_mark(&toks, j))
            .any(|j| {
                matches!(lower(&toks[j - 1]).as_str(), "is" | "was" | "are" | "were")
                    && matches!(
                        toks[j].text,
                        "said" | "reported" | "understood" | "believed" | "rumoured" | "rumored"
                    )
                    && toks[j + 1].text == "to"
            });
        if hedged {
            return None;
        }
        if matches!(lower(first).as_str(), "he" | "she") {
            return self.pronoun(first.range.start, lower(first));
        }
        // The name must open the clause (after `The` and a few lower-case
        // words at most: `The state Education Department`, `The state
        // weather bureau PAGASA`).
        let mut k = start;
        if toks.get(k).is_some_and(|t| t.text == "The") {
            k += 1;
            // (Words of a description, not of a clause or a phrase: not
            // `The director of the …`, `The coalition running …`, `The
            // judge ordered …`.)
            let lower_words = toks[k.min(toks.len())..]
                .iter()
                .take(3)
                .take_while(|t| {
                    let w = lower(t);
                    is_word(t)
                        && !is_capitalised(t)
                        && !w.ends_with("ed")
                        && !w.ends_with("ing")
                        && !PREPOSITIONS.contains(&w.as_str())
                        && !DETERMINERS.contains(&w.as_str())
                        && !AUXILIARIES.contains(&w.as_str())
                        && !matches!(
                            w.as_str(),
                            "to" | "and" | "or" | "who" | "which" | "said" | "says" | "told"
                        )
                })
                .count();
            k += lower_words;
        }
        let at = toks.get(k)?.range.start;
        let mentions = self.mentions.borrow();
        let m = starting_in(&mentions, at..at + 1)
            .iter()
            .find(|m| m.range.start == at && !m.referent.name.is_empty())?;
        // A verb follows the name (not `The Public Health (Nicotine
        // Products) Bill will`, a name read in part).
        // (Past its initials in brackets: `The India Meteorological
        // Department (IMD) has issued`.)
        let n = toks.partition_point(|t| t.range.start < m.range.end);
        let n = match toks.get(n..n + 3) {
            Some([open, initials, close])
                if open.text == "(" && close.text == ")" && is_acronym(initials.text) =>
            {
                n + 3
            }
            _ => n,
        };
        let next = toks.get(n)?;
        if !is_word(next) || is_capitalised(next) {
            return None;
        }
        // `Ann Lee has been accused of presiding over the "managed
        // decline"`: the one blamed did not say the words, unless they
        // are what she is blamed for saying (`accused of calling it "…"`).
        let after = toks.partition_point(|t| t.range.start < m.range.end);
        let blamed = (after..toks.len().saturating_sub(2))
            .take_while(|&j| !Resolver::is_quote_mark(&toks, j))
            .any(|j| {
                is_passive(&toks, j)
                    && matches!(toks[j + 1].text, "of" | "for")
                    && reporting(toks[j + 2].text) != Some(Form::Participle)
            });
        if blamed {
            return None;
        }
        let speaker = Speaker {
            name: m.referent.name.clone(),
            id: m.referent.id.clone(),
            mention: self.text[m.range.clone()].to_owned(),
        };
        // (Not `Someone called it "…"`.)
        let indefinite = INDEFINITE_PRONOUNS.contains(&speaker.name.to_lowercase().as_str());
        (!is_unnamed(&speaker) && !indefinite).then_some(speaker)
    }

    /// The subject of the sentence starting at `sentence_start` (see
    /// [`Resolver::opening_subject`]) for words between `before` and
    /// `after` that no verb of saying attributes, unless the sentence gives
    /// them to someone else: a verb of saying after them that named no one
    /// we could resolve (`as one county captain put it`), a relative clause
    /// that reports (`a mother who told her: "…"`), words rejected
    /// (`rejected suggestions that it was "…"`) or given as `the words of`
    /// someone.
    pub fn words_of_subject(
        &self,
        sentence_start: usize,
        before: Range<usize>,
        after: Range<usize>,
    ) -> Option<Speaker> {
        // (The attribution's reach only: a huge sentence stays linear.)
        let after_end = floor_char_boundary(self.text, after.end.min(after.start + CONTEXT_BACK));
        let reported_after = tokens(self.text, after.start..after_end.max(after.start))
            .iter()
            .any(|t| reporting(t.text).is_some() || t.text == "put");
        let toks = tokens(self.text, before.clone());
        let someone_elses = toks.iter().any(|t| REJECTING.contains(&t.text))
            || toks
                .windows(2)
                .any(|w| w[0].text == "words" && w[1].text == "of")
            || toks
                .iter()
                .skip_while(|t| !matches!(t.text, "who" | "whom" | "which" | "that"))
                .any(|t| reporting(t.text).is_some());
        (!reported_after && !someone_elses)
            .then(|| self.opening_subject(sentence_start..before.end))
            .flatten()
    }

    /// Whether `text[range]` names anyone (outside quotations).
    pub fn names_anyone(&self, range: Range<usize>) -> bool {
        starting_in(&self.mentions.borrow(), range)
            .iter()
            .any(|m| !m.range.is_empty())
    }

    /// The one person `text[range]` names, if it names exactly one and no
    /// body (`In an interview, chief executive Marcus Delahunty defended
    /// the plan.`).
    pub fn sole_person_named(&self, range: Range<usize>) -> Option<Speaker> {
        let mentions = self.mentions.borrow();
        let named = starting_in(&mentions, range);
        let first = named.first()?;
        named
            .iter()
            .all(|m| is_person_mention(m) && m.referent.name == first.referent.name)
            .then(|| Speaker {
                name: first.referent.name.clone(),
                id: first.referent.id.clone(),
                mention: self.text[first.range.clone()].to_owned(),
            })
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
    fn the_name_a_source_gave() {
        let given = |t: &str| name_given_in(t, 0..0);
        assert_eq!(
            given("A fan, who gave her name only as Aunty Pat, said").as_deref(),
            Some("Aunty Pat")
        );
        assert_eq!(
            given("a porter who wished to be identified only as Idris spoke").as_deref(),
            Some("Idris")
        );
        assert_eq!(given("A fan, who asked not to be named, said"), None);
        // (After a title: `Captain Mahamat`.)
        assert_eq!(
            given("A commander, who gave his name only as Captain Mahamat, said"),
            Some("Mahamat".to_owned())
        );
    }

    #[test]
    fn tokens_keep_apostrophes_inside_words() {
        let text = "Iran’s minister, Dr. Smith said: no";
        let t: Vec<&str> = tokens(text, 0..text.len())
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            t,
            ["Iran’s", "minister", ",", "Dr.", "Smith", "said", ":", "no"]
        );
    }

    fn subject(text: &str, verb: &str) -> String {
        let toks = tokens(text, 0..text.len());
        let v = toks.iter().position(|t| t.text == verb).unwrap();
        Resolver::subject_before(&toks, v).map_or(String::new(), |r| text[r].to_owned())
    }

    #[test]
    fn letters_and_digits_without_the_tables() {
        for c in ['a', 'Z', '7', 'é', 'ß', 'ñ', 'Ж', '中'] {
            assert!(alphanumeric(c), "{c}");
        }
        for c in [' ', '-', '“', '”', '’', '—', '…', '\u{2060}'] {
            assert!(!alphanumeric(c), "{c}");
        }
    }

    #[test]
    fn clauses_are_no_names() {
        for clause in [
            "Mr Penhaligon is expected to address his MPs",
            "Quill can reproduce",
            "Workers leaving the site",
            "to the jury",
        ] {
            assert!(is_clause(clause), "{clause}");
        }
        for name in [
            "Ali Larijani",
            "the company",
            "their union",
            "Pilots at Aerovane",
            "Bank of England",
        ] {
            assert!(!is_clause(name), "{name}");
        }
    }

    #[test]
    fn a_start_up_is_a_body_in_either_spelling() {
        assert!(is_body_noun("startup") && is_body_noun("start-up"));
        assert!(is_body_or_place_noun("district") && !is_body_noun("teacher"));
    }

    #[test]
    fn headlines_in_title_case() {
        assert!(is_title_case("Blue Moon Diner Serves Its Last Breakfast"));
        assert!(is_title_case(
            "Bank of Varesia Lifts Rate to 5.25%, Vows to Stay 'Vigilant'"
        ));
        assert!(!is_title_case("Lena Ost reports from Liberty Square:"));
        assert!(!is_title_case(
            "Mayor Anne Kerrigan said it was a long night."
        ));
    }

    #[test]
    fn the_subject_is_the_part_that_names_someone() {
        assert_eq!(
            subject("Bramble is said to have replied: x", "replied"),
            "Bramble"
        );
        assert_eq!(
            subject(
                "Back home, the former Ryder Cup player Anders Holm posted on social media: x",
                "posted"
            ),
            "the former Ryder Cup player Anders Holm"
        );
        assert_eq!(
            subject("In her ruling, coroner Helen Stainforth said", "said"),
            "coroner Helen Stainforth"
        );
        assert_eq!(
            subject("Her neighbour, Tom Kavanagh, said", "said"),
            "Tom Kavanagh"
        );
        assert_eq!(
            subject(
                "Graham Pickles, 63, whose cottage flooded in 2022, said",
                "said"
            ),
            "Graham Pickles"
        );
        assert_eq!(
            subject(
                "Margaret Doyle, 71, whose house flooded in 2020, 2022 and again in January, said",
                "said"
            ),
            "Margaret Doyle"
        );
        assert_eq!(
            subject(
                "Dr Helen Achterberg, the trust's director of infection prevention and control, said",
                "said"
            ),
            "Dr Helen Achterberg"
        );
        assert_eq!(
            subject(
                "Dr Helen Okonjo, consultant clinical oncologist and clinical lead for the centre, said",
                "said"
            ),
            "Dr Helen Okonjo"
        );
        assert_eq!(
            subject("Representing Ashcroft, solicitor Gavin Mercer said", "said"),
            "solicitor Gavin Mercer"
        );
        assert_eq!(
            subject(
                "Lucy Brennan, chief UK economist at Halden Capital, said",
                "said"
            ),
            "Lucy Brennan"
        );
        assert_eq!(
            subject(
                "They are at the health centre at Rampur Ghat, where Chief Medical Officer Dr. Neha Joshi said",
                "said"
            ),
            "Chief Medical Officer Dr. Neha Joshi"
        );
        assert_eq!(
            subject(
                "In a statement signed by its spokesperson, Mr Olumide Adebanjo, the company described",
                "described"
            ),
            "the company"
        );
        assert_eq!(
            subject(
                "Ray Castillo, 71, of Tucson, Arizona, whose wife, Elena, took part in the trial, said",
                "said"
            ),
            "Ray Castillo"
        );
        assert_eq!(
            subject(
                "U.S. President Donald Trump, asked about the talks on Tuesday, told",
                "told"
            ),
            "U.S. President Donald Trump"
        );
        assert_eq!(subject("Brandt, for his part, told", "told"), "Brandt");
        assert_eq!(subject("In a speech, he said", "said"), "he");
        assert_eq!(
            subject("Kerry Dawson, 34, from Dunmoor, Staffs, said", "said"),
            "Kerry Dawson"
        );
        assert_eq!(
            subject(
                "The Producers Council, a group of drillers in nine states, said",
                "said"
            ),
            "The Producers Council"
        );
        assert_eq!(
            subject("Mr Ashworth's family said", "said"),
            "Mr Ashworth's family"
        );
        assert_eq!(
            subject("Sen. Walter Brandt, R-Coal Hollow, said", "said"),
            "Sen. Walter Brandt"
        );
        assert_eq!(
            subject("Waiting lists hit record as report warns", "warns"),
            "report"
        );
        assert_eq!(
            subject("the residents’ association said", "said"),
            "the residents’ association"
        );
        assert_eq!(
            subject("The council’s treasurer later conceded", "conceded"),
            "The council’s treasurer"
        );
        assert_eq!(subject("what Jones now describes", "describes"), "Jones");
        assert_eq!(
            subject(
                "A lander tipped over, an outcome the company has since described",
                "described"
            ),
            "the company"
        );
        assert_eq!(
            subject("The company last year described", "described"),
            "The company"
        );
        assert_eq!(
            subject(
                "Within hours of the awards, the streaming service Northlight announced",
                "announced"
            ),
            "Northlight"
        );
        assert_eq!(subject("a move Smith called", "called"), "Smith");
        assert_eq!(
            subject(
                "Dr. Elena Marquez, a biologist at the University of Miami and a co-author of the study, explained",
                "explained"
            ),
            "Dr. Elena Marquez"
        );
        assert_eq!(
            subject(
                "Dr. Martin Okoye, an ecologist at the University of Cape Town who was not involved in the research, called",
                "called"
            ),
            "Dr. Martin Okoye"
        );
        assert_eq!(
            subject("The head of the union said", "said"),
            "The head of the union"
        );
        assert_eq!(
            subject(
                "At the White House, press secretary Renée Sandoval said",
                "said"
            ),
            "press secretary Renée Sandoval"
        );
        assert_eq!(
            subject(
                "Asked whether the closure could be reversed, the university said",
                "said"
            ),
            "the university"
        );
        assert_eq!(
            subject(
                "She won a place at the Academy of Fine Arts, where she later said",
                "said"
            ),
            "she"
        );
        assert_eq!(
            subject(
                "The team found hints of methane, which Anika Rautio described",
                "described"
            ),
            "Anika Rautio"
        );
        assert_eq!(
            subject(
                "Tributes were led by Lucia Brandt, director of the National Gallery, who said",
                "said"
            ),
            "Lucia Brandt"
        );
        assert_eq!(
            subject(
                "In a communique, the Sallow Sea Council, which groups Orvenia, Baltura and Qaresh, said",
                "said"
            ),
            "the Sallow Sea Council"
        );
    }

    #[test]
    fn descriptions_never_tied_to_a_name_are_unnamed() {
        let described = |name: &str| Speaker {
            name: name.to_owned(),
            id: None,
            mention: name.to_owned(),
        };
        for unnamed in [
            "the official",
            "Officials",
            "Treasury officials",
            "Residents of the village",
            "a report published by the trust",
        ] {
            assert!(is_unnamed(&described(unnamed)), "{unnamed}");
        }
        for named in ["The jury", "the company", "Kari Lund", "Harbour Board"] {
            assert!(!is_unnamed(&described(named)), "{named}");
        }
        let resolved = Speaker {
            name: "Kari Lund".to_owned(),
            id: None,
            mention: "the official".to_owned(),
        };
        assert!(!is_unnamed(&resolved));
    }
}
