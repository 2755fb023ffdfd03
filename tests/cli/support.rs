//! Helpers: a registry folder on disk and a command that runs the binary in it.

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// The path of the binary under test.
pub fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_factcheck")
}

/// The project's own folder (where `claims/` is).
pub fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary working folder with a `claims/` registry folder in it.
pub struct Workspace {
    pub dir: TempDir,
}

impl Workspace {
    /// A workspace whose `claims/` holds the given files.
    pub fn with_files(files: &[(&str, &str)]) -> Workspace {
        let dir = tempfile::tempdir().expect("temporary folder");
        std::fs::create_dir(dir.path().join("claims")).expect("claims folder");
        let ws = Workspace { dir };
        for (name, text) in files {
            ws.write(name, text);
        }
        ws
    }

    /// A workspace with the fictional test dossier.
    pub fn fixture() -> Workspace {
        let text = std::fs::read_to_string(
            project_root().join("tests/fixtures/registry/harbour-town.yaml"),
        )
        .expect("fixture");
        Workspace::with_files(&[("harbour-town.yaml", &text)])
    }

    /// Writes `claims/<name>`.
    pub fn write(&self, name: &str, text: &str) {
        let path = self.claims().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("folder");
        }
        std::fs::write(path, text).expect("write");
    }

    /// Reads `claims/<name>`.
    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.claims().join(name)).expect("read")
    }

    /// The `claims/` folder.
    pub fn claims(&self) -> PathBuf {
        self.dir.path().join("claims")
    }

    /// The workspace folder.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `factcheck ARGS…` run in the workspace (so `./claims` is the registry).
    pub fn cmd(&self, args: &[&str]) -> Command {
        Command::from_std(self.process(args))
    }

    /// The same command as a plain process, to spawn and wait for.
    pub fn process(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(binary());
        // No sentence-embedding model unless a test sets one up, whatever
        // this machine has installed.
        cmd.current_dir(self.path())
            .args(args)
            .env("NO_COLOR", "1")
            .env("FACTCHECK_MODEL", "")
            .env("FACTCHECK_CACHE_DIR", self.path().join("cache"))
            .env("XDG_DATA_HOME", self.path().join("data"));
        cmd
    }
}

/// The output of a finished command as text.
pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The error output of a finished command as text.
pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs annotate from the project root (so the shipped registry is used).
pub fn annotate(args: &[&str]) -> std::process::Output {
    assert_cmd::Command::new(binary())
        .current_dir(project_root())
        .arg("annotate")
        .args(args)
        .env("NO_COLOR", "1")
        .env("FACTCHECK_CACHE_DIR", env!("CARGO_TARGET_TMPDIR"))
        .output()
        .expect("run")
}

/// The cache scenes' registry: one quote by Ann Lee.
pub const PORT_YAML: &str = "people:\n  - id: ann-lee\n    name: Ann Lee\nquotes:\n  - id: lee-port\n    speaker: ann-lee\n    text: The port will reopen on Monday morning at six.\n";

/// A temporary folder holding a registry folder (`claims/`, with
/// [`PORT_YAML`]), a draft quoting it word for word (`draft.txt`) and the
/// place for a cache (`cache/`, not yet made).
pub struct CacheScene {
    /// Keeps the folder alive as long as the scene.
    _dir: TempDir,
    /// The registry folder.
    pub claims: PathBuf,
    /// The cache folder.
    pub cache: PathBuf,
    /// The draft.
    pub draft: PathBuf,
}

impl CacheScene {
    /// A new scene.
    pub fn new() -> CacheScene {
        let dir = tempfile::tempdir().expect("temporary folder");
        let claims = dir.path().join("claims");
        let cache = dir.path().join("cache");
        let draft = dir.path().join("draft.txt");
        std::fs::create_dir(&claims).expect("claims folder");
        std::fs::write(claims.join("port.yaml"), PORT_YAML).expect("registry");
        std::fs::write(
            &draft,
            "\"The port will reopen on Monday morning at six,\" Ann Lee said.\n",
        )
        .expect("draft");
        CacheScene {
            _dir: dir,
            claims,
            cache,
            draft,
        }
    }

    /// Replaces the registry file's text.
    pub fn set_registry(&self, text: &str) {
        std::fs::write(self.claims.join("port.yaml"), text).expect("registry");
    }

    /// The one cache file the runs have written.
    pub fn cache_file(&self) -> PathBuf {
        std::fs::read_dir(&self.cache)
            .expect("cache folder")
            .next()
            .expect("a cache file")
            .expect("entry")
            .path()
    }

    /// Each quotation's verdict, from a run through the cache.
    pub fn verdicts(&self) -> Vec<String> {
        verdicts_with_cache(&self.draft, &self.claims, &self.cache)
    }
}

/// Runs annotate on `draft` with `registry` and the cache in `cache`,
/// returning each quotation's verdict.
pub fn verdicts_with_cache(draft: &Path, registry: &Path, cache: &Path) -> Vec<String> {
    let out = Command::new(binary())
        .args(["annotate", "--format", "json", "--cache-dir"])
        .arg(cache)
        .arg("--registry")
        .arg(registry)
        .arg(draft)
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    v["drafts"][0]["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .map(|q| q["verdict"].as_str().unwrap_or("").to_owned())
        .collect()
}
