//! `factcheck annotate DRAFT…`: every quotation, its kind and speaker.

use super::args::{AnnotateArgs, ColorChoice, FailOn, InputFormatArg, TableOrJson};
use super::registry::load_failed;
use super::{fail, print_out, EXIT_OK};
use factcheck::check::{annotate_draft, Annotation, Matcher, Severity};
use factcheck::extract::{extract, names::Directory};
use factcheck::registry::cache::{self, load_indexed};
use factcheck::registry::claim_index::ClaimIndex;
use factcheck::registry::{Limits, RegistrySource};
use factcheck::report::annotation as view;
use factcheck::text::draft::read_limited;
use factcheck::text::{Draft, DraftError, InputFormat};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Exit code for findings at or above `--fail-on`.
const EXIT_FINDINGS: u8 = 1;

/// The draft files named on the command line, folders walked in path order.
fn expand(paths: &[PathBuf], errors: &mut Vec<String>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" || !path.is_dir() {
            out.push(path.clone());
            continue;
        }
        let mut found = Vec::new();
        let mut pending = vec![path.clone()];
        let mut seen = std::collections::HashSet::new();
        while let Some(dir) = pending.pop() {
            // Guard against symbolic-link loops.
            if let Ok(real) = dir.canonicalize() {
                if !seen.insert(real) {
                    continue;
                }
            }
            let entries = match std::fs::read_dir(&dir) {
                Ok(e) => e,
                Err(e) => {
                    errors.push(format!("{}: cannot read the folder: {e}", dir.display()));
                    continue;
                }
            };
            for entry in entries.flatten() {
                let p = entry.path();
                if entry.file_name().to_string_lossy().starts_with('.') {
                    continue;
                }
                if p.is_dir() {
                    pending.push(p);
                } else if InputFormat::is_draft_file(&p) {
                    // A pipe or a device found in a folder would block the
                    // run or never end: only regular files are read (a
                    // broken link is reported when it cannot be read).
                    match std::fs::metadata(&p) {
                        Ok(meta) if !meta.is_file() => {
                            errors.push(format!("{}: not a regular file; skipped", p.display()))
                        }
                        _ => found.push(p),
                    }
                }
            }
        }
        found.sort();
        out.extend(found);
    }
    out
}

fn read_draft(path: &Path, format: Option<InputFormat>, limit: u64) -> Result<Draft, String> {
    if path.as_os_str() == "-" {
        let bytes = read_limited(std::io::stdin().lock(), limit)
            .map_err(|e| format!("-: cannot read stdin: {e}"))?;
        if bytes.len() as u64 > limit {
            let e = DraftError::TooBig {
                path: "-".into(),
                size: bytes.len() as u64,
                limit,
            };
            return Err(e.to_string());
        }
        return Draft::from_bytes("-", bytes, format.unwrap_or(InputFormat::Text))
            .map_err(|e| e.to_string());
    }
    Draft::read(path, format, limit).map_err(|e| e.to_string())
}

/// Whether tables are coloured: `auto` colours a terminal unless NO_COLOR
/// is set to anything but the empty string.
fn use_colour(choice: ColorChoice) -> bool {
    use std::io::IsTerminal;
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

/// Runs `annotate`.
pub fn run(args: AnnotateArgs) -> ExitCode {
    let limits = Limits {
        max_file_size: args.registry.max_file_size,
        ..Limits::default()
    };
    let source = RegistrySource::resolve(args.registry.registry.as_deref());
    let cache_dir = match (&args.cache_dir, args.no_cache) {
        (_, true) => None,
        (Some(dir), false) => Some(dir.clone()),
        (None, false) => cache::default_dir(),
    };
    let (registry, index) = match load_indexed(&source, &limits, cache_dir.as_deref()) {
        Ok((registry, index, _)) => (registry, index),
        Err(e) => return load_failed(&source, e),
    };
    let directory = Directory::new(&registry);
    let claim_index = ClaimIndex::build(&registry);
    let matcher = Matcher::new(&registry, &index).with_claims(&claim_index);
    let format = args.input_format.map(|f| match f {
        InputFormatArg::Text => InputFormat::Text,
        InputFormatArg::Markdown => InputFormat::Markdown,
        InputFormatArg::Html => InputFormat::Html,
    });
    let mut errors = Vec::new();
    let paths = expand(&args.drafts, &mut errors);
    let mut drafts = Vec::new();
    for path in &paths {
        match read_draft(path, format, args.max_draft_size) {
            Ok(draft) => {
                let quotes = extract(&draft, &directory);
                drafts.push(annotate_draft(&draft, quotes, &matcher));
            }
            Err(e) => errors.push(e),
        }
    }
    let annotation = Annotation::new(drafts);
    let printed = match args.format {
        TableOrJson::Json => print_out(&view::json(&annotation)),
        TableOrJson::Table if annotation.drafts.is_empty() => Ok(()),
        TableOrJson::Table => print_out(&view::tables(
            &annotation,
            args.registry.width,
            use_colour(args.color),
        )),
    };
    if let Err(code) = printed {
        return code;
    }
    if !errors.is_empty() {
        return fail(
            &errors
                .iter()
                .map(|e| format!("error: {e}"))
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
    let threshold = match args.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Info => Some(Severity::Info),
        FailOn::Never => None,
    };
    match (threshold, annotation.worst()) {
        (Some(t), Some(worst)) if worst >= t => ExitCode::from(EXIT_FINDINGS),
        _ if paths.is_empty() => fail(
            "error: no drafts found: pass files, or folders holding .txt, .md, .markdown, .html or .htm files",
        ),
        _ => ExitCode::from(EXIT_OK),
    }
}
