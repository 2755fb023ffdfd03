//! Reporting verbs in all their forms: `say`, `says`, `said`, `saying` …

use std::collections::HashMap;
use std::sync::OnceLock;

/// How a reporting verb appears.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// `says`, `said`, `told`: has its own subject.
    Finite,
    /// `saying`, `insisting`: takes the subject of its sentence.
    Participle,
}

/// Verbs that introduce or attribute speech.
const BASES: &[&str] = &[
    "clarify",
    "reckon",
    "deride",
    "muse",
    "say",
    "tell",
    "add",
    "warn",
    "insist",
    "argue",
    "claim",
    "deny",
    "accuse",
    "urge",
    "write",
    "tweet",
    "post",
    "state",
    "explain",
    "note",
    "declare",
    "announce",
    "remark",
    "reply",
    "respond",
    "ask",
    "continue",
    "conclude",
    "acknowledge",
    "admit",
    "assert",
    "stress",
    "emphasise",
    "emphasize",
    "suggest",
    "predict",
    "vow",
    "pledge",
    "promise",
    "threaten",
    "complain",
    "criticise",
    "criticize",
    "describe",
    "recall",
    "observe",
    "mention",
    "comment",
    "quip",
    "joke",
    "shout",
    "whisper",
    "confirm",
    "maintain",
    "contend",
    "counter",
    "concede",
    "reiterate",
    "repeat",
    "testify",
    "boast",
    "lament",
    "cry",
    "scream",
    "yell",
    "mutter",
    "proclaim",
    "allege",
    "caution",
    "advise",
    "demand",
    "dismiss",
    "brand",
    "label",
    "hail",
    "praise",
    "condemn",
    "blast",
    "slam",
    "decry",
    "denounce",
    "retort",
    "rebut",
    "answer",
    "call",
    "speak",
    "signal",
    "estimate",
    "blame",
    "reveal",
    "hint",
    "indicate",
    "assure",
    "plead",
    "propose",
    "recommend",
    "apologise",
    "apologize",
    "forecast",
    "recount",
    "laugh",
    "smile",
    "sigh",
    "shrug",
    "grin",
    "chuckle",
    "scoff",
    "agree",
    "chant",
    "read",
    "exclaim",
    "intone",
    "refer",
    "pose",
    "query",
    "wonder",
    "remember",
    "remind",
    // A host's or a panellist's words cutting in.
    "interject",
    "interrupt",
];

/// Verbs that report only with an `as` after their object (`rejected
/// the claim as`, `defended the measures as`).
pub const AS_VERBS: &[&str] = &[
    "rejected",
    "rejects",
    "reject",
    "defended",
    "defends",
    "defend",
    "characterised",
    "characterized",
    "ridiculed",
    "framed",
];

/// Past forms that do not follow the rules.
const IRREGULAR: &[(&str, &[&str])] = &[
    ("say", &["said"]),
    ("tell", &["told"]),
    ("write", &["wrote", "written"]),
    ("read", &["read"]),
    ("speak", &["spoke", "spoken"]),
    ("signal", &["signalled", "signaled"]),
    ("forecast", &["forecast"]),
    ("quip", &["quipped"]),
    ("admit", &["admitted"]),
    ("slam", &["slammed"]),
    ("refer", &["referred"]),
];

/// Verbs whose plain form is more often another word (`an express
/// train`, `on her own terms`): only their past and -ing forms report.
const PAST_AND_ING_ONLY: &[(&str, &str)] = &[
    ("expressed", "expressing"),
    ("termed", "terming"),
    ("welcomed", "welcoming"),
    // (`The dispute centres on …`: the noun is no verb.)
    ("disputed", "disputing"),
    // A message (`"It's over," Patel texted his brother`).
    ("texted", "texting"),
    // (`Mr Birtles emailed to say`: the noun `email` is no verb here.)
    ("emailed", "emailing"),
    ("messaged", "messaging"),
    // (`appeals backed by evidence were …`: the noun is no verb.)
    ("appealed", "appealing"),
];

/// Tabloid and sports-page verbs of feeling (`Pemberton fumed`), whose
/// plain forms are nouns as often (`drew gasps`, `a few groans`): only
/// their past and -ing forms report, and only where they end a clause or
/// put their subject after them (see [`is_feeling_verb`]).
const FEELING: &[(&str, &str)] = &[
    ("fumed", "fuming"),
    ("ranted", "ranting"),
    ("seethed", "seething"),
    ("groaned", "groaning"),
    ("moaned", "moaning"),
    ("grumbled", "grumbling"),
    ("sobbed", "sobbing"),
    ("bellowed", "bellowing"),
    ("sneered", "sneering"),
    ("murmured", "murmuring"),
    ("gasped", "gasping"),
];

/// Whether a word is one of the verbs of feeling (`fumed`, `gasped`),
/// which report speech only where nothing but a stop, a quotation, `that`
/// or their subject follows (not `Tulloch fumed over the decision`).
pub fn is_feeling_verb(word: &str) -> bool {
    FEELING
        .iter()
        .any(|(past, ing)| past.eq_ignore_ascii_case(word) || ing.eq_ignore_ascii_case(word))
}

/// Every form of every reporting verb, and whether it is finite or a
/// participle, built once.
fn forms() -> &'static HashMap<String, Form> {
    static FORMS: OnceLock<HashMap<String, Form>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut map = HashMap::new();
        for &base in BASES {
            map.insert(base.to_owned(), Form::Finite);
            let (third, past, ing) = inflect(base);
            map.insert(third, Form::Finite);
            map.insert(past, Form::Finite);
            map.insert(ing, Form::Participle);
        }
        for (base, pasts) in IRREGULAR {
            for past in *pasts {
                map.insert((*past).to_owned(), Form::Finite);
                // `quipped`, `referred`: the doubled consonant stays in
                // `quipping`, `referring`.
                let doubled = past.strip_suffix("ed").filter(|root| {
                    let b = root.as_bytes();
                    b.len() > 2
                        && b[b.len() - 1] == b[b.len() - 2]
                        && !base.ends_with(&root[root.len() - 2..])
                });
                if let Some(root) = doubled {
                    map.insert(format!("{root}ing"), Form::Participle);
                }
            }
            let (_, _, ing) = inflect(base);
            map.insert(ing, Form::Participle);
        }
        for (past, ing) in PAST_AND_ING_ONLY.iter().chain(FEELING) {
            map.insert((*past).to_owned(), Form::Finite);
            map.insert((*ing).to_owned(), Form::Participle);
        }
        map
    })
}

/// The regular third person, past and -ing forms of `base`.
fn inflect(base: &str) -> (String, String, String) {
    let stem = base.strip_suffix('e');
    let bytes = base.as_bytes();
    let consonant_y = bytes.len() > 1
        && bytes[bytes.len() - 1] == b'y'
        && !matches!(bytes[bytes.len() - 2], b'a' | b'e' | b'o' | b'u');
    if consonant_y {
        let root = &base[..base.len() - 1];
        return (
            format!("{root}ies"),
            format!("{root}ied"),
            format!("{base}ing"),
        );
    }
    let third = if base.ends_with(['s', 'x', 'z']) || base.ends_with("sh") || base.ends_with("ch") {
        format!("{base}es")
    } else {
        format!("{base}s")
    };
    let past = match stem {
        Some(_) => format!("{base}d"),
        None => format!("{base}ed"),
    };
    let ing = match stem {
        Some(root) if !base.ends_with("ee") => format!("{root}ing"),
        _ => format!("{base}ing"),
    };
    (third, past, ing)
}

/// Verbs that report with a particle after them, and the particle:
/// a retort (`shot back`, `hit back`), going on (`went on`), breaking in
/// (`chimed in`, `cut in`) or speaking up (`piped up`).
const WITH_PARTICLE: &[(&str, &str)] = &[
    ("shot", "back"),
    ("shoots", "back"),
    ("hit", "back"),
    ("hits", "back"),
    ("fired", "back"),
    ("fires", "back"),
    ("went", "on"),
    ("goes", "on"),
    ("carried", "on"),
    ("carries", "on"),
    ("chimed", "in"),
    ("chimes", "in"),
    ("cut", "in"),
    ("cuts", "in"),
    ("broke", "in"),
    ("breaks", "in"),
    ("butted", "in"),
    ("piped", "up"),
    ("pipes", "up"),
    ("spoke", "up"),
];

/// Whether `word` and `next` are a verb and its particle that report as a
/// finite verb does (`she shot back`, `he went on`, `she chimed in`).
pub fn with_particle(word: &str, next: Option<&str>) -> bool {
    next.is_some_and(|n| {
        WITH_PARTICLE
            .iter()
            .any(|(verb, particle)| *particle == n && verb.eq_ignore_ascii_case(word))
    })
}

/// Whether the word at `k` of `words` reports as a finite verb: `said`,
/// a verb before its particle (`shot back`), or `quoted` before its `as`.
fn finite_at(words: &[&str], k: usize) -> bool {
    // (`the agency quoted Ali Karimi as saying`: an agency's `quoted`
    // before its `as`.)
    let quoted_as = words[k] == "quoted" && words.iter().skip(k + 1).take(6).any(|w| *w == "as");
    // (Not `went on to win`, `carried on with`: a particle's verb going on
    // to something else.)
    let particle_ends = words
        .get(k + 2)
        .is_none_or(|w| !matches!(*w, "to" | "with" | "about" | "for" | "at" | "from" | "into"));
    reporting(words[k]) == Some(Form::Finite)
        || with_particle(words[k], words.get(k + 1).copied()) && particle_ends
        || quoted_as
}

/// Whether any of the first `n` of `words` reports as a finite verb (see
/// [`finite_at`]).
pub fn finite_within(words: &[&str], n: usize) -> bool {
    (0..words.len().min(n)).any(|k| finite_at(words, k))
}

/// Where, in the rest of a sentence after a quotation (`after`), an
/// attribution closing the sentence starts: its last comma, before a
/// subject of a few words and a finite reporting verb (`…
/// "became abusive" and refused to pay, she said.`). None if the sentence
/// has no such close, or another quotation comes first.
pub fn closing_attribution(after: &str) -> Option<usize> {
    // The sentence's end: a stop, `!` or `?` at the end or before a space.
    let end = after
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?')
                && after[i + 1..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace)
        })
        .map(|(i, _)| i)?;
    let sentence = &after[..end];
    if sentence.contains(['"', '“', '”', ';', ':', '\n']) {
        return None;
    }
    let comma = sentence.rfind(", ")?;
    let words: Vec<&str> = sentence[comma + 2..].split_whitespace().collect();
    // (`she said`, `the prosecutor told the court`, `said Mr Hale`.)
    ((2..=5).contains(&words.len()) && finite_within(&words, 4)).then_some(comma)
}

/// The form of `word` if it is a reporting verb. A capitalised word is a
/// name, not a verb (`United States`, `Says Law`), except in all capitals.
pub fn reporting(word: &str) -> Option<Form> {
    // Every form is a word of ASCII letters: anything else (a quotation
    // mark, a number, a name in another script) is none, without a look-up.
    if word.len() < 3 || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let capitalised = word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.bytes().any(|b| b.is_ascii_lowercase());
    if capitalised {
        return None;
    }
    forms().get(&word.to_ascii_lowercase()).copied()
}

/// Bodies that hear a case rather than speak (`jury`, `inquest`).
pub const COURTS: &[&str] = &[
    "court",
    "jury",
    "jurors",
    "inquest",
    "tribunal",
    "hearing",
    "inquiry",
    "committee",
];

/// Verbs of a court hearing what is said (`jury told`, `court hears`).
pub const HEARD: &[&str] = &["told", "heard", "hears", "hear"];

/// Verbs of a finding that end a headline (`…, judge rules`).
pub const FINDINGS: &[&str] = &["rules", "finds", "find", "concludes", "conclude"];

/// Where words hold a court hearing what is said (`jury told`, `a court
/// has heard`, `inquest hears`), a trial's report of one side's case: the
/// index of the court's word. The verb ends the clause or goes on only
/// with a time or a place (`…, the court heard on Tuesday`), not with an
/// object (`the committee told ministers`).
pub fn court_heard<'w>(words: impl IntoIterator<Item = &'w str>) -> Option<usize> {
    let words: Vec<String> = words.into_iter().map(str::to_lowercase).collect();
    words.iter().enumerate().position(|(k, w)| {
        COURTS.contains(&w.as_str()) && {
            let mut rest = words[k + 1..].iter().map(String::as_str);
            let mut next = rest.next();
            if matches!(next, Some("has" | "have" | "was" | "were" | "is")) {
                next = rest.next();
            }
            next.is_some_and(|v| HEARD.contains(&v))
                && rest.next().is_none_or(|after| {
                    matches!(
                        after,
                        "," | "."
                            | "on"
                            | "at"
                            | "in"
                            | "during"
                            | "that"
                            | "yesterday"
                            | "today"
                            | "this"
                            | "last"
                    )
                })
        }
    })
}

/// Whether the words before a quotation end with a crowd's cry: a
/// chant (`the crowd chanted`, `marched to the station, chanting`), or a
/// shout whose clause names no one (`someone in the gallery shouted`,
/// `several farmers shouted`, `one MP could be heard shouting`), when no
/// name stands as its subject (not `Reid chanted`, `An angry Ruth Okafor
/// shouted`). Such words are no one's the draft names.
pub fn crowd_cry(before: &str) -> bool {
    // (Only straight before the words, past a comma or a colon.)
    let tail = before
        .trim_end()
        .trim_end_matches([',', ':', '—', '–'])
        .trim_end();
    if tail.ends_with(['.', '!', '?', ';', ')']) {
        return false;
    }
    // The cry's clause, back to its last stop, comma or quotation mark.
    let start = tail
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '“' | '”' | '"'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let clause: Vec<&str> = tail[start..].split_whitespace().collect();
    let Some((verb, rest)) = clause.split_last() else {
        return false;
    };
    let verb = verb.to_lowercase();
    let chant = matches!(
        verb.as_str(),
        "chant" | "chants" | "chanted" | "chanting" | "chorused" | "chorusing"
    );
    let shout = matches!(
        verb.as_str(),
        "shout"
            | "shouts"
            | "shouted"
            | "shouting"
            | "yelled"
            | "yelling"
            | "screamed"
            | "screaming"
            | "heckled"
            | "jeered"
    );
    if !chant && !shout {
        return false;
    }
    // The subject, past the verb's helpers (`began to`, `could be heard`).
    let subject: Vec<&str> = {
        let mut words: Vec<&str> = rest.to_vec();
        while words.last().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "to" | "be"
                    | "been"
                    | "heard"
                    | "could"
                    | "was"
                    | "were"
                    | "had"
                    | "have"
                    | "has"
                    | "began"
                    | "started"
                    | "kept"
                    | "then"
                    | "also"
                    | "again"
                    | "all"
                    | "loudly"
                    | "and"
            )
        }) {
            words.pop();
        }
        words
    };
    // (A name: a given name the lists know anywhere in it, or a subject
    // of capitalised words only, not a crowd's plural: `Reid chanted`.)
    let named = subject
        .iter()
        .any(|w| crate::extract::given_names::sex_of(w).is_some())
        || !subject.is_empty()
            && subject.iter().all(|w| w.starts_with(char::is_uppercase))
            && subject
                .last()
                .is_some_and(|w| !w.ends_with('s') && !CROWD_OPENERS.contains(w));
    if named {
        return false;
    }
    if chant {
        return true;
    }
    // (Past a joining word: `and several farmers shouted`.)
    let lower: Vec<String> = subject
        .iter()
        .map(|w| w.to_lowercase())
        .skip_while(|w| matches!(w.as_str(), "and" | "but" | "then" | "while" | "as"))
        .collect();
    let opens_unnamed = lower.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "a" | "an" | "one" | "another" | "some" | "several"
        )
    });
    // (A crowd before any verb of the clause: not `Hoyle turned to MPs
    // and shouted`.)
    opens_unnamed
        || lower
            .iter()
            .take_while(|w| !(w.len() > 3 && w.ends_with("ed")))
            .any(|w| {
                matches!(
                    w.as_str(),
                    "someone"
                        | "somebody"
                        | "crowd"
                        | "crowds"
                        | "people"
                        | "protesters"
                        | "protestors"
                        | "supporters"
                        | "fans"
                        | "voices"
                        | "voice"
                        | "mps"
                        | "members"
                        | "councillors"
                        | "others"
                        | "many"
                        | "hecklers"
                )
            })
}

/// Capitalised words that open a crowd's or an unnamed speaker's subject
/// (`Someone shouted`), not a name.
const CROWD_OPENERS: &[&str] = &[
    "Someone",
    "Somebody",
    "One",
    "Another",
    "Everyone",
    "They",
    "We",
    "He",
    "She",
    "Others",
    "Many",
    "Several",
    "Some",
    "Hundreds",
    "Thousands",
    "Dozens",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_closed_by_its_attribution() {
        assert_eq!(
            closing_attribution(" and refused to pay, she said. He left."),
            Some(19)
        );
        assert_eq!(
            closing_attribution(" and refused, the prosecutor told the court."),
            Some(12)
        );
        // Not a clause that only ends in a verb, nor past another quotation.
        assert_eq!(closing_attribution(" and refused to pay, then left."), None);
        assert_eq!(closing_attribution(", he said, \"never\"."), None);
        assert_eq!(closing_attribution(" and refused to pay"), None);
    }

    #[test]
    fn every_form_is_known() {
        for w in [
            "say",
            "SAYS",
            "said",
            "saying",
            "told",
            "telling",
            "added",
            "warns",
            "insisting",
            "denied",
            "denies",
            "tweeted",
            "wrote",
            "written",
            "criticised",
            "replied",
            "quipped",
            "urging",
            "accused",
            "referred",
            "referring",
            "admitting",
            "posed",
            "queried",
            "wondered",
            "remembered",
            "termed",
            "expressed",
            "welcomed",
            "texted",
            "emailed",
            "messaged",
            "appealed",
            "fumed",
            "gasped",
        ] {
            assert!(reporting(w).is_some(), "{w}");
        }
        assert_eq!(court_heard(["a", "jury", "has", "heard"]), Some(1));
        assert_eq!(court_heard(["court", "hears"]), Some(0));
        assert_eq!(court_heard(["the", "court", "ruled"]), None);
        assert_eq!(court_heard(["Oireachtas", "committee", "told"]), Some(1));
        assert_eq!(court_heard(["the", "committee", "told", "ministers"]), None);
        assert_eq!(reporting("insisting"), Some(Form::Participle));
        assert_eq!(reporting("said"), Some(Form::Finite));
        for w in [
            "table", "Iran", "the", "sayings", "States", "Says", "express", "terms", "“", "42",
            "text", "saïd", "said-", "appeals", "gasps", "groans",
        ] {
            assert!(reporting(w).is_none(), "{w}");
        }
    }
}
