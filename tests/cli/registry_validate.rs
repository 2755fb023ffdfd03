//! `registry validate`: the counts for a good registry, and every class of
//! problem reported at its exact file:line:column.

use crate::support::{stderr_of, Workspace};
use assert_cmd::Command;

const PERSON: &str = "people:\n  - id: ali-khamenei\n    name: Ali Khamenei\n";

/// Runs validate and returns its error output, asserting exit 2 and an empty stdout.
fn problems(ws: &Workspace) -> String {
    let out = ws.cmd(&["registry", "validate"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert!(out.stdout.is_empty(), "nothing on stdout when invalid");
    stderr_of(&out)
}

#[test]
fn shipped_dossier_is_valid_and_counted() {
    Command::new(crate::support::binary())
        .current_dir(crate::support::project_root())
        .args(["registry", "validate"])
        .assert()
        .success()
        .stdout("claims: 11 people, 5 quotes, 9 claims in 1 file; no problems\n");
}

#[test]
fn built_in_registry_is_used_outside_a_project() {
    let dir = tempfile::tempdir().unwrap();
    Command::new(crate::support::binary())
        .current_dir(dir.path())
        .args(["registry", "validate"])
        .assert()
        .success()
        .stdout("the built-in registry: 11 people, 5 quotes, 9 claims in 1 file; no problems\n");
}

#[test]
fn files_are_read_recursively_and_empty_files_are_fine() {
    let ws = Workspace::with_files(&[
        ("a.yaml", PERSON),
        (
            "deeper/b.yml",
            "quotes:\n  - id: q\n    speaker: ali-khamenei\n    text: Words.\n",
        ),
        ("empty.yaml", "# nothing yet\n"),
        ("notes.txt", "not a registry file: [[[\n"),
        (".hidden/c.yaml", "this: is ignored\n"),
    ]);
    ws.cmd(&["registry", "validate"])
        .assert()
        .success()
        .stdout("claims: 1 person, 1 quote, 0 claims in 3 files; no problems\n");
}

#[test]
fn registry_flag_names_another_folder() {
    let ws = Workspace::with_files(&[]);
    std::fs::create_dir(ws.path().join("other")).unwrap();
    std::fs::write(ws.path().join("other/a.yaml"), PERSON).unwrap();
    ws.cmd(&["registry", "validate", "--registry", "other"])
        .assert()
        .success()
        .stdout("other: 1 person, 0 quotes, 0 claims in 1 file; no problems\n");
}

#[test]
fn missing_registry_folder_is_an_error() {
    let ws = Workspace::with_files(&[]);
    ws.cmd(&["registry", "validate", "--registry", "nowhere"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "cannot read the registry folder nowhere: no such folder",
        ));
}

#[test]
fn yaml_syntax_error() {
    let ws = Workspace::with_files(&[("a.yaml", "people:\n  - id: a\n   name: \"unclosed\n")]);
    let err = problems(&ws);
    assert!(err.contains("claims/a.yaml:3:"), "{err}");
    assert!(err.contains("YAML syntax error"), "{err}");
}

#[test]
fn yaml_syntax_error_points_at_the_bad_token() {
    let ws = Workspace::with_files(&[("a.yaml", "people:\n  - id: a\n    name: b: c\n")]);
    let err = problems(&ws);
    assert!(
        err.contains("claims/a.yaml:3:12: YAML syntax error"),
        "{err}"
    );
}

#[test]
fn unknown_key_in_an_entry() {
    let ws = Workspace::with_files(&[("a.yaml", "people:\n  - id: a\n    name: A\n    nmae: B\n")]);
    let err = problems(&ws);
    assert!(
        err.contains("claims/a.yaml:4:5: unknown field `nmae`, expected one of `id`, `name`, `kind`, `aliases`, `titles`"),
        "{err}"
    );
    assert!(
        err.contains("help: remove the key or correct its spelling"),
        "{err}"
    );
}

#[test]
fn unknown_key_at_the_top() {
    let ws = Workspace::with_files(&[("a.yaml", "# c\npeople: []\nsources: []\n")]);
    let err = problems(&ws);
    assert!(
        err.contains("claims/a.yaml:3:1: unknown key `sources` at the top of the file"),
        "{err}"
    );
}

#[test]
fn wrong_type() {
    let ws = Workspace::with_files(&[(
        "a.yaml",
        "people:\n  - id: a\n    name: A\n    aliases: Ay\n",
    )]);
    let err = problems(&ws);
    assert!(
        err.contains("claims/a.yaml:4:14: invalid type: string \"Ay\", expected a sequence"),
        "{err}"
    );
}

#[test]
fn list_that_is_not_a_list() {
    let ws = Workspace::with_files(&[("a.yaml", "quotes:\n  id: a\n")]);
    let err = problems(&ws);
    assert!(
        err.contains("claims/a.yaml:2:3: `quotes` must be a list"),
        "{err}"
    );
}

#[test]
fn duplicate_ids_across_files_name_both_places() {
    let ws = Workspace::with_files(&[
        ("a.yaml", PERSON),
        (
            "b.yaml",
            "# second\nclaims:\n  - id: ali-khamenei\n    statement: S\n    status: unproven\n",
        ),
    ]);
    let err = problems(&ws);
    assert!(
        err.contains("claims/b.yaml:3:9: duplicate ID `ali-khamenei`"),
        "{err}"
    );
    assert!(
        err.contains("already defined at claims/a.yaml:2:9"),
        "{err}"
    );
}

#[test]
fn unknown_speaker_suggests_the_closest_id() {
    let ws = Workspace::with_files(&[(
        "a.yaml",
        &format!("{PERSON}quotes:\n  - id: q\n    speaker: ali-khamenie\n    text: T\n"),
    )]);
    let err = problems(&ws);
    assert!(
        err.contains("claims/a.yaml:6:14: unknown speaker `ali-khamenie`: no person has this ID"),
        "{err}"
    );
    assert!(err.contains("did you mean `ali-khamenei`?"), "{err}");
}

#[test]
fn unknown_status_lists_the_valid_ones() {
    let ws = Workspace::with_files(&[(
        "a.yaml",
        "claims:\n  - id: c\n    statement: S\n    status: maybe\n",
    )]);
    let err = problems(&ws);
    assert!(
        err.contains("claims/a.yaml:4:13: unknown value `maybe`, expected one of `true`, `mostly-true`, `misleading`, `disputed`, `unproven`, `false`"),
        "{err}"
    );
}

#[test]
fn malformed_dates() {
    let ws = Workspace::with_files(&[(
        "a.yaml",
        &format!(
            "{PERSON}quotes:\n  - id: q\n    speaker: ali-khamenei\n    text: T\n    said_on: 24/08/2025\nclaims:\n  - id: c\n    statement: S\n    status: disputed\n    as_of: 2025-02-29\n"
        ),
    )]);
    let err = problems(&ws);
    assert!(
        err.contains("claims/a.yaml:8:14: `said_on` is not a valid date: `24/08/2025`"),
        "{err}"
    );
    assert!(
        err.contains("claims/a.yaml:13:12: `as_of` is not a valid date: `2025-02-29`"),
        "{err}"
    );
}

#[test]
fn empty_texts() {
    let ws = Workspace::with_files(&[(
        "a.yaml",
        &format!("{PERSON}quotes:\n  - id: q\n    speaker: ali-khamenei\n    text: \"  \"\n  - id: r\n    speaker: ali-khamenei\n    text:\n"),
    )]);
    let err = problems(&ws);
    assert!(err.contains("claims/a.yaml:7:11: `text` is empty"), "{err}");
    assert!(
        err.contains("claims/a.yaml:10:5: expected text, found nothing"),
        "{err}"
    );
}

#[test]
fn ids_must_be_lowercase_hyphenated() {
    let ws = Workspace::with_files(&[(
        "a.yaml",
        "people:\n  - id: Ali_Khamenei\n    name: Ali Khamenei\n",
    )]);
    let err = problems(&ws);
    assert!(
        err.contains("claims/a.yaml:2:9: `Ali_Khamenei` is not a valid ID"),
        "{err}"
    );
    assert!(err.contains("e.g. `ali-khamenei`"), "{err}");
}

#[test]
fn missing_required_field() {
    let ws = Workspace::with_files(&[("a.yaml", "people:\n  - id: a\n    aliases: [A]\n")]);
    let err = problems(&ws);
    assert!(
        err.contains("claims/a.yaml:2:5: missing field `name`"),
        "{err}"
    );
}

#[test]
fn unknown_people_in_claims() {
    let ws = Workspace::with_files(&[(
        "a.yaml",
        &format!("{PERSON}claims:\n  - id: c\n    statement: S\n    status: disputed\n    disputed_by: [public reports, ali-khamenie]\n"),
    )]);
    let err = problems(&ws);
    assert!(
        err.contains("claims/a.yaml:8:35: unknown person `ali-khamenie` in `disputed_by`"),
        "{err}"
    );
    assert!(
        !err.contains("unknown person `public reports`"),
        "free text is allowed: {err}"
    );
}

#[test]
fn not_utf8_is_located() {
    let ws = Workspace::with_files(&[]);
    std::fs::write(
        ws.claims().join("a.yaml"),
        b"people:\n  - id: a\n    name: \xff\n",
    )
    .unwrap();
    let err = problems(&ws);
    assert!(
        err.contains("claims/a.yaml:3:11: the file is not valid UTF-8"),
        "{err}"
    );
}

#[test]
fn bom_and_crlf_are_read() {
    let ws = Workspace::with_files(&[(
        "a.yaml",
        "\u{feff}people:\r\n  - id: a\r\n    name: A\r\n    nmae: B\r\n",
    )]);
    let err = problems(&ws);
    assert!(
        err.contains("claims/a.yaml:4:5: unknown field `nmae`"),
        "{err}"
    );
}

#[test]
fn every_problem_in_every_file_is_reported_in_one_run() {
    let ws = Workspace::with_files(&[
        (
            "a.yaml",
            "people:\n  - id: a\n    name: A\n    nmae: x\n  - id: B\n    name: B\nquotes:\n  - id: q\n    speaker: nobody-here\n    text: T\n    said_on: 2025-13-01\n",
        ),
        ("b.yaml", "claims:\n  - id: c\n    statement: S\n    status: maybe\n"),
        ("c.yaml", "people: [\n"),
    ]);
    let err = problems(&ws);
    for expected in [
        "claims/a.yaml:4:5: unknown field `nmae`",
        "claims/a.yaml:5:9: `B` is not a valid ID",
        "claims/a.yaml:9:14: unknown speaker `nobody-here`",
        "claims/a.yaml:11:14: `said_on` is not a valid date",
        "claims/b.yaml:4:13: unknown value `maybe`",
        "claims/c.yaml:",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    assert!(
        err.ends_with("error: 6 problems in the registry (claims); nothing was used\n"),
        "{err}"
    );
}

#[test]
fn commands_that_need_the_registry_refuse_an_invalid_one() {
    let ws = Workspace::with_files(&[("a.yaml", "people:\n  - id: Bad\n    name: B\n")]);
    for args in [
        vec!["registry", "list"],
        vec!["registry", "show", "bad"],
        vec!["registry", "search", "anything"],
    ] {
        let out = ws.cmd(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(stderr_of(&out).contains("claims/a.yaml:2:9: `Bad` is not a valid ID"));
    }
}
