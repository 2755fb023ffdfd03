//! Reading a clause around a verb of saying: where its subject starts and
//! ends before the verb, or what follows an inverted verb, and which marks
//! are quotation marks (not apostrophes, not a nickname's).

use super::*;

impl Resolver<'_> {
    /// Whether a token is a quotation mark rather than an apostrophe inside
    /// a word (`residents’ association`).
    pub(super) fn is_quote_mark(toks: &[Token], i: usize) -> bool {
        let t = &toks[i];
        if !matches!(t.text, "’" | "'" | "‘" | "“" | "”" | "\"" | "«" | "»") {
            return false;
        }
        let possessive = matches!(t.text, "’" | "'")
            && i > 0
            && toks[i - 1].range.end == t.range.start
            && toks[i - 1].text.ends_with(['s', 'S'])
            && toks
                .get(i + 1)
                .is_some_and(|n| is_word(n) && n.range.start > t.range.end);
        // `the '90s`: a decade's elided digits.
        let elided = matches!(t.text, "’" | "'")
            && toks.get(i + 1).is_some_and(|n| {
                n.range.start == t.range.end && n.text.starts_with(|c: char| c.is_ascii_digit())
            });
        !possessive && !elided
    }

    /// The opening mark of the quoted nickname inside a name
    /// (`Ernesto “Ka Erning” Villanueva`) that the mark at token `close`
    /// closes: up to three capitalised words between capitalised words.
    pub(super) fn nickname_opening(toks: &[Token], close: usize) -> Option<usize> {
        if !Resolver::is_quote_mark(toks, close)
            || !toks.get(close + 1).is_some_and(is_capitalised)
            || !toks.get(close.checked_sub(1)?).is_some_and(is_capitalised)
        {
            return None;
        }
        let open = (close.saturating_sub(4)..close)
            .rev()
            .find(|&j| Resolver::is_quote_mark(toks, j))?;
        (open > 0
            && is_capitalised(&toks[open - 1])
            && toks[open + 1..close].iter().all(is_capitalised))
        .then_some(open)
    }

    /// Whether the quotation mark at token `k` opens or closes a nickname
    /// inside a name.
    pub(super) fn in_nickname(toks: &[Token], k: usize) -> bool {
        Resolver::nickname_opening(toks, k).is_some()
            || (k + 2..toks.len().min(k + 6))
                .any(|c| Resolver::nickname_opening(toks, c) == Some(k))
    }

    /// The subject of the verb at token `v`: the clause before it (back to a
    /// clause boundary) split at commas, keeping the part that names someone
    /// (`Her neighbour, Tom Kavanagh, said` → `Tom Kavanagh`).
    pub(super) fn subject_before(all: &[Token], v: usize) -> Option<Range<usize>> {
        // `Raj Malhotra (Lib Dem, Hadley) said`: leave out bracketed asides.
        let mut toks: Vec<Token> = Vec::with_capacity(v + 1);
        let mut depth = 0usize;
        let mut verb = 0;
        for (i, t) in all.iter().enumerate().take(v + 1) {
            match t.text {
                "(" | "[" => depth += 1,
                ")" | "]" if depth > 0 => depth -= 1,
                _ if depth == 0 => {
                    if i == v {
                        verb = toks.len();
                    }
                    toks.push(t.clone());
                }
                _ => {}
            }
        }
        let toks = &toks[..];
        let v = verb;
        let end = subject_end(toks, v);
        // `what he called "…"`, `a record it called "…"`: a pronoun just
        // before the verb is its subject.
        if end > 0 && PRONOUNS.contains(&lower(&toks[end - 1]).as_str()) {
            return Some(toks[end - 1].range.clone());
        }
        // `… by what the prosecution called "…"`: the words between
        // `what` and the verb.
        // (`the bridge, which the council described as "…"`, `a season
        // that chief executive Sarah Lomax described as`: so do the words
        // between a relative pronoun and the verb, when they open as a
        // noun phrase does.)
        if let Some(k) = (end.saturating_sub(6)..end)
            .rev()
            .find(|&k| matches!(lower(&toks[k]).as_str(), "what" | "which" | "that" | "whom"))
        {
            let relative = lower(&toks[k]) != "what";
            let phrase = toks.get(k + 1).is_some_and(|t| {
                DETERMINERS.contains(&lower(t).as_str())
                    || is_capitalised(t)
                    || is_title_word(&lower(t))
                    || is_person_noun(&lower(t))
            });
            if k + 1 < end && toks[k + 1..end].iter().all(is_word) && (!relative || phrase) {
                return Some(toks[k + 1].range.start..toks[end - 1].range.end);
            }
        }
        // `Derek Sowerby, a retired lorry driver who admits he had "…"`,
        // `Sowerby is a retired lorry driver who says`: the description
        // `who` hangs on, with no comma between them, when it is set after
        // a name or said of it (not `replied to a colleague who had asked`).
        if end >= 2 && lower(&toks[end - 1]) == "who" && is_word(&toks[end - 2]) {
            let k = (end.saturating_sub(8)..end - 1)
                .rev()
                .take_while(|&k| is_word(&toks[k]))
                .find(|&k| matches!(lower(&toks[k]).as_str(), "a" | "an"))
                .filter(|&k| {
                    k.checked_sub(1)
                        .is_some_and(|j| matches!(lower(&toks[j]).as_str(), "," | "is" | "was"))
                });
            if let Some(k) = k {
                return Some(toks[k].range.start..toks[end - 2].range.end);
            }
        }
        // `before Judge Ann Reyes, who called the charges "…"`: the name
        // that a comma sets `who` after.
        if end >= 3 && lower(&toks[end - 1]) == "who" && toks[end - 2].text == "," {
            let named = end - 2;
            let k = (named.saturating_sub(6)..named)
                .rev()
                .take_while(|&k| is_capitalised(&toks[k]) && !is_not_name(toks[k].text))
                .last();
            // (A person's name that a known given name opens, not the
            // place or body an apposition ends with: `Trevor Ardill, MLA for
            // Mid Antrim, who`.)
            // (Nor a street after `on`: `a nurse on Hunter Street, who`.)
            let person = k.filter(|&k| {
                toks[k..named]
                    .iter()
                    .take(2)
                    .any(|t| sex_of(t.text).is_some())
                    && (k == 0
                        || !(PREPOSITIONS.contains(&lower(&toks[k - 1]).as_str())
                            || matches!(
                                lower(&toks[k - 1]).as_str(),
                                "on" | "outside" | "into" | "off" | "behind" | "opposite"
                            )
                            || toks[k - 1].text == ","))
            });
            if let Some(k) = person {
                return Some(toks[k].range.start..toks[named - 1].range.end);
            }
        }
        // `a pay offer their union described as "…"`, `rosters the union
        // says are "…"`: a clause with no `that`, after a noun, whose
        // subject is a short phrase for a body or a person.
        if let Some(k) = contact_clause_subject(toks, end) {
            return Some(toks[k].range.start..toks[end - 1].range.end);
        }
        // `where she later said`: an adverb between them.
        if end > 1
            && is_adverb(&lower(&toks[end - 1]))
            && PRONOUNS.contains(&lower(&toks[end - 2]).as_str())
        {
            return Some(toks[end - 2].range.clone());
        }
        let mut start = end;
        while start > 0 && end - start < 40 {
            let i = start - 1;
            let t = &toks[i];
            // `X, who took the 'Hadley Cup' in 2019, said`, `X, who called
            // himself a "hobby landlord", told`: a short quotation inside
            // an aside is part of it, not a boundary.
            // (`X, who ran on the slogan "Get It Built," said`: a comma
            // inside its closing mark too, in a relative clause.)
            let comma_inside = i > 1 && toks[i - 1].text == "," && is_word(&toks[i - 2]);
            if Resolver::is_quote_mark(toks, i) && i > 0 && (is_word(&toks[i - 1]) || comma_inside)
            {
                let opening = (i.saturating_sub(10)..i)
                    .rev()
                    .find(|&j| Resolver::is_quote_mark(toks, j));
                let aside = toks[..i].iter().rev().take(30).any(|t| {
                    t.text == "," && !comma_inside
                        || matches!(lower(t).as_str(), "who" | "which" | "whose")
                });
                if let Some(j) = opening.filter(|&j| j > 0 && aside) {
                    start = j;
                    continue;
                }
            }
            // `X, president of the patrols — which act as a government —
            // described`: an aside between dashes, straight before the
            // verb, is part of the subject's phrase.
            if matches!(t.text, "—" | "–") && i + 1 == end {
                let opening = (i.saturating_sub(30)..i)
                    .rev()
                    .take_while(|&j| !matches!(toks[j].text, "." | ";" | ":"))
                    .find(|&j| matches!(toks[j].text, "—" | "–"));
                // (An aside that describes, naming no one: not `the three
                // dissenters — Dr Meera Kapoor, Prof Gareth Lyle and Ingrid
                // Solberg — argued`.)
                let describes = |j: usize| {
                    !toks[j + 1..i]
                        .iter()
                        .any(|t| is_capitalised(t) && sex_of(t.text).is_some())
                };
                if let Some(j) = opening.filter(|&j| j > 0 && describes(j)) {
                    start = j;
                    continue;
                }
            }
            // `Ernesto “Ka Erning” Villanueva told`: a nickname inside a
            // name is part of it.
            if let Some(j) = Resolver::nickname_opening(toks, i) {
                start = j;
                continue;
            }
            // `X, whose cottage flooded, said`: a relative clause set off by
            // commas is part of the subject's phrase, not a boundary.
            // (Not `the hospital, where Dr Akello said`: a clause of place
            // or time that the verb ends, not closed by a comma before it,
            // has the verb's subject inside.)
            // (Closed by a comma, it holds no verb of its own before it:
            // `where Dr Akello, the superintendent, said`, but not `Ann Lee,
            // when BBC Radio Kent asked about it, said`.)
            let comma = toks[i + 1..end].iter().position(|t| t.text == ",");
            let open_adverbial = matches!(lower(t).as_str(), "where" | "when")
                && comma.is_none_or(|c| {
                    toks.get(i + 1).is_some_and(is_capitalised)
                        && !toks[i + 1..i + 1 + c].iter().any(|t| {
                            reporting(t.text).is_some()
                                || AUXILIARIES.contains(&lower(t).as_str())
                                || t.text.len() > 4 && t.text.ends_with("ed")
                        })
                });
            let parenthetical = matches!(
                lower(t).as_str(),
                "who" | "whose" | "which" | "whom" | "where" | "when"
            ) && i > 0
                && toks[i - 1].text == ","
                && !open_adverbial;
            // A finite reporting verb ends the clause (`The BMA said it would
            // announce …`), but not one opening an aside (`X, asked about …, said`).
            let other_verb =
                verb_form(toks, i) == Some(Form::Finite) && i > 0 && toks[i - 1].text != ",";
            // `R-Fla.,`: a stop before a comma or attached to a short word
            // ends an abbreviation, not a sentence.
            let abbreviation_stop = t.text == "."
                && (toks.get(i + 1).is_some_and(|n| n.text == ",") || abbreviation_stop(toks, i));
            // `Food and Drink Producers Association`: `and` between two
            // capitalised words joins a name, it does not end a clause.
            // `Bakers' and Food Workers' Union`: a plural possessive too.
            let capitalised_before = i > 0 && is_capitalised(&toks[i - 1])
                || i > 1 && matches!(toks[i - 1].text, "'" | "’") && is_capitalised(&toks[i - 2]);
            // `General Lord Ashby and four other retired chiefs warned`:
            // `and` before others of the kind joins one subject, the
            // named one first.
            // (After a name or its apposition only: not `Jo Fenn resigned
            // on Monday and two other councillors said`.)
            let and_others = t.text == "and"
                && i > 0
                && (toks[i - 1].text == ","
                    || is_capitalised(&toks[i - 1]) && !is_time_name(toks[i - 1].text))
                && toks
                    .get(i + 1)
                    .is_some_and(|n| is_number_word(n.text) || n.text == "several")
                && toks[(i + 2).min(end)..end.min(i + 4)]
                    .iter()
                    .any(|n| matches!(n.text, "other" | "others"));
            let inside_name = and_others
                || t.text == "and"
                    && capitalised_before
                    && (toks.get(i + 1).is_some_and(is_capitalised)
                    // `Feld and her colleagues wrote`: one subject.
                    || toks.get(i + 1).is_some_and(|n| {
                        matches!(lower(n).as_str(), "his" | "her" | "their")
                    }));
            let boundary = (matches!(
                t.text,
                "." | "!" | "?" | ";" | ":" | "(" | ")" | "—" | "–" | "-" | "[" | "]"
            ) && !abbreviation_stop)
                // (`• Wróblewska says`: a list's bullet.)
                || matches!(t.text, "•" | "▪" | "‣" | "◦" | "►")
                // (`**STEIN:** A FEMA spokesperson told`: emphasis marks
                // left in plain text; not the star of a grade, `three A*s`.)
                || t.text == "*"
                    && !(i > 0
                        && toks[i - 1].range.end == t.range.start
                        && is_word(&toks[i - 1]))
                // (`TEHRAN // Iran's …`: a dateline's double slash.)
                || (t.text == "/"
                    && (toks.get(i + 1).is_some_and(|n| n.text == "/")
                        || i > 0 && toks[i - 1].text == "/"))
                || Resolver::is_quote_mark(toks, i)
                || other_verb
                || (CLAUSE_STOPS.contains(&lower(t).as_str()) && !parenthetical && !inside_name)
                || (CLAUSE_OR_PHRASE.contains(&lower(t).as_str())
                    && toks.get(i + 1).is_some_and(|n| {
                        is_capitalised(n) || DETERMINERS.contains(&lower(n).as_str())
                    })
                    && !toks[i + 1..end].iter().any(|t| t.text == ","));
            if boundary {
                // `X, whose cottage flooded in 2020 and 2022, said`: a clause
                // word inside a comma-set relative clause does not end the subject.
                let comma = toks[..i]
                    .iter()
                    .rposition(|t| t.text == "," || matches!(t.text, "." | ";" | ":"));
                // `X, in a letter … and seen by Reuters, said`: nor does one
                // inside an aside opened by a preposition.
                let word = lower(t);
                // `Dr X, a biologist at Y and a co-author of the study, said`:
                // `and` joining two descriptions in an apposition.
                let joined_descriptions = matches!(word.as_str(), "and" | "or")
                    && toks
                        .get(i + 1)
                        .is_some_and(|n| matches!(lower(n).as_str(), "a" | "an" | "the"))
                    && comma.is_some_and(|c| {
                        toks[c].text == ","
                            && toks
                                .get(c + 1)
                                .is_some_and(|r| matches!(lower(r).as_str(), "a" | "an" | "the"))
                    });
                // `X, an ecologist who was not involved in the research,
                // called`: a relative clause closed by a comma before the verb.
                const RELATIVES: &[&str] = &["who", "whose", "which", "whom"];
                let closed_relative = RELATIVES.contains(&word.as_str())
                    && toks[i + 1..end].iter().any(|t| t.text == ",");
                // `X, whose house flooded in 2020, 2022 and again in
                // January, said`: a comma inside the relative clause too.
                let floor = end.saturating_sub(40).min(i);
                let relative_opened = toks[floor..i]
                    .iter()
                    .rposition(|t| {
                        matches!(t.text, "." | ";" | ":") || RELATIVES.contains(&lower(t).as_str())
                    })
                    .map(|r| floor + r)
                    .is_some_and(|r| {
                        r > 0
                            && toks[r - 1].text == ","
                            && RELATIVES.contains(&lower(&toks[r]).as_str())
                    });
                // `Dr X, the trust's director of infection prevention and
                // control, said`: a stop inside an apposition after a name.
                let apposition_opened = toks[floor..i]
                    .iter()
                    .rposition(|t| matches!(t.text, "," | "." | ";" | ":"))
                    .map(|c| floor + c)
                    .is_some_and(|c| {
                        toks[c].text == ","
                            && c > 0
                            && is_capitalised(&toks[c - 1])
                            && toks.get(c + 1).is_some_and(|n| {
                                matches!(lower(n).as_str(), "the" | "a" | "an")
                                    || (is_possessive(n.text) && c + 2 < i)
                                    // `Jim Brennan, Stockport Council’s member
                                    // for children and families, said`.
                                    || (is_capitalised(n)
                                        && (c + 2..i.min(c + 4)).any(|k| {
                                            is_possessive(toks[k].text)
                                                && toks.get(k + 1).is_some_and(|w| {
                                                    w.text.starts_with(char::is_lowercase)
                                                })
                                        }))
                                    // `Dr Helen Okonjo, consultant clinical
                                    // oncologist and clinical lead …, said`.
                                    || (is_word(n)
                                        && n.text.starts_with(char::is_lowercase)
                                        && !PRONOUNS.contains(&n.text)
                                        && c + 1 < i)
                            })
                    });
                let stop = CLAUSE_STOPS.contains(&word.as_str()) || other_verb;
                let inside_relative = joined_descriptions
                    || closed_relative
                    || (stop
                        && (apposition_opened || relative_opened)
                        && toks[i + 1..end].iter().any(|t| t.text == ","))
                    || stop
                        && comma.is_some_and(|c| {
                            toks[c].text == ","
                                && toks.get(c + 1).is_some_and(|r| {
                                    matches!(lower(r).as_str(), "who" | "whose" | "which" | "whom")
                                        || (ASIDE_OPENERS.contains(&r.text) && c + 1 < i)
                                })
                        });
                if !inside_relative {
                    break;
                }
            }
            start -= 1;
        }
        // `Back home, the former Ryder Cup player …`: an opening phrase of
        // place is no part of it.
        if let Some(e) = place_phrase_end(&toks[start..end]).filter(|&e| start + e < end) {
            start += e;
        }
        // `Asked whether the group would expel the Belgian, the Pole
        // replied`: a participle's opening phrase, to its comma, is no
        // part of the subject.
        let sentence = toks[..start]
            .iter()
            .rposition(|t| matches!(t.text, "." | "!" | "?" | ";"))
            .map_or(0, |p| p + 1);
        // (Its opening word at most three words before the subject starts,
        // past `whether` or `if`.)
        // (`Stepping off an RAF jet at Brize Norton, Oxon, the dad-of-one
        // said`: or a word in `-ing` before a word in lower case, and past
        // a place's name set off after it.)
        let participle = |k: usize| {
            let t = &toks[k];
            let word = lower(t);
            word.len() > 5
                && word.ends_with("ing")
                && is_capitalised(t)
                && sex_of(t.text).is_none()
                && toks.get(k + 1).is_some_and(|n| {
                    is_word(n) && !is_capitalised(n) && reporting(n.text).is_none()
                })
        };
        if start - sentence <= 3
            && toks.get(sentence).is_some_and(|t| {
                matches!(
                    lower(t).as_str(),
                    "asked" | "pressed" | "questioned" | "challenged" | "confronted" | "reached"
                )
            })
        {
            if let Some(c) = toks[start..end].iter().position(|t| t.text == ",") {
                if start + c + 1 < end {
                    start += c + 1;
                }
            }
        } else if start - sentence <= 3 && sentence < end && participle(sentence) {
            let commas: Vec<usize> = (start..end).filter(|&k| toks[k].text == ",").collect();
            if let [.., place, last] = commas.as_slice() {
                let between = &toks[place + 1..*last];
                let placed = !between.is_empty()
                    && between.len() <= 3
                    && between.iter().all(is_capitalised)
                    && sex_of(between[0].text).is_none()
                    && toks
                        .get(last + 1)
                        .is_some_and(|n| matches!(lower(n).as_str(), "the" | "a" | "an"));
                if placed && last + 1 < end {
                    start = last + 1;
                }
            }
        }
        // Comma-separated parts of the clause.
        let mut segments: Vec<Range<usize>> = Vec::new();
        let mut seg_start = start;
        // (`At the launch of "Thank You, Mama" in Durban, the 41-year-old
        // said`: a comma between paired double marks splits nothing.)
        let double = |t: &Token| matches!(t.text, "“" | "”" | "\"" | "«" | "»");
        let paired = toks[start..end].iter().filter(|t| double(t)).count() % 2 == 0;
        let mut quoted = false;
        let commas = toks[start..end]
            .iter()
            .enumerate()
            .filter(|(_, t)| {
                quoted ^= paired && double(t);
                t.text == "," && !quoted
            })
            .map(|(k, _)| start + k);
        for i in commas.chain(std::iter::once(end)) {
            // `Sen. Walter Brandt, R-Coal Hollow, said`: a party and a
            // district after a name are no part of the subject.
            let party = toks
                .get(seg_start)
                .is_some_and(|t| party_seat(t.text).is_some());
            if i > seg_start && !party {
                segments.push(seg_start..i);
            }
            seg_start = i + 1;
        }
        // `an outcome the company has since described as "…"`.
        if let Some(last) = segments.last().filter(|s| s.end == end) {
            if let Some(j) = relative_subject(toks, last.clone()) {
                return Some(toks[j].range.start..toks[end - 1].range.end);
            }
            // `hints of methane, which Rautio described as "…"`: the name
            // after the relative pronoun.
            // `at Rampur Ghat, where Chief Medical Officer Dr. Neha Joshi
            // said`: the name after `where` or `when` too.
            let relative = matches!(
                lower(&toks[last.start]).as_str(),
                "which" | "that" | "whom" | "where" | "when"
            );
            let named = last.len() >= 2
                && toks[last.start + 1..last.end]
                    .iter()
                    .all(|t| (is_capitalised(t) && !is_not_name(t.text)) || t.text == ".")
                && is_capitalised(&toks[last.end - 1]);
            if relative && named {
                return Some(toks[last.start + 1].range.start..toks[end - 1].range.end);
            }
        }
        // `… a response from Cllr Forde, who insisted`: the name the
        // relative pronoun stands for, at the end of the part before it, or
        // before its apposition (`Lucia Brandt, director of the gallery,
        // who said`).
        if let [.., last] = segments.as_slice() {
            if last.len() == 1 && lower(&toks[last.start]) == "who" {
                let name_ending = |part: &Range<usize>| {
                    let first = capitalised_start(toks, part.start, part.end);
                    if first >= part.end || is_not_name(toks[first].text) {
                        return None;
                    }
                    // `Pradeep Wagh of the Green Kharoda Forum, who`: the
                    // person before the body he is of.
                    let body = toks[first].range.start..toks[part.end - 1].range.end;
                    let mut k = first;
                    if k > part.start && lower(&toks[k - 1]) == "the" {
                        k -= 1;
                    }
                    let of = k > part.start
                        && matches!(lower(&toks[k - 1]).as_str(), "of" | "at" | "from");
                    if of {
                        let person = capitalised_start(toks, part.start, k - 1);
                        let text =
                            |t: &[Token]| t.iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
                        if person < k - 1
                            && looks_like_organisation(&text(&toks[first..part.end]))
                            && !looks_like_organisation(&text(&toks[person..k - 1]))
                        {
                            return Some(toks[person].range.start..toks[k - 2].range.end);
                        }
                    }
                    Some(body)
                };
                let parts = &segments[..segments.len() - 1];
                if let [.., named, apposition] = parts {
                    if toks[apposition.start].text.starts_with(char::is_lowercase) {
                        if let Some(name) = name_ending(named) {
                            return Some(name);
                        }
                    }
                }
                // `Ellie Marsh, 16, from a dairy farm in Carmarthenshire,
                // who said`: past a place the part ends with, and an age,
                // to the name before them.
                let placed = |part: &Range<usize>| {
                    let first = capitalised_start(toks, part.start, part.end);
                    first > part.start
                        && matches!(
                            lower(&toks[first - 1]).as_str(),
                            "in" | "near" | "outside" | "from"
                        )
                        && sex_of(toks[first].text).is_none()
                };
                let aged = |part: &Range<usize>| {
                    toks[part.clone()]
                        .iter()
                        .all(|t| t.text.chars().all(|c| c.is_ascii_digit()))
                };
                let last_named = parts
                    .iter()
                    .rev()
                    .take_while(|p| placed(p) || aged(p) || name_ending(p).is_some())
                    .find(|p| !placed(p) && !aged(p));
                let first_placed = parts.last().is_some_and(placed);
                if let Some(name) = last_named.filter(|_| first_placed).and_then(name_ending) {
                    return Some(name);
                }
                if let Some(name) = parts.last().and_then(name_ending) {
                    return Some(name);
                }
            }
        }
        // `a retired Danish diplomat`: a people's adjective names no one.
        let names_someone = |s: &Range<usize>| {
            toks[s.clone()].iter().any(|t| {
                is_capitalised(t)
                    && !is_not_name(t.text)
                    && !is_title_word(lower(t).trim_end_matches('.'))
                    && (!is_epithet(&lower(t)) || sex_of(t.text).is_some())
            })
        };
        // `The company, which runs trains to Leeds, York and Hull,`: or
        // after a body's short description.
        let described_body = |part: &[Token]| {
            part.len() <= 3
                && part.first().is_some_and(|t| lower(t) == "the")
                && part
                    .last()
                    .is_some_and(|t| t.text.starts_with(char::is_lowercase) && is_body_noun(t.text))
        };
        // `the Council, which groups Orvenia, Baltura and Qaresh, said`:
        // after a name, the parts from a relative clause on are inside it.
        if let Some(k) = (1..segments.len()).find(|&k| {
            let s = &segments[k];
            let before = &segments[k - 1];
            s.len() > 1
                && matches!(
                    lower(&toks[s.start]).as_str(),
                    "who" | "which" | "whose" | "whom"
                )
                && (described_body(&toks[before.clone()])
                    || names_someone(before)
                        && (is_capitalised(&toks[before.start])
                            || lower(&toks[before.start]) == "the")
                        && !is_not_name(toks[before.start].text))
                // (A name, not a clause of its own: not `whether the
                // government favoured the bid by Meridian, which was ranked
                // first, the minister said`.)
                && !toks[before.clone()].windows(2).any(|w| {
                    w[0].text.starts_with(char::is_lowercase)
                        && w[0].text.ends_with("ed")
                        && DETERMINERS.contains(&lower(&w[1]).as_str())
                })
        }) {
            segments.truncate(k);
        }
        let only_one = segments.len() == 1;
        // `Kerry Dawson, 34, from Dunmoor, Staffs, said`: a lone capitalised
        // word after a place phrase is the place's county.
        let county: Vec<bool> = (0..segments.len())
            .map(|k| {
                let s = &segments[k];
                // `Skyline Systems of Austin, Texas,`: a state after a
                // name's place.
                // `Ray Castillo, 71, of Tucson, Arizona,`: a state after
                // a person's home town.
                let placed = |p: &Range<usize>| {
                    lower(&toks[p.start]) == "from"
                        || (lower(&toks[p.start]) == "of"
                            && toks[p.start + 1..p.end].iter().all(is_capitalised)
                            && p.len() >= 2)
                        || p.len() >= 3
                            && is_capitalised(&toks[p.end - 3])
                            && matches!(lower(&toks[p.end - 2]).as_str(), "of" | "in")
                            && is_capitalised(&toks[p.end - 1])
                        // `… farmed 400 acres near Ludlow, Shropshire,`.
                        || p.len() >= 3
                            && matches!(
                                lower(&toks[p.end - 2]).as_str(),
                                "near" | "in" | "outside" | "at"
                            )
                            && is_capitalised(&toks[p.end - 1])
                            && sex_of(toks[p.end - 1].text).is_none()
                        // `a specialist at St Aldwyn's College, London,`: a
                        // place after an institution the part ends with.
                        || matches!(lower(&toks[p.start]).as_str(), "a" | "an" | "the")
                            && (p.start + 1..p.end.saturating_sub(1))
                            .rev()
                            .find(|&j| {
                                matches!(lower(&toks[j]).as_str(), "at" | "in" | "near" | "outside")
                            })
                            .is_some_and(|j| {
                                toks[j + 1..p.end].iter().all(|t| {
                                    is_capitalised(t) || matches!(t.text, "’" | "'" | "s")
                                }) && sex_of(toks[j + 1].text).is_none()
                            })
                        // `speaking outside a school in the capital, Havnby,`.
                        || p.len() >= 2
                            && lower(&toks[p.end - 2]) == "the"
                            && (PLACE_NOUNS.contains(&lower(&toks[p.end - 1]).as_str())
                                || lower(&toks[p.end - 1]) == "capital")
                };
                // (Not after a month or a day: `when the window opens in
                // January, Darcy said`.)
                // `Paulo Mendes, 52, a tourist from Porto Alegre, Brazil,`:
                // a region after a home town, in an apposition after a
                // name (not `The winner from Leeds, Hartley, said`).
                let home_town = |p: &Range<usize>| {
                    k >= 2
                        && matches!(lower(&toks[p.start]).as_str(), "a" | "an")
                        && (p.start + 1..p.end.saturating_sub(1))
                            .rev()
                            .find(|&j| lower(&toks[j]) == "from")
                            .is_some_and(|j| {
                                toks[j + 1..p.end].iter().all(is_capitalised)
                                    && sex_of(toks[j + 1].text).is_none()
                            })
                };
                k > 0
                    && s.len() == 1
                    && is_capitalised(&toks[s.start])
                    && (placed(&segments[k - 1]) || home_town(&segments[k - 1]))
                    && !is_time_name(toks[segments[k - 1].end - 1].text)
            })
            .collect();
        let kept: Vec<Range<usize>> = segments
            .into_iter()
            .zip(county)
            .filter(|(_, county)| !county)
            .map(|(s, _)| s)
            // (`Last month, in a letter, nine former ministers urged`: a
            // phrase of time set off first is no part of the subject.)
            .filter(|s| {
                !(s.len() == 2
                    && s.start == start
                    && s.end < end
                    && is_time_phrase(toks[s.start].text, toks[s.start + 1].text))
            })
            .filter(|s| {
                let first = &toks[s.start];
                let word = lower(first);
                // An age (`63`) or a party tag (`R-Fla.`, `D-N.Y.`).
                let numeric = toks[s.clone()].iter().all(|t| {
                    t.text.chars().all(|c| c.is_ascii_digit())
                        || (t.text.len() <= 8
                            && t.text.as_bytes().get(1) == Some(&b'-')
                            && t.text.starts_with(|c: char| c.is_ascii_uppercase()))
                        || t.text == "."
                });
                // `Passing sentence at …`, `Addressing Hale directly`: a
                // phrase opened by a participle (`Manning Clark` is a name).
                // (Not `Managing Director and CEO Anil Kulkarni`: an -ing
                // word before a capitalised title's word is of the title.)
                let participle = word.ends_with("ing")
                    && s.len() > 1
                    && toks[s.start + 1..s.end]
                        .iter()
                        .any(|n| is_word(n) && !is_capitalised(n))
                    && !(matches!(
                        word.as_str(),
                        "managing"
                            | "acting"
                            | "presiding"
                            | "founding"
                            | "commanding"
                            | "consulting"
                    ) && toks
                        .get(s.start + 1)
                        .is_some_and(|n| is_capitalised(n) && is_title_word(&lower(n))));
                // `chief executive Anders Voss`: a title in lower case
                // before a name opens a subject, not a clause.
                // `press secretary Renée Sandoval`: a title of a few words.
                let lead = toks[s.clone()]
                    .iter()
                    .take_while(|t| !is_capitalised(t))
                    .map(lower)
                    .collect::<Vec<_>>();
                // `coroner Helen Stainforth`: any noun for a person.
                // (`mum-of-two Kelly Brathwaite`, `17-year-old Anahera Wī`:
                // or a compound describing them.)
                let titled_name = names_someone(s)
                    && lead.len() <= 3
                    && lead.iter().any(|w| {
                        is_title_word(w)
                            || is_person_noun(w)
                            || w.ends_with("-year-old")
                            || w.contains("-of-")
                    });
                let clause = OPENERS.contains(&word.as_str())
                    || {
                        let next = |k: usize| {
                            toks.get(s.start + k)
                                .filter(|_| k < s.len())
                                .map(lower)
                                .unwrap_or_default()
                        };
                        opens_clause(&word, &next(1), &next(2))
                    }
                    // (Not `presiding magistrate Helen Outhwaite`, `managing
                    // director Ana Ruiz`, `Polling expert Siddharth Menon`:
                    // an -ing word of a title, capitalised or not.)
                    || (participle && {
                        let opening: Vec<String> = std::iter::once(word.clone())
                            .chain(
                                toks[s.start + 1..s.end]
                                    .iter()
                                    .take_while(|t| !is_capitalised(t))
                                    .map(lower),
                            )
                            .collect();
                        // (Not `Thanking firefighter Dan Reyes, the mayor
                        // said`: before another subject, a participle's
                        // phrase; an aside of place or an age may follow.)
                        let last_part = s.end >= end
                            || toks.get(s.end + 1).is_some_and(|n| {
                                PREPOSITIONS.contains(&lower(n).as_str())
                                    || n.text.chars().all(|c| c.is_ascii_digit())
                            });
                        !(last_part
                            && opening.len() == 2
                            && (is_title_word(&opening[1]) || is_person_noun(&opening[1])))
                    })
                    || (!is_capitalised(first)
                        && !titled_name
                        && !particle_name(&toks[s.clone()])
                        && !DETERMINERS.contains(&word.as_str())
                        && !PRONOUNS.contains(&word.as_str()));
                only_one || !(numeric || clause)
            })
            .collect();
        let is_pronoun =
            |s: &Range<usize>| s.len() == 1 && PRONOUNS.contains(&lower(&toks[s.start]).as_str());
        // A part headed by a name beats a description holding one (`Sir
        // Nigel Ashby, the chief executive of the NHS Confederation`).
        // Not `Sri Lanka’s head coach`, a description a possessive name
        // opens.
        let name_headed = |s: &Range<usize>| {
            // `The Quebec Game Developers Guild, a labor group …, called`:
            // a name after `The`.
            let t = match toks.get(s.start + 1) {
                Some(n) if toks[s.start].text == "The" && s.len() > 1 && is_capitalised(n) => n,
                _ => &toks[s.start],
            };
            let titled = is_title_word(lower(t).trim_end_matches('.'));
            let owned = toks[s.clone()]
                .windows(2)
                .any(|w| is_possessive(w[0].text) && w[1].text.starts_with(char::is_lowercase));
            // `Typhoon Koral churns towards the city`: a name and then a
            // verb of its own make a clause, not a name.
            let run = toks[s.clone()]
                .iter()
                .position(|t| !(is_capitalised(t) || t.text == "."))
                .map_or(s.end, |k| s.start + k);
            let clause = toks.get(run).is_some_and(|n| {
                run < s.end
                    && is_word(n)
                    && n.text.starts_with(char::is_lowercase)
                    && (n.text.ends_with('s') || n.text.ends_with("ed"))
                    && !PREPOSITIONS.contains(&n.text)
                    && !matches!(
                        n.text,
                        "and" | "of" | "who" | "whose" | "was" | "is" | "has"
                    )
            })
                // `Relief is likely, the IMD said`: a sentence's one opening
                // word and a copula before a word in lower case, a clause
                // of its own before a part that names someone.
                || s.start == start
                    && run == s.start + 1
                    && s.end < end
                    && toks.get(run).is_some_and(|n| matches!(n.text, "is" | "was" | "are" | "were"))
                    && toks.get(run + 1).is_some_and(|n| {
                        is_word(n) && n.text.starts_with(char::is_lowercase)
                    });
            // `Africa director of the advocacy group Justice First`: a
            // place and an office of something, describing the name before.
            // (`Stockport district secretary of the National Education
            // Union`: a lower-case word or two may qualify the title.)
            let office = (run..(run + 3).min(s.end)).any(|k| {
                toks[run..=k]
                    .iter()
                    .all(|t| is_word(t) && t.text.starts_with(char::is_lowercase))
                    && is_title_word(toks[k].text)
                    && (k + 1 == s.end
                        || matches!(toks[k + 1].text, "of" | "at" | "for" | "in" | "with"))
            })
                // `Fennick Trust chief executive`, `NFU South West regional
                // director`: a body's name, then its office in lower case
                // to the part's end.
                || (run < s.end
                    && s.end - run <= 3
                    && toks[run..s.end].iter().all(|t| {
                        is_word(t)
                            && t.text.starts_with(char::is_lowercase)
                            // (Not `Tom Reid and his lawyer`.)
                            && !matches!(t.text, "and" | "or" | "his" | "her" | "their" | "its")
                    })
                    && {
                        let last = lower(&toks[s.end - 1]);
                        is_title_word(&last) || is_person_noun(&last)
                    });
            // `solicitor Gavin Mercer`: a lower-case title before the name.
            let lead = toks[s.clone()]
                .iter()
                .take_while(|t| !is_capitalised(t))
                .count();
            let role_named = (1..=3).contains(&lead)
                && lead < s.len()
                && toks[s.start + lead..s.end]
                    .iter()
                    .all(|t| is_capitalised(t) || t.text == ".")
                // (`the singer Rosie Matfen`: after `the` too.)
                && toks[s.start..s.start + lead].iter().enumerate().all(|(k, t)| {
                    let w = lower(t);
                    is_title_word(&w)
                        || is_person_noun(&w)
                        || k == 0 && lead > 1 && w == "the"
                });
            (is_capitalised(t) || role_named)
                && (titled || role_named || !is_not_name(t.text))
                && names_someone(s)
                && !owned
                && !clause
                && !office
        };
        // `In a statement signed by its spokesperson, Mr Olumide Adebanjo,
        // the company said`: the name is the opening phrase's signer; the
        // part next to the verb speaks.
        if let [.., signer, by_verb] = kept.as_slice() {
            let before = &toks[..signer.start.saturating_sub(1)];
            let opening = &before[before
                .iter()
                .rposition(|t| t.text == ",")
                .map_or(0, |c| c + 1)..];
            let signed = opening
                .first()
                .is_some_and(|t| matches!(lower(t).as_str(), "in" | "on"))
                && opening.iter().any(|t| lower(t) == "by")
                && signer.start > 0
                && toks[signer.start - 1].text == ",";
            if signed
                && name_headed(signer)
                && matches!(lower(&toks[by_verb.start]).as_str(), "the" | "its")
            {
                return Some(toks[by_verb.start].range.start..toks[by_verb.end - 1].range.end);
            }
        }
        // `The 44-year-old, a former Formula One engineer who grew up in
        // Caerleon, told`: an apposition opened by `a` describes the
        // definite subject before it, whatever names it holds.
        if let [.., head, apposition] = kept.as_slice() {
            let opens =
                |s: &Range<usize>, words: &[&str]| words.contains(&lower(&toks[s.start]).as_str());
            // (A noun phrase: not the clause of `Asked whether the pair
            // had reconciled, a Downing Street spokesman said`.)
            let phrase = head.len() <= 5
                && toks[head.clone()].iter().all(|t| {
                    !matches!(
                        lower(t).as_str(),
                        "had" | "has" | "have" | "was" | "were" | "is" | "are" | "would" | "will"
                    ) && reporting(t.text).is_none()
                });
            if opens(head, &["the"])
                && phrase
                && opens(apposition, &["a", "an"])
                && head.end < apposition.start
                && toks[head.end].text == ","
                && !kept.iter().any(&name_headed)
            {
                return Some(toks[head.start].range.start..toks[head.end - 1].range.end);
            }
        }
        // `Jane Doe, MP for Hexham, said`, `Anna Berg, Professor of History
        // at Uppsala,`: an office of a place or a subject, no given name in
        // it, after a name, describes that name.
        // (`General Secretary of the Upcountry Workers' Union`: an office
        // of up to three title words.)
        let office_of = |s: &Range<usize>| {
            let titles = toks[s.clone()]
                .iter()
                .take(3)
                .take_while(|t| is_title_word(&lower(t)))
                .count();
            titles > 0
                && s.len() > titles + 1
                && matches!(
                    lower(&toks[s.start + titles]).as_str(),
                    "for" | "from" | "of" | "at" | "in"
                )
                && toks[s.clone()].iter().all(|t| sex_of(t.text).is_none())
        };
        let chosen = kept
            .iter()
            .rev()
            .find(|s| {
                name_headed(s)
                    && !(office_of(s) && kept.iter().any(|o| o.end <= s.start && name_headed(o)))
            })
            .or_else(|| kept.iter().rev().find(|s| names_someone(s)))
            .or_else(|| kept.iter().rev().find(|s| is_pronoun(s)))
            // `Asked whether …, the university said`: the part next to
            // the verb, when it opens with a determiner.
            .or_else(|| {
                kept.last()
                    .filter(|s| DETERMINERS.contains(&lower(&toks[s.start]).as_str()))
            })
            .or_else(|| kept.first())?;
        let (a, b) = (chosen.start, chosen.end);
        (a < b).then(|| toks[a].range.start..toks[b - 1].range.end)
    }

    /// The speaker after an inverting verb at token `v` (`said Ali
    /// Larijani, the …`, `said its chief executive, Helen Drury`).
    pub(super) fn subject_after(toks: &[Token], v: usize) -> Option<Range<usize>> {
        if !INVERTING.contains(&lower(&toks[v]).as_str()) {
            return None;
        }
        let start = v + 1;
        let mut end = start;
        let word = |k: usize| toks.get(k).map(lower).unwrap_or_default();
        let time_follows = |k: usize| opens_clause(&word(k), &word(k + 1), &word(k + 2));
        while end < toks.len() && end - start < 8 {
            let t = &toks[end];
            let possessive = matches!(t.text, "’" | "'") && !Resolver::is_quote_mark(toks, end);
            // `said K. Raghunathan`, `said K.S. Raghunathan`: an initial's stop.
            let initial = end > start && initial_stop(toks, end);
            if !(is_word(t) || possessive || initial) || AFTER_STOPS.contains(&t.text) {
                break;
            }
            // `insisted the aim was "…"`: a clause, whose verb ends the phrase.
            if end > start && AUXILIARIES.contains(&lower(t).as_str()) {
                break;
            }
            // `says Tubod Sur mayor six months after landslide`: a time
            // phrase ends it.
            if end > start && time_follows(end) {
                break;
            }
            end += 1;
        }
        if end == start {
            return None;
        }
        // `said Lakeland president and CEO Dr. Farah Qureshi`: two roles
        // joined by `and`, then the name.
        if toks.get(end).is_some_and(|t| t.text == "and")
            && toks.get(end + 1).is_some_and(|t| is_role_word(&lower(t)))
            && is_role_word(toks[end - 1].text)
            && toks[end - 1].text.starts_with(char::is_lowercase)
        {
            let mut m = end + 1;
            while m < toks.len()
                && m - start < 14
                && (is_word(&toks[m])
                    || toks[m].text == "." && toks.get(m + 1).is_some_and(is_capitalised))
                && !AFTER_STOPS.contains(&toks[m].text)
            {
                m += 1;
            }
            // (`said Voltara's founder and chief executive, Anil
            // Kulkarni`: or the name set off after the roles by a comma.)
            if toks.get(m).is_some_and(|t| t.text == ",")
                && toks.get(m + 1).is_some_and(is_capitalised)
            {
                let mut n = m + 1;
                while n < toks.len()
                    && n - m < 6
                    && (is_capitalised(&toks[n])
                        || toks[n].text == "." && toks.get(n + 1).is_some_and(is_capitalised))
                {
                    n += 1;
                }
                if toks.get(n).is_none_or(|t| !is_word(t)) {
                    m = n;
                }
            }
            if m > end + 1
                && is_capitalised(&toks[m - 1])
                && toks.get(m).is_none_or(|t| !is_word(t))
            {
                end = m;
            }
        }
        // `read a statement from the Harwell Trust`, `said a letter signed
        // by Dr Ama Boateng`: a document and its author.
        if end > start
            && end < toks.len()
            && (DOCUMENTS.contains(&lower(&toks[end - 1]).as_str())
                || SENT_WORDS.contains(&lower(&toks[end - 1]).as_str()))
        {
            let mut k = end;
            if matches!(
                lower(&toks[k]).as_str(),
                "issued" | "released" | "signed" | "published" | "posted" | "sent"
            ) {
                k += 1;
            }
            if toks.get(k).is_some_and(|t| matches!(t.text, "from" | "by")) {
                let from = k + 1;
                let mut m = from;
                while m < toks.len()
                    && m - from < 8
                    && is_word(&toks[m])
                    && (is_capitalised(&toks[m])
                        || matches!(lower(&toks[m]).as_str(), "the" | "of" | "for" | "and"))
                {
                    m += 1;
                }
                while m > from && !is_capitalised(&toks[m - 1]) {
                    m -= 1;
                }
                if m > from {
                    return Some(toks[start].range.start..toks[m - 1].range.end);
                }
            }
        }
        // `said Assistant Commissioner of Police Wendell Strachan`, `said
        // Minister of State for Europe Stephen Doughty`: a title of a body
        // in capitals, then, to the clause's end, the holder's name of two
        // or three words from a given name the lists know; the name alone.
        // (Not `said Mayor of New York City`, `said Chairman of the Joint
        // Chiefs of Staff`: no name ends them.)
        if toks
            .get(end)
            .is_some_and(|t| matches!(t.text, "of" | "for"))
            && toks[end - 1].text.starts_with(char::is_uppercase)
            && is_title_word(&lower(&toks[end - 1]))
        {
            let from = end + 1;
            let tail = toks[from..]
                .iter()
                .take(10)
                .take_while(|t| is_capitalised(t) || matches!(t.text, "of" | "for" | "the" | "and"))
                .count();
            let to = from + tail;
            let closes = toks.get(to).is_none_or(|t| !is_word(t));
            let name = (from + 1..to)
                .find(|&k| (2..=3).contains(&(to - k)) && sex_of(toks[k].text).is_some())
                .filter(|&k| toks[k..to].iter().all(is_capitalised));
            if let Some(k) = name.filter(|_| closes) {
                return Some(toks[k].range.start..toks[to - 1].range.end);
            }
        }
        let phrase = &toks[start..end];
        // `said Ottawa would …`: the subject of a reported clause.
        let follower = toks.get(end);
        if follower.is_some_and(|t| {
            AUXILIARIES.contains(&lower(t).as_str())
                || (is_word(t) && !AFTER_STOPS.contains(&t.text) && !time_follows(end))
        }) {
            return None;
        }
        let named = phrase
            .iter()
            .any(|t| is_capitalised(t) && !is_not_name(t.text));
        let described = DETERMINERS.contains(&lower(&phrase[0]).as_str());
        // (`…, says councillor`, `says former minister`: a headline's bare
        // role.)
        let role = phrase.len() <= 3
            && phrase
                .iter()
                .all(|t| is_word(t) && t.text.starts_with(char::is_lowercase))
            && phrase
                .last()
                .is_some_and(|t| is_title_word(&lower(t)) || is_listed_person_noun(&lower(t)));
        if !named && !described && !role {
            return None;
        }
        // A description followed by `, Name`: the name (also `said Northway
        // Rail's managing director, Simon Achebe`).
        let ends_in_role = phrase.last().is_some_and(|t| !is_capitalised(t));
        // `said Halcyon's head of research, Dev Malhotra`, `said its
        // consultant in health protection, Dr Siobhan Kerrigan`: past the
        // role's own phrase to the comma.
        let comma = if follower.is_some_and(|t| matches!(t.text, "of" | "at" | "for" | "in" | "on"))
        {
            toks[end..]
                .iter()
                .take(8)
                .take_while(|t| is_word(t) || t.text == ",")
                .position(|t| t.text == ",")
                .map(|k| end + k)
        } else {
            follower.filter(|t| t.text == ",").map(|_| end)
        };
        if let Some(comma) = comma.filter(|_| !named || ends_in_role) {
            let n = comma + 1;
            let mut m = n;
            // (`said its general secretary, P. Venkatesan.`: an initial's
            // stop inside the name.)
            while m < toks.len()
                && (is_word(&toks[m]) && is_capitalised(&toks[m]) || m > n && initial_stop(toks, m))
            {
                m += 1;
            }
            if m > n {
                return Some(toks[n].range.start..toks[m - 1].range.end);
            }
        }
        Some(toks[start].range.start..toks[end - 1].range.end)
    }
}

/// Whether the words are a surname opened by lowercase particles, and
/// nothing else: `de Wolff`, `van der Berg`.
fn particle_name(toks: &[Token]) -> bool {
    let lead = toks.iter().take_while(|t| is_particle(t.text)).count();
    (1..=2).contains(&lead)
        && lead < toks.len()
        && toks[lead..]
            .iter()
            .all(|t| is_capitalised(t) && !is_not_name(t.text))
}

/// Whether a word is a person's initials before their stops: `K`, `K.S`.
pub(super) fn is_initials(word: &str) -> bool {
    word.split('.')
        .all(|part| part.len() == 1 && part.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// Whether the token at `i` is the stop of an initial inside a name (`P.`
/// of `P. Venkatesan`, `T.K.` of `T.K. Nair`, `Ma.` of `Ma. Lourdes
/// Reyes`), before a capitalised word.
pub(super) fn initial_stop(toks: &[Token], i: usize) -> bool {
    toks[i].text == "."
        && i > 0
        && toks[i - 1].range.end == toks[i].range.start
        && (is_initials(toks[i - 1].text) || is_name_abbreviation(toks[i - 1].text))
        && toks.get(i + 1).is_some_and(is_capitalised)
}

/// Whether the stop at `toks[i]` ends an abbreviation (`U.S.`, `Gov.`,
/// `Const.`), not a sentence: it is attached to a short word or a title's.
pub(super) fn abbreviation_stop(toks: &[Token], i: usize) -> bool {
    i > 0
        && toks[i - 1].range.end == toks[i].range.start
        // (Not a transcript's `Q.` opening a sentence: `Q. Paolo said`.)
        && !(i == 1 && toks[0].text == "Q")
        && (toks[i - 1].text.len() <= 4
            || is_title_word(&lower(&toks[i - 1]))
            // (`(D-Ore.)`, `R-Ariz.,`: not `D-Day.` ending a sentence.)
            || is_party_tag(toks[i - 1].text)
                && toks.get(i + 1).is_some_and(|n| matches!(n.text, ")" | ",")))
}

/// The seat after an American legislator's party (`Coal` of `R-Coal`,
/// `Ore` of `D-Ore`), if the word is a party's letter, a hyphen and a
/// capitalised seat.
fn party_seat(word: &str) -> Option<&str> {
    match word.split_once('-') {
        Some(("D" | "R" | "I", seat)) if seat.starts_with(char::is_uppercase) => Some(seat),
        _ => None,
    }
}

/// Whether a word is an American legislator's party and state before the
/// state's stop (`D-Ore`, `R-Calif`, `I-Vt`, `D-N.Y`).
fn is_party_tag(word: &str) -> bool {
    party_seat(word).is_some_and(|state| {
        (2..=6).contains(&state.len()) && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
    })
}

/// Where the subject of a clause with no `that` starts, when the words
/// before `end` are a determiner and a noun or two for a body or a person
/// (`their union`, `the health department`), straight after a noun in
/// lower case (`a pay offer their union described`): no preposition,
/// conjunction, pronoun or verb before the determiner.
fn contact_clause_subject(toks: &[Token], end: usize) -> Option<usize> {
    let k = (end.saturating_sub(4)..end.saturating_sub(1))
        .find(|&k| matches!(lower(&toks[k]).as_str(), "the" | "their" | "its"))?;
    let before = toks.get(k.checked_sub(1)?)?;
    let word = lower(before);
    let noun_before = is_word(before)
        && !is_capitalised(before)
        && word.len() > 2
        && !word.ends_with("ly")
        && !word.ends_with("ed")
        && !word.ends_with("ing")
        && !NOT_NOUNS.contains(&word.as_str())
        && reporting(before.text).is_none()
        && verb_form(toks, k - 1).is_none()
        && !PAST_VERBS.contains(&word.as_str())
        // (Not a verb after `to`, a pronoun or a relative one: `to direct
        // the government to announce`, `Villagers who fought the council`.)
        && k.checked_sub(2).is_none_or(|j| {
            let w = lower(&toks[j]);
            w != "to"
                && !PRONOUNS.contains(&w.as_str())
                && !BEFORE_VERBS.contains(&w.as_str())
                && !matches!(w.as_str(), "who" | "which" | "that")
        });
    let phrase = &toks[k + 1..end];
    let head = lower(phrase.last()?);
    (noun_before
        && phrase.iter().all(|t| is_word(t) && !is_capitalised(t))
        && (is_body_noun(&head) || head == "police" || is_listed_person_noun(&head)))
    .then_some(k)
}

/// Verbs in the past whose form shows no `-ed` (`met the council`).
#[rustfmt::skip]
const PAST_VERBS: &[&str] = &[
    "met", "fought", "told", "gave", "took", "made", "saw", "left", "sent", "won", "lost", "beat",
    "hit", "led", "paid", "sold", "brought", "bought", "thought", "caught", "taught", "held",
    "kept", "found", "heard", "felt", "built", "spent", "struck", "wrote", "chose", "drove",
    "broke", "spoke", "knew", "threw", "grew", "drew", "swore", "stood", "sat", "ran", "began",
    "became", "came", "went", "got", "put", "set", "cut", "shut", "let", "read",
];

/// Words that come before a verb, not a noun (`will direct`, `did ask`).
const BEFORE_VERBS: &[&str] = &[
    "will", "would", "could", "should", "may", "might", "must", "can", "did", "does", "do", "not",
];

/// Words in lower case that are no noun a clause with no `that` may
/// follow: prepositions, conjunctions, pronouns and auxiliaries.
#[rustfmt::skip]
const NOT_NOUNS: &[&str] = &[
    "of", "for", "at", "in", "on", "by", "with", "from", "to", "about", "into", "over", "under",
    "after", "before", "against", "between", "among", "through", "during", "without", "within",
    "outside", "inside", "near", "across", "beyond", "like", "unlike", "around", "behind", "above",
    "below", "beside", "besides", "opposite", "toward", "towards", "upon", "via", "per", "past",
    "throughout", "despite", "except", "including", "alongside", "amid", "amongst", "onto", "off",
    "up", "down", "beneath", "underneath", "versus",
    "and", "or", "but", "nor", "as", "than", "that", "which", "who", "whom", "because", "while",
    "if", "when", "where", "what", "how", "why", "though", "although", "since", "until",
    "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "could",
    "should", "may", "might", "must", "can", "did", "does", "do", "not", "also", "then", "now",
    "all", "both", "said", "says", "told", "there", "here", "this", "these", "those", "such",
    "yesterday", "today", "tonight", "last", "next", "week", "year", "month", "day", "morning",
    "evening", "afternoon", "night", "time", "once", "twice", "even", "only", "just", "still",
];
