//! Reading a draft's names before any quotation is attributed: every
//! person and body it mentions, what each is called later (surnames, first
//! names, short names, descriptions, titles) and which mentions stand as
//! subjects.

use super::*;

impl<'a> Resolver<'a> {
    /// Collects the names in `sentences`, outside the quoted words `pieces`.
    pub fn new(
        text: &'a str,
        directory: &'a Directory,
        sentences: &[Range<usize>],
        mut pieces: Vec<Range<usize>>,
    ) -> Resolver<'a> {
        pieces.sort_by_key(|r| r.start);
        let quoted = |i: usize| {
            let k = pieces.partition_point(|r| r.start <= i);
            k > 0 && i < pieces[k - 1].end
        };
        // Registry entries the draft names with a capital (`Harbour
        // Board`, `The Board`) or in full: only these may be meant by an
        // alias in lower case (`the board`), not any body's board. (Each
        // entry's full name looked for once, so that a draft of many
        // aliases stays linear.)
        let lower_text = text.to_lowercase();
        let entries_named: std::collections::HashSet<String> = directory
            .find(text, 0..text.len())
            .into_iter()
            .filter(|(r, _)| written_with_capital(&text[r.clone()]))
            .map(|(_, p)| p.name)
            .collect();
        let mut given_in_full: HashMap<String, bool> = HashMap::new();
        let mut mentions: Vec<Mention> = Vec::new();
        let mut descriptions: Vec<(String, Referent)> = Vec::new();
        // Offices held at a rank apart (`governor` for `Deputy Governor
        // Matthias Brenner`), kept for when no one holds the office itself.
        let mut ranked_offices: Vec<(String, Referent)> = Vec::new();
        let mut surnames: HashMap<String, Referent> = HashMap::new();
        // Names a group's noun followed (`the European Renewal group`).
        let mut group_names: std::collections::HashSet<String> = Default::default();
        let mut namesakes: HashMap<String, Vec<Referent>> = HashMap::new();
        let mut by_ends: HashMap<String, Vec<Referent>> = HashMap::new();
        let mut named_in_full: std::collections::HashSet<String> = Default::default();
        let mut first_names: HashMap<String, Referent> = HashMap::new();
        let mut leading_names: HashMap<String, Referent> = HashMap::new();
        let mut inner_names: HashMap<String, Referent> = HashMap::new();
        let mut short_bodies: HashMap<String, Referent> = HashMap::new();
        // Nicknames among `first_names`, which a given name gives way to.
        let mut nicknamed: std::collections::HashSet<String> = Default::default();
        let mut sexes = HashMap::new();
        let mut headline_surnames: std::collections::HashSet<String> = Default::default();
        // Every ending of a tied description's last word (`solicitor` of
        // `the family solicitor`), and how many descriptions it covers.
        let mut description_endings: std::collections::HashSet<String> = Default::default();
        let mut described_upto = 0;
        // The last sentence that named anyone, the one before this, and
        // how many mentions there were when it began.
        let (mut named_sentence, mut last_sentence, mut mentions_before) = (0..0, 0..0, 0);
        for sentence in sentences {
            let toks = tokens(text, sentence.clone());
            let heading = crate::extract::is_heading(&text[sentence.clone()]);
            // `She farms at Higher Carrow` after a sentence that named one
            // person, whose given name the lists do not know: her sex.
            let opening = toks
                .iter()
                .find(|t| is_word(t))
                .filter(|t| !quoted(t.range.start));
            let opened_by = match opening.map(|t| t.text) {
                Some("She") => Some(true),
                Some("He") => Some(false),
                _ => None,
            };
            // (A quotation's own sentence names no one.)
            if mentions.len() > mentions_before {
                named_sentence = last_sentence.clone();
            }
            if let Some(female) = opened_by {
                let mut people = starting_in(&mentions, named_sentence.clone())
                    .iter()
                    .filter(|m| is_person_mention(m))
                    .map(|m| &m.referent.name);
                if let Some(name) = people.next() {
                    if people.all(|n| n == name) && known_sex(&sexes, name).is_none() {
                        sexes.insert(name.clone(), female);
                    }
                }
            }
            (last_sentence, mentions_before) = (sentence.clone(), mentions.len());
            // `A nurse who asked not to be named described …`: an unnamed
            // subject, whom a later `she said` may mean; it names no one.
            // `Speaking outside court, the family's solicitor said`:
            // someone's adviser, whom no earlier name was given as.
            let owned_unnamed = {
                let lead = &toks[after_opening_phrase(&toks).min(toks.len())..];
                let noun = match lead {
                    [the, owner, noun, ..]
                        if lower(the) == "the"
                            && owner.text.starts_with(char::is_lowercase)
                            && is_possessive(owner.text)
                            && is_person_noun(&lower(noun)) =>
                    {
                        Some(lower(noun))
                    }
                    _ => None,
                };
                noun.is_some_and(|noun| {
                    // The endings of the descriptions tied so far, added
                    // as they come, so that a draft of many stays linear.
                    for (d, _) in &descriptions[described_upto..] {
                        let last = d.rsplit(' ').next().unwrap_or("");
                        for (i, _) in last.char_indices() {
                            description_endings.insert(last[i..].to_owned());
                        }
                    }
                    described_upto = descriptions.len();
                    !description_endings.contains(&noun)
                })
            };
            // `Her neighbour, a farmer who asked not to be named, said`:
            // a source the sentence says is kept anonymous.
            let anonymous = || {
                let words = &text[sentence.clone()];
                let bound = floor_char_boundary(words, words.len().min(400));
                let head = &words[..words[..bound].find(['“', '"']).unwrap_or(bound)];
                // (In the source's own clause: `a farmer who asked …`,
                // `speaking on condition of anonymity`; not `Staff are not
                // authorised to speak to the press, she added`.)
                keeps_anonymous(&head.to_lowercase())
            };
            // (Not the words of a quotation: `"At least, a woman will
            // go," she said`.)
            let lead_quoted = toks[after_opening_phrase(&toks).min(toks.len())..]
                .iter()
                .find(|t| is_word(t))
                .is_some_and(|t| quoted(t.range.start));
            let kept_anonymous = anonymous();
            let unnamed_subject = ((opens_unnamed_person(&toks) || owned_unnamed) && !lead_quoted
                || kept_anonymous)
                && !quoted(sentence.start);
            if unnamed_subject {
                if let Some(first) = toks.first() {
                    // (`Another voter, …, who gave his name only as Hafiz,
                    // said`: the name the source gave.)
                    let given = name_given_in(text, first.range.start..first.range.start)
                        .unwrap_or_default();
                    mentions.push(Mention {
                        range: first.range.start..first.range.start,
                        referent: Referent {
                            name: given,
                            id: None,
                            organisation: false,
                            female: None,
                        },
                        subject: true,
                        leads: false,
                    });
                }
            }
            let mut found: Vec<(Range<usize>, Referent)> = directory
                .find(text, sentence.clone())
                .into_iter()
                .filter(|(r, p)| !quoted(r.start) && !another_given_name(text, r, &p.name))
                .filter(|(r, p)| {
                    written_with_capital(&text[r.clone()])
                        || entries_named.contains(&p.name)
                        || *given_in_full
                            .entry(p.name.clone())
                            .or_insert_with(|| lower_text.contains(&p.name.to_lowercase()))
                })
                .map(|(r, p)| {
                    // `Quinlan`, after the draft named `Bernadette Quinlan`:
                    // its own person, not the registry's namesake.
                    let p = own_person(&surnames, &text[r.clone()])
                        .cloned()
                        .unwrap_or(p);
                    (r, p)
                })
                .collect();
            let registry_found: Vec<Range<usize>> = found.iter().map(|(r, _)| r.clone()).collect();
            // `Blue Moon Diner Serves Its Last Breakfast`: a headline in title
            // case names nobody by its capitals.
            let headline = is_title_case(&text[sentence.clone()]);
            for run in capitalised_runs(text, sentence.clone()) {
                if quoted(run.start)
                    || overlaps(&registry_found, &run)
                    || is_dateline(text, &run)
                    || headline
                {
                    continue;
                }
                // `Addressing Dobson directly, she said`: a participle
                // opening the sentence is no part of the name after it.
                let run = without_opening_participle(text, sentence.start, run);
                let run = without_portfolio_word(text, run);
                let written = &without_nickname(&text[run.clone()]);
                // The sentence up to the name.
                let lead = &text[sentence.start..run.start];
                // `Marsh Road`, `Victoria Square`: a street names no one.
                let street = written
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| PLACE_WORDS.contains(&w))
                    // `Port Averill`, `Mount Kessel`, `Lake Orla`.
                    || written.split_whitespace().next().is_some_and(|w| {
                        matches!(
                            w,
                            "Port" | "Mount" | "Fort" | "Cape" | "Lake" | "Loch" | "Isle" | "River"
                        )
                    }) && !looks_like_organisation(written)
                    // `St Aidan's Primary School`, `St Brendan's`: a saint's
                    // name before `'s` names a church, a school or a hospital.
                    || written
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| matches!(w, "St" | "St." | "Saint"))
                        && text[run.end..].starts_with(['\'', '’']);
                // `the mining town of Puerto Seco`, `a hospital in Ranipur`:
                // a place names no one.
                // `in the North East`: the article aside.
                let mut before_run = lead.split_whitespace().rev().peekable();
                let article = before_run.peek() == Some(&"the")
                    && !looks_like_organisation(written)
                    && !written.starts_with("The ");
                if article {
                    before_run.next();
                }
                let place = match (before_run.next(), before_run.next()) {
                    (Some("of"), Some(noun)) => PLACE_NOUNS.contains(&noun),
                    // `Elected MP for Hexley North`: a member's seat.
                    (Some("for"), Some(member)) => {
                        MEMBER_LETTERS.contains(&member) && !looks_like_organisation(written)
                    }
                    // `the Senator representing Rivers West`: a seat too.
                    // (After an office: not `a lawyer representing Xoltan
                    // Bravecki`.)
                    (Some("representing"), Some(office)) => {
                        MEMBER_LETTERS.contains(&office)
                            || matches!(
                                office.to_lowercase().as_str(),
                                "senator"
                                    | "member"
                                    | "councillor"
                                    | "congressman"
                                    | "congresswoman"
                                    | "representative"
                            )
                    }
                    (
                        Some(
                            "in" | "near" | "outside" | "above" | "below" | "beyond" | "across"
                            | "around" | "towards",
                        ),
                        _,
                    ) => !looks_like_organisation(written) && !is_possessive(written),
                    // `In Nothing Borrowed, she writes`, `In Lagos, …`: a
                    // work or a place opening the sentence before a comma.
                    (Some("In"), None) => {
                        text[run.end..].starts_with(',') && !looks_like_organisation(written)
                    }
                    // `She farms at Higher Carrow`: a place, unless a
                    // given name opens it (`a swipe at Jane Hollis`).
                    (Some("at"), _) => {
                        !looks_like_organisation(written)
                            && !is_possessive(written)
                            && sex_of(written).is_none()
                    }
                    _ => false,
                };
                // `in Britain, Ireland and North America`: the places of a
                // list after a place.
                // (Not `in Nether Skelby, and Janet Rowe climbs down`: a
                // given name and a surname are someone.)
                let place = place
                    || (listed_after_place(lead, &text[run.end..])
                        && !looks_like_organisation(written)
                        && !(written.contains(' ') && sex_of(written).is_some()));
                // `Cllr Okoro (Community First, Calderbrook Central)`: a
                // party or a seat in brackets is no one who speaks.
                // (Within a short reach: a huge sentence of names stays
                // linear.)
                let near = &lead[floor_char_boundary(lead, lead.len().saturating_sub(240))..];
                let bracketed = near.matches('(').count() > near.matches(')').count();
                // `A Conservative MP`, `more Labour MPs`: a member's role,
                // not a name.
                // (Not `Gráinne Tully TD`, a name and the letters after it.)
                // (`One Fine Gael TD`: a count opening the sentence is no
                // part of it.)
                let member =
                    written.split_whitespace().next_back().is_some_and(|w| {
                        MEMBER_LETTERS.contains(&w.strip_suffix('s').unwrap_or(w))
                    }) && written
                        .split_whitespace()
                        .rev()
                        .skip(1)
                        .enumerate()
                        .all(|(k, w)| {
                            MEMBER_QUALIFIERS.contains(&w)
                                || k + 2 == written.split_whitespace().count()
                                    && matches!(w, "One" | "Another" | "Two" | "Three" | "Several")
                        });
                // `Additional Solicitor General R.K. Bhatia`: titles alone,
                // before the name, name no one.
                let titles_only = written.contains(' ')
                    && written
                        .split_whitespace()
                        .all(|w| is_title_word(&w.trim_end_matches('.').to_lowercase()));
                // `Two Ashby employees`: a count before a name and the people
                // of it names no one.
                let counted = matches!(
                    written.split_whitespace().collect::<Vec<_>>().as_slice(),
                    [count, _] if NUMBER_WORDS.contains(count)
                ) && text[run.end..]
                    .strip_prefix(' ')
                    .is_some_and(|rest| rest.starts_with(char::is_lowercase));
                // `U.S. prosecutors allege`: a country's letters, with
                // their stops, name no one.
                // (Not initials standing for a person: `R.M. told the
                // tribunal`.)
                let letters = matches!(
                    written.as_str(),
                    "U.S." | "U.S" | "U.K." | "U.K" | "U.N." | "U.N" | "E.U." | "E.U" | "U.A.E."
                );
                // `City SP (Central) Deepak Mishra`: a title before an aside
                // on it, then the name, is no one.
                let title_before_aside = written
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| is_rank_acronym(w) || is_title_word(&w.to_lowercase()))
                    && text[run.end..].strip_prefix(" (").is_some_and(|rest| {
                        // (Within a short reach: an unclosed bracket stays
                        // linear.)
                        let near = &rest[..floor_char_boundary(rest, rest.len().min(32))];
                        near.find(')').is_some_and(|close| {
                            close <= 30
                                && rest[close + 1..]
                                    .strip_prefix(' ')
                                    .is_some_and(|name| name.starts_with(char::is_uppercase))
                        })
                    });
                // `Born Dunedin, April 3, 1938. Died Wellington`: an
                // obituary's facts name places, not people (though `Born
                // Loretta Hayes` names her).
                let life_event = matches!(
                    written.split_once(' '),
                    Some(("Born" | "Died", rest)) if !rest.contains(' ')
                );
                if street
                    || place
                    || life_event
                    || bracketed
                    || member
                    || titles_only
                    || counted
                    || letters
                    || title_before_aside
                {
                    continue;
                }
                // `the consultancy Andes Risk`, `the energy regulator Ofgem`:
                // a body's noun before a name makes it a body's name, and
                // `the regulator` later means it.
                // Not a person's name after a noun that is also a role
                // (`from center Tomas Vukovic`).
                // (Nor a name of two words or more after a noun for a
                // body or a person: `the broadcaster Duyas Ellwood`,
                // `center Nidur Fairweather`.)
                let personal = written.contains(' ') && !looks_like_organisation(written);
                // (Nor a title after it: `board Chairman Augustin Mbeki`, the
                // board's chairman.)
                let titled = written
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| is_title_word(&w.to_lowercase()));
                let body_noun = lead
                    .split_whitespace()
                    .next_back()
                    .filter(|w| is_body_noun(w) && sex_of(written).is_none() && !titled)
                    .filter(|w| {
                        !(personal
                            && matches!(
                                *w,
                                "broadcaster" | "developer" | "publisher" | "centre" | "center"
                            ))
                    });
                // `Home Builders Council`, `Defence Ministry`, `Federal
                // Ministry of Finance`: a body's name keeps words that are
                // titles elsewhere.
                let body_named = names_a_body(written);
                let name = match body_noun {
                    Some(_) => normal_case(written),
                    None if body_named => normal_case(person_or_body(written)),
                    None => normal_case(person_or_body(strip_titles(written).0)),
                };
                let name = without_article(&name).to_owned();
                // `The Lantern`: the article before a one-word name is kept.
                let name = lead
                    .ends_with("The ")
                    .then(|| with_kept_article(&name))
                    .flatten()
                    .unwrap_or(name);
                // `who runs the Kilbrannan Hotel`: a name after `the`, no
                // title opening it, is a thing's or a body's.
                // (`The Mersey Kestrels won`: a sentence's capital `The` too.)
                let thing = (article || lead.ends_with("The "))
                    && written
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| !is_title_word(w.to_lowercase().trim_end_matches('.')))
                    // (Not `the Nigerian Chinedu Okafor`: no given name in it,
                    // nor `the American Runos Barrett`: a word describing a
                    // person opens it.)
                    && written.split_whitespace().all(|w| sex_of(w).is_none())
                    && !written
                        .split_whitespace()
                        .next()
                        .is_some_and(is_nationality);
                // `the centre-right European Renewal group`: a name a
                // group's noun follows, no given name in it, is a body's.
                let peoples = text[run.end..].split_whitespace().next().is_some_and(|w| {
                    matches!(
                        w.trim_end_matches([',', '.', ';', ':']),
                        "group"
                            | "party"
                            | "movement"
                            | "alliance"
                            | "coalition"
                            | "faction"
                            | "bloc"
                            | "caucus"
                    )
                }) && name.split_whitespace().all(|w| sex_of(w).is_none())
                    || group_names.contains(&name);
                if peoples {
                    group_names.insert(name.clone());
                }
                let referent = registry_person(directory, &surnames, &name).unwrap_or(Referent {
                    organisation: body_noun.is_some()
                        || thing
                        || peoples
                        || looks_like_organisation(&name)
                        || name.starts_with("The "),
                    name: name.clone(),
                    id: None,
                    female: None,
                });
                // `Loretta Vance`, then `Loretta Mae Vance`: the person
                // named first.
                let referent = match longer_form(&by_ends, &surnames, &leading_names, &name) {
                    Some(first) if !referent.organisation && !first.organisation => first.clone(),
                    // (`Atlantic Bounty`: a body's name shortened from its end.)
                    Some(first) if leading_names.get(&name) == Some(first) => first.clone(),
                    _ => referent,
                };
                // `Commissioner Lattimore`, after `BES Commissioner Greg
                // Lattimore`: the person of that surname (of the title's sex).
                let titled_surname = (referent.id.is_none() && !name.contains(' '))
                    .then(|| surnames.get(&name))
                    .flatten()
                    .filter(|first| !first.organisation);
                let referent = match titled_surname {
                    Some(first) => {
                        let female = strip_titles(written).1;
                        namesake(first, &namesakes, &name, female, &sexes)
                            .cloned()
                            .unwrap_or_else(|| Referent {
                                name: name.clone(),
                                id: None,
                                organisation: false,
                                female,
                            })
                    }
                    None => referent,
                };
                if let Some(noun) = body_noun {
                    descriptions.push((noun.to_owned(), referent.clone()));
                }
                // `Police Chief Maria Delgado`, `manager Stefan Lindqvist`:
                // the title describes the person, so `the chief said` later
                // means her.
                if !referent.organisation {
                    // (`SP (EOU) Archana Rajak`: less a short aside between
                    // the title and the name.)
                    let lead = without_aside_before_name(lead);
                    // (`Prosecutor Sarah Lyle KC`: less the letters after.)
                    let mut title: Vec<&str> = without_post_nominals(written)
                        .strip_suffix(name.as_str())
                        .unwrap_or("")
                        .split_whitespace()
                        .collect();
                    // The word before the title's last, in the title or the
                    // words before it (`Deputy` of `Deputy Governor`).
                    let before_last = match title.len() {
                        0 => lead.split_whitespace().nth_back(1),
                        1 => lead.split_whitespace().next_back(),
                        n => Some(title[n - 2]),
                    };
                    // The word just before (not all of them: a long
                    // sentence of names stays linear).
                    if title.is_empty() {
                        if let Some(w) = lead.split_whitespace().next_back() {
                            // (`Dr Alison Petrakis`, `Justice Iyer`: or a
                            // capitalised title the name was read without.)
                            let titled = w.starts_with(char::is_uppercase)
                                && is_title_word(w.trim_end_matches('.').to_lowercase().as_str());
                            if w.starts_with(char::is_lowercase) && is_role_word(w) || titled {
                                title.push(w);
                            }
                        }
                    }
                    // `Minister of Public Works Tiran Alles`, `Minister of
                    // State (Independent Charge) for Revenue … Shri Hiranya
                    // Kumar Bordoloi`: the office heading a portfolio
                    // before the name is `the minister`.
                    if let Some(office) = office_before(lead, &name) {
                        descriptions.push((office, referent.clone()));
                    }
                    // (`Deputy Governor Matthias Brenner` is no `the
                    // governor`: a rank below the office, or past it, makes
                    // another person's.)
                    let ranked = before_last.is_some_and(is_rank_apart);
                    if let Some(&last) = title.last() {
                        if is_role_word(&last.to_lowercase()) {
                            let office = (fold(last), referent.clone());
                            if ranked {
                                ranked_offices.push(office);
                            } else {
                                descriptions.push(office);
                            }
                            // `Dr Alison Petrakis` is `the doctor`, `Justice
                            // Iyer` is `the judge`.
                            if let Some(noun) = spelled_title(last) {
                                descriptions.push((noun.to_owned(), referent.clone()));
                            }
                            if title.len() >= 2 {
                                descriptions.push((fold(&title.join(" ")), referent.clone()));
                            }
                        }
                    }
                }
                // `her son, Luca Marchetti-Hale,`: the relation before the
                // name is who `Her son said` later means.
                if !referent.organisation {
                    if let Some(before) = lead.trim_end().strip_suffix(',') {
                        let mut words = before.split_whitespace().rev();
                        if let (Some(noun), Some(owner)) = (words.next(), words.next()) {
                            let noun = noun.to_lowercase();
                            let owned = matches!(
                                owner.to_lowercase().as_str(),
                                "her" | "his" | "their" | "my" | "our"
                            );
                            if let Some(&(_, female)) =
                                RELATIONS.iter().find(|(n, _)| *n == noun).filter(|_| owned)
                            {
                                descriptions
                                    .push((fold(&format!("{owner} {noun}")), referent.clone()));
                                sexes.entry(referent.name.clone()).or_insert(female);
                            }
                        }
                    }
                }
                // `Tom and Priya Walsh`: a couple, each named in full.
                let partner = lead.strip_suffix(" and ").and_then(|before| {
                    let at = before.rfind(' ').map_or(0, |s| s + 1);
                    let given = &before[at..];
                    let surname = referent.name.split_once(' ')?.1;
                    // The given name stands alone (`Tom and Priya
                    // Walsh`, not `Anna Thomas and Priya Walsh`).
                    let alone = before[..at].split_whitespace().next_back().is_none_or(|w| {
                        !w.starts_with(char::is_uppercase) || is_not_name(w) || w.ends_with(',')
                    });
                    // (`Jim and Bríd Hanrahan`: the second given name may
                    // be one the lists do not know, in a name of two words.)
                    let second_given = sex_of(&referent.name).is_some()
                        || referent.name.split_whitespace().count() == 2;
                    (alone && !referent.organisation && sex_of(given).is_some() && second_given)
                        .then(|| {
                            let start = sentence.start + at;
                            let partner = Referent {
                                name: format!("{given} {surname}"),
                                id: None,
                                organisation: false,
                                female: None,
                            };
                            (start..start + given.len(), partner)
                        })
                });
                found.push((run, referent));
                found.extend(partner);
            }
            // Single names: a surname used before (`Larijani` after `Ali
            // Larijani`), or a name that speaks (`Duarte said`).
            found.sort_by_key(|(r, _)| r.start);
            let named: Vec<Range<usize>> = found.iter().map(|(r, _)| r.clone()).collect();
            for (i, t) in toks.iter().enumerate() {
                // (`Under repeated questioning`: a preposition before a
                // word in lower case, whatever that word is.)
                let preposition = || {
                    OPENERS.contains(&lower(t).as_str())
                        && toks
                            .get(i + 1)
                            .is_some_and(|n| is_word(n) && n.text.starts_with(char::is_lowercase))
                };
                if !is_capitalised(t)
                    || preposition()
                    || quoted(t.range.start)
                    || is_not_name(t.text)
                    || is_title_word(lower(t).trim_end_matches('.'))
                    || overlaps(&named, &t.range)
                {
                    continue;
                }
                // A bare verb (`label`, `post`) after a lone capitalised word
                // is more often a noun (`the Riverbend label`).
                let speaks = toks.get(i + 1).is_some_and(|n| {
                    reporting(n.text) == Some(Form::Finite)
                        && reporting(&format!("{}s", n.text)) != Some(Form::Finite)
                });
                // `His wife, Maureen, said`: a name set off as an apposition.
                // (`… with her sister, Elspeth.`: or ending the sentence
                // after a word for a relative.)
                let kin_before = || {
                    GENDERED_NOUNS
                        .iter()
                        .any(|(n, _)| toks[i - 2].text.eq_ignore_ascii_case(n))
                };
                let apposition = i > 1
                    && toks[i - 1].text == ","
                    && !is_capitalised(&toks[i - 2])
                    && !t.text.contains('-')
                    && (toks.get(i + 1).is_some_and(|n| n.text == ",")
                        || toks.get(i + 1).is_none_or(|n| n.text == ".") && kin_before());
                // `Mina, 24, a nursing student`: an age after a name.
                // (Not `the Norwegian, 47,`: a word after `the` describes.)
                let aged = toks.get(i + 1).is_some_and(|n| n.text == ",")
                    && i.checked_sub(1).is_none_or(|k| toks[k].text != "the")
                    && toks
                        .get(i + 2)
                        .is_some_and(|n| n.text.bytes().all(|b| b.is_ascii_digit()))
                    && toks.get(i + 3).is_some_and(|n| n.text == ",");
                let word = t.text.trim_end_matches("’s").trim_end_matches("'s");
                // `Harwood's, the UK's fifth-largest supermarket chain,`: a
                // body, whose name keeps its `'s`.
                let mut body_apposition = None;
                // `Mantas, a 41-year-old online retailer …, said`: a name
                // set off by a description of someone of an age is a
                // person's.
                let mut aged_apposition = false;
                let described = toks.get(i + 1).is_some_and(|n| n.text == ",")
                    && toks.get(i + 2).is_some_and(|n| {
                        matches!(n.text, "the" | "a" | "an") || is_possessive(n.text)
                    });
                if described {
                    let from = toks[i + 2].range.start;
                    let end = text[from..sentence.end]
                        .find([',', ';', '.'])
                        .map_or(sentence.end, |e| from + e);
                    let description = fold(&text[from..end]);
                    // (Opening its sentence or set off by commas, and
                    // indefinite: not `In Dublin, a 34-year-old engineer
                    // said`, a place, nor `against Bangladesh, the
                    // 31-year-old said`, the subject.)
                    let set_off = i.checked_sub(1).is_none_or(|k| toks[k].text == ",");
                    aged_apposition = description.contains("-year-old")
                        && set_off
                        && matches!(toks[i + 2].text, "a" | "an");
                    if describes_body(&description) {
                        let body = Referent {
                            name: t.text.to_owned(),
                            id: None,
                            organisation: true,
                            female: None,
                        };
                        descriptions.push((description, body.clone()));
                        body_apposition = Some(body);
                    }
                }
                if apposition {
                    // The relation before it tells the person's sex.
                    let relation = toks[..i - 1].iter().rev().take(3).find_map(|r| {
                        GENDERED_NOUNS
                            .iter()
                            .find(|(n, _)| r.text.eq_ignore_ascii_case(n))
                            .map(|&(_, f)| f)
                    });
                    if let Some(f) = relation {
                        sexes.insert(word.to_owned(), f);
                    }
                }
                // `the energy regulator Ofgem`, `Her restaurant, Salitre,`: a
                // single name after a body's noun.
                let body_noun = (i > 0 && is_body_noun(toks[i - 1].text))
                    .then(|| toks[i - 1].text.to_owned())
                    .or_else(|| {
                        (apposition && is_body_noun(toks[i - 2].text))
                            .then(|| toks[i - 2].text.to_owned())
                    });
                if let Some(noun) = &body_noun {
                    let referent = Referent {
                        name: word.to_owned(),
                        id: None,
                        organisation: true,
                        female: None,
                    };
                    descriptions.push((noun.clone(), referent.clone()));
                    short_bodies.insert(word.to_owned(), referent);
                }
                // `Halvern` alone, not the first word of `Halvern Labs`.
                let alone = toks.get(i + 1).is_none_or(|n| !is_capitalised(n));
                let short_body = short_bodies.get(word).filter(|_| alone);
                // `Brenda` after `Brenda Hollis`, as tabloids call people.
                let first_name = first_names
                    .get(word)
                    .or_else(|| inner_names.get(word))
                    .filter(|_| alone);
                // `Ms Munro` after `Jesse Munro` and his sister `Kayla
                // Munro`: the namesake of the sex the title tells.
                let titled = i
                    .checked_sub(1)
                    .and_then(|k| strip_titles(&format!("{} {word}", toks[k].text)).1);
                let namesake = surnames
                    .get(word)
                    .and_then(|first| namesake(first, &namesakes, word, titled, &sexes));
                let known = namesake.or(short_body).or(first_name).cloned();
                // `Lord Kilbrannan`, `Lady Justice Harwood`: a peer's or a
                // judge's style, with no given name, is part of the name
                // and shows a person.
                let styled = || {
                    peerage_style(&toks[..i]).map(|style| Referent {
                        name: format!("{style} {word}"),
                        id: None,
                        organisation: false,
                        female: None,
                    })
                };
                // (`the Welshman said`: a nationality after `the` describes
                // someone; it is no name.)
                // (`And the Dane hinted`: or a people's noun.)
                let nationality = i.checked_sub(1).is_some_and(|k| toks[k].text == "the")
                    && (is_nationality(word) || DEMONYMS.contains(&word.to_lowercase().as_str()));
                // `Judge Okonjo found …`, `Dr Mensah was …`: a surname after an
                // honorific or a judge's title is a person's, whom `the
                // judge` may mean later.
                let judged = i.checked_sub(1).map(|k| &toks[k]).filter(|t| {
                    is_honorific(t.text)
                        || matches!(t.text, "Judge" | "Justice" | "Coroner" | "Sheriff")
                });
                let referent = match known.or(body_apposition).or_else(styled) {
                    Some(r) => r,
                    None if nationality => continue,
                    None if judged.is_some() && !speaks && !apposition && !aged => {
                        let referent = Referent {
                            name: word.to_owned(),
                            id: None,
                            organisation: false,
                            female: None,
                        };
                        if let Some(noun) = judged.and_then(|t| spelled_title(t.text)) {
                            descriptions.push((noun.to_owned(), referent.clone()));
                        }
                        referent
                    }
                    None if speaks || apposition || aged || aged_apposition => {
                        // `The Lantern said`: a paper's name keeps its article.
                        let kept = (i > 0 && toks[i - 1].text == "The")
                            .then(|| with_kept_article(word))
                            .flatten();
                        Referent {
                            // `The BMA said`: an acronym names a body.
                            organisation: kept.is_some()
                                || (word.len() >= 2
                                    && word.chars().all(|c| c.is_ascii_uppercase())),
                            name: kept.unwrap_or_else(|| word.to_owned()),
                            id: None,
                            female: None,
                        }
                    }
                    None => continue,
                };
                // `Elspeth, who is two years younger, …` after `her sister,
                // Elspeth`: a given name alone, once a person, is one later.
                if !referent.organisation && referent.id.is_none() && sex_of(word).is_some() {
                    first_names
                        .entry(word.to_owned())
                        .or_insert_with(|| referent.clone());
                }
                found.push((t.range.clone(), referent));
            }
            found.sort_by_key(|(r, _)| r.start);
            // `Coastal Flour Mills, which imports …`: a name that `which`
            // follows is a thing's or a body's, not a person's.
            for (range, referent) in &mut found {
                // (Not a person the lists know by a given name: `a poem by
                // Freya Lindqvist, which was shortlisted`.)
                if referent.id.is_none()
                    && text[range.end..].starts_with(", which ")
                    && referent.name.contains(' ')
                    && (sex_of(&referent.name).is_none() || looks_like_organisation(&referent.name))
                {
                    referent.organisation = true;
                }
                // `Kestrels captain Lewis Roach`, `South Africa coach Andre
                // Fourie`: a name before a title and a name is the team or
                // body the person serves, not a person.
                let rest = &text[range.end..];
                // (`Former England cricket captain Alan Reid`, `water polo
                // captain`: a word or two of what the title is for first.)
                let ahead: Vec<&str> = rest.split_whitespace().take(3).collect();
                let what = ahead
                    .iter()
                    .take(2)
                    .take_while(|w| is_describing_word(w))
                    .count();
                let what = if ahead.get(what).is_some_and(|w| is_title_word(w)) {
                    what
                } else {
                    0
                };
                let mut next = rest.split_whitespace().skip(what);
                // (`Common Ground co-leader Jess Faleolo`: a title after a
                // hyphen too.)
                let serves = rest.starts_with(' ')
                    && next.next().is_some_and(|w| {
                        w.starts_with(char::is_lowercase)
                            && (is_title_word(w)
                                || w.rsplit_once('-').is_some_and(|(_, t)| is_title_word(t)))
                    })
                    && next
                        .next()
                        .is_some_and(|w| w.starts_with(char::is_uppercase));
                if serves && referent.id.is_none() {
                    referent.organisation = true;
                }
            }
            // Where the subject starts: after a leading conjunction, and after
            // an opening phrase (`Asked about the deal, Haddad smiled`).
            let opening = toks.iter().find(|t| {
                is_word(t)
                    && !matches!(
                        t.text,
                        "But" | "And" | "However" | "Yet" | "So" | "Meanwhile"
                    )
            });
            let opened = opening.is_some_and(|t| OPENERS.contains(&lower(t).as_str()));
            let placed = place_phrase_end(&toks);
            // (`In the parish church, which stands on higher ground, the
            // priest …`: past a relative clause on the opening phrase's
            // noun.)
            // (`Back at the marae, asked how the community was feeling,
            // Mr Kōhere paused`: or a second opening phrase.)
            let past_relative = |k: usize| match toks.get(k) {
                Some(t)
                    if matches!(t.text, "which" | "where" | "whose")
                        || t.text.starts_with(char::is_lowercase) && OPENERS.contains(&t.text) =>
                {
                    toks[k..]
                        .iter()
                        .take(24)
                        .position(|t| t.text == ",")
                        .map(|c| k + c + 1)
                }
                _ => Some(k),
            };
            let first_content = match opening {
                Some(_) if placed.is_some() => placed
                    .and_then(past_relative)
                    .and_then(|k| toks.get(k))
                    .map(|t| t.range.start),
                Some(t) if OPENERS.contains(&lower(t).as_str()) => toks
                    .iter()
                    .position(|c| c.text == ",")
                    .and_then(|c| past_relative(c + 1))
                    .and_then(|k| toks.get(k))
                    .map(|t| t.range.start),
                Some(t) => Some(t.range.start),
                None => None,
            };
            // A name owning the description that opens the sentence.
            let mut owner_before: Option<Range<usize>> = None;
            // Where the name the sentence opens with, as its subject, ends.
            let mut lead_end: Option<usize> = None;
            for (k, (range, referent)) in found.iter().enumerate() {
                // A subject: at the sentence start, or the next reporting verb
                // after it comes before any other name.
                let next_name = found.get(k + 1).map_or(sentence.end, |(r, _)| r.start);
                // The sentence up to the name.
                let upto_name = &text[sentence.start..range.start];
                let from = toks.partition_point(|t| t.range.start < range.end);
                // `Owen Pritchard, the MP for Kelsford North, … said`: a name
                // after a preposition is an object, not who speaks.
                // `who opposes Smith's plan`: nor is one after a verb.
                let mut back = upto_name.split_whitespace().rev();
                let (last, before_last) = (back.next(), back.next());
                let object = last.is_some_and(|w| {
                    PREPOSITIONS.contains(&w)
                        || w.len() > 3
                            && w.starts_with(char::is_lowercase)
                            && (w.ends_with("es") || w.ends_with("ed"))
                            && !is_title_word(w)
                            && !is_person_noun(w)
                            && reporting(w).is_none()
                        // `who represents Surulere II`: any verb of a
                        // relative clause.
                        || matches!(before_last, Some("who" | "which" | "that"))
                            && w.starts_with(char::is_lowercase)
                            && reporting(w).is_none()
                });
                // `studies from Norway and France suggested`: a name joined
                // to one after a preposition is an object too.
                // (Not after a comma: `… at Memorial Gardens, and Lindqvist
                // said`, a clause of its own.)
                let object = object
                    || matches!(last, Some("and" | "or"))
                        && before_last.is_some_and(|w| !w.ends_with(','))
                        && upto_name
                            .split_whitespace()
                            .rev()
                            .skip(1)
                            .find(|w| !w.starts_with(char::is_uppercase))
                            .is_some_and(|w| PREPOSITIONS.contains(&w));
                // (A verb's object, not a place's: `Analysts at Merrow Bank`.)
                let after_verb = last.is_some_and(|w| !PREPOSITIONS.contains(&w));
                // `According to Professor Anita Kaur, an economist at …, the
                // impact will …`: the source a sentence opens with is whom a
                // later `she` means.
                let according = k == 0 && {
                    let mut lead = upto_name.split_whitespace();
                    lead.next() == Some("According")
                        && lead.next() == Some("to")
                        && lead.count() <= 2
                };
                // `…, said transportation director Angela Funk.`, `…,
                // according to Angela Funk.`: a name after the verb that
                // reports, past a few lower-case words of description, is
                // whom a later `she` means.
                // (Ending its clause: not `said Hayes would start`.)
                let closes = text[range.end..]
                    .chars()
                    .next()
                    .is_none_or(|c| matches!(c, ',' | '.' | ';' | '\n'));
                let inverted = closes && {
                    let mut back = upto_name.split_whitespace().rev().peekable();
                    let mut described = 0;
                    // (A title or a person's noun next to the name, and the
                    // words that qualify it: `transportation director`.)
                    while back.peek().is_some_and(|w| {
                        w.starts_with(char::is_lowercase)
                            && if described == 0 {
                                is_title_word(w) || is_person_noun(w)
                            } else {
                                !PREPOSITIONS.contains(w) && reporting(w).is_none()
                            }
                    }) && described < 3
                    {
                        back.next();
                        described += 1;
                    }
                    match (back.next(), back.next()) {
                        (Some("to"), Some(a)) => a.eq_ignore_ascii_case("according"),
                        (Some(v), _) => {
                            reporting(v) == Some(Form::Finite)
                                && INVERTING.contains(&v.to_lowercase().as_str())
                        }
                        _ => false,
                    }
                };
                let speaks = according
                    || inverted
                    || !object
                        && toks[from..]
                            .iter()
                            .take_while(|t| t.range.start < next_name)
                            .take(20)
                            .any(|t| reporting(t.text) == Some(Form::Finite));
                // The first name of the sentence, with nothing but a description
                // before it, is its subject (`Orbitel’s chief executive, Mark Delaney, …`).
                let first_name = k == 0 && first_content.is_some_and(|s| s <= range.start) && {
                    let lead =
                        &text[first_content.unwrap_or(range.start).min(range.start)..range.start];
                    // Not `He moved to Kansas City`: a pronoun or a
                    // preposition before the name makes it an object.
                    let words: Vec<String> =
                        lead.split_whitespace().map(str::to_lowercase).collect();
                    // Nor `When Redmoor lock Jonah Ashcroft was sent off,
                    // …`: a name inside an opening clause of time or reason
                    // (not after it: `after 41 years, Ellery will …`).
                    let subordinate = !lead.contains(',')
                        && words.first().is_some_and(|w| {
                            matches!(
                                w.as_str(),
                                "when"
                                    | "after"
                                    | "before"
                                    | "while"
                                    | "as"
                                    | "if"
                                    | "although"
                                    | "though"
                                    | "because"
                                    | "since"
                                    | "until"
                                    | "once"
                                    | "whenever"
                            )
                        });
                    !lead.contains(['“', '"', '‘'])
                        && !subordinate
                        && words.len() <= 6
                        && !words.iter().any(|w| PRONOUNS.contains(&w.as_str()))
                        && !words.last().is_some_and(|w| {
                            matches!(
                                w.as_str(),
                                "to" | "in"
                                    | "at"
                                    | "from"
                                    | "for"
                                    | "of"
                                    | "with"
                                    | "by"
                                    | "on"
                                    | "into"
                            )
                        })
                };
                // `For Dr Feld, who …, the findings are personal`: the
                // sentence is about the person it opens with.
                let topic = k == 0
                    && opening.is_some_and(|t| {
                        lower(t) == "for"
                            && text
                                .get(t.range.end..range.start)
                                .is_some_and(|gap| gap.split_whitespace().count() <= 1)
                    })
                    && !referent.organisation;
                let first_name = first_name || topic;
                // `It was started by Joanne Whitley`: a passive's agent is
                // whom the sentence is about.
                let mut before_name = upto_name.split_whitespace().rev();
                // (Not after a person the sentence names first: `Brennan
                // was fired by Ortiz` is about Brennan.)
                let agent = matches!(
                    (before_name.next(), before_name.next()),
                    (Some("by"), Some(verb)) if verb.ends_with("ed") || verb.ends_with("en")
                ) && found[..k].iter().all(|(_, r)| r.organisation);
                // `Among them was Harjit Sandhu`: a subject after its verb.
                let inverted = {
                    // `… was retired teacher Brian Holloway`: describing
                    // words may stand between.
                    let back: Vec<&str> = upto_name.split_whitespace().rev().take(5).collect();
                    back.iter()
                        .position(|w| matches!(*w, "was" | "is"))
                        .is_some_and(|k| {
                            back[..k].iter().all(|w| w.starts_with(char::is_lowercase))
                        })
                        // `Sitting by the fire, wrapped in a blanket, was
                        // Mabel Sampson`: after a participle's phrase too.
                        && opening.is_some_and(|t| {
                            let word = lower(t);
                            matches!(word.as_str(), "among" | "one" | "also")
                                || word.len() > 5 && word.ends_with("ing")
                        })
                };
                // `Kestrels captain Lewis Roach was …`: a team or body and a
                // title before the name that opens the sentence.
                let served = first_content.is_some_and(|s| {
                    // A few words: a bound keeps a long sentence linear.
                    if range.start.saturating_sub(s) > 60 {
                        return false;
                    }
                    let words: Vec<&str> = text
                        .get(s..range.start)
                        .unwrap_or("")
                        .split_whitespace()
                        .collect();
                    // (After a dateline: `GALLE - Sri Lanka captain …`.)
                    let words = words
                        .iter()
                        .rposition(|w| matches!(*w, "-" | "—" | "–"))
                        .map_or(&words[..], |d| &words[d + 1..]);
                    // (`Sri Lanka's head coach Gareth Prosser`: a title of
                    // two words, after the team's possessive.)
                    let titled = words
                        .iter()
                        .rev()
                        .take(2)
                        .take_while(|w| is_title_word(&w.to_lowercase()))
                        .count();
                    let (team, title) = words.split_at(words.len() - titled);
                    // (`Former Proteas netball captain`, `Kestrels youth
                    // coach`: a word or two of what the title is for.)
                    let what = team
                        .iter()
                        .rev()
                        .take(2)
                        .take_while(|w| is_describing_word(w))
                        .count();
                    let team = &team[..team.len() - what];
                    let possessive = team.last().is_some_and(|w| is_possessive(w));
                    !team.is_empty()
                        && team.len() <= 3
                        && team.iter().all(|w| w.starts_with(char::is_uppercase))
                        && (title.len() == 1 || title.len() == 2 && possessive)
                });
                // `…, Narelle Gibbs, 67, sat with her dogs`: a name, an age
                // and a verb make a subject after any opening phrase.
                let aged_subject = !object && {
                    let after = &text
                        [range.end..floor_char_boundary(text, (range.end + 24).min(text.len()))];
                    after.strip_prefix(", ").is_some_and(|rest| {
                        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                        (1..=3).contains(&digits)
                            && rest[digits..]
                                .strip_prefix(", ")
                                .is_some_and(|v| v.starts_with(|c: char| c.is_ascii_lowercase()))
                    })
                };
                // `…; Walter was born in the keeper's cottage`: a clause
                // after a semicolon has its own subject.
                let after_semicolon = text[..range.start].trim_end().ends_with(';');
                // `… before Carol Whitlock has even unlocked the gate`: a
                // name with an auxiliary after it is its clause's subject.
                // (Not `Wade said Hayes was …`: a clause someone reports.)
                let clause_subject = !object
                    && !referent.organisation
                    && text[range.end..].strip_prefix(' ').is_some_and(|rest| {
                        let next = rest.split_whitespace().next().unwrap_or("");
                        matches!(
                            next,
                            "has" | "had" | "was" | "is" | "will" | "would" | "could"
                        )
                    })
                    // (The last few words only: a huge sentence stays linear.)
                    && !upto_name[floor_char_boundary(
                        upto_name,
                        upto_name.len().saturating_sub(ASIDE_REACH),
                    )..]
                        .split_whitespace()
                        .any(|w| reporting(w.trim_matches(',')).is_some());
                let at_start = first_name
                    || clause_subject
                    || agent
                    || inverted
                    || served
                    || aged_subject
                    || after_semicolon
                    // Not `Hadley Cross` in `Among them was Jasmine Reyes, 37,
                    // from Hadley Cross`: the comma after an opening phrase
                    // is not where the subject starts.
                    // Nor `Brennan` in `Ortiz fired Brennan`: the object of
                    // a verb, however short the words before it.
                    || !(object && (opened || after_verb)) && first_content.is_some_and(|s| {
                        s >= range.start.saturating_sub(12)
                            && s <= range.start
                            // Not `Hayes` in `Wade said Hayes would start`.
                            && !text[s..range.start].split_whitespace().any(|w| {
                                PRONOUNS.contains(&w.to_lowercase().as_str())
                                    || reporting(w) == Some(Form::Finite)
                            })
                    });
                // A title before the name tells the person's sex.
                let near =
                    floor_char_boundary(text, range.start.saturating_sub(40).max(sentence.start));
                let title = text[near..range.start]
                    .split_whitespace()
                    .next_back()
                    .unwrap_or("");
                if let (_, Some(female)) = strip_titles(&format!("{title} {}", referent.name)) {
                    sexes.insert(referent.name.clone(), female);
                }
                // `Judge Helena Obi`, `Chancellor Harriet Lowe`: `the judge`
                // and `the chancellor` later mean them; `senior coroner Dr
                // Alison Marchetti`: past an honorific to the office.
                // (The word before the title, read once for both uses.)
                let before_title = text[near..range.start].split_whitespace().nth_back(1);
                let trade = before_title
                    .filter(|w| is_honorific(title) && w.starts_with(char::is_lowercase))
                    .filter(|w| is_person_noun(w));
                let title = trade.unwrap_or(title);
                let office = spelled_title(title)
                    .map_or_else(|| title.trim_end_matches('.').to_lowercase(), str::to_owned);
                if (is_title_word(&office) || trade.is_some())
                    && !referent.organisation
                    && office.len() > 4
                {
                    // `Health Minister Daniel Abara`: `the health minister`
                    // too, when the word before the office is a portfolio.
                    let portfolio = before_title
                        .filter(|w| w.starts_with(char::is_uppercase) && trade.is_none())
                        .map(str::to_lowercase)
                        .filter(|w| is_title_word(w) && !is_honorific(w));
                    if let Some(p) = portfolio {
                        descriptions.push((format!("{p} {office}"), referent.clone()));
                    }
                    // (Not `the governor` for `Deputy Governor Matthias
                    // Brenner`.)
                    if before_title.is_some_and(is_rank_apart) {
                        ranked_offices.push((office, referent.clone()));
                    } else {
                        descriptions.push((office, referent.clone()));
                    }
                }
                // `The chancellor, Harriet Lowe, said`: the description set
                // before the name by a comma.
                // (`…, Dr. Hauwa Bello-Ibrahim,`: a title before the name
                // aside.)
                let untitled = upto_name
                    .trim_end()
                    .rsplit_once(' ')
                    .filter(|(_, w)| is_title_word(&w.trim_end_matches('.').to_lowercase()))
                    .map_or(upto_name, |(head, _)| &upto_name[..head.len() + 1]);
                if let Some(lead) = untitled.strip_suffix(", ") {
                    let from = lead.rfind([',', ';', ':']).map_or(0, |c| c + 1);
                    // `But the Minister of Education, Hauwa Bello-Ibrahim,`.
                    let described = lead[from..].trim();
                    let described = ["But ", "And ", "Yet ", "So "]
                        .iter()
                        .find_map(|c| described.strip_prefix(c))
                        .unwrap_or(described);
                    // `Asked by the senior coroner, Alison Marchbank,`,
                    // `alongside the environment minister, Adriana Sosa,`:
                    // the description of a person inside the clause (not
                    // `by the company, founder Ray Dunning`, nor the place in
                    // `to the mayor of the Dalgarno Shire, Lorraine Tully`),
                    // unless a person's noun comes before it, whom the name
                    // is (`A spokesman for the minister, Tom Hale,`, `Counsel
                    // assisting the coroner, Mark Desai,`).
                    let described = described
                        .rmatch_indices(" the ")
                        .take(8)
                        .map(|(k, _)| k)
                        .find(|&k| {
                            let head = described[k..].split(" of ").next().unwrap_or("");
                            head.rsplit(' ').next().is_some_and(is_person_noun)
                        })
                        .filter(|&k| {
                            !described[..k].split_whitespace().any(|w| {
                                let w = w
                                    .trim_matches(|c: char| !c.is_alphanumeric())
                                    .to_lowercase();
                                is_person_noun(&w)
                                    || is_title_word(&w)
                                    || w.starts_with("spokes")
                                    || w == "counsel"
                                    || is_relation(&w)
                            })
                        })
                        .map_or(described, |k| &described[k + 1..]);
                    let first = described.split_whitespace().next().unwrap_or("");
                    let words = described.split_whitespace().count();
                    // (`Norway's energy minister, Marit Haugland,`: or a
                    // place's or body's possessive.)
                    let owned = is_possessive(first) && first.starts_with(char::is_uppercase);
                    if (owned
                        || matches!(
                            first,
                            "The" | "the" | "Its" | "its" | "His" | "his" | "Her" | "her"
                        ))
                        && (2..=6).contains(&words)
                        && !referent.organisation
                    {
                        descriptions.push((fold(described), referent.clone()));
                        // `His sister, Kayla Munro,`: a relation tells the
                        // person's sex (a chairman may be a woman).
                        let noun = described.split_whitespace().next_back().unwrap_or("");
                        if let Some(&(_, female)) = RELATIONS.iter().find(|(n, _)| *n == noun) {
                            sexes.entry(referent.name.clone()).or_insert(female);
                        }
                    }
                }
                // Apposition: `Name, the description,` ties the description to the name.
                let rest_end = floor_char_boundary(text, sentence.end.min(range.end + 200));
                let rest = &text[range.end..rest_end.max(range.end)];
                let description = rest.strip_prefix(", ").and_then(|after| {
                    let first = after.split_whitespace().next().unwrap_or("");
                    let end = after.find([',', ';', '.']).unwrap_or(after.len());
                    (matches!(first, "the" | "a" | "an" | "who") || is_possessive(first))
                        .then(|| fold(&after[..end]))
                        .filter(|d| !d.is_empty())
                });
                // `Harwood's, the UK's fifth-largest supermarket chain,`: a
                // name a body's noun describes is a body's.
                let described_body = description.as_deref().is_some_and(describes_body);
                let referent = &Referent {
                    organisation: referent.organisation || described_body,
                    ..referent.clone()
                };
                if let Some(description) = description {
                    descriptions.push((description, referent.clone()));
                }
                let words: Vec<&str> = referent.name.split_whitespace().collect();
                // `Halvern` for `Halvern Pharmaceuticals`; not `Stratus` for
                // `Stratus Systems and Orbitel`, two bodies read as one.
                if words.len() >= 2
                    && referent.organisation
                    && !is_generic_start(words[0])
                    && !words.contains(&"and")
                {
                    short_bodies
                        .entry(words[0].to_owned())
                        .or_insert_with(|| referent.clone());
                    // `Atlantic Bounty` for `Atlantic Bounty Seafoods`: a
                    // body's name shortened from its end, unless the
                    // shorter name is a body's of its own (`Avon and
                    // Somerset Police`, before `… Police Federation`).
                    // (Nor a person's, the body named after them: `Peter
                    // Jones` of `Peter Jones Foundation`.)
                    let named_for = sex_of(words[0]).is_some();
                    for k in (2..words.len().min(6)).filter(|_| !named_for) {
                        let shorter = words[..k].join(" ");
                        if !looks_like_organisation(&shorter) && !words[..k].contains(&"of") {
                            leading_names
                                .entry(shorter)
                                .or_insert_with(|| referent.clone());
                        }
                    }
                }
                // (Not `Formula One`: no one is `One`.)
                let numbered = words.last().is_some_and(|w| NUMBER_WORDS.contains(w));
                // (`Ó Riada` alone is a surname, which a full name given
                // later, `Colm Ó Riada`, completes.)
                let gaelic_surname = words.len() == 2 && is_gaelic_patronymic(words[0]);
                if words.len() >= 2 && !referent.organisation && !numbered && !gaelic_surname {
                    if let (Some(first), Some(last)) = (words.first(), words.last()) {
                        // `Captain Bess MacLeod’s last crossing` over a story
                        // that names `Elspeth MacLeod`: a headline's name gives
                        // way to the first the story itself gives.
                        let from_headline = headline_surnames.contains(*last);
                        if heading && !surnames.contains_key(*last) {
                            headline_surnames.insert((*last).to_owned());
                        }
                        if from_headline && !heading {
                            headline_surnames.remove(*last);
                            surnames.insert((*last).to_owned(), referent.clone());
                        }
                        surnames
                            .entry((*last).to_owned())
                            .or_insert_with(|| referent.clone());
                        // `Alan Fok Chun-ming`, `Tsang Ka-lok`: a Chinese
                        // given name last, the surname before it.
                        let chinese_given = last.split_once('-').is_some_and(|(a, b)| {
                            a.starts_with(char::is_uppercase)
                                && b.starts_with(char::is_lowercase)
                                && a.len() + b.len() <= 8
                        });
                        // `Lucía Ferrer Ibáñez`, later `Ferrer`; `Charles
                        // Opio Lakwo`, later `Opio`: a middle name no list
                        // knows, after a known given name, may be the name
                        // the draft goes on to use (a Spanish first surname,
                        // a Ugandan or Malay personal name).
                        let double_surname = words.len() == 3
                            && sex_of(first).is_some()
                            && sex_of(words[1]).is_none()
                            && words[1].starts_with(char::is_uppercase)
                            && !words[1].contains('.');
                        if chinese_given || double_surname {
                            surnames
                                .entry(words[words.len() - 2].to_owned())
                                .or_insert_with(|| referent.clone());
                        }
                        // `Jubouri` and `Al-Jubouri` (opening a sentence) for
                        // `Haider al-Jubouri`: the surname without its
                        // particle, and with the particle capitalised.
                        if let Some((particle, bare)) =
                            last.split_once('-').filter(|_| is_particle_joined(last))
                        {
                            let mut capital = particle.chars();
                            let capitalised: String = capital
                                .next()
                                .into_iter()
                                .flat_map(char::to_uppercase)
                                .chain(capital)
                                .collect();
                            for alias in [bare.to_owned(), format!("{capitalised}-{bare}")] {
                                surnames.entry(alias).or_insert_with(|| referent.clone());
                            }
                        }
                        // Each person once (a set, so that a draft of many
                        // namesakes stays linear).
                        if named_in_full.insert(referent.name.clone()) {
                            namesakes
                                .entry((*last).to_owned())
                                .or_default()
                                .push(referent.clone());
                            if let Some(key) = first_and_last(&referent.name) {
                                by_ends.entry(key).or_default().push(referent.clone());
                            }
                        }
                        // (A given name borne by someone named later goes
                        // before a nickname: `Margaret “Peggy” Halloran`,
                        // then `her granddaughter, Peggy Lynch`.)
                        if nicknamed.remove(*first) {
                            first_names.insert((*first).to_owned(), referent.clone());
                        } else {
                            first_names
                                .entry((*first).to_owned())
                                .or_insert_with(|| referent.clone());
                        }
                        // `Thabo "Chippa" Mokoena`, later `Chippa`: the
                        // nickname the name gave (after any given name the
                        // draft named someone by before: `Peggy Halloran`,
                        // then `Margaret “Peggy” Halloran`).
                        if let Some(nick) = nickname(&text[range.clone()]) {
                            if !first_names.contains_key(nick) {
                                first_names.insert(nick.to_owned(), referent.clone());
                                nicknamed.insert(nick.to_owned());
                            }
                        }
                        // `Faizal` for `Mohd Faizal bin Abdullah`, `Zahid`
                        // for `Ahmad Zahid Hamidi`: a name inside a name
                        // of three words or more, the personal name by
                        // which many are called.
                        for inner in &words[1..words.len() - 1] {
                            if inner.len() > 2 && !is_particle(inner) {
                                inner_names
                                    .entry((*inner).to_owned())
                                    .or_insert_with(|| referent.clone());
                            }
                        }
                        // `Ahmad Zulkifli` for `Ahmad Zulkifli Hamzah`, `Mohd
                        // Faizal` for `Mohd Faizal bin Abdullah`: names
                        // with no surname are shortened from the end.
                        // (Not `Alicia Ferro of Missoula`, a name and its
                        // place.)
                        if let [one, two, third, ..] = words.as_slice() {
                            if !is_particle(two)
                                && (third.starts_with(char::is_uppercase) || is_particle(third))
                            {
                                leading_names
                                    .entry(format!("{one} {two}"))
                                    .or_insert_with(|| referent.clone());
                            }
                        }
                    }
                }
                // `Varga’s trainer, Laszlo Fekete, was furious`: the owner
                // of the description a name stands for is not the subject.
                let owner = {
                    let rest = &text[range.end..];
                    let owned =
                        text[..range.end].ends_with("’s") || text[..range.end].ends_with("'s");
                    let rest = rest
                        .strip_prefix("’s ")
                        .or_else(|| rest.strip_prefix("'s "))
                        .or_else(|| rest.strip_prefix(' ').filter(|_| owned))
                        .unwrap_or("");
                    let described = &rest[..floor_char_boundary(rest, rest.len().min(40))];
                    described.starts_with(|c: char| c.is_lowercase())
                        && described.split_once(", ").is_some_and(|(role, name)| {
                            !role.contains(['.', ';', ':', '"', '“'])
                                && (name.starts_with(char::is_uppercase)
                                    || name.starts_with("the "))
                        })
                };
                // … and the name in apposition to that description is.
                let apposed = k > 0
                    && owner_before.as_ref().is_some_and(|o| {
                        let between = text.get(o.end..range.start).unwrap_or("");
                        // (`Kalniņš's group co-chair, the Italian MEP
                        // Riccardo Ferrante,`: past a description after
                        // the comma.)
                        let described = between.rsplit_once(", ").is_some_and(|(_, d)| {
                            d.starts_with("the ")
                                && d.split_whitespace().count() <= 5
                                && !d.contains(['.', ';', ':', '"', '“', '”'])
                        });
                        o.end <= range.start
                            && (between.trim_end().ends_with(',') || described)
                            && between.matches(',').count() == 1
                    });
                // `The Gauteng MEC for Community Safety, Faith Mahlangu,
                // visited …`: the name set off after the description the
                // sentence opens with (a body's name inside it aside).
                // (`…, Dr Sarah Kettle,`: an honorific before the name.)
                let set_off = upto_name.trim_end();
                let set_off = set_off
                    .rsplit_once(' ')
                    .filter(|(_, w)| is_honorific(w))
                    .map_or(set_off, |(head, _)| head);
                // (`Appearing before MPs, the health secretary, Alison
                // Greer, defended it`: after a participle's opening phrase.)
                // (Within the opening's reach: a huge sentence stays linear.)
                let opening_reach = floor_char_boundary(upto_name, upto_name.len().min(100));
                let described = upto_name[..opening_reach]
                    .trim_start()
                    .split_once(", the ")
                    .filter(|(opening, _)| {
                        opening
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| w.ends_with("ing") && w.len() > 5)
                            && !opening.contains(['.', ';', ':', '"', '“', '”'])
                            && opening.len() <= 80
                    })
                    .map_or(upto_name.trim_start(), |(opening, _)| {
                        &upto_name.trim_start()[opening.len() + 2..]
                    });
                // (`Near the end of the meeting a retired fisherman, Idris
                // Morgan, stood up`: or after a preposition's opening phrase
                // with no comma, from the article of a person's description.)
                let described = described
                    .split_whitespace()
                    .next()
                    .filter(|w| {
                        w.starts_with(char::is_uppercase)
                            && PREPOSITIONS.contains(&w.to_lowercase().as_str())
                    })
                    .and_then(|_| {
                        let head = described.strip_suffix(", ")?;
                        // (Within a short reach: a huge sentence stays linear.)
                        let from = floor_char_boundary(head, head.len().saturating_sub(120));
                        let at = from
                            + [" a ", " an ", " the "]
                                .iter()
                                .filter_map(|a| head[from..].rfind(a))
                                .max()?;
                        let phrase = &head[at + 1..];
                        let words: Vec<&str> = phrase.split_whitespace().collect();
                        (words.len() <= 5
                            && !phrase.contains([',', '.', ';', ':', '"', '“', '”'])
                            && words.last().is_some_and(|w| is_person_noun(w)))
                        .then(|| &described[at + 1..])
                    })
                    .unwrap_or(described);
                // (`…, Dr Nilmini Jayalath of the wildlife department's
                // range office,`: or after where the person works.)
                let after = &text[range.end..];
                let works_at = [" of ", " at ", " from "]
                    .iter()
                    .find_map(|p| after.strip_prefix(p))
                    // (Within a short reach: a draft with no commas stays
                    // linear.)
                    .and_then(|rest| {
                        let reach = &rest[..floor_char_boundary(rest, rest.len().min(120))];
                        rest.get(..reach.find(',')?)
                    })
                    .is_some_and(|place| {
                        place.len() <= 100
                            && !place.contains(['.', ';', ':', '"', '“', '”', '('])
                            && !place.split_whitespace().any(|w| {
                                reporting(w).is_some() || AUXILIARIES.contains(&w) || w == "who"
                            })
                    });
                // (`The orchestra's music director, the Finnish conductor
                // Aleksi Varjonen,`: or after a second description, which a
                // person's noun ends.)
                let described_again = |set_off: &str| {
                    set_off.rsplit_once(", ").is_some_and(|(_, again)| {
                        let words: Vec<&str> = again.split_whitespace().collect();
                        matches!(words.first(), Some(&("the" | "a" | "an")))
                            && words.len() <= 5
                            && words.last().is_some_and(|w| is_person_noun(w))
                    })
                };
                let apposed = apposed
                    || (after.starts_with(',') || works_at)
                        && ["The ", "the ", "A ", "An ", "a ", "an "]
                            .iter()
                            .any(|a| described.starts_with(a))
                        && described.len() <= 120
                        && (set_off.ends_with(',') || described_again(set_off))
                        && described.matches(',').count() == 1
                        // (A description, not a clause: `The trawler was
                        // built for Jack’s father, Samuel,`; though a
                        // relative clause may end it: `A care assistant who
                        // was on duty, Kelly Marsh,`.)
                        && described.split_whitespace().count() <= 10
                        // (An adjective straight after the article may
                        // end in `-ed`: `a retired fisherman`.)
                        && !described.split(" who ").next().unwrap_or("").split_whitespace().enumerate().any(|(k, w)| {
                            let w = w.trim_end_matches(',');
                            reporting(w).is_some()
                                || AUXILIARIES.contains(&w)
                                || k != 1 && w.len() > 4 && w.ends_with("ed")
                        });
                // `That is not quite true, admits the cooperative's adviser,
                // Joyce Wambua.`: the name ending a sentence after a verb of
                // saying and its subject's description.
                let apposed = apposed
                    || after.starts_with('.')
                        && set_off
                            .strip_suffix(',')
                            .and_then(|s| s.rsplit_once(", "))
                            .is_some_and(|(_, tail)| {
                                let mut words = tail.split_whitespace();
                                // (A verb that puts its subject after it,
                                // not one with an object: `told the
                                // council's lawyer, Sam Ward.`)
                                words.next().is_some_and(|v| SUBJECT_AFTER.contains(&v))
                                    && words.next().is_some_and(|d| {
                                        matches!(d, "the" | "a" | "an" | "his" | "her" | "its")
                                    })
                                    && tail.split_whitespace().count() <= 10
                                    && !tail.contains(['"', '“', '”'])
                            });
                owner_before = (owner && (first_name || at_start)).then(|| range.clone());
                // `Gareth Pritchard, one of the brothers behind Ceiber Slate,
                // said`: a name inside the aside on the sentence's subject
                // (its comma not yet closed) is not who speaks.
                // (Within a short reach, so that a huge sentence stays linear.)
                let aside = lead_end.is_some_and(|e| {
                    let gap = text
                        .get(e..range.start)
                        .filter(|g| g.len() <= ASIDE_REACH)
                        .unwrap_or("");
                    let opens = gap
                        .strip_prefix(", ")
                        .and_then(|g| g.split_whitespace().next())
                        .is_some_and(|w| {
                            matches!(
                                w,
                                "who"
                                    | "whose"
                                    // (`Harwick Port Holdings, which is
                                    // owned by … Van Rijswijk Partners,
                                    // says`: a body's aside.)
                                    | "which"
                                    | "a"
                                    | "an"
                                    | "the"
                                    | "one"
                                    | "his"
                                    | "her"
                                    | "its"
                                    // `Ms Carrington, asked whether she had
                                    // met Ms Brack, said`: a participle's
                                    // aside, or a clause's.
                                    | "asked"
                                    | "pressed"
                                    | "questioned"
                                    | "speaking"
                                    | "responding"
                                    | "interviewed"
                                    | "reached"
                                    | "contacted"
                                    | "when"
                                    | "while"
                                    | "having"
                            ) || w.starts_with(|c: char| c.is_ascii_digit())
                                || is_title_word(&w.to_lowercase())
                        });
                    // (`…, a specialist at St Aldwyn's College, London,`: a
                    // place after a comma inside the aside too.)
                    let commas = gap.matches(',').count();
                    opens
                        && (commas == 1 || commas == 2 && gap.ends_with(", "))
                        && !gap.contains(['.', ';', ':', '"', '“', '”', '(', '—'])
                        && !gap
                            .split_whitespace()
                            .skip(2)
                            .any(|w| reporting(w) == Some(Form::Finite))
                });
                if k == 0
                    && first_name
                    && !owner
                    && first_content.is_some_and(|s| {
                        text.get(s..range.start)
                            .is_some_and(|lead| lead.split_whitespace().count() <= 1)
                    })
                {
                    lead_end = Some(range.end);
                }
                // (Not a person named in an anonymous source's description: `The
                // owner of a shop on Abbey Walk, who asked not to be named, said`.)
                let anonymised = kept_anonymous && !referent.organisation;
                // (Nor an outlet that came by a document: `seen by the
                // Brisbane Times`, which no later `it` means.)
                if came_by_document(text, range.clone()) {
                    continue;
                }
                mentions.push(Mention {
                    range: range.clone(),
                    referent: referent.clone(),
                    subject: ((at_start || speaks) && !owner && !aside && !anonymised) || apposed,
                    leads: (first_name && !owner && !anonymised) || apposed,
                });
            }
        }
        // For each person's mention, the person named most so far (of
        // equals, the first named), worked out once for the whole draft.
        let mut most_named = Vec::new();
        {
            let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
            let mut best: Option<(usize, usize)> = None;
            for (k, m) in mentions.iter().enumerate() {
                if m.referent.organisation || m.referent.name.is_empty() {
                    continue;
                }
                let entry = counts.entry(m.referent.name.as_str()).or_insert((0, k));
                entry.0 += 1;
                let (n, first) = *entry;
                if best.is_none_or(|(bn, bfirst)| n > bn || (n == bn && first < bfirst)) {
                    best = Some((n, first));
                }
                if let Some((_, first)) = best {
                    most_named.push((m.range.start, first));
                }
            }
        }
        let mut organisations = HashMap::new();
        for m in &mentions {
            organisations
                .entry(m.referent.name.clone())
                .or_insert(m.referent.organisation);
        }
        let mentions_body_names: std::collections::BTreeSet<String> = mentions
            .iter()
            .filter(|m| m.referent.organisation && m.referent.id.is_none())
            .map(|m| m.referent.name.clone())
            .collect();
        // Bodies' names of two words or more by their last word (`Police`
        // for `Westmere Police`), where only one name ends with it.
        let mut body_ends: HashMap<String, Option<String>> = HashMap::new();
        // (Not two bodies read as one: `Eastmoor Police and Kilnworth Police`.)
        let one_body = |name: &&String| !name.contains(" and ") && !name.contains(" & ");
        for name in mentions_body_names.iter().filter(one_body) {
            if let Some((_, last)) = name.rsplit_once(' ') {
                body_ends
                    .entry(last.to_owned())
                    .and_modify(|e| *e = None)
                    .or_insert_with(|| Some(name.clone()));
            }
        }
        let body_ends = body_ends
            .into_iter()
            .filter_map(|(last, name)| Some((last, name?)))
            .collect();
        // Names of two words or more by their initials, for the acronym
        // that stands for one (`FAA`); an acronym two names share is left.
        let mut acronyms: HashMap<String, Option<Referent>> = HashMap::new();
        // A body's last three words or more by theirs too (`ICB` for
        // `Wessex Vale Integrated Care Board`), where no whole name has them.
        let mut tail_acronyms: HashMap<String, Option<Referent>> = HashMap::new();
        for m in mentions.iter().filter(|m| m.referent.id.is_none()) {
            let shared = |list: &mut HashMap<String, Option<Referent>>, a: String| {
                let entry = list.entry(a).or_insert_with(|| Some(m.referent.clone()));
                if entry.as_ref().is_some_and(|r| r.name != m.referent.name) {
                    *entry = None;
                }
            };
            if let Some(a) = initials(&m.referent.name) {
                shared(&mut acronyms, a);
            }
            // `Brazil's National Civil Aviation Agency (Anac)`: letters in
            // brackets straight after a body's name stand for it, whatever
            // language they were taken from.
            if let Some(letters) = bracketed_letters(&text[m.range.end..]) {
                if m.referent.organisation {
                    shared(&mut acronyms, letters.to_owned());
                }
            }
            if m.referent.organisation {
                let words: Vec<&str> = m.referent.name.split_whitespace().collect();
                for from in 1..words.len().saturating_sub(2) {
                    if let Some(a) = initials(&words[from..].join(" ")) {
                        shared(&mut tail_acronyms, a);
                    }
                }
            }
        }
        for (a, r) in tail_acronyms {
            acronyms.entry(a).or_insert(r);
        }
        let acronyms = acronyms
            .into_iter()
            .filter_map(|(a, r)| Some((a, r?)))
            .collect();
        // (`the coroner` for `assistant coroner Philippa Rowlands`, when
        // the draft names no coroner: one who sits in a court holds its
        // office while sitting.)
        let held: std::collections::HashSet<String> =
            descriptions.iter().map(|(d, _)| d.clone()).collect();
        descriptions.extend(ranked_offices.into_iter().filter(|(d, _)| {
            !held.contains(d)
                && matches!(d.as_str(), "coroner" | "judge" | "magistrate" | "sheriff")
        }));
        // `Lord Ashworth` for `Lord Ashworth of Cleeve`: a peer by the
        // style and name alone, once the draft gives the place too.
        let mut peers: HashMap<String, String> = HashMap::new();
        for style in PEER_STYLES {
            for (k, _) in text.match_indices(&format!("{style} ")) {
                let after = &text[k + style.len() + 1..];
                let end = floor_char_boundary(after, after.len().min(80));
                let mut words = after[..end].split_whitespace();
                let (Some(name), Some("of"), Some(place)) =
                    (words.next(), words.next(), words.next())
                else {
                    continue;
                };
                let place = place.trim_end_matches(|c: char| !c.is_alphabetic());
                let proper = |w: &str| {
                    w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
                };
                if proper(name) && proper(place) {
                    peers
                        .entry(format!("{style} {name}"))
                        .or_insert_with(|| format!("{style} {name} of {place}"));
                }
            }
        }
        // `… Professor Farida Qureshi will serve," she said`: full names
        // only a quotation gives, with a title, by their surnames and that
        // title (not `Gordon Brown` for `Dr Brown`).
        let mut quoted_names: HashMap<String, (Referent, String)> = HashMap::new();
        for piece in &pieces {
            for run in capitalised_runs(text, piece.clone()) {
                let written = &text[run.clone()];
                let name = strip_titles(written).0;
                // (The title in the run, or the word just before it: `Mrs`
                // is read apart from `Joan Pilling`.)
                let before = text[piece.start..run.start].split_whitespace().next_back();
                let title = match written[..written.len() - name.len()].trim() {
                    "" => before
                        .filter(|w| is_title_word(&w.trim_end_matches('.').to_lowercase()))
                        .unwrap_or("")
                        .to_lowercase(),
                    title => title.to_lowercase(),
                };
                let words: Vec<&str> = name.split_whitespace().collect();
                if let [given, .., surname] = words.as_slice() {
                    if words.len() <= 3
                        && !title.is_empty()
                        && sex_of(given).is_some()
                        && !looks_like_organisation(name)
                        && !surnames.contains_key(*surname)
                    {
                        quoted_names
                            .entry((*surname).to_owned())
                            .or_insert_with(|| {
                                let referent = Referent {
                                    name: name.to_owned(),
                                    id: None,
                                    organisation: false,
                                    female: None,
                                };
                                (referent, title)
                            });
                    }
                }
            }
        }
        Resolver {
            most_named,
            quoted_names,
            text,
            directory,
            sentence_starts: sentences.iter().map(|s| s.start).collect(),
            pieces,
            organisations,
            spoken: RefCell::new(Vec::new()),
            mentions: RefCell::new(mentions),
            descriptions: Descriptions::new(descriptions),
            peers,
            surnames,
            namesakes,
            by_ends,
            first_names,
            leading_names,
            inner_names,
            short_bodies,
            body_names: mentions_body_names,
            body_ends,
            acronyms,
            titled_letters: RefCell::new(HashMap::new()),
            styled_surnames: RefCell::new(HashMap::new()),
            named_in_draft: RefCell::new(HashMap::new()),
            lower_text,
            entries_named,
            sexes: RefCell::new(sexes),
            prosecutor: std::cell::OnceCell::new(),
            questions: std::cell::OnceCell::new(),
        }
    }
}

/// The noun a short or formal title is said in full by (`doctor` for
/// `Dr`, `judge` for `Justice`, `governor` for `Gov.`).
fn spelled_title(title: &str) -> Option<&'static str> {
    Some(match title.trim_end_matches('.').to_lowercase().as_str() {
        "rep" => "representative",
        "dr" => "doctor",
        "prof" => "professor",
        "justice" => "judge",
        "cllr" => "councillor",
        "sen" => "senator",
        "gov" => "governor",
        "det" => "detective",
        "supt" => "superintendent",
        "insp" => "inspector",
        "sgt" => "sergeant",
        "capt" => "captain",
        "gen" => "general",
        "col" => "colonel",
        "lt" => "lieutenant",
        _ => return None,
    })
}

/// A capitalised run less a participle that opens its sentence, before
/// the clause's pronoun (`Addressing Dobson directly, she said` →
/// `Dobson`); a body's name keeps its first word (`Reading Borough
/// Council`).
fn without_opening_participle(text: &str, sentence: usize, run: Range<usize>) -> Range<usize> {
    let written = &text[run.clone()];
    let Some((first, rest)) = written.split_once(' ') else {
        return run;
    };
    let opens = text[sentence..run.start].trim().is_empty();
    let participle = first.len() > 5
        && first.ends_with("ing")
        && first.chars().skip(1).all(char::is_lowercase)
        && sex_of(first).is_none();
    // (Before the clause's own subject, a pronoun after a comma in the
    // same sentence: not `Tsering Dolkar, a nurse in Leh, lost`, nor
    // `Sterling Brown won`.)
    let after = &text[run.end..floor_char_boundary(text, (run.end + 80).min(text.len()))];
    let after = &after[..after.find(['.', '!', '?', '\n']).unwrap_or(after.len())];
    let phrase = after.match_indices(", ").any(|(k, _)| {
        matches!(
            after[k + 2..].split_whitespace().next(),
            Some("he" | "she" | "they" | "we" | "I")
        )
    });
    if opens && participle && phrase && !looks_like_organisation(written) {
        run.end - rest.len()..run.end
    } else {
        run
    }
}

/// A capitalised run less the last word of a portfolio that an office
/// before it names, when a given name the lists know follows that word
/// (`Minister of Tourism, Culture and the Arts Vernon Ruiz` → `Vernon Ruiz`,
/// `Commissioner for Assessment and Operations Ramon Ibarra`). The run may
/// open with that `the`.
pub(super) fn without_portfolio_word(text: &str, run: Range<usize>) -> Range<usize> {
    let written = &text[run.clone()];
    let (the, written) = match written.strip_prefix("the ") {
        Some(rest) => (true, rest),
        None => (false, written),
    };
    let mut words = written.split_whitespace();
    let (Some(first), Some(given), Some(_)) = (words.next(), words.next(), words.next()) else {
        return run;
    };
    let portfolio = sex_of(first).is_none()
        && !is_title_word(&first.to_lowercase())
        && !looks_like_organisation(first)
        && given.starts_with(char::is_uppercase)
        && sex_of(given).is_some();
    if !portfolio {
        return run;
    }
    let floor = floor_char_boundary(text, run.start.saturating_sub(160));
    let lead: Vec<&str> = text[floor..run.start].split_whitespace().collect();
    // (Or straight after the office's `for` or `of`: `Undersecretary for
    // Development Raymond Tse Kin-hang`.)
    // (Not after a member's letters: `MP for St John Colvin Marshall-Yarde`
    // names a seat.)
    let after_office = matches!(lead.last(), Some(&("for" | "of")))
        && lead.len() >= 2
        && !MEMBER_LETTERS.contains(&lead[lead.len() - 2]);
    let joined = the || after_office || matches!(lead.last(), Some(&("and" | "the" | "&")));
    // An office's word, then `of` or `for`, a few words before, and only
    // the portfolio's capitals and joining words since (not `The Minister
    // for Tourism praised the Lake Louise Ski Resort`).
    let office = lead
        .iter()
        .rev()
        .take(12)
        .take_while(|w| {
            let w = w.trim_end_matches(',');
            w.starts_with(char::is_uppercase) || matches!(w, "and" | "the" | "&" | "of" | "for")
        })
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| matches!(*w[0], "of" | "for") && is_title_word(&w[1].to_lowercase()));
    if !(joined && office) {
        return run;
    }
    match text[run.clone()].find(&format!(" {given} ")) {
        Some(k) => run.start + k + 1..run.end,
        None => run,
    }
}

/// The letters in brackets that open `after` (` (Anac)`, ` (ANAC)`): one
/// word of two to eight letters with a capital first.
fn bracketed_letters(after: &str) -> Option<&str> {
    let inside = after.strip_prefix(" (")?;
    // (Within a few letters: an unclosed bracket is not scanned on.)
    let close = inside
        .char_indices()
        .take(10)
        .find(|&(_, c)| c == ')')
        .map(|(k, _)| k)?;
    let letters = &inside[..close];
    ((2..=8).contains(&letters.chars().count())
        && letters.starts_with(|c: char| c.is_uppercase())
        && letters.chars().all(char::is_alphabetic))
    .then_some(letters)
}

/// The words before a name less a short bracketed aside just before it,
/// after a capitalised word (`City SP (Central) ` → `City SP`), so that
/// the title before the aside is the name's.
fn without_aside_before_name(lead: &str) -> &str {
    let trimmed = lead.trim_end();
    let Some(inside) = trimmed.strip_suffix(')') else {
        return lead;
    };
    let Some(open) = inside.rfind('(') else {
        return lead;
    };
    let aside = &inside[open + 1..];
    let before = inside[..open].trim_end();
    let short = !aside.is_empty() && aside.split_whitespace().count() <= 3 && !aside.contains(')');
    let after_capital = before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    if short && after_capital {
        before
    } else {
        lead
    }
}

/// The office whose portfolio runs up to the end of `lead`, before
/// `name`, in lower case: `minister` of `Minister of State (Independent
/// Charge) for Revenue, Relief & Rehabilitation Shri `. Every word after
/// the office is capitalised, a bracket, or a word that joins a
/// portfolio's name.
fn office_before(lead: &str, name: &str) -> Option<String> {
    let words: Vec<&str> = lead.split_whitespace().rev().take(16).collect();
    // (Not `… for Revenue, Disaster Management`: a portfolio's list goes
    // on, and the name is part of it; but `The Minister for Housing,
    // Niamh Farrelly`, a given name after the comma.)
    let given = name
        .split_whitespace()
        .next()
        .is_some_and(|w| sex_of(w).is_some());
    if words.first().is_some_and(|w| w.ends_with(',')) && !given {
        return None;
    }
    // (Nor past another person's name: not `Minister of State for Finance
    // Sadia Kazmi and FBR Chairman` before `Asim Durrani`; but `Minister
    // for Faith and Communities`, a portfolio's word after `for`.)
    // (`Minister of State with responsibility for the Office of Public
    // Works`: an Irish or British junior office's words.)
    let joins = |w: &str| {
        matches!(
            w,
            "of" | "for" | "and" | "&" | "the" | "with" | "special" | "responsibility" | "at"
        )
    };
    let k = words.iter().enumerate().position(|(i, w)| {
        !(w.starts_with(char::is_uppercase) || w.starts_with('(') || joins(w))
            || sex_of(w).is_some() && words.get(i + 1).is_none_or(|before| !joins(before))
    });
    let run = &words[..k.unwrap_or(words.len())];
    // The run's first word (nearest the start) that is an office, followed
    // by the portfolio's `of` or `for` or a bracket.
    // (A portfolio between `of` and the name: not `The Governor of`
    // before `Zamani State`, the office's place.)
    (2..run.len()).rev().find_map(|i| {
        let office = run[i]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        let next = run[i - 1];
        (is_office(&office) && (matches!(next, "of" | "for") || next.starts_with('(')))
            .then_some(office)
    })
}

/// Whether `word` is a lower-case word that may say what a title is for
/// (`cricket` in `England cricket captain`, `youth` in `youth coach`): no
/// word that joins, stops or reports.
fn is_describing_word(word: &str) -> bool {
    word.len() > 2
        && word
            .chars()
            .all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
        && !PREPOSITIONS.contains(&word)
        && !DETERMINERS.contains(&word)
        && !CLAUSE_STOPS.contains(&word)
        && !AUXILIARIES.contains(&word)
        && !is_title_word(word)
        && reporting(word).is_none()
}

/// The style that the tokens `before` a lone capitalised word end with,
/// when it makes the word a whole name: `Lord`, `Lady`, `Baroness`,
/// `Baron`, or one of them and `Justice` (`Lady Justice Harwood`).
/// (Not a part played: `her Lady Macbeth`.)
fn peerage_style(before: &[Token]) -> Option<String> {
    let peer = |t: &Token| matches!(t.text, "Lord" | "Lady" | "Baroness" | "Baron");
    // (`Mrs Justice Okonjo`, `Mr Justice Harland`: a High Court judge's.)
    let honorific = |t: &Token| matches!(t.text, "Mr" | "Mrs" | "Ms");
    let (style, rest) = match before {
        [rest @ .., p, j] if (peer(p) || honorific(p)) && j.text == "Justice" => {
            (format!("{} Justice", p.text), rest)
        }
        [rest @ .., p] if peer(p) => (p.text.to_owned(), rest),
        _ => return None,
    };
    let owned = rest.last().is_some_and(|t| {
        matches!(
            lower(t).as_str(),
            "her" | "his" | "their" | "my" | "our" | "your" | "its" | "a" | "an"
        ) || is_possessive(t.text)
    });
    (!owned).then_some(style)
}

#[cfg(test)]
mod tests {
    use super::office_before;

    #[test]
    fn an_office_before_a_name_stops_at_another_persons_name() {
        assert_eq!(
            office_before("alongside Minister of State for Finance ", "Sadia Kazmi").as_deref(),
            Some("minister")
        );
        assert_eq!(
            office_before(
                "alongside Minister of State for Finance Sadia Kazmi and Revenue Board Chairman ",
                "Asim Durrani"
            ),
            None
        );
        // (A portfolio's word that is also a given name.)
        assert_eq!(
            office_before("Minister for Faith and Communities ", "Sadia Kazmi").as_deref(),
            Some("minister")
        );
    }
}
