//! Quote checking: each verdict, each editorial convention, the word diff
//! and the exit code, on a fictional registry and a draft written for it.

use crate::support::{
    annotate, binary, project_root, stdout_of, verdicts_with_cache, CacheScene, PORT_YAML,
};
use serde_json::Value;

fn verdicts_json() -> (Value, Option<i32>) {
    let out = annotate(&[
        "tests/drafts/verdicts.txt",
        "--registry",
        "tests/fixtures/verdicts",
        "--format",
        "json",
    ]);
    (
        serde_json::from_slice(&out.stdout).expect("valid JSON"),
        out.status.code(),
    )
}

/// (line, verdict, registry ID or "-", compact changes) for every quotation.
fn rows(v: &Value) -> Vec<(u64, String, String, String)> {
    v["drafts"][0]["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            let changes: Vec<String> = q["match"]["diff"]
                .as_array()
                .map(|d| d.as_slice())
                .unwrap_or_default()
                .iter()
                .filter(|op| op["op"] != "equal")
                .map(|op| {
                    format!(
                        "{}:{}>{}",
                        op["op"].as_str().unwrap(),
                        op["registry"].as_str().unwrap(),
                        op["draft"].as_str().unwrap()
                    )
                })
                .collect();
            (
                q["span"]["line"].as_u64().unwrap(),
                q["verdict"].as_str().unwrap().to_owned(),
                q["match"]["id"].as_str().unwrap_or("-").to_owned(),
                changes.join(" "),
            )
        })
        .collect()
}

#[test]
fn each_verdict_and_each_convention() {
    let (v, code) = verdicts_json();
    let expected: &[(u64, &str, &str, &str)] = &[
        // A headline quote: the body says who said those words.
        (1, "verbatim", "quinlan-budget-speech", ""),
        // Case and punctuation differ only.
        (3, "verbatim", "quinlan-bridge", ""),
        // Split around the attribution: one utterance.
        (5, "verbatim", "quinlan-bridge", ""),
        // A piece from the middle of a long quote.
        (7, "verbatim", "quinlan-budget-speech", ""),
        // An [editorial insertion].
        (9, "verbatim", "quinlan-budget-speech", ""),
        // An ellipsis over a long stretch.
        (11, "verbatim", "quinlan-budget-speech", ""),
        // One word changed.
        (13, "altered", "reyes-channel", "replace:holding>pointing"),
        // One word dropped without an ellipsis.
        (15, "altered", "reyes-channel", "delete:dry>"),
        // The mayor's words given to a councillor.
        (17, "misattributed", "quinlan-budget-speech", ""),
        // An accepted variant rendering.
        (19, "verbatim", "board-dredging", ""),
        (21, "verbatim", "board-dredging", ""),
        // Not in the registry; the same topic is not enough.
        (23, "unverified", "-", ""),
        (25, "unverified", "-", ""),
        // A description the registry can settle: not accused.
        (27, "verbatim", "quinlan-budget-speech", ""),
        // Words on a banner: no speaker.
        (29, "unattributed", "quinlan-budget-speech", ""),
    ];
    let got = rows(&v);
    let got: Vec<(u64, &str, &str, &str)> = got
        .iter()
        .map(|(l, a, b, c)| (*l, a.as_str(), b.as_str(), c.as_str()))
        .collect();
    assert_eq!(got, expected);
    assert_eq!(code, Some(1), "altered and misattributed quotes are errors");

    let quotes = v["drafts"][0]["quotes"].as_array().unwrap();
    let misattributed = &quotes[8];
    assert_eq!(misattributed["speaker"]["name"], "Ellen Marsh");
    assert_eq!(misattributed["match"]["speaker"]["id"], "mara-quinlan");
    assert_eq!(misattributed["match"]["speaker"]["name"], "Mara Quinlan");
    assert_eq!(misattributed["severity"], "error");
    let altered = &quotes[6];
    assert_eq!(altered["match"]["score"], 0.95);
    assert_eq!(altered["severity"], "error");
    let variant = &quotes[9];
    assert_eq!(
        variant["match"]["text"],
        "Dredging begins in spring and takes six weeks."
    );
    assert_eq!(quotes[13]["speaker"]["id"], "mara-quinlan");
    assert_eq!(quotes[13]["speaker"]["mention"], "the councillor");
    assert_eq!(quotes[14]["severity"], "warning");
    assert!(quotes[14]["speaker"].is_null());
    assert_eq!(quotes[11]["severity"], "warning");
    assert!(quotes[11]["match"].is_null());
}

#[test]
fn the_table_shows_the_match_and_the_diff() {
    for width in ["80", "120"] {
        let out = annotate(&[
            "tests/drafts/verdicts.txt",
            "--registry",
            "tests/fixtures/verdicts",
            "--width",
            width,
        ]);
        insta::assert_snapshot!(format!("verdicts_w{width}"), stdout_of(&out));
    }
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let args = [
        "tests/drafts/verdicts.txt",
        "--registry",
        "tests/fixtures/verdicts",
    ];
    let plain = stdout_of(&annotate(&args));
    assert!(!plain.contains('\u{1b}'), "a pipe gets no colour");
    let mut always = args.to_vec();
    always.extend(["--color", "always"]);
    let coloured = stdout_of(&annotate(&always));
    assert!(coloured.contains("\u{1b}["), "--color always colours");
    let mut never = args.to_vec();
    never.extend(["--color", "never"]);
    assert_eq!(stdout_of(&annotate(&never)), plain);
}

#[test]
fn the_seed_story_is_verbatim_throughout() {
    let Ok(_) = std::fs::metadata(project_root().join("../shared/seed/story.txt")) else {
        return;
    };
    let out = annotate(&["../shared/seed/story.txt", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let got: Vec<(String, String)> = v["drafts"][0]["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            (
                q["verdict"].as_str().unwrap().to_owned(),
                q["match"]["id"].as_str().unwrap_or("-").to_owned(),
            )
        })
        .collect();
    let expected = [
        ("verbatim", "khamenei-surrender"),
        ("verbatim", "khamenei-superficial"),
        ("verbatim", "khamenei-stand-firmly"),
        ("verbatim", "khamenei-support-president"),
        ("term", "-"),
        ("verbatim", "larijani-six-months"),
    ];
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, expected);
}

#[test]
fn the_cache_is_reused_and_never_stale() {
    let scene = CacheScene::new();
    assert_eq!(scene.verdicts(), ["verbatim"]);
    let files: Vec<_> = std::fs::read_dir(&scene.cache).unwrap().collect();
    assert_eq!(files.len(), 1, "one cache file per registry folder");
    assert_eq!(scene.verdicts(), ["verbatim"]);
    // The same size, one word different, within the same second.
    scene.set_registry(&PORT_YAML.replace("six", "ten"));
    assert_eq!(scene.verdicts(), ["altered"]);
    // A damaged cache is rebuilt, not trusted.
    std::fs::write(scene.cache_file(), b"factcheck registry cache 1\ngarbage").unwrap();
    assert_eq!(scene.verdicts(), ["altered"]);
    // Two runs sharing one cache at once, while the registry changes back.
    scene.set_registry(PORT_YAML);
    let runs: Vec<_> = (0..4)
        .map(|_| {
            let (draft, claims, cache) = (
                scene.draft.clone(),
                scene.claims.clone(),
                scene.cache.clone(),
            );
            std::thread::spawn(move || verdicts_with_cache(&draft, &claims, &cache))
        })
        .collect();
    for run in runs {
        assert_eq!(run.join().unwrap(), ["verbatim"]);
    }
}

#[test]
fn a_pronoun_pinned_on_the_wrong_person_is_misattributed() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("draft.txt");
    std::fs::write(
        &draft,
        "Mara Quinlan opened the meeting. Tomas Reyes spoke next.\n\n\"Every family in this town deserves a harbour that works,\" he said.\n",
    )
    .unwrap();
    let out = annotate(&[
        draft.to_str().unwrap(),
        "--registry",
        "tests/fixtures/verdicts",
        "--format",
        "json",
    ]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let q = &v["drafts"][0]["quotes"][0];
    assert_eq!(q["speaker"]["name"], "Tomas Reyes");
    assert_eq!(q["verdict"], "misattributed");
    assert_eq!(q["match"]["speaker"]["name"], "Mara Quinlan");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn control_characters_from_input_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let claims = dir.path().join("claims");
    std::fs::create_dir(&claims).unwrap();
    std::fs::write(
        claims.join("evil.yaml"),
        "people:\n  - id: eve\n    name: \"Eve\\e[2J\"\nquotes:\n  - id: eve-bell\n    speaker: eve\n    text: \"Ring \\a the bell\"\n",
    )
    .unwrap();
    let draft = dir.path().join("draft.txt");
    std::fs::write(
        &draft,
        "\"\u{1b}]0;pwned\u{7}We will\u{202e} never give up,\" Eve said.\r\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        assert_cmd::Command::new(binary())
            .args(args)
            .env("NO_COLOR", "1")
            .env("FACTCHECK_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
            .output()
            .unwrap()
    };
    let registry = claims.to_str().unwrap();
    let path = draft.to_str().unwrap();
    for out in [
        run(&["annotate", path, "--registry", registry]),
        run(&["registry", "list", "--registry", registry]),
        run(&["registry", "show", "eve-bell", "--registry", registry]),
        run(&["registry", "show", "eve", "--registry", registry]),
        run(&["registry", "search", "bell", "--registry", registry]),
    ] {
        let text = stdout_of(&out);
        assert!(!text.is_empty());
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t' || c == '\u{202e}'),
            "{text:?}"
        );
    }
    let table = stdout_of(&run(&[
        "annotate",
        path,
        "--registry",
        registry,
        "--width",
        "200",
    ]));
    assert!(
        table.contains("\\u{1b}]0;pwned\\u{7}We will\\u{202e} never"),
        "{table}"
    );
    // JSON stays valid JSON and keeps the characters, escaped.
    let out = run(&["annotate", path, "--registry", registry, "--format", "json"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["drafts"][0]["quotes"][0]["text"]
        .as_str()
        .unwrap()
        .starts_with('\u{1b}'));
}
