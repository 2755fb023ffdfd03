//! Hostile registry files fail fast with exit 2: alias blow-ups, deep flow
//! nesting and oversized files. The time bound is generous (debug builds on
//! a loaded machine); the release figures are well under a second.

use crate::support::{stderr_of, Workspace};
use std::time::{Duration, Instant};

const BOUND: Duration = Duration::from_secs(5);

/// Runs validate, asserting exit 2 within the bound; returns stderr.
fn rejected(ws: &Workspace, extra: &[&str]) -> String {
    let mut args = vec!["registry", "validate"];
    args.extend_from_slice(extra);
    let started = Instant::now();
    let out = ws.cmd(&args).output().expect("run");
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert!(took < BOUND, "took {took:?}");
    stderr_of(&out)
}

#[test]
fn alias_blow_up_is_rejected() {
    // Nine levels of ten aliases each: a billion leaves if expanded.
    let mut text = String::from("lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for level in 1..10 {
        let refs = vec![format!("*l{}", level - 1); 10].join(", ");
        text.push_str(&format!("lol{level}: &l{level} [{refs}]\n"));
    }
    let ws = Workspace::with_files(&[("bomb.yaml", &text)]);
    let err = rejected(&ws, &[]);
    assert!(err.contains("claims/bomb.yaml:"), "{err}");
    assert!(err.contains("aliases expand to more than"), "{err}");
}

#[test]
fn aliases_to_one_large_scalar_are_rejected() {
    let big = "x".repeat(2 << 20);
    let refs = vec!["*big"; 500].join(", ");
    let text = format!("big: &big \"{big}\"\nmany: [{refs}]\n");
    let ws = Workspace::with_files(&[("bomb.yaml", &text)]);
    let err = rejected(&ws, &[]);
    assert!(err.contains("claims/bomb.yaml:2:"), "{err}");
    assert!(err.contains("aliases expand to more than"), "{err}");
}

#[test]
fn too_many_aliases_are_rejected_before_parsing() {
    let refs = vec!["*a"; 5_000].join(", ");
    let ws = Workspace::with_files(&[("many.yaml", &format!("a: &a x\nb: [{refs}]\n"))]);
    let err = rejected(&ws, &[]);
    assert!(err.contains("more than 1000 aliases"), "{err}");
}

#[test]
fn deep_flow_nesting_is_rejected() {
    let text = format!("people: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    let ws = Workspace::with_files(&[("deep.yaml", &text)]);
    let err = rejected(&ws, &[]);
    assert!(
        err.contains("claims/deep.yaml:1:73: collections are nested more than 64 deep"),
        "{err}"
    );
}

#[test]
fn deep_block_nesting_is_rejected() {
    let mut text = String::new();
    for depth in 0..100 {
        text.push_str(&" ".repeat(depth));
        text.push_str("k:\n");
    }
    let ws = Workspace::with_files(&[("deep.yaml", &text)]);
    let err = rejected(&ws, &[]);
    assert!(
        err.contains("collections are nested more than 64 deep"),
        "{err}"
    );
}

#[test]
fn oversized_file_is_rejected_without_reading_it() {
    let ws = Workspace::with_files(&[]);
    let file = std::fs::File::create(ws.claims().join("huge.yaml")).unwrap();
    file.set_len(200 * 1024 * 1024).unwrap();
    let err = rejected(&ws, &[]);
    assert!(
        err.contains(
            "claims/huge.yaml:1:1: file is 200.0 MB, above the 64.0 MB limit for a registry file"
        ),
        "{err}"
    );
    assert!(err.contains("--max-file-size"), "{err}");
}

#[test]
fn the_size_limit_can_be_changed() {
    let ws = Workspace::with_files(&[("a.yaml", "people:\n  - id: a\n    name: A\n")]);
    let err = rejected(&ws, &["--max-file-size", "10"]);
    assert!(
        err.contains("file is 30 bytes, above the 10 bytes limit"),
        "{err}"
    );
    ws.cmd(&["registry", "validate", "--max-file-size", "1K"])
        .assert()
        .success();
}

/// Regression: converting each parser mark to a byte offset walked its line
/// from the start, so one long line of flow items took quadratic time
/// (300,000 items: minutes). It must stay linear.
#[test]
fn long_flow_line_is_read_in_linear_time() {
    let items: Vec<String> = (0..300_000).map(|i| format!("k{i}: v")).collect();
    let text = format!("x: {{{}}}\n", items.join(", "));
    let ws = Workspace::with_files(&[("long.yaml", &text)]);
    let started = Instant::now();
    let out = ws.cmd(&["registry", "validate"]).output().expect("run");
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("claims/long.yaml:1:1: unknown key `x` at the top of the file")
    );
    assert!(took < Duration::from_secs(20), "took {took:?}");
}

/// Regression: anchors nested in anchors were each copied whole, so 60
/// levels over half a million items took seconds and gigabytes.
#[test]
fn nested_anchors_are_bounded() {
    let text = format!(
        "x: {}{}{}\n",
        (0..60).map(|i| format!("&a{i} [")).collect::<String>(),
        vec!["a"; 200_000].join(","),
        "]".repeat(60)
    );
    let ws = Workspace::with_files(&[("anchors.yaml", &text)]);
    let err = rejected(&ws, &[]);
    assert!(
        err.contains("anchors and aliases expand to more than"),
        "{err}"
    );
}

/// Regression: a key marked left of its mapping's mark made the offset walk
/// restart at the line start each time: quadratic on one long line.
#[test]
fn many_one_pair_mappings_on_one_line() {
    let text = format!("x: [{}]\n", vec!["[a: b]"; 100_000].join(", "));
    let ws = Workspace::with_files(&[("long.yaml", &text)]);
    let err = rejected(&ws, &[]);
    assert!(err.contains("unknown key `x`"), "{err}");
}

/// Regression: "did you mean" compared every unknown speaker with every person.
#[test]
fn thousands_of_unknown_speakers_are_reported_fast() {
    let mut text = String::from("people:\n");
    for i in 0..5_000 {
        text.push_str(&format!("  - id: p{i}\n    name: P {i}\n"));
    }
    text.push_str("quotes:\n");
    for i in 0..5_000 {
        text.push_str(&format!(
            "  - id: q{i}\n    speaker: nobody-{i}\n    text: T\n"
        ));
    }
    let ws = Workspace::with_files(&[("many.yaml", &text)]);
    let err = rejected(&ws, &[]);
    assert!(
        err.ends_with("error: 5000 problems in the registry (claims); nothing was used\n"),
        "{}",
        &err[err.len() - 200..]
    );
}

/// Regression: a lone carriage return counted as a line break for the
/// parser but not for offsets, so positions after it were off.
#[test]
fn lone_carriage_returns_break_lines() {
    let ws = Workspace::with_files(&[(
        "cr.yaml",
        "# note\r# more\npeople:\n  - id: a\n    name: A\n  - id: b\n    name: B\n",
    )]);
    let out = ws.cmd(&["registry", "show", "b"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).ends_with("  - id: b\n    name: B\n"));
}
