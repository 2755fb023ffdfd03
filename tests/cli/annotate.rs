//! `annotate`: every quotation in a draft, its kind and its speaker, on
//! drafts written for these tests (and on the seed story when present).

use crate::support::{annotate, binary, project_root, stderr_of, stdout_of};
use assert_cmd::Command;
use serde_json::Value;
use std::path::PathBuf;

/// A test draft's path, relative to the project root where the tests run.
fn draft(name: &str) -> PathBuf {
    PathBuf::from("tests/drafts").join(name)
}

fn json_of(args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let out = annotate(&all);
    assert!(out.status.code() == Some(0), "{}", stderr_of(&out));
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

/// (text, kind, speaker name or "") for every quotation of the first draft.
fn quotes(v: &Value) -> Vec<(String, String, String)> {
    v["drafts"][0]["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            (
                q["text"].as_str().unwrap().to_owned(),
                q["kind"].as_str().unwrap().to_owned(),
                q["speaker"]["name"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

#[test]
fn every_attribution_pattern() {
    let path = draft("patterns.txt");
    let v = json_of(&[
        path.to_str().unwrap(),
        "--registry",
        "tests/fixtures/registry",
    ]);
    let expected: &[(&str, &str, &str)] = &[
        ("Bridges are for everyone.", "statement", ""),
        (
            "The new bridge will open before the winter storms arrive,",
            "statement",
            "Mara Quinlan",
        ),
        (
            "We have heard that promise before,",
            "statement",
            "Tom Ferris",
        ),
        (
            "the budget is a mystery to everyone",
            "statement",
            "Tom Ferris",
        ),
        (
            "Dredging will start in spring and last six weeks.",
            "statement",
            "Harbour Board",
        ),
        (
            "nobody outside the council has seen the accounts",
            "statement",
            "Tom Ferris",
        ),
        ("We will, finish on time.", "statement", "Mara Quinlan"),
        (
            "Every invoice is on the website. Anyone can read them.",
            "statement",
            "Janet Obi",
        ),
        ("I stand by the figures.", "statement", "Janet Obi"),
        ("two invoices were filed late", "statement", "Janet Obi"),
        ("disappointed but not surprised", "statement", "Janet Obi"),
        ("Trust has to be earned", "statement", "Tom Ferris"),
        ("the bridge to nowhere", "term", ""),
        ("winter deadline", "term", ""),
        ("noise", "statement", "Mara Quinlan"),
        (
            "We are not going anywhere,",
            "statement",
            "residents’ association",
        ),
        ("We want answers,", "statement", ""), // unnamed protesters
        (
            "The harbour has silted up for years. Nobody acted until the ferry ran aground,",
            "statement",
            "Ines Duarte",
        ),
        (
            "The ’90s were different; the fishermen’s boats don’t fit the new berths,",
            "statement",
            "Ines Duarte",
        ),
        ("Someone has to say it.", "statement", "Ines Duarte"),
        // An unnamed source: the draft does not say who.
        (
            "this meeting is a farce\nand then walked out.",
            "statement",
            "",
        ),
    ];
    let got = quotes(&v);
    for (i, (g, e)) in got.iter().zip(expected).enumerate() {
        assert_eq!(
            (g.0.as_str(), g.1.as_str(), g.2.as_str()),
            *e,
            "quotation {i}"
        );
    }
    assert_eq!(got.len(), expected.len());

    let q = &v["drafts"][0]["quotes"];
    // Registry people carry their ID; others are named as the draft names them.
    assert_eq!(q[1]["speaker"]["id"], "mara-quinlan");
    assert_eq!(q[1]["speaker"]["mention"], "Quinlan");
    assert_eq!(q[6]["speaker"]["mention"], "the mayor");
    assert_eq!(q[2]["speaker"]["id"], Value::Null);
    assert_eq!(
        q[0]["speaker"],
        Value::Null,
        "an unattributed statement is null, never a guess"
    );
    // The split quotation is reported as two pieces of one utterance.
    assert_eq!(q[6]["pieces"].as_array().unwrap().len(), 2);
    assert_eq!(
        q[17]["pieces"].as_array().unwrap().len(),
        2,
        "a quotation over two paragraphs"
    );
    // The unclosed quotation is ended at its paragraph and warned about.
    let warnings = v["drafts"][0]["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0]["line"], 45);
}

#[test]
fn the_json_contract() {
    let path = draft("iran-retold.txt");
    let v = json_of(&[path.to_str().unwrap()]);
    assert_eq!(v["version"], 1);
    let q = &v["drafts"][0]["quotes"][0];
    for key in [
        "text", "kind", "span", "pieces", "speaker", "match", "verdict", "severity",
    ] {
        assert!(q.get(key).is_some(), "missing {key}");
    }
    for key in ["line", "column", "end_line", "end_column", "start", "end"] {
        assert!(q["span"][key].is_u64(), "span.{key}");
    }
    for key in ["name", "id", "mention"] {
        assert!(q["speaker"].get(key).is_some(), "speaker.{key}");
    }
    for key in ["id", "score", "speaker", "text", "diff"] {
        assert!(q["match"].get(key).is_some(), "match.{key}");
    }
    assert_eq!(q["match"]["id"], "khamenei-surrender");
    assert_eq!(q["match"]["score"], 1.0);
    assert_eq!(q["match"]["speaker"]["id"], "ali-khamenei");
    assert_eq!(q["match"]["speaker"]["name"], "Ali Khamenei");
    assert_eq!(q["match"]["diff"][0]["op"], "equal");
    assert_eq!(q["verdict"], "verbatim");
    assert_eq!(q["severity"], "info");
    let term = &v["drafts"][0]["quotes"][4];
    assert_eq!(
        (&term["verdict"], &term["match"]),
        (&Value::from("term"), &Value::Null)
    );
    let summary = &v["summary"];
    assert_eq!(summary["drafts"], 1);
    assert_eq!(summary["quotes"], 6);
    assert_eq!(summary["statements"], 5);
    assert_eq!(summary["terms"], 1);
    assert_eq!(summary["attributed"], 5);
}

#[test]
fn retold_story_in_three_formats() {
    let expected_ids = |name: &str| -> Vec<String> {
        let v = json_of(&[draft(name).to_str().unwrap()]);
        v["drafts"][0]["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| {
                format!(
                    "{}:{}",
                    q["kind"].as_str().unwrap(),
                    q["speaker"]["id"].as_str().unwrap_or("-")
                )
            })
            .collect()
    };
    assert_eq!(
        expected_ids("iran-retold.txt"),
        [
            "statement:ali-khamenei",
            "statement:ali-khamenei",
            "statement:ali-khamenei",
            "statement:ali-khamenei",
            "term:-",
            "statement:ali-larijani"
        ]
    );
    // Markdown: code blocks and inline code are not draft text.
    assert_eq!(
        expected_ids("iran-retold.md"),
        [
            "statement:ali-khamenei",
            "statement:ali-khamenei",
            "statement:ali-larijani"
        ]
    );
    // HTML: scripts, styles and comments are not draft text.
    assert_eq!(
        expected_ids("iran-retold.html"),
        ["statement:ali-khamenei", "statement:ali-larijani"]
    );
}

#[test]
fn spans_point_into_the_original_file() {
    for name in [
        "iran-retold.txt",
        "iran-retold.md",
        "iran-retold.html",
        "patterns.txt",
    ] {
        let path = draft(name);
        let source = std::fs::read_to_string(project_root().join(&path)).unwrap();
        let v = json_of(&[
            path.to_str().unwrap(),
            "--registry",
            "tests/fixtures/registry",
        ]);
        for q in v["drafts"][0]["quotes"].as_array().unwrap() {
            for piece in q["pieces"].as_array().unwrap() {
                let span = &piece["span"];
                let (start, end) = (
                    span["start"].as_u64().unwrap() as usize,
                    span["end"].as_u64().unwrap() as usize,
                );
                let original = &source[start..end];
                let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
                let text = piece["text"].as_str().unwrap();
                if name.ends_with(".txt") {
                    assert_eq!(original, text, "{name}");
                } else {
                    // Markup may stand between the words; the words are the same.
                    let plain = squeeze(original);
                    let first_word = text.split_whitespace().next().unwrap();
                    assert!(
                        plain.contains(first_word.trim_end_matches(',')),
                        "{name}: {plain:?} vs {text:?}"
                    );
                }
                // Line and column agree with the byte offset.
                let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
                assert_eq!(
                    span["line"],
                    source[..start].matches('\n').count() + 1,
                    "{name}"
                );
                assert_eq!(
                    span["column"],
                    source[line_start..start].chars().count() + 1,
                    "{name}"
                );
            }
        }
    }
}

#[test]
fn seed_story_is_read_exactly_when_present() {
    let story = project_root().join("../shared/seed/story.txt");
    if !story.exists() {
        return;
    }
    let v = json_of(&[story.to_str().unwrap()]);
    let got: Vec<(String, String, String)> = v["drafts"][0]["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            (
                q["text"].as_str().unwrap().chars().take(24).collect(),
                q["kind"].as_str().unwrap().to_owned(),
                q["speaker"]["id"].as_str().unwrap_or("-").to_owned(),
            )
        })
        .collect();
    let expected = [
        ("This person who is curre", "statement", "ali-khamenei"),
        ("superficial", "statement", "ali-khamenei"),
        ("the Iranian nation will s", "statement", "ali-khamenei"),
        ("The people should support", "statement", "ali-khamenei"),
        ("snapback", "term", "-"),
        ("If we agree today, in six", "statement", "ali-larijani"),
    ];
    let got: Vec<(&str, &str, &str)> = got
        .iter()
        .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
        .collect();
    let expected: Vec<(&str, &str, &str)> = expected
        .iter()
        .map(|(a, b, c)| (a.get(..24.min(a.len())).unwrap_or(a), *b, *c))
        .collect();
    assert_eq!(got.len(), 6, "{got:?}");
    for (g, e) in got.iter().zip(&expected) {
        assert!(
            e.0.starts_with(g.0) || g.0.starts_with(e.0),
            "{g:?} vs {e:?}"
        );
        assert_eq!((g.1, g.2), (e.1, e.2), "{g:?}");
    }
}

#[test]
fn tables_at_fixed_widths() {
    for width in ["80", "120"] {
        let path = draft("patterns.txt");
        let out = annotate(&[
            path.to_str().unwrap(),
            "--registry",
            "tests/fixtures/registry",
            "--width",
            width,
        ]);
        insta::assert_snapshot!(format!("annotate_patterns_w{width}"), stdout_of(&out));
        let path = draft("iran-retold.txt");
        let out = annotate(&[path.to_str().unwrap(), "--width", width]);
        insta::assert_snapshot!(format!("annotate_retold_w{width}"), stdout_of(&out));
    }
}

#[test]
fn stdin_folders_and_input_format() {
    let out = Command::new(binary())
        .current_dir(project_root())
        .args([
            "annotate",
            "-",
            "--format",
            "json",
            "--input-format",
            "markdown",
        ])
        .write_stdin("*“No,”* **Larijani** said. `“skip”`\n")
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["drafts"][0]["path"], "-");
    assert_eq!(
        quotes(&v),
        [(
            "No,".to_owned(),
            "statement".to_owned(),
            "Ali Larijani".to_owned()
        )]
    );

    let v = json_of(&["tests/drafts"]);
    let paths: Vec<&str> = v["drafts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "tests/drafts/claims.txt",
            "tests/drafts/house-styles.txt",
            "tests/drafts/iran-retold.html",
            "tests/drafts/iran-retold.md",
            "tests/drafts/iran-retold.txt",
            "tests/drafts/patterns.txt",
            "tests/drafts/verdicts.txt"
        ]
    );
}

#[test]
fn bad_drafts_are_errors_and_good_ones_are_still_reported() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    let latin1 = dir.path().join("latin1.txt");
    let binary_file = dir.path().join("image.txt");
    std::fs::write(&good, "“Fine,” he said.\n").unwrap();
    std::fs::write(&latin1, b"Line one\ncaf\xe9 \"x\"\n").unwrap();
    std::fs::write(&binary_file, b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    let missing = dir.path().join("missing.txt");
    let out = Command::new(binary())
        .current_dir(dir.path())
        .args([
            "annotate",
            "latin1.txt",
            "good.txt",
            "image.txt",
            "missing.txt",
            "--width",
            "80",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains("latin1.txt:2:4: the draft is not valid UTF-8 text"),
        "{err}"
    );
    assert!(
        err.contains("image.txt:3:1: this is a binary file"),
        "{err}"
    );
    assert!(err.contains("missing.txt: cannot read the draft"), "{err}");
    let stdout = stdout_of(&out);
    assert!(
        stdout.starts_with("good.txt\n"),
        "the good draft is still reported:\n{stdout}"
    );
    assert!(stdout.contains("Fine,"), "{stdout}");
    let _ = missing;
}

#[test]
fn exit_codes_follow_fail_on() {
    let path = draft("iran-retold.txt");
    let p = path.to_str().unwrap();
    assert_eq!(
        annotate(&[p]).status.code(),
        Some(0),
        "verbatim quotes are information"
    );
    assert_eq!(
        annotate(&[p, "--fail-on", "warning"]).status.code(),
        Some(0)
    );
    assert_eq!(annotate(&[p, "--fail-on", "info"]).status.code(), Some(1));
    let house = draft("house-styles.txt");
    let h = house.to_str().unwrap();
    assert_eq!(
        annotate(&[h, "--registry", "tests/fixtures/registry"])
            .status
            .code(),
        Some(0),
        "unverified quotes are warnings"
    );
    assert_eq!(
        annotate(&[
            h,
            "--registry",
            "tests/fixtures/registry",
            "--fail-on",
            "warning"
        ])
        .status
        .code(),
        Some(1)
    );
    assert_eq!(annotate(&[p, "--fail-on", "never"]).status.code(), Some(0));
    let empty = tempfile::tempdir().unwrap();
    let out = Command::new(binary())
        .current_dir(empty.path())
        .args(["annotate", "."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "no drafts at all is an error");
}

#[test]
fn house_styles_of_wire_and_british_copy() {
    let path = draft("house-styles.txt");
    let v = json_of(&[
        path.to_str().unwrap(),
        "--registry",
        "tests/fixtures/registry",
    ]);
    let expected: &[(&str, &str, &str)] = &[
        // A headline quote followed by a colon.
        ("We are not going anywhere", "statement", ""),
        // A dateline before the subject; short quotes in reported speech.
        ("useful", "statement", "Harbour Board"),
        ("robust response", "statement", "Harbour Board"),
        // A title and a relative clause between the name and the verb.
        ("entirely avoidable", "statement", "Priya Nair"),
        (
            "Nobody wants the ferries tied up for a week.",
            "statement",
            "Priya Nair",
        ),
        // Single quotes closing after a plural; titles stripped.
        ("playing games", "statement", "Owen Pryde"),
        ("an insult", "statement", "Owen Pryde"),
        ("My members have had enough,", "statement", "Owen Pryde"),
        ("They want a fair deal.", "statement", "Owen Pryde"),
        // An apposition with an age and a relative clause holding "and".
        ("This is about safety.", "statement", "Sian Roberts"),
        ("ready to talk", "statement", "Sian Roberts"),
        // A split quotation whose attribution holds "according to".
        (
            "We made an offer, and it still stands.",
            "statement",
            "Martin Hale",
        ),
        // A colon after a clause with no reporting verb.
        ("Not if the pilots walk out.", "statement", "Martin Hale"),
        // A spokesperson speaks for the body, and "she" after it too.
        ("constructive", "statement", "Harbour Board"),
        ("We remain hopeful,", "statement", "Harbour Board"),
        // A later verb whose subject names no one gives way to the speaker.
        ("half of every shift", "statement", "Dana Whitcombe"),
        // A relative clause without "that": its subject speaks.
        ("freak event", "statement", "Harbour Board"),
        // A fragment inside a sentence belongs to the sentence's speaker.
        ("disappointed", "statement", "Seaport Pilots Association"),
        (
            "holding the line",
            "statement",
            "Seaport Pilots Association",
        ),
        // A passive verb after a quotation is not an attribution.
        ("ring-fenced", "statement", "Dana Whitcombe"),
        ("not a penny", "statement", "Dana Whitcombe"),
        // A spokesperson opening a sentence speaks for the body, whose
        // name keeps its title word.
        ("comfortable", "statement", "Seaport General Hospital"),
        // A body's noun before a name: the body, and `the regulator` later;
        // a body's short name.
        ("let its crews down", "statement", "Portwatch"),
        ("learn every lesson", "statement", "Kestrel Towage Ltd"),
        // Two descriptions joined by "and" in an apposition.
        ("worn through", "statement", "Tomasz Wrona"),
        // A word describing a person before a given name.
        ("very lucky", "statement", "Maria Kellan"),
        // A relative clause closed by a comma before the verb.
        ("textbook", "statement", "Ruth Adeyemi"),
        // A hyphenated adjective is not part of a name.
        ("appeal the red card", "statement", "Harbour Rovers"),
        // Several people: not `she`.
        ("shameful", "statement", ""), // unnamed fans
        ("It was a disgrace,", "statement", "Ruth Adeyemi"),
        // A participle phrase opening the sentence is not the subject; an
        // office before a name is what `the judge` later means.
        (
            "You betrayed the trust of every crew.",
            "statement",
            "Alina Berwick",
        ),
        // An opening phrase, then a title in lower case before the name.
        ("for the next fifty years", "statement", "Colm Arden"),
        // A description set before the name by a comma.
        ("no more delays", "statement", "Greta Solberg"),
        ("We will not be moved,", "statement", "Greta Solberg"),
        // `declined to comment`: the infinitive's subject is the sentence's.
        ("reviewing everything", "statement", "Colm Arden"),
        // A title word after `of` in a body's name; a possessive inside one.
        (
            "monitoring the situation",
            "statement",
            "Danish Ministry of Foreign Affairs",
        ),
        ("very brave", "statement", "Seaport Children's Hospice"),
        // Words on a sign, and an unnamed source: nobody is named.
        ("No berths today.", "statement", ""),
        ("a joke", "statement", ""),
        // `Gov.` before a name: `the governor` later means her.
        ("unacceptable", "statement", "Ana Ruiz"),
        // `saying demand remained`: the noun after a participle is no verb.
        ("far above capacity", "statement", "Portwatch"),
        // `Group Commander` is a title, not a body; a street names no one;
        // a person before `of the …` is the person.
        ("The fire is out,", "statement", "Ines Calder"),
        ("Nobody was hurt.", "statement", "Joel Marr"),
        // An epithet before a noun refers back like the epithet alone.
        ("We held on,", "statement", "Lars Dahl"),
        // `she` after an unnamed subject means that unnamed source.
        ("Someone will drown here,", "statement", ""),
        // `X, who insisted the aim was "…"`: the name before `who`, not the
        // reported clause after the verb.
        ("fairness, not profit", "statement", "Bryn Tate"),
        // `said X's operations director, Name`: the name after the role.
        ("We are hiring,", "statement", "Mina Patel"),
        // An unnamed source with a place in the description.
        ("a scandal", "statement", ""),
        // A valley is a place, not whom `she` means.
        ("Bills are far too high,", "statement", "Orla Penhale"),
        // A country's body keeps its name; `the ministry` drops `The`.
        ("a provocation", "statement", "Foreign Ministry"),
        ("We will stay,", "statement", "Ministry of Defence"),
    ];
    let got = quotes(&v);
    for (i, (g, e)) in got.iter().zip(expected).enumerate() {
        assert_eq!(
            (g.0.as_str(), g.1.as_str(), g.2.as_str()),
            *e,
            "quotation {i}"
        );
    }
    assert_eq!(got.len(), expected.len(), "{got:?}");
}

/// Regressions: shapes of draft that once took quadratic time — a long
/// sentence of quotations (context, column and speaker look-ups), a long
/// sentence of names, runs of Markdown brackets and backticks, many HTML
/// script elements, long paragraphs of spokespeople and of described
/// people, and many offices held at a rank apart. Each must finish well
/// within the bound.
#[test]
fn hostile_drafts_stay_linear() {
    let dir = tempfile::tempdir().unwrap();
    let shapes: [(&str, String); 10] = [
        ("quotes.txt", "He said \"yes ".repeat(20_000)),
        (
            "names.txt",
            format!("{}\"x\"", "Ali Larijani said, ".repeat(15_000)),
        ),
        (
            "brackets.md",
            format!(
                "{}{}{}",
                "[".repeat(60_000),
                "*".repeat(60_000),
                "`".repeat(60_000)
            ),
        ),
        ("scripts.html", "<script>x</script>".repeat(30_000)),
        ("singles.txt", "‘a ’".repeat(60_000)),
        // One paragraph of spokespeople and of described people.
        (
            "spokes.txt",
            "‘Fine’ said a spokesperson for the trust and ‘We will pay’ the spokesperson said and "
                .repeat(3_000),
        ),
        (
            "described.txt",
            format!(
                "Pensioner Albert Cross was shopping and {}",
                "Anna Berg met Carl Dahl and the former miner said “bread is down” and "
                    .repeat(3_000)
            ),
        ),
        // One sentence of reports said in, then quoted.
        (
            "reports.txt",
            format!(
                "{}{}",
                "The agency said in a report that it was bad and ".repeat(8_000),
                "the report said \"x\" and ".repeat(1_000)
            ),
        ),
        // Offices held at a rank apart, each then meant by the office.
        (
            "deputies.txt",
            "Deputy Governor Matthias Brenner dissented. \"Inflation is falling,\" the governor said.\n\n"
                .repeat(6_000),
        ),
        // One sentence of people named after an office, then its letters.
        (
            "offices.txt",
            format!(
                "{}{}",
                "district magistrate Sunita Prakash met Ravi Tyagi and ".repeat(6_000),
                "\"Fine\" the DM said and ".repeat(1_000)
            ),
        ),
    ];
    for (name, text) in &shapes {
        std::fs::write(dir.path().join(name), text).unwrap();
        let started = std::time::Instant::now();
        let out = Command::new(binary())
            .current_dir(dir.path())
            .args(["annotate", name, "--format", "json", "--fail-on", "never"])
            .output()
            .unwrap();
        let took = started.elapsed();
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr_of(&out));
        assert!(
            took < std::time::Duration::from_secs(20),
            "{name} took {took:?}"
        );
    }
}

#[test]
fn a_registry_alias_yields_to_the_drafts_own_namesake() {
    // The registry knows `Mara Quinlan` as `Quinlan`; this draft is about
    // another Quinlan, whose own full name it gives.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("union.txt");
    std::fs::write(
        &path,
        "Its general secretary, Bernadette Quinlan, said: \"Nurses will see it for what it is.\"\n\n\
         Quinlan said the union would not be rushed. \"We will ballot when we are ready,\" she said.\n",
    )
    .unwrap();
    let v = json_of(&[
        path.to_str().unwrap(),
        "--registry",
        "tests/fixtures/registry",
    ]);
    for q in v["drafts"][0]["quotes"].as_array().unwrap() {
        assert_eq!(q["speaker"]["name"], "Bernadette Quinlan", "{q}");
        assert!(q["speaker"]["id"].is_null(), "{q}");
    }
    // The registry's own Quinlan is still found by her alias.
    let quotes = quotes(&json_of(&[
        draft("patterns.txt").to_str().unwrap(),
        "--registry",
        "tests/fixtures/registry",
    ]));
    assert_eq!(quotes[1].2, "Mara Quinlan");
}

#[test]
fn a_registry_title_yields_to_the_drafts_own_holder() {
    // The registry calls `Mara Quinlan` `the mayor` and the `Harbour Board`
    // `the board`; this draft has a mayor and a board of its own.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schools.txt");
    std::fs::write(
        &path,
        "Mayor Curtis Bell will sign the budget this week.\n\n\
         \"It was a long, honest debate,\" the mayor said.\n\n\
         The Rainy Shore District School Board closed 14 schools. In a statement, \
         the board said: \"Safety comes first.\"\n",
    )
    .unwrap();
    let quotes = quotes(&json_of(&[
        path.to_str().unwrap(),
        "--registry",
        "tests/fixtures/registry",
    ]));
    let speakers: Vec<&str> = quotes.iter().map(|q| q.2.as_str()).collect();
    assert_eq!(
        speakers,
        ["Curtis Bell", "Rainy Shore District School Board"]
    );
}

/// A registry's alias in lower case (`the board` of the Harbour Board)
/// means its entry only in a draft that names that entry: elsewhere it is
/// the draft's own board.
#[test]
fn a_generic_alias_needs_its_entry_named() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other-board.txt");
    std::fs::write(
        &other,
        "Chipmaker rejects bid\n\nVeltrane Semiconductor rejected a takeover approach.\n\nThe board said the offer \"undervalued the company\".\n",
    )
    .unwrap();
    let named = dir.path().join("harbour.txt");
    std::fs::write(
        &named,
        "Dredging\n\nThe harbour board met on Monday.\n\nThe board said \"dredging will start in spring\".\n",
    )
    .unwrap();
    // (Or by a title of it with a capital: `the mayor of Harbour Town`.)
    let titled = dir.path().join("mayor.txt");
    std::fs::write(
        &titled,
        "Council\n\nThe mayor of Harbour Town opened the meeting.\n\n\"We will fix the bridge,\" the mayor said.\n",
    )
    .unwrap();
    // (However the phrase around it opens: `A spokeswoman for the board`.)
    let spokeswoman = dir.path().join("youth.txt");
    std::fs::write(
        &spokeswoman,
        "Grants\n\nThe fund is run by the Kelso Youth Services Board. A spokeswoman for the board said it was \"oversubscribed\".\n\nLater the board said it was \"sorry\".\n",
    )
    .unwrap();
    for (path, speaker) in [
        (&other, "Veltrane Semiconductor"),
        (&named, "Harbour Board"),
        (&titled, "Mara Quinlan"),
        (&spokeswoman, "Kelso Youth Services Board"),
    ] {
        let v = json_of(&[
            path.to_str().unwrap(),
            "--registry",
            "tests/fixtures/registry",
        ]);
        let found = quotes(&v);
        assert!(!found.is_empty(), "{found:?}");
        for quote in &found {
            assert_eq!(quote.2, speaker, "{}", path.display());
        }
    }
}
