//! Claims: every sentence matched against the registry's claims, with the
//! claim's status, who asserts and disputes it, on a draft written for the
//! tests and on the seed story when it is present.

use crate::support::{annotate, project_root, stdout_of};
use serde_json::Value;

fn json(args: &[&str]) -> (Value, Option<i32>) {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let out = annotate(&all);
    (
        serde_json::from_slice(&out.stdout).expect("valid JSON"),
        out.status.code(),
    )
}

/// (line, claim ID) for every claim found in the first draft.
fn found(v: &Value) -> Vec<(u64, String)> {
    v["drafts"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["span"]["line"].as_u64().unwrap(),
                c["id"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn claims_made_reported_or_denied_and_nothing_else() {
    let (v, code) = json(&[
        "tests/drafts/claims.txt",
        "--registry",
        "tests/fixtures/verdicts",
    ]);
    // Sentence by sentence: an attributed claim, a confirmed one, a claim
    // reported and denied; the last three sentences share words with the
    // claims but make none.
    assert_eq!(
        found(&v),
        [
            (3, "bridge-cost-doubled".to_owned()),
            (5, "harbour-silting".to_owned()),
            (7, "winter-ferry-cuts".to_owned()),
        ]
    );
    let claims = v["drafts"][0]["claims"].as_array().unwrap();
    let first = &claims[0];
    for key in [
        "sentence",
        "span",
        "id",
        "statement",
        "status",
        "score",
        "asserted_by",
        "disputed_by",
        "sources",
        "note",
        "severity",
    ] {
        assert!(first.get(key).is_some(), "missing {key}");
    }
    assert_eq!(first["status"], "false");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["disputed_by"][0]["id"], "mara-quinlan");
    assert_eq!(first["disputed_by"][0]["name"], "Mara Quinlan");
    assert_eq!(first["asserted_by"][0]["id"], Value::Null);
    assert_eq!(first["sources"][0]["outlet"], "Harbour Town Gazette");
    assert!(first["sentence"]
        .as_str()
        .unwrap()
        .starts_with("Campaigners say"));
    assert_eq!(claims[1]["severity"], "info");
    assert_eq!(claims[2]["status"], "disputed");
    assert_eq!(claims[2]["severity"], "warning");
    assert_eq!(v["summary"]["claims"], 3);
    assert_eq!(code, Some(1), "a false claim is an error");
}

#[test]
fn the_claims_table_follows_the_quotes_table() {
    for width in ["80", "120"] {
        let out = annotate(&[
            "tests/drafts/claims.txt",
            "--registry",
            "tests/fixtures/verdicts",
            "--width",
            width,
        ]);
        insta::assert_snapshot!(format!("claims_w{width}"), stdout_of(&out));
    }
}

#[test]
fn the_seed_story_sentence_by_sentence() {
    let story = project_root().join("../shared/seed/story.txt");
    if !story.exists() {
        return;
    }
    // Relative to the project root, where the tests run, so the snapshot
    // holds no machine's own path.
    let path = "../shared/seed/story.txt";
    let (v, code) = json(&[path]);
    let expected: Vec<(u64, String)> = [
        // The June war's toll and the deaths of commanders, then the US strikes.
        (29, "june-war-civilian-toll"),
        (29, "june-war-commanders-killed"),
        (29, "us-joined-strikes"),
        // The fires and the shadow war, which the authorities deny.
        (31, "shadow-war"),
        (31, "fires-shadow-war"),
        // The snapback deadline, twice.
        (35, "snapback-deadline"),
        (39, "snapback-deadline"),
        // Iran's claim that the 2015 deal is void, and the US withdrawal.
        (41, "nuclear-deal-void"),
        (41, "us-left-nuclear-deal"),
        // Co-operation with the IAEA suspended.
        (43, "iaea-cooperation-suspended"),
    ]
    .iter()
    .map(|(l, id)| (*l, (*id).to_owned()))
    .collect();
    assert_eq!(found(&v), expected);
    let claims = v["drafts"][0]["claims"].as_array().unwrap();
    for c in claims.iter().filter(|c| c["span"]["line"] == 31) {
        assert_eq!(c["status"], "disputed");
        assert_eq!(c["severity"], "warning");
        assert_eq!(c["disputed_by"][0]["name"], "Iranian authorities");
    }
    assert_eq!(code, Some(0), "disputed claims are warnings");
    for width in ["80", "120"] {
        let out = annotate(&[path, "--width", width]);
        insta::assert_snapshot!(format!("seed_story_w{width}"), redacted(&stdout_of(&out)));
    }
}

/// The tables with the article's own words (the second column: quotation
/// or sentence) blanked letter by letter, so the snapshot pins the layout,
/// speakers, IDs, verdicts and statuses without copying the article.
fn redacted(tables: &str) -> String {
    tables
        .lines()
        .map(|line| {
            let mut cells: Vec<String> = line.split('┆').map(str::to_owned).collect();
            if line.starts_with('│') && cells.len() > 2 {
                cells[1] = cells[1]
                    .chars()
                    .map(|c| if c.is_alphanumeric() { '·' } else { c })
                    .collect();
            }
            cells.join("┆")
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}
