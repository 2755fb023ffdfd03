//! `registry list`, `show`, `search` and `schema`: tables pinned by snapshot
//! at a fixed width, JSON checked field by field.

use crate::support::{binary, project_root, stdout_of, Workspace};
use assert_cmd::Command;
use predicates::str::contains;
use serde_json::Value;

fn json(ws: &Workspace, args: &[&str]) -> Value {
    let out = ws.cmd(args).output().unwrap();
    assert!(out.status.success(), "{args:?}");
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

#[test]
fn list_all_as_tables() {
    let ws = Workspace::fixture();
    let out = ws
        .cmd(&["registry", "list", "--width", "100"])
        .output()
        .unwrap();
    assert!(out.status.success());
    insta::assert_snapshot!("list_all_w100", stdout_of(&out));
}

#[test]
fn list_quotes_narrow() {
    let ws = Workspace::fixture();
    let out = ws
        .cmd(&["registry", "list", "quotes", "--width", "60"])
        .output()
        .unwrap();
    insta::assert_snapshot!("list_quotes_w60", stdout_of(&out));
}

#[test]
fn list_filters_by_speaker_and_status() {
    let ws = Workspace::fixture();
    let v = json(
        &ws,
        &[
            "registry",
            "list",
            "quotes",
            "--speaker",
            "mara-quinlan",
            "--format",
            "json",
        ],
    );
    let quotes = v["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0]["id"], "quinlan-bridge");
    assert_eq!(quotes[0]["defined_at"]["file"], "claims/harbour-town.yaml");
    assert_eq!(quotes[0]["defined_at"]["line"], 14);
    assert!(v.get("people").is_none());

    let v = json(
        &ws,
        &[
            "registry", "list", "claims", "--status", "disputed", "--format", "json",
        ],
    );
    let ids: Vec<&str> = v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["bridge-over-budget"]);
    assert_eq!(v["version"], 1);
}

#[test]
fn list_rejects_unknown_filters() {
    let ws = Workspace::fixture();
    ws.cmd(&["registry", "list", "--status", "maybe"])
        .assert()
        .code(2)
        .stderr(contains("unknown status `maybe`: use one of true, mostly-true, misleading, disputed, unproven, false"));
    ws.cmd(&["registry", "list", "quotes", "--speaker", "nobody"])
        .assert()
        .code(2)
        .stderr(contains("no person has the ID `nobody`"));
}

#[test]
fn show_prints_the_entry_as_written_with_its_place() {
    let ws = Workspace::fixture();
    ws.cmd(&["registry", "show", "quinlan-bridge"]).assert().success().stdout(
        "quote defined at claims/harbour-town.yaml:14:5\nspeaker: Mara Quinlan (mara-quinlan)\n\n  - id: quinlan-bridge\n    speaker: mara-quinlan\n    text: The new bridge will open before the winter storms arrive.\n    said_on: 2024-10-02\n    sources:\n      - outlet: Harbour Town Gazette\n        url: https://gazette.example/bridge\n",
    );
}

#[test]
fn show_json_has_the_fields_and_place() {
    let ws = Workspace::fixture();
    let v = json(
        &ws,
        &["registry", "show", "harbour-silted", "--format", "json"],
    );
    assert_eq!(v["kind"], "claim");
    assert_eq!(v["status"], "true");
    assert_eq!(v["asserted_by"][0], "harbour-board");
    assert_eq!(v["defined_at"]["line"], 33);
    assert_eq!(v["defined_at"]["column"], 5);
}

#[test]
fn show_unknown_id_suggests_a_near_one() {
    let ws = Workspace::fixture();
    ws.cmd(&["registry", "show", "quinlan-brige"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("error: no entry has the ID `quinlan-brige`; did you mean `quinlan-bridge`?\n");
}

#[test]
fn search_six_months_finds_larijani_first() {
    let out = Command::new(binary())
        .current_dir(project_root())
        .args(["registry", "search", "six months", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["query"], "six months");
    assert_eq!(v["results"][0]["id"], "larijani-six-months");
    assert_eq!(v["results"][0]["kind"], "quote");
}

#[test]
fn search_table_snapshot() {
    let ws = Workspace::fixture();
    let out = ws
        .cmd(&[
            "registry",
            "search",
            "bridge open before winter",
            "--width",
            "80",
        ])
        .output()
        .unwrap();
    insta::assert_snapshot!("search_bridge_w80", stdout_of(&out));
}

#[test]
fn search_kind_and_limit() {
    let ws = Workspace::fixture();
    let v = json(
        &ws,
        &[
            "registry", "search", "bridge", "--kind", "claims", "--format", "json",
        ],
    );
    let results = v["results"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["id"], "bridge-over-budget");
    assert_eq!(results[0]["kind"], "claim");
    let v = json(
        &ws,
        &[
            "registry", "search", "bridge", "--limit", "1", "--format", "json",
        ],
    );
    assert_eq!(v["results"].as_array().unwrap().len(), 1);
}

#[test]
fn search_reads_queries_from_stdin_as_json_lines() {
    let ws = Workspace::fixture();
    let out = ws
        .cmd(&["registry", "search", "-", "--limit", "2"])
        .write_stdin("dredging six weeks\n\nharbour silted up\r\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<Value> = stdout_of(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 3, "one line per query, blank ones too");
    assert_eq!(lines[0]["query"], "dredging six weeks");
    assert_eq!(lines[0]["results"][0]["id"], "board-dredging");
    let first = &lines[0]["results"][0];
    for key in ["id", "kind", "score", "text"] {
        assert!(first.get(key).is_some(), "{key}");
    }
    assert_eq!(lines[1]["results"].as_array().unwrap().len(), 0);
    assert_eq!(lines[2]["query"], "harbour silted up");
    assert_eq!(lines[2]["results"][0]["id"], "harbour-silted");
}

#[test]
fn schema_command_matches_the_committed_schema() {
    let committed =
        std::fs::read_to_string(project_root().join("schema/registry.schema.json")).unwrap();
    let out = Command::new(binary())
        .args(["registry", "schema"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        stdout_of(&out),
        committed,
        "schema/registry.schema.json is stale: run `cargo run -- registry schema > schema/registry.schema.json`"
    );
}

#[test]
fn help_and_version() {
    Command::new(binary())
        .arg("--help")
        .assert()
        .success()
        .stdout(contains("registry"));
    Command::new(binary())
        .args(["registry", "--help"])
        .assert()
        .success()
        .stdout(
            contains("validate")
                .and(contains("search"))
                .and(contains("schema")),
        );
    Command::new(binary())
        .arg("--version")
        .assert()
        .success()
        .stdout(contains("factcheck"));
    Command::new(binary()).arg("nonsense").assert().code(2);
}

use predicates::prelude::PredicateBooleanExt;
