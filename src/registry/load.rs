//! Finding, reading and parsing the registry's files, then checking them as
//! a whole. A registry with any problem is never returned half-loaded.

use super::de::{from_node, DeError};
use super::guard::{prescan, Limits};
use super::model::SECTIONS;
use super::problem::{Position, Problem, Problems};
use super::validate::{check_fields, check_references, Item, Parsed, References, Unreadable};
use super::yaml::{parse, Node, Value};
use super::{Located, Registry};
use std::fmt;
use std::path::{Path, PathBuf};

/// One registry file's text, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The path shown in messages.
    pub path: String,
    /// The file's whole text, including any byte order mark.
    pub text: String,
}

impl SourceFile {
    /// The number of bytes a byte order mark takes at the start of the text.
    pub fn bom_len(&self) -> usize {
        if self.text.starts_with('\u{feff}') {
            3
        } else {
            0
        }
    }
}

/// Where the registry comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegistrySource {
    /// A folder of YAML files, read recursively.
    Folder(PathBuf),
    /// The registry compiled into the binary from the project's `claims/`.
    BuiltIn,
}

impl RegistrySource {
    /// The folder given, else `./claims` when it exists, else the built-in registry.
    pub fn resolve(explicit: Option<&Path>) -> RegistrySource {
        match explicit {
            Some(dir) => RegistrySource::Folder(dir.to_path_buf()),
            None if Path::new("claims").is_dir() => RegistrySource::Folder(PathBuf::from("claims")),
            None => RegistrySource::BuiltIn,
        }
    }
}

impl fmt::Display for RegistrySource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RegistrySource::Folder(dir) => write!(f, "{}", dir.display()),
            RegistrySource::BuiltIn => f.write_str("the built-in registry"),
        }
    }
}

/// Why a registry could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// The registry folder itself could not be read.
    Folder {
        /// The folder.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// The files were read, and these problems were found in them.
    Invalid(Problems),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Folder { path, message } => {
                write!(
                    f,
                    "cannot read the registry folder {}: {message}",
                    path.display()
                )
            }
            LoadError::Invalid(problems) => write!(f, "{problems}"),
        }
    }
}

impl std::error::Error for LoadError {}

/// The files that make up a registry folder: every `.yaml` and `.yml` file
/// below it, hidden files and folders excepted, sorted by path so that every
/// run reads them in the same order. Symbolic links to folders are not followed.
pub fn registry_files(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let folder_error = |e: std::io::Error| LoadError::Folder {
        path: dir.to_path_buf(),
        message: e.to_string(),
    };
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).map_err(folder_error)? {
            let entry = entry.map_err(folder_error)?;
            let path = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let kind = entry.file_type().map_err(folder_error)?;
            if kind.is_dir() {
                pending.push(path);
            } else if is_registry_file(&path) && (kind.is_file() || path.is_file()) {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Whether a path names a registry file by its extension.
pub fn is_registry_file(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    )
}

/// Reads one registry file, refusing files above the size limit and files
/// that are not UTF-8.
pub fn read_file(path: &Path, limits: &Limits) -> Result<SourceFile, Problem> {
    let shown = path.display().to_string();
    let too_big = |size: u64| {
        Problem::new(
            &shown,
            Position::START,
            format!(
                "file is {}, above the {} limit for a registry file",
                human_size(size),
                human_size(limits.max_file_size)
            ),
        )
        .help("split it into smaller dossiers, or raise the limit with --max-file-size")
    };
    let io_problem = |e: std::io::Error| {
        Problem::new(
            &shown,
            Position::START,
            format!("cannot read the file: {e}"),
        )
        .help("check that the file exists and is readable")
    };
    let size = std::fs::metadata(path).map_err(io_problem)?.len();
    if size > limits.max_file_size {
        return Err(too_big(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    use std::io::Read;
    std::fs::File::open(path)
        .map_err(io_problem)?
        .take(limits.max_file_size + 1)
        .read_to_end(&mut bytes)
        .map_err(io_problem)?;
    if bytes.len() as u64 > limits.max_file_size {
        return Err(too_big(bytes.len() as u64));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let before = String::from_utf8_lossy(&bytes[..valid]);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Problem::new(
            &shown,
            Position {
                line,
                column,
                offset: valid,
            },
            "the file is not valid UTF-8",
        )
        .help("save the file as UTF-8")
    })?;
    Ok(SourceFile { path: shown, text })
}

/// Human-readable size: `200.0 MB`.
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["bytes", "KB", "MB", "GB"];
    let mut size = bytes as f64;
    let mut unit = 0;
    while size >= 1024.0 && unit < UNITS.len() - 1 {
        size /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} bytes")
    } else {
        format!("{size:.1} {}", UNITS[unit])
    }
}

/// Reads every file of a registry source. Files that cannot be read become
/// problems; the rest are returned so that their problems can be found too.
pub fn read_sources(
    source: &RegistrySource,
    limits: &Limits,
) -> Result<(Vec<SourceFile>, Vec<Problem>), LoadError> {
    match source {
        RegistrySource::BuiltIn => Ok((super::builtin::files(), Vec::new())),
        RegistrySource::Folder(dir) => {
            if !dir.is_dir() {
                return Err(LoadError::Folder {
                    path: dir.clone(),
                    message: "no such folder; pass --registry with the folder that holds the claims YAML files".into(),
                });
            }
            let mut files = Vec::new();
            let mut problems = Vec::new();
            for path in registry_files(dir)? {
                match read_file(&path, limits) {
                    Ok(file) => files.push(file),
                    Err(problem) => problems.push(problem),
                }
            }
            Ok((files, problems))
        }
    }
}

/// Loads and checks a registry.
pub fn load(source: &RegistrySource, limits: &Limits) -> Result<Registry, LoadError> {
    let (files, problems) = read_sources(source, limits)?;
    build(files, problems, limits).map_err(LoadError::Invalid)
}

/// Parses and checks the given files (with any problems already found in
/// reading them) into a registry, or returns every problem.
pub fn build(
    files: Vec<SourceFile>,
    mut problems: Vec<Problem>,
    limits: &Limits,
) -> Result<Registry, Problems> {
    let paths: Vec<String> = files.iter().map(|f| f.path.clone()).collect();
    let mut refs = References::default();
    let mut registry = Registry::default();
    // One file at a time: its tree is dropped once its entries are read,
    // checked and their references noted.
    for (index, file) in files.iter().enumerate() {
        let root = match parse_source(file, limits) {
            Ok(Some(root)) => root,
            Ok(None) => continue,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        let mut parsed = Parsed::default();
        read_entries(&root, index, &paths[index], &mut parsed, &mut problems);
        problems.extend(check_fields(&parsed, &paths));
        refs.collect(&parsed);
        if problems.is_empty() {
            let text = &file.text;
            registry
                .people
                .extend(parsed.people.into_iter().map(|i| i.located(text)));
            registry
                .quotes
                .extend(parsed.quotes.into_iter().map(|i| i.located(text)));
            registry
                .claims
                .extend(parsed.claims.into_iter().map(|i| i.located(text)));
        }
    }
    problems.extend(check_references(&refs, &paths));
    if !problems.is_empty() {
        let order: std::collections::HashMap<&str, usize> = paths
            .iter()
            .enumerate()
            .map(|(i, p)| (p.as_str(), i))
            .collect();
        problems.sort_by_key(|p| {
            (
                order.get(p.file.as_str()).copied().unwrap_or(0),
                p.at.offset,
            )
        });
        return Err(Problems(problems));
    }
    registry.files = files;
    registry.index();
    Ok(registry)
}

impl<T> Item<'_, T> {
    /// The entry with its place in its file, whose text is `text`.
    fn located(self, text: &str) -> Located<T> {
        Located {
            file: self.file,
            at: self.node.start,
            end: content_end(text, self.node.start.offset, self.next),
            entry: self.entry,
        }
    }
}

/// Reads one file's text into a YAML tree, after the hostile-input guards.
pub(crate) fn parse_source(file: &SourceFile, limits: &Limits) -> Result<Option<Node>, Problem> {
    let base = file.bom_len();
    let body = &file.text[base..];
    prescan(body, limits).map_err(|r| {
        let at = Position {
            offset: r.at.offset + base,
            ..r.at
        };
        Problem::new(&file.path, at, r.message).help(r.help)
    })?;
    parse(body, base, limits).map_err(|e| Problem::new(&file.path, e.at, e.message).help(e.help))
}

/// Reads the typed entries of one file's tree, reporting every entry that
/// does not fit the format.
fn read_entries<'a>(
    root: &'a Node,
    file: usize,
    path: &str,
    parsed: &mut Parsed<'a>,
    problems: &mut Vec<Problem>,
) {
    let entries = match &root.value {
        Value::Mapping(entries) => entries,
        _ if root.is_null() => return,
        _ => {
            problems.push(
                Problem::new(path, root.start, "a registry file must be a mapping")
                    .help("start the file with `people:`, `quotes:` or `claims:`"),
            );
            return;
        }
    };
    for (key, list) in entries {
        let name = key.as_str().unwrap_or("");
        if !SECTIONS.contains(&name) {
            problems.push(
                Problem::new(
                    path,
                    key.start,
                    format!("unknown key `{name}` at the top of the file"),
                )
                .help("a registry file holds only `people`, `quotes` and `claims`"),
            );
            continue;
        }
        let items = match &list.value {
            Value::Sequence(items) => items,
            _ if list.is_null() => continue,
            _ => {
                problems.push(
                    Problem::new(path, list.start, format!("`{name}` must be a list")).help(
                        format!(
                            "write each entry under `{name}:` as a list item starting with `- `"
                        ),
                    ),
                );
                continue;
            }
        };
        for (i, node) in items.iter().enumerate() {
            let next = items.get(i + 1).map_or(list.end.offset, |n| n.start.offset);
            let mut fail = |e: DeError| {
                if let Some(id) = node.get("id").and_then(Node::as_str) {
                    parsed.unreadable.push(Unreadable {
                        section: name,
                        id,
                        node,
                        file,
                    });
                }
                entry_problem(path, node, e)
            };
            let at = (node, file, next);
            let problem = match name {
                "people" => keep(from_node(node), at, &mut parsed.people),
                "quotes" => keep(from_node(node), at, &mut parsed.quotes),
                _ => keep(from_node(node), at, &mut parsed.claims),
            };
            if let Some(e) = problem {
                problems.push(fail(e));
            }
        }
    }
}

/// Adds a typed entry to its list, or gives back why it could not be read.
fn keep<'a, T>(
    read: Result<T, DeError>,
    (node, file, next): (&'a Node, usize, usize),
    list: &mut Vec<Item<'a, T>>,
) -> Option<DeError> {
    match read {
        Ok(entry) => {
            list.push(Item {
                entry,
                node,
                file,
                next,
            });
            None
        }
        Err(e) => Some(e),
    }
}

/// Turns serde's message about an entry into a problem with advice.
fn entry_problem(path: &str, node: &Node, e: DeError) -> Problem {
    let help = if e.message.starts_with("unknown field") {
        "remove the key or correct its spelling".to_owned()
    } else if e.message.starts_with("missing field") {
        "add the field to the entry".to_owned()
    } else if e.message.starts_with("unknown variant") {
        "use one of the values listed".to_owned()
    } else if e.message.starts_with("invalid type") {
        "give the field a value of the expected type".to_owned()
    } else {
        "correct the value".to_owned()
    };
    let message = e.message.replace("unknown variant", "unknown value");
    Problem::new(path, e.at.unwrap_or(node.start), message).help(help)
}

/// The end of an entry's own text: the end of its last line that is neither
/// blank nor a comment, searching back from `next` (where the next entry or
/// the end of the list begins) but never before `start`.
pub(crate) fn content_end(text: &str, start: usize, next: usize) -> usize {
    let next = next.min(text.len()).max(start);
    let Some(newline) = text[start..next].rfind('\n') else {
        return next;
    };
    let mut end = start + newline + 1;
    let partial = text[end..next].trim();
    if !(partial.is_empty() || partial == "-" || partial.starts_with('#')) {
        return next;
    }
    loop {
        let body = &text[start..end - 1];
        let line_start = body.rfind('\n').map_or(0, |i| i + 1);
        let line = body[line_start..].trim();
        if line_start == 0 || !(line.is_empty() || line.starts_with('#')) {
            return end;
        }
        end = start + line_start;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_end_skips_trailing_comments_and_blank_lines() {
        let text = "- id: a\n  name: b\n\n# next\n- id: c\n";
        let next = text.find("- id: c").unwrap();
        let end = content_end(text, 2, next);
        assert_eq!(&text[2..end], "id: a\n  name: b\n");
    }

    #[test]
    fn content_end_keeps_a_last_line_without_line_break() {
        let text = "- id: a\n  name: b";
        assert_eq!(content_end(text, 2, text.len()), text.len());
        let text = "- id: a\n  name: b\n  # end\n";
        assert_eq!(
            &text[2..content_end(text, 2, text.len())],
            "id: a\n  name: b\n"
        );
    }

    #[test]
    fn content_end_keeps_a_one_line_entry() {
        let text = "- id: a";
        assert_eq!(content_end(text, 2, text.len()), text.len());
    }

    #[test]
    fn sizes_read_well() {
        assert_eq!(human_size(12), "12 bytes");
        assert_eq!(human_size(200 * 1024 * 1024), "200.0 MB");
    }
}
