//! The catalogue of bad input: each case with its exact message and exit
//! code, and the good drafts of a mixed run still reported.

use crate::support::{binary, stderr_of, stdout_of, CacheScene, Workspace, PORT_YAML};
use std::path::Path;
use std::time::{Duration, Instant};

/// Runs annotate on files of a temporary folder (paths relative to it).
fn annotate_in(dir: &Path, args: &[&str]) -> std::process::Output {
    assert_cmd::Command::new(binary())
        .current_dir(dir)
        .arg("annotate")
        .args(args)
        .args(["--no-cache", "--width", "100"])
        .env("NO_COLOR", "1")
        .output()
        .expect("run")
}

#[test]
fn empty_and_blank_drafts_are_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    std::fs::write(dir.path().join("blank.md"), "  \n\n\t \r\n").unwrap();
    let out = annotate_in(dir.path(), &["empty.txt", "blank.md"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout_of(&out),
        "empty.txt\nno quotations found\nempty.txt:1:1: warning: the draft is empty: there is nothing to check\n\
         0 statements (0 attributed), 0 terms, 0 registry claims\n\n\
         blank.md\nno quotations found\nblank.md:1:1: warning: the draft is empty: there is nothing to check\n\
         0 statements (0 attributed), 0 terms, 0 registry claims\n"
    );
    let out = annotate_in(dir.path(), &["empty.txt", "--fail-on", "warning"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn binary_and_broken_text_are_errors_and_the_rest_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.txt"), "\"Fine,\" he said.\n").unwrap();
    std::fs::write(dir.path().join("nul.txt"), "He said \"hi\0 there\".\n").unwrap();
    std::fs::write(
        dir.path().join("mid.txt"),
        b"Line one.\nLine \xe2\x80 two \xff.\n",
    )
    .unwrap();
    let out = annotate_in(dir.path(), &["nul.txt", "good.txt", "mid.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "error: nul.txt:1:12: this is a binary file (it holds NUL bytes), not a draft; pass text, Markdown or HTML files\n\
         error: mid.txt:2:6: the draft is not valid UTF-8 text; save it as UTF-8 and run again\n"
    );
    assert!(
        stdout_of(&out).starts_with("good.txt\n"),
        "{}",
        stdout_of(&out)
    );
}

#[test]
fn a_100_mb_draft_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let big = std::fs::File::create(dir.path().join("big.txt")).unwrap();
    big.set_len(100 * 1024 * 1024).unwrap();
    std::fs::write(dir.path().join("good.txt"), "\"Fine,\" he said.\n").unwrap();
    let started = Instant::now();
    let out = annotate_in(dir.path(), &["big.txt", "good.txt"]);
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "error: big.txt: the draft is 100.0 MB, above the 16.0 MB limit for a draft; split it, or raise the limit with --max-draft-size\n"
    );
    assert!(stdout_of(&out).starts_with("good.txt\n"));
    // From standard input, the read stops past the limit.
    let out = assert_cmd::Command::new(binary())
        .args(["annotate", "-", "--no-cache", "--max-draft-size", "1K"])
        .write_stdin("x".repeat(5000))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "error: -: the draft is over 1.0 KB, above the 1.0 KB limit for a draft; split it, or raise the limit with --max-draft-size\n"
    );
}

#[test]
fn a_single_10_mb_line_is_read_in_bounded_time() {
    let dir = tempfile::tempdir().unwrap();
    let sentence = "The council met again on Tuesday to talk about the bridge, the ferries, \
                    the harbour wall and the cost of all three, and members spoke at length \
                    about each of them in turn while residents listened from the gallery. ";
    let quoted = "“We will never give up,” the council said. ";
    let mut line = String::new();
    let mut quotes = 0;
    while line.len() < 10_000_000 {
        line.push_str(sentence);
        line.push_str(sentence);
        line.push_str(quoted);
        quotes += 1;
    }
    std::fs::write(dir.path().join("line.txt"), &line).unwrap();
    let started = Instant::now();
    let out = annotate_in(
        dir.path(),
        &["line.txt", "--format", "json", "--registry", "."],
    );
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["quotes"], quotes);
    assert_eq!(
        v["drafts"][0]["quotes"][quotes - 1]["speaker"]["name"],
        "the council"
    );
    // Linear work: about 15 s unoptimised here; quadratic work would take hours.
    assert!(took < Duration::from_secs(150), "took {took:?}");
}

#[test]
fn runs_of_marks_nesting_and_unclosed_quotes_stay_bounded() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("marks.txt"), "\"".repeat(10_000)).unwrap();
    let nested: String = "“a ‘b “c ‘d ".repeat(2_500) + "end”";
    std::fs::write(dir.path().join("nested.txt"), &nested).unwrap();
    std::fs::write(
        dir.path().join("open.txt"),
        "“This never closes, she said.\n\nThe next paragraph is not part of it.\n",
    )
    .unwrap();
    let started = Instant::now();
    let out = annotate_in(
        dir.path(),
        &["marks.txt", "nested.txt", "open.txt", "--format", "json"],
    );
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // 10,000 straight marks pair up around nothing: no quotation.
    assert_eq!(v["drafts"][0]["quotes"].as_array().unwrap().len(), 0);
    // Nesting: every span lies inside the draft.
    for q in v["drafts"][1]["quotes"].as_array().unwrap() {
        assert!(q["span"]["end"].as_u64().unwrap() as usize <= nested.len());
    }
    // The unclosed quotation ends at its paragraph, with a warning.
    let open = &v["drafts"][2];
    assert_eq!(open["quotes"][0]["text"], "This never closes, she said.");
    assert_eq!(
        open["warnings"][0]["message"],
        "this quotation is never closed; it was ended at the end of its paragraph"
    );
}

#[test]
fn a_folder_with_a_broken_link_a_pipe_and_a_loop() {
    let dir = tempfile::tempdir().unwrap();
    let drafts = dir.path().join("drafts");
    std::fs::create_dir_all(drafts.join("sub")).unwrap();
    std::fs::write(drafts.join("good.txt"), "\"Fine,\" he said.\n").unwrap();
    std::os::unix::fs::symlink("missing.txt", drafts.join("broken.txt")).unwrap();
    std::os::unix::fs::symlink("..", drafts.join("sub/loop")).unwrap();
    let fifo = drafts.join("pipe.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let started = Instant::now();
    let out = annotate_in(dir.path(), &["drafts"]);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "a pipe blocked the run"
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains("error: drafts/pipe.txt: not a regular file; skipped\n"),
        "{err}"
    );
    assert!(
        err.contains("error: drafts/broken.txt: cannot read the draft: No such file or directory (os error 2)\n"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 2, "the loop is walked once: {err}");
    assert!(stdout_of(&out).starts_with("drafts/good.txt\n"));
}

#[test]
fn a_registry_with_thousands_of_errors_reports_them_all() {
    let mut text = String::from("quotes:\n");
    for i in 0..3000 {
        text.push_str(&format!(
            "  - id: Bad_ID_{i}\n    speaker: nobody-{i}\n    text: x\n"
        ));
    }
    let ws = Workspace::with_files(&[("many.yaml", &text)]);
    let started = Instant::now();
    let out = ws.cmd(&["registry", "validate"]).output().unwrap();
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(err.ends_with("error: 6000 problems in the registry (claims); nothing was used\n"));
    let problems = err
        .lines()
        .filter(|l| l.starts_with("claims/many.yaml:"))
        .count();
    assert_eq!(problems, 6000);
    assert!(err.starts_with("claims/many.yaml:2:9: `Bad_ID_0` is not a valid ID\n"));
    assert!(out.stdout.is_empty());
}

#[test]
fn registry_files_with_bom_crlf_and_tabs() {
    let ws = Workspace::with_files(&[(
        "bom.yaml",
        "\u{feff}people:\r\n  - id: ann-lee\r\n    name: Ann Lee\r\n",
    )]);
    ws.cmd(&["registry", "validate"])
        .assert()
        .success()
        .stdout("claims: 1 person, 0 quotes, 0 claims in 1 file; no problems\n");
    ws.write("tabs.yaml", "people:\n\t- id: bo-ray\n\t  name: Bo Ray\n");
    let out = ws.cmd(&["registry", "validate"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "claims/tabs.yaml:2:2: YAML syntax error: tabs disallowed within this context (block indentation)\n  \
         help: fix the YAML syntax here (indentation, a missing `: ` or an unclosed quote are the usual causes)\n\
         error: 1 problem in the registry (claims); nothing was used\n"
    );
}

#[test]
fn damaged_or_old_caches_are_never_trusted() {
    let scene = CacheScene::new();
    let run = || scene.verdicts().remove(0);
    assert_eq!(run(), "verbatim");
    let file = scene.cache_file();
    let whole = std::fs::read(&file).unwrap();
    let mut older = whole.clone();
    older[25] = b'1'; // `factcheck registry cache 1`: an older format
    let mut flipped = whole.clone();
    let last = flipped.len() - 10;
    flipped[last] ^= 1;
    for damaged in [
        whole[..whole.len() / 2].to_vec(),
        flipped,
        older,
        Vec::new(),
    ] {
        std::fs::write(&file, &damaged).unwrap();
        // Meanwhile the registry changes: a trusted stale cache would say verbatim.
        scene.set_registry(&PORT_YAML.replace("six", "ten"));
        assert_eq!(run(), "altered");
        scene.set_registry(PORT_YAML);
        assert_eq!(run(), "verbatim");
    }
}

#[test]
fn an_overlong_registry_quote_is_refused() {
    let words = "word ".repeat(5_001);
    let ws = Workspace::with_files(&[(
        "long.yaml",
        &format!("people:\n  - id: ann-lee\n    name: Ann Lee\nquotes:\n  - id: lee-long\n    speaker: ann-lee\n    text: {words}\n"),
    )]);
    let out = ws.cmd(&["registry", "validate"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "claims/long.yaml:7:11: this quote is 5001 words long, above the limit of 5000\n  \
         help: keep the passage drafts quote, and cite the full text in `sources`\n\
         error: 1 problem in the registry (claims); nothing was used\n"
    );
}

#[test]
fn an_empty_folder_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = annotate_in(dir.path(), &["."]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "error: no drafts found: pass files, or folders holding .txt, .md, .markdown, .html or .htm files\n"
    );
}

#[test]
fn a_numbered_item_after_a_stop_is_read() {
    // Once a panic: a list item numbered after a line ending in a stop.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("list.txt"),
        "We won.\n1. \"Fares rise,\" she said.\n",
    )
    .unwrap();
    let out = annotate_in(dir.path(), &["list.txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
}
