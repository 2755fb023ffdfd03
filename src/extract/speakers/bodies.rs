//! Bodies: which organisation `the company`, `the union` or a
//! spokesperson stands for, and who wrote a document the draft cites.

use super::*;

/// How far into a draft (bytes) its lead may cite a document unnamed.
const LEAD_REACH: usize = 1_500;

/// How far back (in bytes) an office named in lower case is looked for.
const OFFICE_REACH: usize = 4_000;

impl Resolver<'_> {
    /// The last body named before `at` whose name holds all of `words`
    /// (`sheriff` and `office` in `Pinecrest County Sheriff's Office`).
    pub(super) fn body_named_with(&self, words: &[&str], at: usize) -> Option<Referent> {
        let mentions = self.mentions.borrow();
        starting_in(&mentions, at.saturating_sub(BODY_WINDOW)..at)
            .iter()
            .rev()
            .find_map(|m| {
                let written = self.text.get(m.range.clone())?;
                let folded = written.to_lowercase().replace('’', "'");
                let holds = words.iter().all(|w| {
                    folded
                        .split_whitespace()
                        .any(|x| x.trim_end_matches("'s").trim_end_matches('\'') == *w)
                });
                holds.then(|| Referent {
                    name: without_article(written).to_owned(),
                    id: m.referent.id.clone(),
                    organisation: true,
                    female: None,
                })
            })
    }

    /// A body named before `at` in lower case with a place's name before
    /// its owner (`the Antwerp public prosecutor’s office`), which `the
    /// prosecutor’s office` later means: from the first capitalised word
    /// of the last such phrase to its noun.
    pub(super) fn office_named_before(
        &self,
        owner: &str,
        noun: &str,
        at: usize,
    ) -> Option<Referent> {
        // (Within a few paragraphs: each such mention searches the text.)
        let from = floor_char_boundary(self.text, at.saturating_sub(OFFICE_REACH));
        let before = &self.text[from..at];
        let found = ["’s ", "'s "]
            .iter()
            .filter_map(|s| before.rfind(&format!("{owner}{s}{noun}")))
            .max()?;
        let end = from + found + before[found..].find(noun)? + noun.len();
        // The few words before the owner, after an article (within a
        // short reach: a paragraph without stops stays quick).
        let start = self
            .sentence_start(end, 0)
            .max(floor_char_boundary(self.text, end.saturating_sub(200)));
        let toks = tokens(self.text, start..end);
        let article = toks.iter().rposition(|t| matches!(t.text, "the" | "The"))?;
        let words = &toks[article + 1..];
        let first = words.iter().position(is_capitalised)?;
        Some(Referent {
            name: self.text[words[first].range.start..end].to_owned(),
            id: None,
            organisation: true,
            female: None,
        })
    }

    /// A body named before `at` only by a description in lower case that
    /// `noun` ends (`Vietnam’s trade ministry has defended …`, `the state
    /// weather bureau said`), which `the ministry` later means: the
    /// description from its owner or first modifier, without its article.
    pub(super) fn body_described_before(&self, noun: &str, at: usize) -> Option<Referent> {
        let from = floor_char_boundary(self.text, at.saturating_sub(OFFICE_REACH));
        let before = &self.text[from..at];
        let (k, _) = before.rmatch_indices(noun).find(|&(k, _)| {
            before[..k].ends_with(' ')
                && !before[k + noun.len()..].starts_with(|c: char| c.is_alphanumeric())
        })?;
        // The words before the noun, back to an article or an owner.
        let lead = &before[floor_char_boundary(before, k.saturating_sub(120))..k];
        let words: Vec<&str> = lead.split_whitespace().collect();
        let modifiers = words
            .iter()
            .rev()
            .take_while(|w| {
                w.chars().all(|c| c.is_lowercase() || c == '-')
                    && !DETERMINERS.contains(w)
                    && !PREPOSITIONS.contains(w)
                    && !matches!(**w, "and" | "or" | "that" | "which")
                    // (Not `the largest bank`, `the other party`: which
                    // one, not what it is.)
                    && !w.ends_with("est")
                    && !matches!(
                        **w,
                        "other" | "another" | "same" | "new" | "first" | "second" | "last"
                            | "next" | "former" | "main" | "only" | "whole" | "own"
                    )
            })
            .count();
        let opener = words.len().checked_sub(modifiers + 1).map(|i| words[i])?;
        let owner = opener.starts_with(char::is_uppercase)
            && (opener.ends_with("’s") || opener.ends_with("'s"));
        let article = matches!(opener, "the" | "The");
        if !(1..=3).contains(&modifiers) || !(owner || article) {
            return None;
        }
        let kept = &words[words.len() - modifiers - usize::from(owner)..];
        Some(Referent {
            name: format!("{} {noun}", kept.join(" ")),
            id: None,
            organisation: true,
            female: None,
        })
    }

    /// The first body named after `at`, within a few paragraphs, whose
    /// name `noun` heads (`Food and Retail Workers Union` for `their
    /// union` in a lead that names it only later), or for `police` the
    /// first police force. (A body of that kind named before is found
    /// first, by [`Self::body_meant`] or [`Self::police_named`].)
    /// With a `modifier` (`county` of `the county council`), a body whose
    /// name holds that word too may be the subject of its own sentence
    /// (`Northvale County Council says`): the same body, named in full.
    pub(super) fn body_named_later(
        &self,
        noun: &str,
        modifier: Option<&str>,
        at: usize,
    ) -> Option<Referent> {
        let police = noun == "police";
        let force = body_kind_words("force");
        let mentions = self.mentions.borrow();
        // Every body of that kind named in reach: only one may be meant,
        // and not one that speaks as the subject of its own sentence
        // (`The Welsh Government said it had not been "consulted"`, after
        // `The government said …`: another party).
        let mut named = starting_in(&mentions, at..at.saturating_add(ROLE_REACH))
            .iter()
            .filter(|m| m.referent.organisation)
            .filter_map(|m| {
                let written = self.text.get(m.range.clone())?;
                let last = written.split_whitespace().next_back()?;
                let heads = if police {
                    force.contains(&last)
                } else {
                    last.eq_ignore_ascii_case(noun)
                };
                heads.then_some((m, without_article(written)))
            });
        let (first, name) = named.next()?;
        let same =
            modifier.is_some_and(|m| name.split_whitespace().any(|w| w.eq_ignore_ascii_case(m)));
        if (first.subject || modifier.is_some()) && !same || named.any(|(_, other)| other != name) {
            return None;
        }
        Some(Referent {
            name: name.to_owned(),
            id: first.referent.id.clone(),
            organisation: true,
            female: None,
        })
    }

    /// The last body named before `at` that is a police force: one whose
    /// name opens or ends with a police word (`Police Scotland`, `Rimaye
    /// State Police Command`, `Kent Police`), not one that only watches or
    /// speaks for the police (`Independent Office for Police Conduct`,
    /// `Police Federation`).
    pub(super) fn police_named(&self, at: usize) -> Option<Referent> {
        let police = body_kind_words("force");
        let mentions = self.mentions.borrow();
        starting_in(&mentions, at.saturating_sub(BODY_WINDOW)..at)
            .iter()
            .rev()
            .filter(|m| m.referent.organisation)
            .find_map(|m| {
                let written = self.text.get(m.range.clone())?;
                let words: Vec<&str> = written.split_whitespace().collect();
                let (first, last) = (*words.first()?, *words.last()?);
                // (`Police Scotland`, `Police Service of Northern Ireland`;
                // not `Police Federation`, a body of another kind.)
                let opens = police.contains(&first) && !is_body_noun(&last.to_lowercase());
                let force = opens
                    || police.contains(&last)
                    || last == "Command" && words.iter().any(|w| police.contains(w));
                force.then(|| Referent {
                    name: without_article(written).to_owned(),
                    id: m.referent.id.clone(),
                    organisation: true,
                    female: None,
                })
            })
    }

    /// The organisation a generic noun (`the union`, `the airline`) before
    /// `at` stands for: the last one named with that noun in its name
    /// (`the union` for `Gulf Longshore Workers Union`), else the one named
    /// most often so far (the draft's subject, not a body mentioned in passing).
    pub(super) fn body_meant(&self, noun: &str, at: usize) -> Option<Referent> {
        let mentions = self.mentions.borrow();
        let spoken = self.spoken.borrow();
        // The draft so far, within a long stretch (so that the work per
        // quotation stays bounded in a draft of any length).
        let from = at.saturating_sub(BODY_WINDOW);
        let all_before: Vec<&Mention> = starting_in(&mentions, from..at)
            .iter()
            .chain(starting_in(&spoken, from..at))
            .filter(|m| m.range.end <= at)
            .collect();
        // (`the company` is no ministry, trust or newspaper named near it.)
        let company = COMPANY_NOUNS.contains(&noun);
        let before: Vec<&Mention> = all_before
            .iter()
            .copied()
            .filter(|m| m.referent.organisation)
            .collect();
        // (Asked of a candidate, not of every body in the stretch.)
        let may_be = |name: &str| !company || !is_no_company(name);
        // Any name with the noun in it (`Millbrook General Hospital` for
        // `the hospital`), whether or not it reads as a body's name.
        let written = |m: &Mention| self.text.get(m.range.clone()).unwrap_or("");
        let named_so = all_before
            .iter()
            .filter(|m| {
                let mut words = written(m).split_whitespace();
                let (Some(first), Some(second)) = (words.next(), words.next()) else {
                    return false;
                };
                // `Bank of Valdoria` too, for `the bank`.
                (matches!(second, "of" | "for") && first.eq_ignore_ascii_case(noun))
                    || second.eq_ignore_ascii_case(noun)
                    || words.any(|w| w.eq_ignore_ascii_case(noun))
            })
            // One the noun heads (`Northmere University`) before one that
            // only holds it (`University and College Workers' Federation`).
            .max_by_key(|m| (!of_other_kind(written(m), noun), m.range.start));
        let as_named = |m: &Mention| {
            // As written: `Millbrook General Hospital`, not a title-stripped `Hospital`.
            let name = written(m);
            let name = name.strip_prefix("The ").unwrap_or(name).to_owned();
            match m.referent.name.split_whitespace().count() {
                1 => Referent {
                    name,
                    id: None,
                    organisation: true,
                    female: None,
                },
                _ => m.referent.clone(),
            }
        };
        // (One that only holds the noun, of another kind, waits for a
        // body whose name shows it is of this kind: `Westmoor Airways`
        // before `British Airline Pilots' Association` for `the airline`.)
        let other_kind = named_so.filter(|m| of_other_kind(written(m), noun));
        if let Some(m) = named_so.filter(|_| other_kind.is_none()) {
            return Some(as_named(m));
        }
        // `the energy regulator Ofgem`: the body named with that noun.
        if let Some((_, r)) = self
            .descriptions
            .ending_with(noun)
            .rev()
            .find(|(d, r)| d == noun && r.organisation)
        {
            return Some(r.clone());
        }
        // `the station` for `Radio Westmarch`: the last body whose name
        // shows it is of that kind.
        let kind_words = body_kind_words(noun);
        let of_kind = all_before
            .iter()
            .filter(|_| !kind_words.is_empty())
            .filter(|m| {
                written(m).split_whitespace().any(|w| {
                    let w = w.strip_suffix("’s").or(w.strip_suffix("'s")).unwrap_or(w);
                    kind_words.contains(&w)
                })
            })
            // (Not `Mining and Allied Workers' Solidarity Union` for `the
            // company`: a union is no company, whatever its trade.)
            .filter(|m| may_be(&m.referent.name))
            // (Not `Kelly Post`, a person.)
            .filter(|m| {
                m.referent.organisation
                    || written(m)
                        .split_whitespace()
                        .next()
                        .is_none_or(|w| sex_of(w).is_none())
            })
            .max_by_key(|m| m.range.start);
        // (A company's words are common to many names: the body a recent
        // sentence is about comes first.)
        let common_kind = matches!(noun, "company" | "firm");
        if let Some(m) = of_kind.filter(|_| !common_kind) {
            return Some(m.referent.clone());
        }
        if let Some(m) = other_kind {
            return Some(as_named(m));
        }
        // `The Steelworkers Federation denounced the move. In a statement,
        // the union said`: the body this sentence or the last is about.
        let last_sentence = self.sentence_start(at, 1);
        // (`Pelican Road Pictures said in a statement …`: or a name of two
        // words or more that no given name opens, never a `he` or a `she`
        // and with no title before it, which may be a body's.)
        let sexes = self.sexes.borrow();
        // (`Gerak has been under pressure …`: or, for `the company`, a
        // name of one word likewise.)
        let unmarked = |m: &Mention| {
            let name = &m.referent.name;
            // (`Basin` of `Karoo Basin`: not a mention that goes on from a
            // capitalised word before it, part of a longer name.)
            let after_capital = || {
                self.word_before(m.range.start).is_some_and(|w| {
                    w.starts_with(char::is_uppercase) && !w.ends_with(['.', '!', '?', ':'])
                })
            };
            (name.contains(' ') || company && !after_capital())
                && m.referent.id.is_none()
                && known_sex(&sexes, name).is_none()
                && name
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| sex_of(w).is_none())
                && !self.titled_at(m.range.start)
        };
        let recent = |subject: bool| {
            all_before
                .iter()
                .filter(|m| m.subject == subject && m.range.start >= last_sentence)
                .filter(|m| m.referent.organisation || unmarked(m))
                // (Not one whose name shows another kind: `the company`
                // after `… told the Australian Securities Exchange`; any
                // body is a group.)
                .filter(|m| {
                    matches!(noun, "group" | "organisation" | "organization" | "body")
                        || !of_other_kind(&m.referent.name, noun)
                })
                .filter(|m| may_be(&m.referent.name))
                .max_by_key(|m| m.range.start)
        };
        // (`The centre is run by Castellan Secure Services. The company
        // said`: for a company, one the last sentence names elsewhere than
        // as its subject comes next.)
        if let Some(m) = recent(true).or_else(|| common_kind.then(|| recent(false)).flatten()) {
            return Some(Referent {
                organisation: true,
                ..m.referent.clone()
            });
        }
        drop(sexes);
        if let Some(m) = of_kind {
            return Some(m.referent.clone());
        }
        let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
        // (`the ministry`, `the institute`: the body most spoken of only
        // if its name shows it is a body, not `OSE` or `Larchfield House`;
        // a company or a group may have any name: `Just Stop Oil`.)
        let any_name = company
            || matches!(
                noun,
                "group" | "organisation" | "organization" | "campaign" | "movement" | "network"
            );
        let shows_body = |name: &str| {
            let head = head_word(name).to_lowercase();
            any_name || is_body_noun(&head) || looks_like_organisation(&head)
        };
        for m in before.iter().filter(|m| shows_body(&m.referent.name)) {
            let e = counts.entry(m.referent.name.as_str()).or_default();
            e.0 += 1;
            e.1 = e.1.max(m.range.start);
        }
        let Some((name, _)) = counts
            .into_iter()
            .filter(|(name, _)| may_be(name))
            .max_by_key(|&(_, c)| c)
        else {
            return company.then(|| unmarked_company(&all_before)).flatten();
        };
        before
            .iter()
            .find(|m| m.referent.name == name)
            .map(|m| m.referent.clone())
    }

    /// The author of a document a lead cites unnamed, from the next few
    /// sentences: one `by` a body after a document's noun, else a body
    /// that is a sentence's subject.
    fn document_author_later(&self, at: usize) -> Option<Speaker> {
        // The sentences after the one holding `at`, three at most.
        let k = self.sentence_starts.partition_point(|&s| s <= at);
        let until = self
            .sentence_starts
            .get(k + 3)
            .copied()
            .unwrap_or(self.text.len())
            .min(at.saturating_add(ROLE_REACH));
        let until = floor_char_boundary(self.text, until);
        let ahead = tokens(self.text, at..until.max(at));
        let by = ahead.windows(2).enumerate().find_map(|(i, w)| {
            (DOCUMENTS.contains(&lower(&w[0]).as_str()) && w[1].text == "by")
                .then(|| self.named_by(&ahead[i + 1..]))
                .flatten()
        });
        by.or_else(|| {
            let mentions = self.mentions.borrow();
            starting_in(&mentions, at..until)
                .iter()
                .find(|m| m.subject && m.referent.organisation)
                .map(|m| Speaker {
                    name: m.referent.name.clone(),
                    id: m.referent.id.clone(),
                    mention: self.text[m.range.clone()].to_owned(),
                })
        })
    }

    /// The sender of a letter or a message a phrase at `range` names, when
    /// it comes from a body described by its noun (`a letter from the
    /// authority`).
    pub(super) fn sent_from(&self, range: Range<usize>) -> Option<Speaker> {
        let toks = tokens(self.text, range.clone());
        let [article, noun, from, next, rest @ ..] = toks.as_slice() else {
            return None;
        };
        let sent = matches!(lower(article).as_str(), "a" | "an" | "the")
            && matches!(
                noun.text,
                "letter" | "statement" | "email" | "memo" | "notice" | "message" | "circular"
            )
            && from.text == "from";
        if !sent {
            return None;
        }
        // (A body named in capitals after `from` is read as any name is.)
        let body = match (next.text, rest) {
            ("the", [noun]) if !is_capitalised(noun) && is_body_noun(noun.text) => {
                next.range.start..noun.range.end
            }
            _ => return None,
        };
        let mention = self.text[range].trim().to_owned();
        // (A body's: not a person the noun was resolved to.)
        self.resolve(body)
            .filter(|s| self.is_organisation(&s.name))
            .map(|s| Speaker { mention, ..s })
    }

    /// The author of a document a phrase at `range` names, if it names one
    /// (`A report by the Mines Inspectorate`, `the Highway Department's
    /// annual inspection`, `a Millbrook Transit staff report`, `Its
    /// analysis`), or of the last such document the draft gave an author
    /// (`The report` after `a report published by the Chalk Rivers Trust`).
    pub(super) fn document_author(&self, range: Range<usize>) -> Option<Speaker> {
        let toks = tokens(self.text, range.clone());
        // Lower case: `Melody Review` is a magazine.
        let is_document = |t: &Token| !is_capitalised(t) && DOCUMENTS.contains(&t.text);
        let d = toks.iter().take(7).position(is_document)?;
        let lead = &toks[..d];
        if lead.iter().any(|t| !is_word(t) && t.text != "&") {
            return None;
        }
        let mention = self.text[range.clone()].trim().to_owned();
        let author = |s: Speaker| Speaker {
            mention: mention.clone(),
            ..s
        };
        // `… by the Chalk Rivers Trust`, `by former official Alan Forsyth`.
        if let Some(s) = self.named_by(&toks[d + 1..]) {
            return Some(author(s));
        }
        // `Its analysis`: the body the pronoun means.
        if let Some(first) = lead.first() {
            if matches!(lower(first).as_str(), "its" | "their") {
                return self
                    .pronoun(first.range.start, first.text.to_owned())
                    .map(author);
            }
        }
        // `the Highway Department's annual inspection`, `The authority's
        // investigation`: the owner.
        if let Some(i) = lead.iter().position(|t| is_possessive(t.text)) {
            let owner_end = toks[i].range.end - if toks[i].text.ends_with("’s") { 4 } else { 2 };
            return self.resolve(toks[0].range.start..owner_end).map(author);
        }
        // `a Millbrook Area Transit staff report`: the name before it.
        let named = |t: &Token| is_capitalised(t) && !DETERMINERS.contains(&lower(t).as_str());
        if let (Some(first), Some(last)) =
            (lead.iter().position(named), lead.iter().rposition(named))
        {
            return self
                .resolve(lead[first].range.start..lead[last].range.end)
                .map(author);
        }
        // `according to a report which warns …`, opening a story that
        // names its author next (`The study by the Lenn Rivers Trust`,
        // `The Centre for Education Standards … found`).
        // (Only in a story's opening, and not `an analysis that doctors
        // say shows …`, whose words are others'.)
        let others = || {
            toks[d + 1..].windows(2).any(|w| {
                reporting(w[1].text).is_some() && !matches!(lower(&w[0]).as_str(), "which" | "that")
            })
        };
        if lead.len() == 1
            && matches!(lower(&lead[0]).as_str(), "a" | "an")
            && range.start < LEAD_REACH
            && !others()
        {
            return self.document_author_later(range.end).map(author);
        }
        // `The report, published by the Arctic Council, warned`: the
        // author an apposition straight after it gives.
        let after = floor_char_boundary(self.text, (range.end + 160).min(self.text.len()));
        let apposed = tokens(self.text, range.end..after.max(range.end));
        // (`Another submission, from the Kinglake Ranges Community
        // Association, said`: or its sender, after `from`.)
        if let [comma, rest @ ..] = apposed.as_slice() {
            if comma.text == "," && d + 1 == toks.len() {
                if let Some(s) = self.named_from(rest) {
                    return Some(author(s));
                }
            }
        }
        // `The report`: the author of the last one the draft gave one.
        if lead.first().is_none_or(|t| lower(t) != "the") {
            return None;
        }
        // (`The report, by the Water Quality Authority, found`: or `by`
        // alone.)
        if let [comma, participle, by, ..] = apposed.as_slice() {
            let participle = lower(participle);
            if comma.text == ","
                && (participle.ends_with("ed")
                    || matches!(participle.as_str(), "written" | "drawn" | "led" | "by"))
                && (by.text == "by" || participle == "by")
            {
                if let Some(s) = self.named_by(&apposed) {
                    return Some(author(s));
                }
            }
        }
        let noun = toks[d].text;
        let from = floor_char_boundary(self.text, range.start.saturating_sub(BODY_WINDOW));
        let earlier = &self.text[from..range.start];
        earlier
            .rmatch_indices(noun)
            .take(4)
            .find_map(|(k, _)| {
                let at = from + k + noun.len();
                let end = floor_char_boundary(self.text, (at + 160).min(range.start));
                // (The noun as a word: not the `report` of `reporters`.)
                let whole = !self.text[at..].starts_with(char::is_alphanumeric);
                let after = tokens(self.text, at..end.max(at));
                self.named_by(&after)
                    .or_else(|| whole.then(|| self.named_from(&after)).flatten())
                    .or_else(|| whole.then(|| self.said_in(from + k)).flatten())
                    .or_else(|| whole.then(|| self.opened_in(from + k)).flatten())
                    .or_else(|| whole.then(|| self.owned_by_pronoun(from + k)).flatten())
            })
            .map(author)
    }

    /// The body a possessive pronoun before the document's noun at `at`
    /// means (`published its annual report`, `their latest review`), a
    /// word or two between.
    fn owned_by_pronoun(&self, at: usize) -> Option<Speaker> {
        let from = floor_char_boundary(self.text, at.saturating_sub(60));
        let toks = tokens(self.text, from..at);
        let k = toks
            .iter()
            .rposition(|t| matches!(t.text, "its" | "their"))?;
        // (A word or two between: not `lost its chairman after the …`.)
        (toks.len() - k <= 3)
            .then(|| self.pronoun(toks[k].range.start, toks[k].text.to_owned()))
            .flatten()
    }

    /// Who said something in the document whose noun starts at `at`
    /// (`The agency said in a confidential report that …`): the subject of
    /// the verb of saying straight before `in` and the document.
    fn said_in(&self, at: usize) -> Option<Speaker> {
        // (Within a few hundred bytes: a huge sentence stays linear.)
        let from = self
            .sentence_start(at, 0)
            .max(floor_char_boundary(self.text, at.saturating_sub(300)));
        let toks = tokens(self.text, from..at);
        let j = toks.iter().rposition(|t| t.text == "in")?;
        // (Only a few words describing the document between: not `said in
        // an interview that the report …`.)
        let describing = |t: &Token| {
            let word = lower(t);
            is_word(t)
                && !is_capitalised(t)
                && !DETERMINERS.contains(&word.as_str())
                && !OPENERS.contains(&word.as_str())
                && !CLAUSE_STOPS.contains(&word.as_str())
                && !PRONOUNS.contains(&word.as_str())
        };
        let plain = toks
            .get(j + 1)
            .is_some_and(|t| matches!(lower(t).as_str(), "a" | "an" | "its" | "their"))
            && toks[j + 2..].len() <= 3
            && toks[j + 2..].iter().all(describing);
        let verb = j.checked_sub(1)?;
        if !plain || reporting(toks[verb].text) != Some(Form::Finite) {
            return None;
        }
        let subject = Resolver::subject_before(&toks, verb)?;
        self.resolve(subject)
    }

    /// Who put out the document whose noun starts at `at`, when the noun
    /// opens its sentence in a phrase (`In a report released Monday, the
    /// PBO said`, `In a letter sent last week to the ministry, the union
    /// asked`): the subject of the sentence's first verb after the phrase.
    fn opened_in(&self, at: usize) -> Option<Speaker> {
        let start = self.sentence_start(at, 0);
        if start > at || at - start > 40 {
            return None;
        }
        let lead = tokens(self.text, start..at);
        let opens = matches!(lead.as_slice(), [i, a, ..]
            if lower(i) == "in" && matches!(lower(a).as_str(), "a" | "an" | "its" | "their"))
            && lead[2..].iter().all(|t| is_word(t) && !is_capitalised(t));
        if !opens {
            return None;
        }
        // (Within a few hundred bytes: a huge sentence stays linear.)
        let end = floor_char_boundary(self.text, (at + 300).min(self.text.len()));
        let toks = tokens(self.text, at..end);
        let comma = toks
            .iter()
            .take_while(|t| !matches!(t.text, "." | ";" | "“" | "”" | "\""))
            .position(|t| t.text == ",")?;
        let verb = (comma + 1..toks.len())
            .take_while(|&k| !matches!(toks[k].text, "." | ";" | "“" | "”" | "\""))
            .find(|&k| verb_form(&toks, k) == Some(Form::Finite))?;
        let subject = Resolver::subject_before(&toks[comma + 1..], verb - comma - 1)?;
        // (A name or `the …`: not `critics of the PBO said`.)
        let first = tokens(self.text, subject.clone()).first().cloned()?;
        if !(is_capitalised(&first) || lower(&first) == "the") {
            return None;
        }
        self.resolve(subject).filter(|s| !is_unnamed(s))
    }

    /// The name after the first `by` in `toks` (`by the Chalk Rivers
    /// Trust`, `by former senior public servant Alan Forsyth`), within the
    /// phrase.
    pub(super) fn named_by(&self, toks: &[Token]) -> Option<Speaker> {
        // The phrase's words, past a title in quotation marks, which are
        // neither counted nor read (`The report, titled “Stand by Me”, was
        // compiled by …`).
        let mut words: Vec<usize> = Vec::new();
        let mut k = 0;
        while k < toks.len() && words.len() < 16 {
            let t = &toks[k];
            if matches!(t.text, "“" | "\"") && k > 0 && lower(&toks[k - 1]) == "titled" {
                let close = toks[k + 1..]
                    .iter()
                    .take(24)
                    .position(|t| matches!(t.text, "”" | "\""));
                if let Some(c) = close {
                    k += c + 2;
                    continue;
                }
            }
            if matches!(t.text, "." | ";" | "“" | "”" | "\"") {
                break;
            }
            words.push(k);
            k += 1;
        }
        let before = |k: usize| {
            k.checked_sub(1)
                .map(|j| lower(&toks[j]))
                .unwrap_or_default()
        };
        // (Not one who came by it: `seen by the Guardian`.)
        let b = words
            .iter()
            .copied()
            .find(|&k| toks[k].text == "by" && !came_by(&before(k)))?;
        // (Nor one who had it made, when a `from` names its maker:
        // `commissioned by the union from the firm Pell & Rowe`; not `from
        // March`, a time.)
        let maker = words.iter().copied().find(|&k| {
            k > b
                && toks[k].text == "from"
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.text == "the" || is_capitalised(n) && !is_time_name(n.text))
        });
        let b = match maker {
            Some(from) if had_made(&before(b)) => from,
            _ => b,
        };
        let rest = &toks[b + 1..];
        // (Not a day's or month's name: `seen by reporters on Wednesday`.)
        let first = rest
            .iter()
            .take(6)
            .take_while(|t| is_word(t))
            .position(|t| is_capitalised(t) && !is_time_name(t.text))?;
        let end = (first..rest.len())
            .find(|&j| {
                let t = &rest[j];
                !(is_capitalised(t)
                    || matches!(t.text, "&" | "and" | "of")
                    || initialism_stop(rest, j))
            })
            .unwrap_or(rest.len());
        let end = (first + 1..=end)
            .rev()
            .find(|&e| is_capitalised(&rest[e - 1]))?;
        self.resolve(rest[first].range.start..rest[end - 1].range.end)
    }

    /// The sender of the last `noun` (`email`, `letter`) before `at` that
    /// the draft gave one with `from` (`an email from Harbour Prestige
    /// Realty`), within the last few sentences.
    pub(super) fn sender_named_before(&self, noun: &str, at: usize) -> Option<Speaker> {
        let start = self.last_noun_before(noun, at)? + noun.len();
        let end = floor_char_boundary(self.text, (start + 80).min(at));
        self.named_from(&tokens(self.text, start..end.max(start)))
    }

    /// Who put out the last `noun` before `at`, within the last few
    /// sentences, when a sentence opens with it (`In a letter sent to the
    /// ministry, the union asked …`; see [`Self::opened_in`]).
    pub(super) fn opener_of_before(&self, noun: &str, at: usize) -> Option<Speaker> {
        let noun_at = self.last_noun_before(noun, at)?;
        let opener = self.opened_in(noun_at)?;
        // (No one else the subject of a sentence since: not `Acme Freight
        // responded, rejecting it. "…," the letter said.`)
        let next = self.sentence_starts.partition_point(|&s| s <= noun_at);
        let after = self
            .sentence_starts
            .get(next)
            .copied()
            .unwrap_or(at)
            .min(at);
        let mentions = self.mentions.borrow();
        let other = starting_in(&mentions, after..at)
            .iter()
            .any(|m| m.subject && m.referent.name != opener.name);
        (!other).then_some(opener)
    }

    /// Where the last `noun` before `at` starts, within the last few
    /// sentences, as a word (not the `post` of `postponed`, the `letter`
    /// of `newsletter`).
    fn last_noun_before(&self, noun: &str, at: usize) -> Option<usize> {
        let from = self.sentence_start(at, 3);
        let earlier = &self.text[from..at];
        let (k, _) = earlier.rmatch_indices(noun).next()?;
        let whole = !earlier[..k].ends_with(char::is_alphanumeric)
            && !self.text[from + k + noun.len()..].starts_with(char::is_alphanumeric);
        whole.then_some(from + k)
    }

    /// The sender a document's noun names straight after it with `from`
    /// (`an email from Harbour Prestige Realty on Monday`): a body, or a
    /// person named with a given name the lists know or a title; not a
    /// time (`a letter from March`), a place (`a report from Kyiv`) or
    /// the owner of someone else (`a letter from Mr Bryant's solicitor`).
    fn named_from(&self, toks: &[Token]) -> Option<Speaker> {
        let [from, rest @ ..] = toks else {
            return None;
        };
        let rest = match rest {
            [the, rest @ ..] if lower(the) == "the" => rest,
            _ => rest,
        };
        let n = rest
            .iter()
            .take(6)
            .take_while(|t| is_capitalised(t) && !is_time_name(t.text))
            .count();
        if from.text != "from" || n == 0 || is_possessive(rest[n - 1].text) {
            return None;
        }
        let first = rest[0].text;
        let person = sex_of(first).is_some() || is_title_word(&lower(&rest[0]));
        self.resolve(rest[0].range.start..rest[n - 1].range.end)
            .filter(|s| person || self.is_organisation(&s.name))
    }

    /// The body of the spokesperson last mentioned with one, in the stretch
    /// before `at` (`A Downing Street spokesperson`, `a spokeswoman for
    /// the trust`).
    pub(super) fn earlier_spokesperson(&self, at: usize) -> Option<Speaker> {
        let from = floor_char_boundary(self.text, at.saturating_sub(CONTEXT_BACK));
        let before = self.text.get(from..at)?;
        let k = from + before.rfind("spokes")?;
        let stop = |c: char| matches!(c, '.' | ',' | ';' | ':' | '"' | '“' | '”' | '\n');
        // Within the window and a short stretch after it, so that a long
        // paragraph stays linear; past the whole stop, which may be `“`.
        let start = self.text[from..k]
            .char_indices()
            .rev()
            .find(|&(_, c)| stop(c))
            .map_or(from, |(i, c)| from + i + c.len_utf8());
        let reach = floor_char_boundary(self.text, (k + CONTEXT_BACK).min(self.text.len()));
        let end = self.text[k..reach].find(stop).map_or(reach, |i| k + i);
        let phrase: Vec<&str> = self.text[start..end]
            .split_whitespace()
            .take_while(|w| reporting(w) != Some(Form::Finite))
            .collect();
        let lead = phrase
            .iter()
            .rposition(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
            .unwrap_or(0);
        let phrase = phrase[lead..].join(" ");
        let named = phrase.split_whitespace().any(|w| {
            w.starts_with(char::is_uppercase) && !DETERMINERS.contains(&w.to_lowercase().as_str())
        }) || phrase.contains(" for ")
            || phrase.contains(" of ");
        named
            .then(|| self.spokesperson_body(&phrase, k, false))
            .flatten()
    }

    /// The body a spokesperson speaks for, as the speaker: the words before
    /// `spokesperson` (a name or a generic body) or after `for`/`of`; the
    /// body last named when the phrase names none (`the spokesman said`).
    pub(super) fn spokesperson_for(&self, mention: &str, at: usize) -> Option<Speaker> {
        self.spokesperson_body(mention, at, true)
    }

    /// [`Self::spokesperson_for`], looking back to an earlier spokesperson
    /// only if `look_back` (once, so that a run of them stays linear).
    pub(super) fn spokesperson_body(
        &self,
        mention: &str,
        at: usize,
        look_back: bool,
    ) -> Option<Speaker> {
        let words: Vec<&str> = mention.split_whitespace().collect();
        let k = words.iter().position(|w| {
            let w = w.to_lowercase();
            w.starts_with("spokes") || w == "representative"
        })?;
        let body: Vec<&str> = match words.get(k + 1) {
            Some(&("for" | "of")) => words[k + 2..].to_vec(),
            _ => words[..k]
                .iter()
                .copied()
                .filter(|w| !matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
                .collect(),
        };
        let phrase = body.join(" ");
        let folded = fold(&phrase);
        let speaker = |r: Referent| Speaker {
            name: r.name,
            id: r.id,
            mention: mention.to_owned(),
        };
        if folded.is_empty() {
            // `A Downing Street spokesperson said … "…," the spokesperson
            // said`: the body the last spokesperson was named with.
            return look_back
                .then(|| self.earlier_spokesperson(at))
                .flatten()
                .or_else(|| self.antecedent(at, true, None).map(speaker))
                // `Northern Power Grid says … A spokeswoman told us`: a
                // name read as no body's, which no given name opens.
                .or_else(|| {
                    self.antecedent(at, false, None)
                        .filter(|r| {
                            r.id.is_none()
                                && r.name.contains(' ')
                                && known_sex(&self.sexes.borrow(), &r.name).is_none()
                        })
                        .map(speaker)
                })
                .map(|s| Speaker {
                    mention: mention.to_owned(),
                    ..s
                });
        }
        // `a spokesperson for the mayor`: whom the draft tied that
        // description to.
        if let Some(tied) = phrase
            .strip_prefix("the ")
            .filter(|rest| {
                // (A person's office or noun: not `the county`.)
                rest.split_whitespace()
                    .all(|w| w.starts_with(char::is_lowercase))
                    && rest
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| is_title_word(w) && !is_body_or_place_noun(w))
            })
            .and_then(|_| {
                self.descriptions
                    .all_exactly(&folded)
                    .into_iter()
                    .min_by_key(|(_, r)| std::cmp::Reverse(self.last_named(&r.name, at)))
            })
        {
            return Some(speaker(tied.1.clone()));
        }
        if GENERIC_BODIES.contains(&folded.as_str())
            || matches!(folded.as_str(), "force" | "police")
        {
            let noun = if folded == "force" {
                "police"
            } else {
                folded.as_str()
            };
            return self
                .body_meant(noun, at)
                .or_else(|| self.antecedent(at, true, None))
                .map(speaker);
        }
        let name = phrase
            .strip_prefix("the ")
            .unwrap_or(&phrase)
            .trim_end_matches("’s")
            .trim_end_matches("'s");
        // `the cycling charity Safe Roads North`: the name after the
        // words for its kind.
        let words: Vec<&str> = name.split_whitespace().collect();
        // (`Swiss retailer Marktplatz`: after a noun for its kind that
        // a capitalised word opens.)
        let after_kind = words
            .iter()
            .take(4)
            .position(|w| is_body_noun(w))
            .map(|j| j + 1)
            .filter(|&j| {
                words.get(j..).is_some_and(|rest| {
                    !rest.is_empty() && rest.iter().all(|w| w.starts_with(char::is_uppercase))
                })
            });
        let named_from = after_kind.or_else(|| {
            words
                .iter()
                .position(|w| w.starts_with(char::is_uppercase))
                .filter(|&k| k <= 3 && words[..k].last().is_none_or(|w| is_body_noun(w)))
        })?;
        let name = match words.get(named_from) {
            Some(first) if named_from > 0 => name.get(name.find(first)?..)?,
            _ => name,
        };
        Some(match self.directory.lookup(name) {
            Some(r) => speaker(r),
            None => Speaker {
                name: name.to_owned(),
                id: None,
                mention: mention.to_owned(),
            },
        })
    }
}

/// Whether the token at `k` is the stop that ends an initialism inside a
/// name, a body's name of capitalised words straight after (`U.S. Fleet
/// Forces Command`), not a sentence's end (`by the U.S. Officials said`).
fn initialism_stop(toks: &[Token], k: usize) -> bool {
    toks[k].text == "."
        && k > 0
        && toks[k - 1].range.end == toks[k].range.start
        && is_initialism(toks[k - 1].text)
        && {
            let named: Vec<&str> = toks[k + 1..]
                .iter()
                .take(6)
                .take_while(|t| is_capitalised(t))
                .map(|t| t.text)
                .collect();
            !named.is_empty() && looks_like_organisation(&named.join(" "))
        }
}

/// Whether a word is capital letters joined by stops, its last stop
/// apart (`U.S`, `U.N`).
fn is_initialism(word: &str) -> bool {
    word.split('.').count() >= 2
        && word
            .split('.')
            .all(|p| p.len() == 1 && p.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Whether a participle before `by` names one who came by a document,
/// not its author (`seen by`, `obtained by`).
pub(super) fn came_by(participle: &str) -> bool {
    matches!(participle, "seen" | "obtained")
}

/// Whether a participle before `by` names one who had a document made,
/// whose maker a `from` may name after (`commissioned by`).
fn had_made(participle: &str) -> bool {
    matches!(participle, "commissioned" | "funded")
}

/// Where a phrase of place (` in Oslo`, ` at the plant`) starts in a
/// mention, if it has one after its first word.
pub(super) fn words_at_place(mention: &str) -> Option<usize> {
    [" in ", " at ", " from "]
        .iter()
        .filter_map(|p| mention.find(p))
        .filter(|&k| k > 0)
        .min()
}

/// Whether a body's name is headed by a body's noun other than `noun`
/// and of another kind (`Kestrel House` for `the council`, `Workers'
/// Federation` for `the university`), not one of the kind's own words
/// (`Radio` for `the station`, `Holdings` for `the company`).
pub(super) fn of_other_kind(name: &str, noun: &str) -> bool {
    let head = head_word(name)
        .trim_end_matches("’s")
        .trim_end_matches("'s")
        .trim_end_matches(['’', '\''])
        .to_lowercase();
    let body_word = is_body_noun(&head) || looks_like_organisation(&head);
    body_word
        && head != noun
        && !body_kind_words(noun)
            .iter()
            .any(|k| k.eq_ignore_ascii_case(&head))
}

/// Whether a body's name shows it is no company (`Ministry of Trade and
/// Industry`, `Civic Data Trust`, `Carverton Courier`).
pub(super) fn is_no_company(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        let w = w
            .strip_suffix("’s")
            .or_else(|| w.strip_suffix("'s"))
            .unwrap_or(w);
        // (No allocation: this is asked of every body near each `the company`.)
        NOT_COMPANY_WORDS.iter().any(|n| n.eq_ignore_ascii_case(w)) || NEWSPAPER_WORDS.contains(&w)
    })
}

/// The company `the company` means when the draft never marked one as a
/// body: the name it most often makes a sentence's subject (`Larkfield
/// says …`, `Westsea Salmon will add …`) that is no one's given name,
/// written in full each time (a person's surname stands alone later on).
pub(super) fn unmarked_company(before: &[&Mention]) -> Option<Referent> {
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    let shortened: std::collections::HashSet<&str> = before
        .iter()
        // (Not a speaker noted where no name stands, `range` empty.)
        .filter(|m| !m.range.is_empty() && m.range.len() < m.referent.name.len())
        .map(|m| m.referent.name.as_str())
        .collect();
    for m in before.iter().filter(|m| {
        let name = &m.referent.name;
        !m.referent.organisation
            && m.referent.id.is_none()
            && m.referent.female.is_none()
            && m.range.len() == name.len()
            && !shortened.contains(&name.as_str())
            && name
                .split_whitespace()
                .next()
                .is_some_and(|w| sex_of(w).is_none())
            && !is_no_company(name)
    }) {
        let e = counts.entry(m.referent.name.as_str()).or_default();
        e.0 += usize::from(m.subject);
        e.1 = e.1.max(m.range.start);
    }
    let (name, _) = counts
        .into_iter()
        .filter(|(_, (subjects, _))| *subjects > 0)
        .max_by_key(|&(_, c)| c)?;
    before
        .iter()
        .find(|m| m.referent.name == name)
        .map(|m| Referent {
            organisation: true,
            ..m.referent.clone()
        })
}

/// The span of a body's name that lists its portfolios around the
/// mention at `range` (`the Ministry of Finance, Economic Affairs and
/// Investment` for `Economic Affairs and Investment`; `Department of
/// Climate Change, Energy, the Environment and Water` for `Department of
/// Climate Change`; `Foreign, Commonwealth and Development Office`): from
/// the body's head (`Ministry of`, `Department for`, `Office of`, or a lone word and a
/// comma opening a name that ends in a body's noun) to the last portfolio
/// after `and`, when that is wider than the mention.
pub(super) fn portfolio_list(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    const HEADS: &[&str] = &[
        "Ministry of ",
        "Ministry for ",
        "Department of ",
        "Department for ",
        "Office of ",
    ];
    // A piece of the list: capitalised words, and `the`, `of` or `&`
    // inside them.
    let piece = |s: &str| {
        let words: Vec<&str> = s.split_whitespace().collect();
        words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase) || *w == "the")
            && words.len() <= 5
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
                    || matches!(*w, "the" | "of" | "and" | "&")
            })
    };
    // Back from the mention, within a line's reach.
    let floor = floor_char_boundary(text, range.start.saturating_sub(160));
    let before = &text[floor..range.start];
    let mut start = range.start;
    let mut rest = before;
    // (`Agriculture, Food and the Marine`: the last portfolio after `and`.)
    if let Some(cut) = ["and the ", "and "]
        .iter()
        .find_map(|a| rest.strip_suffix(a))
    {
        let at = cut.rfind(", ").map_or(0, |k| k + 2);
        if at == 0 || !piece(cut[at..].trim_end()) {
            return None;
        }
        start = floor + at;
        rest = &cut[..at];
    }
    // The pieces before: each ends with `, ` (or is the head itself).
    while let Some(cut) = rest
        .strip_suffix(", ")
        .or_else(|| rest.strip_suffix(", the "))
    {
        let at = cut.rfind(", ").map_or(0, |k| k + 2);
        let segment = &cut[at..];
        let head = HEADS
            .iter()
            .filter_map(|h| segment.rfind(h).map(|k| (k, h)))
            .max_by_key(|(k, _)| *k);
        if let Some((k, h)) = head {
            if !piece(&segment[k + h.len()..]) {
                return None;
            }
            start = floor + at + k;
            break;
        }
        if at == 0 || !piece(segment) || segment.contains(" and ") {
            return None;
        }
        start = floor + at;
        rest = cut;
    }
    // On from the mention: `, Energy, the Environment and Water`, up to
    // the verb after the list.
    let ceiling = floor_char_boundary(text, (range.end + 160).min(text.len()));
    let mut end = range.end;
    while let Some(next) = text[end..ceiling].strip_prefix(", ") {
        let stop = next
            .find([',', '.', ';', ':', '(', '"', '“', '\n'])
            .unwrap_or(next.len());
        let mut piece_end = 0;
        let mut and = false;
        for (k, word) in next[..stop].split(' ').scan(0, |at, w| {
            let k = *at;
            *at += w.len() + 1;
            Some((k, w))
        }) {
            let kept = word.starts_with(char::is_uppercase)
                || matches!(word, "the" | "and" | "of" | "&") && piece_end > 0
                || word == "the" && k == 0;
            if !kept {
                break;
            }
            and |= word == "and";
            piece_end = k + word.len();
        }
        if piece_end == 0 {
            break;
        }
        end += 2 + piece_end;
        if and {
            break;
        }
    }
    let span = start..end;
    let written = &text[span.clone()];
    // (Not a place a sentence opens with: `At a rally outside the
    // Ministry of Health, Okafor and Bello told`.)
    let mut lead = text[floor..start].split_whitespace().rev();
    let placed = matches!(lead.next(), Some("the" | "The"))
        && lead.next().is_some_and(|w| {
            matches!(
                w,
                "outside"
                    | "at"
                    | "in"
                    | "near"
                    | "inside"
                    | "opposite"
                    | "from"
                    | "to"
                    | "by"
                    | "into"
                    | "across"
                    | "around"
                    | "behind"
                    | "beside"
                    | "past"
                    | "towards"
                    | "toward"
                    | "on"
                    | "under"
            )
        });
    if placed {
        return None;
    }
    let opens = HEADS.iter().any(|h| written.starts_with(h))
        || written.split_once(", ").is_some_and(|(first, _)| {
            !first.contains(' ') && first.starts_with(char::is_uppercase)
        }) && written
            .split_whitespace()
            .next_back()
            .is_some_and(|w| is_body_noun(&w.to_lowercase()));
    // (No given name the lists know anywhere in it: not `the Department
    // of Health, Jane Doe and Tom Reid said`.)
    if written
        .split_whitespace()
        .any(|w| sex_of(w.trim_end_matches(',')).is_some())
    {
        return None;
    }
    // (`and` in the last portfolio only: not `Department of Health and
    // Social Care, Jane Doe`.)
    let (pieces, last) = written.rsplit_once(", ")?;
    (span != range && opens && last.contains(" and ") && !pieces.contains(" and ")).then_some(span)
}
