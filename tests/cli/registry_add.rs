//! `registry add`: entries appended as text, existing bytes kept, the whole
//! registry validated first, and many writers at once lose nothing.

use crate::support::{binary, stderr_of, stdout_of, Workspace};
use predicates::str::contains;

const BASE: &str = "\
# Dossier for the tests. This comment must survive every edit.
people:
  - id: ali-khamenei   # the supreme leader
    name: Ali Khamenei
  # People added later go above this line? No: below the last entry.

quotes:
  - id: q-one
    speaker: ali-khamenei
    text: >-
      Words that were said.

# Trailing comment at the end of the file.
";

/// The new text must be the old text with one block inserted: every old
/// byte is there, in order.
/// Fails if anything but `iran.yaml` is in the workspace's registry folder.
fn assert_no_leftovers(ws: &Workspace) {
    let leftovers: Vec<_> = std::fs::read_dir(ws.claims())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "iran.yaml")
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

fn assert_only_inserted(old: &str, new: &str) -> String {
    let common = old
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    // Entries are inserted as whole lines: align to the start of a line.
    let prefix = old[..common].rfind('\n').map_or(0, |i| i + 1);
    let old_rest = &old[prefix..];
    assert!(new.len() >= old.len());
    assert!(
        new.ends_with(old_rest),
        "old bytes after the insertion point changed:\n{new}"
    );
    new[prefix..new.len() - old_rest.len()].to_owned()
}

#[test]
fn adds_a_person_keeping_every_byte() {
    let ws = Workspace::with_files(&[("iran.yaml", BASE)]);
    ws.cmd(&[
        "registry",
        "add",
        "person",
        "--file",
        "claims/iran.yaml",
        "--id",
        "ali-larijani",
        "--name",
        "Ali Larijani",
        "--alias",
        "Larijani",
        "--title",
        "secretary of Iran's Supreme National Security Council",
    ])
    .assert()
    .success()
    .stdout("added person `ali-larijani` at claims/iran.yaml:5:5\n");
    let new = ws.read("iran.yaml");
    let inserted = assert_only_inserted(BASE, &new);
    assert_eq!(
        inserted,
        "  - id: ali-larijani\n    name: Ali Larijani\n    aliases:\n    - Larijani\n    titles:\n    - secretary of Iran's Supreme National Security Council\n"
    );
    ws.cmd(&["registry", "validate"]).assert().success();
}

#[test]
fn adds_a_quote_and_a_claim_with_sources() {
    let ws = Workspace::with_files(&[("iran.yaml", BASE)]);
    ws.cmd(&[
        "registry",
        "add",
        "quote",
        "--file",
        "claims/iran.yaml",
        "--id",
        "q-two",
        "--speaker",
        "ali-khamenei",
        "--text",
        "Two: with a colon, and \"quotes\"",
        "--said-on",
        "2025-08-24",
        "--language",
        "fa",
        "--outlet",
        "Financial Times",
        "--published",
        "2025-08-24",
    ])
    .assert()
    .success();
    ws.cmd(&[
        "registry",
        "add",
        "claim",
        "--file",
        "claims/iran.yaml",
        "--id",
        "c-new",
        "--statement",
        "Something happened",
        "--status",
        "disputed",
        "--asserted-by",
        "public reports",
        "--disputed-by",
        "ali-khamenei",
        "--as-of",
        "2025-08-24",
    ])
    .assert()
    .success()
    .stdout(contains("added claim `c-new` at claims/iran.yaml:"));
    let out = ws
        .cmd(&["registry", "show", "q-two", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["text"], "Two: with a colon, and \"quotes\"");
    assert_eq!(v["sources"][0]["outlet"], "Financial Times");
    let v: serde_json::Value = serde_json::from_slice(
        &ws.cmd(&["registry", "show", "c-new", "--format", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(v["status"], "disputed");
    assert_eq!(v["disputed_by"][0], "ali-khamenei");
    let new = ws.read("iran.yaml");
    assert!(new.contains("# Trailing comment at the end of the file.\n"));
    assert!(new.starts_with(&BASE[..BASE.find("\n# Trailing").unwrap()]));
}

#[test]
fn creates_a_missing_file() {
    let ws = Workspace::with_files(&[("iran.yaml", BASE)]);
    ws.cmd(&[
        "registry",
        "add",
        "person",
        "--file",
        "claims/new/us.yaml",
        "--id",
        "donald-trump",
        "--name",
        "Donald Trump",
    ])
    .assert()
    .code(2)
    .stderr(contains("no such folder"));
    ws.cmd(&[
        "registry",
        "add",
        "person",
        "--file",
        "claims/us.yaml",
        "--id",
        "donald-trump",
        "--name",
        "Donald Trump",
    ])
    .assert()
    .success();
    assert_eq!(
        ws.read("us.yaml"),
        "people:\n  - id: donald-trump\n    name: Donald Trump\n"
    );
}

#[test]
fn refuses_a_duplicate_id_and_writes_nothing() {
    let ws = Workspace::with_files(&[("iran.yaml", BASE), ("other.yaml", "")]);
    ws.cmd(&["registry", "add", "claim", "--file", "claims/other.yaml", "--id", "q-one", "--statement", "S", "--status", "false"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("error: the ID `q-one` is already defined at claims/iran.yaml:8:5; choose another ID (IDs are unique across the registry)\n");
    assert_eq!(ws.read("other.yaml"), "");
}

#[test]
fn refuses_an_entry_that_would_make_the_registry_invalid() {
    let ws = Workspace::with_files(&[("iran.yaml", BASE)]);
    let out = ws
        .cmd(&[
            "registry",
            "add",
            "quote",
            "--file",
            "claims/iran.yaml",
            "--id",
            "q-two",
            "--speaker",
            "nobody-known",
            "--text",
            "T",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains("the new entry has problems:\n  --speaker: unknown speaker `nobody-known`"),
        "{err}"
    );
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(ws.read("iran.yaml"), BASE);

    ws.cmd(&[
        "registry",
        "add",
        "person",
        "--file",
        "claims/iran.yaml",
        "--id",
        "Bad Id",
        "--name",
        "X",
    ])
    .assert()
    .code(2)
    .stderr(contains("`Bad Id` is not a valid ID"));
    ws.cmd(&[
        "registry",
        "add",
        "claim",
        "--file",
        "claims/iran.yaml",
        "--id",
        "c",
        "--statement",
        "S",
        "--status",
        "disputed",
        "--as-of",
        "2025-02-30",
    ])
    .assert()
    .code(2)
    .stderr(contains("`as_of` is not a valid date: `2025-02-30`"));
    assert_eq!(ws.read("iran.yaml"), BASE);
}

#[test]
fn refuses_to_add_to_an_invalid_registry() {
    let ws = Workspace::with_files(&[("iran.yaml", BASE), ("bad.yaml", "people:\n  - id: x\n")]);
    ws.cmd(&[
        "registry",
        "add",
        "person",
        "--file",
        "claims/iran.yaml",
        "--id",
        "someone",
        "--name",
        "S",
    ])
    .assert()
    .code(2)
    .stderr(
        contains("claims/bad.yaml:2:5: missing field `name`")
            .and(contains("fix them before adding entries")),
    );
    assert_eq!(ws.read("iran.yaml"), BASE);
}

#[test]
fn refuses_flags_of_another_kind() {
    let ws = Workspace::with_files(&[("iran.yaml", BASE)]);
    ws.cmd(&[
        "registry",
        "add",
        "person",
        "--file",
        "claims/iran.yaml",
        "--id",
        "p",
        "--name",
        "P",
        "--status",
        "false",
    ])
    .assert()
    .code(2)
    .stderr(contains("--status does not apply to a person"));
    ws.cmd(&[
        "registry",
        "add",
        "quote",
        "--file",
        "claims/iran.yaml",
        "--id",
        "q",
    ])
    .assert()
    .code(2)
    .stderr(contains("--speaker"));
}

#[test]
fn refuses_a_flow_style_list_and_keeps_the_file() {
    let text = "people: [{id: a, name: A}]\n";
    let ws = Workspace::with_files(&[("flow.yaml", text)]);
    ws.cmd(&[
        "registry",
        "add",
        "person",
        "--file",
        "claims/flow.yaml",
        "--id",
        "b",
        "--name",
        "B",
    ])
    .assert()
    .code(2)
    .stderr(contains(
        "claims/flow.yaml:1:9: `people` is written in flow style",
    ));
    assert_eq!(ws.read("flow.yaml"), text);
}

/// `registry add quote` of Khamenei's into the workspace's `iran.yaml`,
/// ready to spawn.
fn add_quote(ws: &Workspace, id: &str, text: &str) -> std::process::Command {
    ws.process(&[
        "registry",
        "add",
        "quote",
        "--file",
        "claims/iran.yaml",
        "--id",
        id,
        "--speaker",
        "ali-khamenei",
        "--text",
        text,
    ])
}

#[test]
fn sixteen_writers_at_once_lose_nothing() {
    let ws = Workspace::with_files(&[("iran.yaml", BASE)]);
    let children: Vec<_> = (0..16)
        .map(|i| {
            add_quote(
                &ws,
                &format!("concurrent-{i}"),
                &format!("Words number {i}."),
            )
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}{}",
            stdout_of(&out),
            stderr_of(&out)
        );
    }
    let new = ws.read("iran.yaml");
    let inserted = assert_only_inserted(BASE, &new);
    for i in 0..16 {
        assert!(
            inserted.contains(&format!("id: concurrent-{i}\n")),
            "entry {i} lost:\n{new}"
        );
    }
    for comment in BASE.lines().filter(|l| l.contains('#')) {
        assert!(new.contains(comment), "comment lost: {comment}");
    }
    ws.cmd(&["registry", "validate"])
        .assert()
        .success()
        .stdout("claims: 1 person, 17 quotes, 0 claims in 1 file; no problems\n");
    assert_no_leftovers(&ws);
}

use predicates::prelude::PredicateBooleanExt;

/// Regression: a last entry whose block scalar has lines starting with `#`
/// (a hashtag) made the next add refuse, and comments indented under the
/// last entry were swallowed by a new entry's block scalar.
#[test]
fn block_scalars_and_comments_under_the_last_entry() {
    let base = "people:\n  - id: a\n    name: A\nquotes:\n  - id: q\n    speaker: a\n    text: T\n    sources:\n      - outlet: FT\n        # url: still to find\n";
    let ws = Workspace::with_files(&[("a.yaml", base)]);
    let add = |id: &str, text: &str| {
        ws.cmd(&[
            "registry",
            "add",
            "quote",
            "--file",
            "claims/a.yaml",
            "--id",
            id,
            "--speaker",
            "a",
            "--text",
            text,
        ])
        .assert()
        .success();
    };
    add("q2", "First paragraph.\nSecond paragraph.");
    add("q3", "First line\n#MeToo trended");
    add("q4", "After the hashtag.");
    let new = ws.read("a.yaml");
    assert!(
        new.starts_with(base),
        "the old text, comment included, comes first:\n{new}"
    );
    for (id, text) in [
        ("q2", "First paragraph.\nSecond paragraph."),
        ("q3", "First line\n#MeToo trended"),
        ("q4", "After the hashtag."),
    ] {
        let out = ws
            .cmd(&["registry", "show", id, "--format", "json"])
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["text"], text, "{id}");
    }
}

/// Regression: the `-` was looked for only on the key's own line.
#[test]
fn items_whose_keys_start_on_the_next_line() {
    let base = "people:\n- &first\n  id: a\n  name: A\n-\n  id: b\n  name: B\n";
    let ws = Workspace::with_files(&[("a.yaml", base)]);
    ws.cmd(&[
        "registry",
        "add",
        "person",
        "--file",
        "claims/a.yaml",
        "--id",
        "c",
        "--name",
        "C",
    ])
    .assert()
    .success();
    assert_eq!(ws.read("a.yaml"), format!("{base}- id: c\n  name: C\n"));
}

/// Regression: a new list went after a `...` document end marker.
#[test]
fn a_new_list_goes_before_the_document_end_marker() {
    let base = "---\npeople:\n  - id: a\n    name: A\n...\n";
    let ws = Workspace::with_files(&[("a.yaml", base)]);
    ws.cmd(&[
        "registry",
        "add",
        "claim",
        "--file",
        "claims/a.yaml",
        "--id",
        "c",
        "--statement",
        "S",
        "--status",
        "unproven",
    ])
    .assert()
    .success();
    assert_eq!(ws.read("a.yaml"), "---\npeople:\n  - id: a\n    name: A\nclaims:\n  - id: c\n    statement: S\n    status: unproven\n...\n");
}

/// Regression: adding to a file the registry never reads reported success.
#[test]
fn refuses_files_the_registry_would_not_read() {
    let ws = Workspace::with_files(&[("a.yaml", BASE)]);
    std::fs::create_dir(ws.path().join("elsewhere")).unwrap();
    for (file, says) in [
        ("claims/notes.txt", "registry files end in .yaml or .yml"),
        (
            "claims/.hidden.yaml",
            "hidden files and folders are not read",
        ),
        ("elsewhere/b.yaml", "outside the registry folder claims"),
    ] {
        ws.cmd(&[
            "registry", "add", "person", "--file", file, "--id", "b", "--name", "B",
        ])
        .assert()
        .code(2)
        .stderr(contains(says));
    }
}

/// Regression: the lock covered only the target's folder, so two runs
/// adding one ID to two files could both succeed.
#[test]
fn one_id_added_to_two_files_at_once_lands_once() {
    for round in 0..4 {
        let ws = Workspace::with_files(&[("x/a.yaml", BASE), ("y/b.yaml", "")]);
        let spawn = |file: &str| {
            ws.process(&[
                "registry", "add", "person", "--file", file, "--id", "dup-1", "--name", "D",
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
        };
        let (mut a, mut b) = (spawn("claims/x/a.yaml"), spawn("claims/y/b.yaml"));
        let ok = [a.wait().unwrap().success(), b.wait().unwrap().success()];
        assert_eq!(
            ok.iter().filter(|s| **s).count(),
            1,
            "round {round}: {ok:?}"
        );
        ws.cmd(&["registry", "validate"]).assert().success();
    }
}

/// Text that YAML writers and readers disagree on is refused, not changed.
#[test]
fn text_that_would_not_read_back_is_refused() {
    let ws = Workspace::with_files(&[("a.yaml", BASE)]);
    let out = ws
        .cmd(&[
            "registry",
            "add",
            "quote",
            "--file",
            "claims/a.yaml",
            "--id",
            "q2",
            "--speaker",
            "ali-khamenei",
            "--text",
            "We will\u{2028}never give up",
        ])
        .output()
        .unwrap();
    if out.status.success() {
        let v: serde_json::Value = serde_json::from_slice(
            &ws.cmd(&["registry", "show", "q2", "--format", "json"])
                .output()
                .unwrap()
                .stdout,
        )
        .unwrap();
        assert_eq!(v["text"], "We will\u{2028}never give up");
    } else {
        assert_eq!(ws.read("a.yaml"), BASE);
    }
}

/// SIGKILL at random moments while eight writers add entries, until 200
/// writers have been killed: after every round the file keeps every byte it
/// had, validates, and holds each entry whole or not at all; every writer
/// that finished lost nothing.
#[test]
fn writers_killed_at_random_never_tear_a_file() {
    use std::os::unix::process::ExitStatusExt;
    let ws = Workspace::with_files(&[("iran.yaml", BASE)]);
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = |n: u64| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) % n
    };
    let (mut kills, mut landed, mut round) = (0, 0, 0);
    while kills < 200 && round < 2000 {
        round += 1;
        let before = ws.read("iran.yaml");
        let mut children: Vec<(String, std::process::Child)> = (0..8)
            .map(|w| {
                let id = format!("round-{round}-writer-{w}");
                let child = add_quote(&ws, &id, &format!("Words of {id}."))
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null())
                    .spawn()
                    .expect("spawn");
                (id, child)
            })
            .collect();
        std::thread::sleep(std::time::Duration::from_micros(next(20_000)));
        for (_, child) in children.iter_mut() {
            if next(3) > 0 {
                let _ = child.kill();
            }
        }
        let mut finished = Vec::new();
        let mut killed = Vec::new();
        for (id, mut child) in children {
            let status = child.wait().unwrap();
            if status.signal() == Some(9) {
                killed.push(id);
            } else {
                assert!(status.success(), "{id}: {status}");
                finished.push(id);
            }
        }
        kills += killed.len();
        let after = ws.read("iran.yaml");
        let inserted = assert_only_inserted(&before, &after);
        for id in &finished {
            assert!(inserted.contains(&format!("id: {id}\n")), "{id} lost");
        }
        for id in finished.iter().chain(&killed) {
            let present = inserted.contains(&format!("id: {id}\n"));
            landed += usize::from(present);
            // Whole or absent: the ID never without its text.
            assert_eq!(
                present,
                inserted.contains(&format!("Words of {id}.")),
                "{id} torn"
            );
        }
        ws.cmd(&["registry", "validate"]).assert().success();
    }
    assert!(
        kills >= 200,
        "only {kills} writers killed in {round} rounds"
    );
    let quotes = ws
        .read("iran.yaml")
        .matches("    speaker: ali-khamenei")
        .count();
    assert_eq!(quotes, landed + 1, "every entry that landed is there once");
    // The next writer clears what killed writers left behind.
    ws.cmd(&[
        "registry",
        "add",
        "quote",
        "--file",
        "claims/iran.yaml",
        "--id",
        "last-one",
        "--speaker",
        "ali-khamenei",
        "--text",
        "The last words.",
    ])
    .assert()
    .success();
    assert_no_leftovers(&ws);
}

/// A write that fails half way (the file-size limit reached) leaves the
/// original as it was, says so, and exits 2.
#[test]
fn a_failed_write_leaves_the_file_as_it_was() {
    let mut text = String::from("people:\n  - id: ali-khamenei\n    name: Ali Khamenei\nquotes:\n");
    for i in 0..40 {
        text.push_str(&format!(
            "  - id: q-{i}\n    speaker: ali-khamenei\n    text: Words number {i} that were said at some length.\n"
        ));
    }
    let ws = Workspace::with_files(&[("iran.yaml", &text)]);
    // `ulimit -f 2` allows 1 or 2 KB, far less than the new file; the
    // signal the limit raises is ignored, so the write itself fails.
    let script = format!(
        "trap '' XFSZ; ulimit -f 2; exec '{}' registry add quote --file claims/iran.yaml --id new-one --speaker ali-khamenei --text 'New words.'",
        binary()
    );
    let out = std::process::Command::new("sh")
        .current_dir(ws.path())
        .args(["-c", &script])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert_eq!(
        stderr_of(&out),
        "error: claims/iran.yaml: cannot write the new version (File too large (os error 27)); the file was left as it was\n"
    );
    assert_eq!(ws.read("iran.yaml"), text);
    let leftovers = std::fs::read_dir(ws.claims()).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary file left");
}
