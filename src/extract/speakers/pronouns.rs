//! Pronouns and words that refer back: whom `he`, `she`, `the
//! 31-year-old` or `the company` means, from the names and speakers
//! before them.

use super::*;

impl<'a> Resolver<'a> {
    /// The most recent mention before `at` that a pronoun can stand for:
    /// a subject if there is one in the last stretch of text, else any.
    pub(super) fn antecedent(
        &self,
        at: usize,
        organisation: bool,
        female: Option<bool>,
    ) -> Option<Referent> {
        let window = at.saturating_sub(1500);
        let sexes = self.sexes.borrow();
        // Names and speakers in the last stretch of text, most recent first.
        let mentions: Vec<Mention> = {
            let named = self.mentions.borrow();
            let spoken = self.spoken.borrow();
            let near = |list: &[Mention]| starting_in(list, window..at).to_vec();
            let mut all = near(&named);
            all.extend(near(&spoken));
            all.sort_by_key(|m| m.range.start);
            all
        };
        let upto = mentions.len();
        // `Questioned by Ruth Oduya, for the council, she said`: the agent
        // of a passive in the pronoun's own sentence is someone else.
        let sentence_start = self.sentence_start(at, 0);
        // (A participle opening the sentence, after an adverb at most:
        // `Later, questioned by …`; not `a notice, written by Polglase
        // herself, reads`.)
        let agent = |m: &Mention| {
            if m.range.start < sentence_start {
                return false;
            }
            let lead: Vec<&str> = self.text[sentence_start..m.range.start]
                .split_whitespace()
                .take(4)
                .collect();
            // `Asked whether the EU would sanction Korva's president,
            // Mihail Dragomir, he replied`: a name inside the question the
            // sentence opens with, closed by a comma before the pronoun, is
            // whom it was about. (The pronoun straight after that comma:
            // not `Asked what he plans, al-Hinai says he wants`.)
            let asked = matches!(
                lead.first().copied(),
                Some("Asked" | "Pressed" | "Questioned" | "Quizzed")
            ) && self.text.get(m.range.end..at).is_some_and(|gap| {
                // (Nor `Asked about the cuts, Priya Patel said the plan was
                // "fair" and, she added,`: no verb or quotation between.)
                gap.rsplit_once(',')
                    .is_some_and(|(_, after)| after.trim().is_empty())
                    && !gap.contains(['"', '“', '”'])
                    && !gap.split_whitespace().any(|w| reporting(w).is_some())
            });
            if asked {
                return true;
            }
            let title = |w: &str| is_title_word(&w.trim_end_matches('.').to_lowercase());
            // (Or set off after a description: `Asked by the advocate
            // depute, Fiona Rattray, what happened, she said`.)
            // (A true apposition, closed by a comma after the name, within
            // a short reach: not `Flanked by her lawyers, Ruth Oduya left`.)
            let described = || {
                let gap = self.text.get(sentence_start..m.range.start).unwrap_or("");
                gap.len() <= 150
                    && gap.trim_end().ends_with(',')
                    && gap.matches(',').count() == 1
                    && {
                        // (Past a bracketed aside: `Ruth Oduya (pictured),`.)
                        let rest = self.text[m.range.end..].trim_start();
                        let rest = match rest.strip_prefix('(') {
                            Some(inner) => inner
                                .get(inner.find(')').map_or(0, |k| k + 1)..)
                                .unwrap_or("")
                                .trim_start(),
                            None => rest,
                        };
                        rest.starts_with(',')
                    }
            };
            match lead.as_slice() {
                // `Under repeated questioning from Dr Chaudhry-Banks, she
                // said`.
                ["Under", .., "from" | "by"] => true,
                ["Under", .., "from" | "by", t] => title(t),
                [p, "by"] | [_, p, "by"] => p.ends_with("ed"),
                [p, "by", t] | [_, p, "by", t] => p.ends_with("ed") && title(t),
                [p, "by", "the" | "a" | "an" | "his" | "her" | "their", ..] => {
                    p.ends_with("ed") && described()
                }
                _ => false,
            }
        };
        let fits = |m: &&Mention| {
            m.range.end <= at
                && m.referent.organisation == organisation
                && !(female.is_some() && is_plural_description(&m.referent.name))
                && may_be(&sexes, &m.referent.name, female)
                && !agent(m)
        };
        let recent = || {
            mentions[..upto]
                .iter()
                .rev()
                .take_while(|m| m.range.start >= window)
        };

        // `Ingram told MPs the bill … would end what she called "…"`: a
        // pronoun inside a sentence means the name that opened it.
        // `… Tom Ashworth, who had led overnight before a closing 78 that
        // he later called …`: a pronoun in a relative clause means the
        // name the clause hangs on, with no one named since.
        let relative = recent()
            .take_while(|m| m.range.start >= sentence_start)
            .next()
            .filter(|m| fits(m) && !m.referent.name.is_empty())
            .filter(|m| {
                self.text
                    .get(m.range.end..at)
                    .and_then(|gap| gap.strip_prefix(", who "))
                    .is_some_and(|clause| !clause.contains([';', '“', '"', '—']))
            });
        if let Some(m) = relative {
            return Some(m.referent.clone());
        }
        let leader = recent()
            .take_while(|m| m.range.start >= sentence_start)
            .filter(fits)
            .filter(|m| m.leads)
            .last();
        // With no subject near, the last speaker quoted further back (an
        // obituary's long paragraphs) comes before any passing name.
        let last_speaker = || {
            let spoken = self.spoken.borrow();
            let upto = spoken.partition_point(|m| m.range.start < at);
            spoken[..upto]
                .iter()
                .rev()
                .take_while(|m| m.range.start >= at.saturating_sub(6000))
                .find(|m| fits(m))
                .map(|m| m.referent.clone())
        };
        // `… hands the eggs to Sue Lockwood, who runs the village cafe. She
        // calls the 47 …`: a person the last sentence brought in with a
        // relative clause, known to be of the pronoun's sex, when no one
        // leads this sentence.
        let previous_start = self.sentence_start(at, 1);
        let previous = || {
            recent()
                .skip_while(|m| m.range.start >= sentence_start)
                .take_while(|m| m.range.start >= previous_start)
        };
        // (Not when someone who fits leads that sentence: `Reyes dedicated
        // the win to his coach, Héctor Ruiz, who died in January. "…," he
        // said`.)
        let introduced = || {
            if previous().any(|m| m.leads && fits(&m)) {
                return None;
            }
            previous().find(|m| {
                fits(m)
                    && female.is_some()
                    && known_sex(&sexes, &m.referent.name) == female
                    && self.text.get(m.range.end..).is_some_and(|rest| {
                        // (Or described: `… sat Steve Marsh, a retired
                        // postman`, but not `the son of Patrick
                        // Dunleavy, a docker`, nor a list's `and X, a …`.)
                        let after_preposition = self.text[..m.range.start]
                            .split_whitespace()
                            .next_back()
                            .is_some_and(|w| PREPOSITIONS.contains(&w) || w == "and");
                        rest.starts_with(", who ")
                            || !after_preposition
                                && (rest.starts_with(", a ") || rest.starts_with(", an "))
                    })
            })
        };
        let found = leader
            .or_else(introduced)
            .or_else(|| recent().filter(fits).find(|m| m.subject));
        // `She lost two toes on Cho Ranak`: a subject of unknown sex (a
        // mountain, a firm, a car) gives way to a nearer-than-far one
        // known to be of the pronoun's sex, in the last few sentences.
        let found = match (found, female) {
            (Some(f), Some(_))
                if !f.leads
                    && f.referent.name.starts_with(char::is_uppercase)
                    && known_sex(&sexes, &f.referent.name).is_none()
                    // (Not `director Hemi Paraone`: a title shows a person.)
                    && !self.titled_at(f.range.start)
                    && !self
                        .spoken
                        .borrow()
                        .iter()
                        .any(|m| m.referent.name == f.referent.name)
                    // (Nor `The President of the Association, Bello Idris,
                    // said`: the subject of a verb of saying is a person.)
                    && !self.reports(f.range.end) =>
            {
                let near = at.saturating_sub(NEAR_SEX);
                recent()
                    .take_while(|m| m.range.start >= near)
                    .filter(fits)
                    .find(|m| m.subject && known_sex(&sexes, &m.referent.name) == female)
                    .or(Some(f))
            }
            (found, _) => found,
        };
        // `… since Quinlan was born. On "Tidewater", she sings`: the person
        // the draft is about, named since that subject, comes first.
        // Only someone known to be of the pronoun's sex (not a place).
        let main_of_sex = || {
            self.named_most(at)
                .filter(|m| female.is_some() && known_sex(&sexes, &m.name) == female)
        };
        let salient = found.filter(|m| !m.leads).and_then(|f| {
            let main = main_of_sex()?;
            // Named in a later sentence than that subject (not `Jones,
            // who opposes Smith's plan, said`).
            let sentence = |at: usize| self.sentence_starts.partition_point(|&s| s <= at);
            (main.name != f.referent.name
                && recent()
                    .take_while(|m| sentence(m.range.start) > sentence(f.range.start))
                    .any(|m| m.referent.name == main.name && fits(&m)))
            .then_some(main)
        });
        if salient.is_some() {
            return salient;
        }
        found
            .map(|m| m.referent.clone())
            .or_else(last_speaker)
            .or_else(|| recent().find(fits).map(|m| m.referent.clone()))
            // An obituary's `she` long after her name: the person the
            // draft names most, known to be of that sex.
            .or_else(main_of_sex)
    }
    /// The person, of the sex given if any, who is the subject of the
    /// sentence before `at` or of the one `at` is in.
    pub(super) fn person_just_before(&self, at: usize, female: Option<bool>) -> Option<Referent> {
        let k = self.sentence_starts.partition_point(|&s| s <= at);
        // Two sentences of common length at most: a bound keeps a huge
        // sentence linear.
        let from = k
            .checked_sub(2)
            .map_or(0, |k| self.sentence_starts[k])
            .max(at.saturating_sub(CONTEXT_BACK));
        let mentions = self.mentions.borrow();
        // (`"…," she said. The champion, who …, has said`: or the speaker
        // last quoted there.)
        let spoken = self.spoken.borrow();
        let sexes = self.sexes.borrow();
        let fits = |m: &&Mention| {
            m.range.end <= at
                && !m.referent.organisation
                && !m.referent.name.is_empty()
                && may_be(&sexes, &m.referent.name, female)
        };
        let named = starting_in(&mentions, from..at)
            .iter()
            .rev()
            .find(|m| m.subject && fits(m));
        let quoted = starting_in(&spoken, from..at).iter().rev().find(fits);
        named
            .into_iter()
            .chain(quoted)
            .max_by_key(|m| m.range.start)
            .map(|m| m.referent.clone())
    }
    /// Whom a pronoun at `at` stands for (`she`; `her` in `Her advice:`).
    /// The name just before `said it`, `says that it` (`it` at `at`), in
    /// the same sentence.
    fn name_saying_it(&self, at: usize) -> Option<Referent> {
        // (Within a short reach: a huge sentence stays linear.)
        let start = floor_char_boundary(
            self.text,
            self.sentence_start(at, 0).max(at.saturating_sub(200)),
        );
        let lead = self.text.get(start..at)?.trim_end();
        let lead = lead.strip_suffix(" that").unwrap_or(lead);
        let (head, verb) = lead.rsplit_once(' ')?;
        if reporting(verb) != Some(Form::Finite) {
            return None;
        }
        let end = start + head.trim_end().len();
        self.mention_before(end, 4, |m| {
            m.range.end == end && !m.referent.name.is_empty()
        })
        .filter(|m| m.referent.organisation || sex_of(&m.referent.name).is_none())
        .map(|m| m.referent)
    }

    pub(super) fn pronoun(&self, at: usize, mention: String) -> Option<Speaker> {
        let lower = mention.to_lowercase();
        // `Delgado: … I said during the campaign that …`: in an interview's
        // answer, `I` is whoever answers.
        if lower == "i" {
            return self.answering(at).map(|r| Speaker {
                name: r.name,
                id: r.id,
                mention,
            });
        }
        // `You’ve said that hydrogen is "…". What do you mean?`: in an
        // interview's question, `you` is whoever the interview is with.
        if lower == "you" && self.in_question(at) {
            return self.named_most(at).map(|r| Speaker {
                name: r.name,
                id: r.id,
                mention,
            });
        }
        if matches!(lower.as_str(), "we" | "you") {
            return None;
        }
        let organisation = matches!(lower.as_str(), "it" | "they" | "its" | "their");
        let female = match lower.as_str() {
            "she" | "her" => Some(true),
            "he" | "his" => Some(false),
            _ => None,
        };
        // `Ashby said it did not comment`: `it` straight after a name and
        // its verb of saying means that name, whatever came before.
        // (`Kereama-Scott posted a short message on Instagram. "…," it
        // read`: the words of what someone put out are the one who put it
        // out, the subject of that sentence.)
        if lower == "it" {
            if let Some(r) = self.name_saying_it(at).or_else(|| self.poster_of_it(at)) {
                return Some(Speaker {
                    name: r.name,
                    id: r.id,
                    mention,
                });
            }
        }
        // `State television blamed what it called "…"`: the body that is
        // the subject of this sentence, named or described.
        if lower == "it" {
            if let Some(s) = self.body_subject_here(at) {
                return Some(Speaker { mention, ..s });
            }
        }
        // `The airline said … It also said …`: a body's noun opening this
        // sentence or the last, with no body named since.
        if organisation && lower != "they" && lower != "their" {
            if let Some(r) = self.body_opening_sentence(at) {
                return Some(Speaker {
                    name: r.name,
                    id: r.id,
                    mention,
                });
            }
        }
        // `the Ashford manager was cautious. "…," he said`: a description
        // the draft tied to someone, opening this sentence or the last.
        if let Some(f) = female {
            let leads = self.recent_leads(at);
            if let Some(s) = self.described_opening(at, f, &leads) {
                return Some(Speaker { mention, ..s });
            }
            // `The coroner said he would … He said he was concerned …
            // "…," he said`: through sentences the same pronoun opens, to
            // the description before them.
            if let Some(s) = self.described_before_pronouns(at, f, &leads) {
                return Some(Speaker { mention, ..s });
            }
            // `A council spokesman said … "…," he said`: the body a
            // spokesperson opening this sentence or the last speaks for.
            if let Some(s) = self.spokesperson_opening(at, &leads) {
                return Some(Speaker { mention, ..s });
            }
            if let Some(r) = self.named_in_subordinate(at, f) {
                return Some(Speaker {
                    name: r.name,
                    id: r.id,
                    mention,
                });
            }
            if let Some(r) = self
                .sole_person_of_paragraph(at, f)
                .or_else(|| self.sole_person_before_paragraph(at, f))
            {
                return Some(Speaker {
                    name: r.name,
                    id: r.id,
                    mention,
                });
            }
        }
        let r = self.antecedent(at, organisation, female).or_else(|| {
            (lower == "they")
                .then(|| self.antecedent(at, false, None))
                .flatten()
        })?;
        if r.name.is_empty() {
            return None;
        }
        let r = female
            .and_then(|f| self.spoken_of_by(at, f, &r))
            .unwrap_or(r);
        if let Some(f) = female {
            self.sexes.borrow_mut().entry(r.name.clone()).or_insert(f);
        }
        Some(Speaker {
            name: r.name,
            id: r.id,
            mention,
        })
    }
    /// The body that is the subject of the sentence holding `at`, an `it`
    /// after `what` (`State television blamed what it called`,
    /// `Kessaria's foreign ministry posted a message welcoming what it
    /// called`): a few words before the sentence's first verb, with no
    /// comma, headed by a body's noun or naming a body. (Not `State media
    /// praised Sinopec Corp after it said`, whose `it` is the object.)
    fn body_subject_here(&self, at: usize) -> Option<Speaker> {
        let start = self.sentence_start(at, 0);
        // (A sentence's opening within a short reach: a huge sentence
        // stays linear.)
        let after_what = self
            .word_before(at)
            .is_some_and(|w| w.eq_ignore_ascii_case("what"));
        if !after_what || start > at || at - start > 400 {
            return None;
        }
        let toks = tokens(self.text, start..at);
        let first = after_opening_phrase(&toks);
        // `… locked workers out after the union began rejecting what it
        // called`: a body described as the subject of a later clause the
        // pronoun is in, when it rejects (not `after the company
        // announced what it called`).
        let later = (first + 1..toks.len().saturating_sub(2)).rev().find(|&k| {
            matches!(
                lower(&toks[k]).as_str(),
                "after" | "because" | "as" | "when" | "while" | "since" | "until" | "before"
            ) && lower(&toks[k + 1]) == "the"
                && is_body_noun(toks[k + 2].text)
                && toks
                    .get(k + 3)
                    .is_some_and(|t| matches!(t.text, "began" | "started" | "refused" | "rejected"))
        });
        if let Some(k) = later {
            return self.resolve(toks[k + 1].range.start..toks[k + 2].range.end);
        }
        let verb = (first + 1..toks.len()).find(|&k| verb_form(&toks, k) == Some(Form::Finite))?;
        let subject = &toks[first..verb];
        if subject.len() > 6 || !subject.iter().all(|t| is_word(t) || is_possessive(t.text)) {
            return None;
        }
        let last = subject.last()?;
        let head = lower(last);
        let range = subject[0].range.start..subject[subject.len() - 1].range.end;
        let described = !is_capitalised(last)
            && (is_body_noun(&head) || matches!(head.as_str(), "television" | "radio" | "media"));
        if described {
            return self.resolve(range);
        }
        // (A body named there, as the draft's names read it: `The West of
        // England Arts Agency`; or a one-word name no pronoun has made a
        // person's: `Dockline said … to end what it described as`.)
        let mentions = self.mentions.borrow();
        let named = starting_in(&mentions, range.clone())
            .iter()
            .filter(|m| {
                let r = &m.referent;
                (r.organisation || r.female.is_none() && !r.name.contains(' '))
                    && m.range.end <= range.end
            })
            .max_by_key(|m| m.range.len())?;
        Some(Speaker {
            name: named.referent.name.clone(),
            id: named.referent.id.clone(),
            mention: self.text[named.range.clone()].to_owned(),
        })
    }

    /// Where the sentence holding `at` starts, then the one before it,
    /// while they are of common length (a bound keeps a huge sentence
    /// linear).
    pub(super) fn recent_sentence_starts(&self, at: usize) -> impl Iterator<Item = usize> + '_ {
        let k = self.sentence_starts.partition_point(|&s| s <= at);
        (1..=2)
            .map_while(move |back| self.sentence_starts.get(k.checked_sub(back)?).copied())
            .take_while(move |&start| at.saturating_sub(start) <= CONTEXT_BACK)
    }
    /// The sentence holding `at` and the one before (as
    /// [`Self::recent_sentence_starts`] gives them), each with its words up
    /// to `at` after any opening phrase: tokenised once for the look-backs
    /// a pronoun makes.
    pub(super) fn recent_leads(&self, at: usize) -> Vec<Lead<'a>> {
        self.recent_sentence_starts(at)
            .map(|start| {
                let toks = tokens(self.text, start..at);
                let from = after_opening_phrase(&toks).min(toks.len());
                (start, toks[from..].to_vec())
            })
            .collect()
    }
    /// The person a description opening the sentence at `at` or the one
    /// before stands for (`the Ashford manager`, tied to `Ashford manager
    /// Neil Doyle`; `Her mother`, to `Her mother, Kadri Kask,`; `the
    /// 52-year-old`, given that age), if the draft tied it to someone of
    /// the sex given and
    /// no one is named between it and `at`.
    pub(super) fn described_opening(
        &self,
        at: usize,
        female: bool,
        leads: &[Lead<'a>],
    ) -> Option<Speaker> {
        for &(start, ref lead) in leads {
            // (`Her mother laughed at that`: or a relative's possessive.)
            if lead
                .first()
                .is_none_or(|t| !matches!(lower(t).as_str(), "the" | "her" | "his"))
            {
                continue;
            }
            let words = lead.iter().take(5).take_while(|t| is_word(t)).count();
            if self.names_a_person(start..at) {
                return None;
            }
            // `The 52-year-old grinned.`: the person given that age.
            let aged = lead
                .get(1)
                .and_then(|t| t.text.strip_suffix("-year-old"))
                .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
                .and_then(|n| self.person_aged(n, lead[0].range.start))
                .filter(|r| may_be(&self.sexes.borrow(), &r.name, Some(female)));
            if let Some(r) = aged {
                // (A headline's surname alone: the name the story gives.)
                let r = self
                    .surnames
                    .get(&r.name)
                    .filter(|full| full.name.ends_with(&format!(" {}", r.name)))
                    .cloned()
                    .unwrap_or(r);
                return Some(Speaker {
                    name: r.name,
                    id: r.id,
                    mention: self.text[lead[0].range.start..lead[1].range.end].to_owned(),
                });
            }
            for n in (2..=words).rev() {
                let phrase = &self.text[lead[0].range.start..lead[n - 1].range.end];
                let s = self.described(phrase, at);
                if s.name != phrase
                    && !self.is_organisation(&s.name)
                    && may_be(&self.sexes.borrow(), &s.name, Some(female))
                {
                    return Some(s);
                }
            }
        }
        None
    }
    /// The person a description opening a sentence stands for, as
    /// [`Self::described_opening`] finds it, when the sentences between it
    /// and `at` (two at most) open with the pronoun of that sex and name no
    /// one.
    fn described_before_pronouns(
        &self,
        at: usize,
        female: bool,
        leads: &[Lead<'a>],
    ) -> Option<Speaker> {
        let pronoun = if female { "she" } else { "he" };
        let opens_with_pronoun = |lead: &[Token]| lead.first().is_some_and(|t| lower(t) == pronoun);
        let mut leads = leads.to_vec();
        for _ in 0..2 {
            let &(start, ref lead) = leads.last()?;
            if !opens_with_pronoun(lead) {
                return None;
            }
            if self.names_a_person(start..at) {
                return None;
            }
            leads = self.recent_leads(start);
            if let Some(s) = self.described_opening(start, female, &leads) {
                return Some(s);
            }
        }
        None
    }
    /// The body a spokesperson opening the sentence at `at` or the one
    /// before speaks for (`A council spokesman said …`), when no one is
    /// named between it and `at`.
    pub(super) fn spokesperson_opening(&self, at: usize, leads: &[Lead<'a>]) -> Option<Speaker> {
        for &(start, ref lead) in leads {
            let opens = lead
                .first()
                .is_some_and(|t| matches!(lower(t).as_str(), "a" | "an"));
            let k = lead
                .iter()
                .take(5)
                .position(|t| t.text.starts_with("spokes"));
            let (true, Some(k)) = (opens, k) else {
                continue;
            };
            // (Not the body the spokesperson speaks for: `Kilbride Thistle`
            // of `A spokesman for Kilbride Thistle confirmed …`.)
            let spoken_for = |m: &Mention| {
                let gap = self
                    .text
                    .get(lead[k].range.end..m.range.start)
                    .unwrap_or("");
                let gap = gap.trim();
                // (Whatever the lists know of its name, `for` makes it a
                // body; so may a body's noun before it: `for the cycling
                // charity Safe Roads North`.)
                let described = gap.strip_prefix("for the ").is_some_and(|d| {
                    let words: Vec<&str> = d.split_whitespace().collect();
                    words.len() <= 3
                        && words.iter().all(|w| w.starts_with(char::is_lowercase))
                        && words.last().is_some_and(|w| is_body_noun(w))
                });
                (m.referent.organisation && matches!(gap, "for the" | "at" | "at the"))
                    || gap == "for"
                    || described
            };
            let end = {
                let mentions = self.mentions.borrow();
                let between = starting_in(&mentions, start..at);
                if between
                    .iter()
                    .any(|m| !m.referent.name.is_empty() && !spoken_for(m))
                {
                    continue;
                }
                between
                    .iter()
                    .find(|m| spoken_for(m))
                    .map_or(lead[k].range.end, |m| m.range.end)
            };
            let phrase = &self.text[lead[0].range.start..end];
            let body = self.spokesperson_for(phrase, start)?;
            return Some(self.spelled_out(&body).unwrap_or(body));
        }
        None
    }
    /// `When I ask Mary what she will do, she looks at the water. "…," she
    /// says`: the person of the pronoun's sex named in a clause that opens
    /// the pronoun's sentence or the one before (`When`, `As`, `If` …),
    /// whose main clause a pronoun of that sex then leads.
    pub(super) fn named_in_subordinate(&self, at: usize, female: bool) -> Option<Referent> {
        let pronoun = if female { "she" } else { "he" };
        // (Through the pronoun at `at` itself, for its own sentence.)
        let end =
            crate::text::ceil_char_boundary(self.text, (at + pronoun.len()).min(self.text.len()));
        let starts: Vec<usize> = self.recent_sentence_starts(at).collect();
        let sexes = self.sexes.borrow();
        let mentions = self.mentions.borrow();
        starts.into_iter().find_map(|start| {
            let toks = tokens(self.text, start..end);
            if !toks
                .first()
                .is_some_and(|t| SUBORDINATORS.contains(&lower(t).as_str()))
            {
                return None;
            }
            let comma = toks
                .windows(2)
                .position(|w| w[0].text == "," && lower(&w[1]) == pronoun)?;
            let clause = toks[0].range.start..toks[comma].range.start;
            starting_in(&mentions, clause)
                .iter()
                .rev()
                .find(|m| {
                    !m.referent.organisation && known_sex(&sexes, &m.referent.name) == Some(female)
                })
                .map(|m| m.referent.clone())
        })
    }
    /// `That was too much for the Speaker, Hugh Penhaligon. "Order," he
    /// said`: the one person the paragraph names, in the sentence before
    /// its first quotation, when the pronoun follows a quotation straight
    /// after its closing mark and that person is known to be of the
    /// pronoun's sex.
    fn sole_person_of_paragraph(&self, at: usize, female: bool) -> Option<Referent> {
        let para = self.paragraph_start(at)?;
        // The paragraph's first quotation, and the one the pronoun follows
        // straight after its closing mark (`"…," he said`).
        let k = self.pieces.partition_point(|p| p.start < para);
        let first = self.pieces.get(k).filter(|p| p.end <= at)?;
        let last = self.pieces.partition_point(|p| p.end <= at);
        let attributes = self
            .pieces
            .get(last.checked_sub(1)?)
            .is_some_and(|p| self.text.get(p.end..at).is_some_and(closely_after));
        if !attributes {
            return None;
        }
        // (No one named after it either.)
        if self.names_a_person(first.start..at) {
            return None;
        }
        let mentions = self.mentions.borrow();
        let mut people = starting_in(&mentions, para..first.start)
            .iter()
            .filter(|m| is_person_mention(m));
        let person = people.next()?;
        if people.any(|m| m.referent.name != person.referent.name) {
            return None;
        }
        // (In the sentence before the quotation: not `Greta Solberg toured
        // the berths. A skipper who asked not to be named stood by the
        // gate. "…," she said`.)
        let between = self.text.get(person.range.end..first.start)?;
        let core = between.trim_end_matches(|c: char| c.is_whitespace() || "\"“‘'".contains(c));
        let core = core.strip_suffix(['.', '!', '?']).unwrap_or(core);
        if core.contains(['.', '!', '?']) {
            return None;
        }
        (known_sex(&self.sexes.borrow(), &person.referent.name) == Some(female))
            .then(|| person.referent.clone())
    }
    /// `That drew a sharp response from Ruth Osei, a Labour member. /
    /// "…," she said`: the one person a paragraph without quotations
    /// names, when the next paragraph opens with the quotation the pronoun
    /// follows and that person is known to be of the pronoun's sex.
    fn sole_person_before_paragraph(&self, at: usize, female: bool) -> Option<Referent> {
        let para = self.paragraph_start(at)?;
        // The pronoun straight after the paragraph's first quotation,
        // which opens it.
        let k = self.pieces.partition_point(|p| p.start < para);
        let first = self.pieces.get(k).filter(|p| p.end <= at)?;
        let opening = self.text.get(para..first.start)?;
        let attributes = self.text.get(first.end..at).is_some_and(closely_after);
        if !attributes || opening.contains(|c: char| c.is_alphanumeric()) {
            return None;
        }
        // The paragraph before, of common length, with no quotation.
        let before_end = self.text[..para].trim_end().len();
        let before = self.paragraph_start(before_end)?;
        if k > 0 && self.pieces[k - 1].end > before {
            return None;
        }
        let mentions = self.mentions.borrow();
        let mut people = starting_in(&mentions, before..before_end)
            .iter()
            .filter(|m| is_person_mention(m));
        let person = people.next()?;
        if people.any(|m| m.referent.name != person.referent.name) {
            return None;
        }
        // (Nor a paragraph about someone else by that pronoun: `He was
        // born …, the son of Jack Varley, a trawlerman.`)
        let spoken_of = speaks_of(&self.text[before..before_end], female);
        // (Not the agent of a thing done, named in passing: `a complaint
        // by Ruth Osei`, `written by inspector John Bayliss`.)
        let lead = &self.text[floor_char_boundary(self.text, person.range.start.saturating_sub(30))
            ..person.range.start];
        if lead.split_whitespace().rev().take(2).any(|w| w == "by") {
            return None;
        }
        (!spoken_of && known_sex(&self.sexes.borrow(), &person.referent.name) == Some(female))
            .then(|| person.referent.clone())
    }
    /// Where the paragraph holding `at` starts, looked for within a
    /// pronoun's reach back (a huge paragraph has no start found).
    fn paragraph_start(&self, at: usize) -> Option<usize> {
        let from = floor_char_boundary(self.text, at.saturating_sub(CONTEXT_BACK));
        self.text[from..at]
            .rfind("\n\n")
            .map(|k| from + k + 2)
            .or((from == 0).then_some(0))
    }
    /// Whether `text[range]` names a person (outside quotations).
    fn names_a_person(&self, range: Range<usize>) -> bool {
        starting_in(&self.mentions.borrow(), range)
            .iter()
            .any(is_person_mention)
    }
    /// How many mentions back [`Self::spoken_of_by`] counts a name (a bound
    /// keeps a draft of many pronouns linear).
    const MENTIONS_COUNTED: usize = 2000;

    /// `The trust's director, Ang Dawa Tamang, said: "She came to Kathmandu
    /// …" / She was appointed MBE`: when the pronoun's person is the last
    /// speaker, whose words spoke of someone else by that pronoun, the
    /// person the draft names most, of that sex, is meant instead.
    fn spoken_of_by(&self, at: usize, female: bool, person: &Referent) -> Option<Referent> {
        let spoken = self.spoken.borrow();
        let last = spoken[..spoken.partition_point(|m| m.range.start < at)].last()?;
        // (A narrative sentence of a later paragraph: not `"…," he said`,
        // which goes on with the speaker.)
        let start = self.sentence_start(at, 0);
        let opens_quoted = self.is_quoted(start + 1) || self.is_quoted(start + 3);
        let later_paragraph = self
            .text
            .get(last.range.start..start)
            .is_some_and(|t| t.contains("\n\n"));
        if last.referent.name != person.name || opens_quoted || !later_paragraph {
            return None;
        }
        let k = self.pieces.partition_point(|p| p.start < last.range.start);
        let words = &self.text[self.pieces.get(k.checked_sub(1)?)?.clone()];
        let spoke_of = speaks_of(words, female);
        let main = self.named_most(at).filter(|_| spoke_of)?;
        if main.name == person.name || known_sex(&self.sexes.borrow(), &main.name) != Some(female) {
            return None;
        }
        // (The one the draft is about, named far more often than the
        // speaker: an obituary's or a profile's subject.)
        let mentions = self.mentions.borrow();
        let upto = mentions.partition_point(|m| m.range.start < at);
        let (mut main_times, mut person_times) = (0, 0);
        for m in &mentions[upto.saturating_sub(Self::MENTIONS_COUNTED)..upto] {
            main_times += usize::from(m.referent.name == main.name);
            person_times += usize::from(m.referent.name == person.name);
        }
        (main_times >= 3 * person_times.max(1)).then_some(main)
    }
    /// The body meant by `The company …` opening the sentence at `at` or
    /// the one before, when no body is named between it and `at`.
    /// The one who posted, issued, sent, published, released or shared
    /// something in the sentence before `it` at `at`, when `it` reads or
    /// says (`X posted a message on Instagram. "…," it read`): the first
    /// named subject there.
    fn poster_of_it(&self, at: usize) -> Option<Referent> {
        const PUT_OUT: &[&str] = &[
            "posted",
            "issued",
            "sent",
            "published",
            "released",
            "shared",
        ];
        let after = self.text.get(at + 2..)?;
        if !["read", "reads", "said", "says"]
            .iter()
            .any(|v| after.strip_prefix(' ').is_some_and(|a| a.starts_with(v)))
        {
            return None;
        }
        // (Within the reach of an attribution: a huge sentence of such
        // quotations stays linear.)
        let since = self.sentence_start(at, 1).max(floor_char_boundary(
            self.text,
            at.saturating_sub(CONTEXT_BACK),
        ));
        let lead = self.text.get(since..at)?;
        let words: Vec<&str> = lead
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if !words.iter().any(|w| PUT_OUT.contains(w)) {
            return None;
        }
        let mentions = self.mentions.borrow();
        starting_in(&mentions, since..at)
            .iter()
            .find(|m| m.subject && !m.referent.name.is_empty())
            .map(|m| m.referent.clone())
    }

    pub(super) fn body_opening_sentence(&self, at: usize) -> Option<Referent> {
        let mentions = self.mentions.borrow();
        let this_sentence = self.recent_sentence_starts(at).next().unwrap_or(at);
        for start in self.recent_sentence_starts(at) {
            // The sentence's first words, up to its verb's reach.
            let words: Vec<&str> = self
                .text
                .get(start..at)?
                .split_whitespace()
                .take(7)
                .collect();
            let opens = matches!(words.first(), Some(&("The" | "the")))
                && words.get(1).is_some_and(|w| GENERIC_BODIES.contains(w))
                && words
                    .get(2)
                    .is_some_and(|w| w.starts_with(char::is_lowercase));
            // (A body named as the subject of a sentence since, or at all
            // in this one; not one the last sentence names after its
            // verb: `The health authority said visits at Marten Lake
            // General Hospital rose. In a statement, it said`.)
            let named_since = starting_in(&mentions, start..at)
                .iter()
                .any(|m| m.referent.organisation && (m.subject || m.range.start >= this_sentence));
            if named_since {
                return None;
            }
            if opens {
                return self.body_meant(words[1], start);
            }
            // `The Belgian federal prosecutor's office said …`: a body
            // described in a few words before its verb, none named.
            let noun_at = words
                .iter()
                .take(6)
                .position(|w| GENERIC_BODIES.contains(w))
                .filter(|&k| {
                    k >= 2
                        && matches!(words[0], "The" | "the")
                        // (The noun heads the phrase: not `The owner of
                        // the nearby cafe`, `The woman who runs the cafe`.)
                        && words[1..k].iter().all(|w| {
                            !w.contains([',', '.', ';', ':'])
                                && !PREPOSITIONS.contains(w)
                                && !matches!(*w, "who" | "that" | "which")
                        })
                        && words
                            .get(k + 1)
                            .is_some_and(|v| reporting(v) == Some(Form::Finite))
                });
            if let Some(k) = noun_at {
                let end = start + self.text[start..at].find(words[k])? + words[k].len();
                let described = self.resolve(start..end)?;
                return Some(Referent {
                    name: described.name,
                    id: described.id,
                    organisation: true,
                    female: None,
                });
            }
        }
        None
    }
    /// Who answers in the interview paragraph holding `at`, when the
    /// paragraph opens with a label: a name (`Delgado:`), or `A:` for the
    /// person the draft names most.
    pub(super) fn answering(&self, at: usize) -> Option<Referent> {
        // The paragraph's start, looked for within a long answer's reach.
        let near = floor_char_boundary(self.text, at.saturating_sub(ANSWER_REACH));
        let start = match self.text.get(near..at)?.rfind('\n') {
            Some(n) => near + n + 1,
            None if near == 0 => 0,
            None => return None,
        };
        let head = self
            .text
            .get(start..floor_char_boundary(self.text, (start + 40).min(at)))?;
        if head.starts_with("A:") || head.starts_with("A.") {
            return self.named_most(at);
        }
        let (label, _) = head.split_once(':')?;
        let words: Vec<&str> = label.split_whitespace().collect();
        let capitalised = |w: &&str| w.starts_with(char::is_uppercase) && !is_not_name(w);
        if label != label.trim_start()
            || words.is_empty()
            || words.len() > 3
            || words == ["Q"]
            || !words.iter().all(capitalised)
        {
            return None;
        }
        // A person the draft names in full (`Delgado:` after `Rosa
        // Delgado`, `Dr. Patel:`), not a word such as `Update:`.
        let s = self.name_in(label, label, None)?;
        s.name.contains(' ').then_some(Referent {
            name: s.name,
            id: s.id,
            organisation: false,
            female: None,
        })
    }
    /// How far either side of a pronoun its question's paragraph may run.
    const QUESTION_REACH: usize = 1000;

    /// Whether `at` is in an interview's question: a paragraph labelled
    /// `Q:`, or one that ends with a question mark in a draft of several.
    fn in_question(&self, at: usize) -> bool {
        // (Within a question's reach: a huge paragraph is none.)
        let near = floor_char_boundary(self.text, at.saturating_sub(Self::QUESTION_REACH));
        let far = floor_char_boundary(self.text, (at + Self::QUESTION_REACH).min(self.text.len()));
        let start = match self.text[near..at].rfind('\n') {
            Some(n) => near + n + 1,
            None if near == 0 => 0,
            None => return false,
        };
        let end = match self.text[at..far].find('\n') {
            Some(n) => at + n,
            None if far == self.text.len() => far,
            None => return false,
        };
        let paragraph = self.text[start..end].trim();
        // (A question in an interview of several, not one asked of the
        // reader in a feature or a letter.)
        paragraph.starts_with("Q:")
            || paragraph.starts_with("Q.")
            || paragraph.ends_with('?')
                && *self.questions.get_or_init(|| {
                    self.text
                        .lines()
                        .filter(|l| l.trim_end().ends_with('?'))
                        .count()
                }) >= 3
    }

    /// The person named most often before `at`: an interview's subject.
    pub(super) fn named_most(&self, at: usize) -> Option<Referent> {
        let k = self.most_named.partition_point(|&(start, _)| start < at);
        let (_, best) = *self.most_named.get(k.checked_sub(1)?)?;
        self.mentions.borrow().get(best).map(|m| m.referent.clone())
    }
}

/// Whether the words between a quotation's closing mark and a pronoun
/// are a few marks at most (`"…," he said`), so that the pronoun
/// attributes that quotation.
fn closely_after(gap: &str) -> bool {
    gap.chars().count() <= 3
        && !gap.contains(|c: char| c.is_alphanumeric() || matches!(c, '.' | '!' | '?'))
}

/// Whether `words` hold a personal pronoun of the sex given (`he`, `his`;
/// `she`, `her`).
pub(crate) fn speaks_of(words: &str, female: bool) -> bool {
    let pronouns: &[&str] = if female {
        &["she", "her", "hers", "herself"]
    } else {
        &["he", "him", "his", "himself"]
    };
    words
        .split(|c: char| !c.is_alphabetic())
        .any(|w| pronouns.iter().any(|p| w.eq_ignore_ascii_case(p)))
}
