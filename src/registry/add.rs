//! Adding an entry to a registry file safely: the new entry is appended as
//! text to its list, every byte already in the file is kept, the whole
//! registry is validated with the entry before anything is written, the file
//! is replaced atomically, and concurrent runs take turns through a lock.

use super::guard::Limits;
use super::load::{
    build, content_end, parse_source, read_file, read_sources, LoadError, SourceFile,
};
use super::model::{Claim, Person, Quote};
use super::problem::{Position, Problem, Problems};
use super::yaml::{Node, Value};
use super::{Registry, RegistrySource};
use std::fmt;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

/// An entry to add.
#[derive(Debug, Clone, PartialEq)]
pub enum NewEntry {
    /// A person or organisation, added under `people`.
    Person(Person),
    /// A quote, added under `quotes`.
    Quote(Quote),
    /// A claim, added under `claims`.
    Claim(Claim),
}

impl NewEntry {
    /// The entry's ID.
    pub fn id(&self) -> &str {
        match self {
            NewEntry::Person(p) => &p.id,
            NewEntry::Quote(q) => &q.id,
            NewEntry::Claim(c) => &c.id,
        }
    }

    /// The kind of entry, as users call it: `person`, `quote` or `claim`.
    pub fn kind_name(&self) -> &'static str {
        match self {
            NewEntry::Person(_) => "person",
            NewEntry::Quote(_) => "quote",
            NewEntry::Claim(_) => "claim",
        }
    }

    /// The list the entry goes in.
    pub fn section(&self) -> &'static str {
        match self {
            NewEntry::Person(_) => "people",
            NewEntry::Quote(_) => "quotes",
            NewEntry::Claim(_) => "claims",
        }
    }

    /// The entry as YAML lines, without list marker or indentation.
    fn to_yaml(&self) -> Result<String, serde_yaml::Error> {
        match self {
            NewEntry::Person(p) => serde_yaml::to_string(p),
            NewEntry::Quote(q) => serde_yaml::to_string(q),
            NewEntry::Claim(c) => serde_yaml::to_string(c),
        }
    }
}

/// Why an entry was not added. Nothing was written in any case.
#[derive(Debug)]
pub enum AddError {
    /// A file or folder could not be read or written.
    Io {
        /// The path.
        path: PathBuf,
        /// What went wrong and what to do.
        message: String,
    },
    /// The registry (with or without the new entry) has problems.
    Invalid {
        /// Whether the problems were there before the entry was added.
        before: bool,
        /// The problems.
        problems: Problems,
    },
    /// The ID is taken.
    Duplicate {
        /// The ID.
        id: String,
        /// Where it is defined: `file:line:column`.
        defined_at: String,
    },
    /// The file's layout leaves no safe place to add the entry as text.
    Layout(Problem),
    /// The new entry itself has problems, each named by its flag.
    Entry(Vec<String>),
    /// The file is not one the registry reads.
    NotRegistryFile {
        /// The file.
        path: PathBuf,
        /// Why not, and what to do.
        reason: String,
    },
}

impl fmt::Display for AddError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AddError::Io { path, message } => write!(f, "{}: {message}", path.display()),
            AddError::Invalid { before: true, problems } => write!(
                f,
                "{problems}the registry has problems already; fix them before adding entries"
            ),
            AddError::Invalid { before: false, problems } => {
                write!(f, "{problems}the new entry would make the registry invalid; nothing was written")
            }
            AddError::Duplicate { id, defined_at } => write!(
                f,
                "the ID `{id}` is already defined at {defined_at}; choose another ID (IDs are unique across the registry)"
            ),
            AddError::Layout(problem) => write!(f, "{problem}"),
            AddError::Entry(messages) => {
                writeln!(f, "the new entry has problems:")?;
                for m in messages {
                    writeln!(f, "  {m}")?;
                }
                write!(f, "nothing was written")
            }
            AddError::NotRegistryFile { path, reason } => write!(f, "{}: {reason}", path.display()),
        }
    }
}

impl std::error::Error for AddError {}

/// What was added, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Added {
    /// The file written.
    pub path: String,
    /// The new entry's ID.
    pub id: String,
    /// Where the new entry starts.
    pub at: Position,
}

fn io_error(path: &Path, action: &str, e: std::io::Error) -> AddError {
    AddError::Io {
        path: path.to_path_buf(),
        message: format!("cannot {action}: {e}"),
    }
}

/// Adds `entry` to the file at `path`, validating against the registry in
/// `folder` (when given) together with the file.
pub fn add(
    path: &Path,
    entry: &NewEntry,
    folder: Option<&Path>,
    limits: &Limits,
) -> Result<Added, AddError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(AddError::Io {
            path: dir,
            message: "no such folder; create it first or give another --file".into(),
        });
    }
    check_target(path, folder)?;
    // One lock for the whole registry, so that the duplicate-ID check and
    // the write are one step even when runs add to different files.
    let _lock = lock_folder(folder.unwrap_or(&dir))?;

    let existing = if path.exists() {
        Some(read_file(path, limits).map_err(|p| AddError::Invalid {
            before: true,
            problems: Problems(vec![p]),
        })?)
    } else {
        None
    };
    let shown = path.display().to_string();
    let old_text = existing.as_ref().map_or("", |f| f.text.as_str());

    // The registry as it is, with this file as it is.
    let mut files = context_files(folder, path, limits)?;
    let target = match files
        .iter()
        .position(|f| same_file(Path::new(&f.path), path))
    {
        Some(i) => i,
        None => {
            files.push(SourceFile {
                path: shown.clone(),
                text: String::new(),
            });
            files.len() - 1
        }
    };
    files[target].text = old_text.to_owned();
    let before =
        build(files.clone(), Vec::new(), limits).map_err(|problems| AddError::Invalid {
            before: true,
            problems,
        })?;
    if let Some(found) = before.get(entry.id()) {
        let (file, at, _) = found.place();
        return Err(AddError::Duplicate {
            id: entry.id().to_owned(),
            defined_at: format!("{}:{}:{}", before.path(file), at.line, at.column),
        });
    }

    let (new_text, block) = insert(&files[target], entry, limits)?;
    let at_offset = block.start;
    files[target].text = new_text.clone();
    let target_path = files[target].path.clone();
    let after = build(files, Vec::new(), limits)
        .map_err(|problems| entry_problems(problems, &target_path, &new_text, &block))?;
    check_nothing_lost(&before, &after, target, entry)?;

    write_atomically(path, &new_text)?;
    let at = match after.get(entry.id()) {
        Some(found) => found.place().1,
        None => Position {
            offset: at_offset,
            ..Position::START
        },
    };
    Ok(Added {
        path: shown,
        id: entry.id().to_owned(),
        at,
    })
}

/// Refuses a target the registry would never read: not `.yaml`/`.yml`,
/// hidden, or outside the registry folder.
fn check_target(path: &Path, folder: Option<&Path>) -> Result<(), AddError> {
    let refuse = |reason: String| AddError::NotRegistryFile {
        path: path.to_path_buf(),
        reason,
    };
    if !super::load::is_registry_file(path) {
        return Err(refuse(
            "registry files end in .yaml or .yml; give a --file that does".into(),
        ));
    }
    let Some(folder) = folder else {
        return Ok(());
    };
    let absolute = |p: &Path| -> Option<PathBuf> {
        let name = p.file_name()?;
        let parent = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        Some(parent.canonicalize().ok()?.join(name))
    };
    let (Some(file), Ok(root)) = (absolute(path), folder.canonicalize()) else {
        return Ok(());
    };
    match file.strip_prefix(&root) {
        Ok(relative) if relative.components().any(|c| c.as_os_str().to_string_lossy().starts_with('.')) => Err(refuse(
            "hidden files and folders are not read as part of the registry; give a --file that is not hidden".into(),
        )),
        Ok(_) => Ok(()),
        Err(_) => Err(refuse(format!(
            "the file is outside the registry folder {}, so it would never be read; give a --file under it, or --registry with this file's folder",
            folder.display()
        ))),
    }
}

/// The flag a registry field comes from.
fn flag_for(field: &str) -> &'static str {
    match field {
        "id" => "--id",
        "name" => "--name",
        "kind" => "--organisation",
        "aliases" => "--alias",
        "titles" => "--title",
        "speaker" => "--speaker",
        "text" => "--text",
        "variants" => "--variant",
        "said_on" => "--said-on",
        "language" => "--language",
        "context" => "--context",
        "statement" => "--statement",
        "status" => "--status",
        "asserted_by" => "--asserted-by",
        "disputed_by" => "--disputed-by",
        "as_of" => "--as-of",
        "note" => "--note",
        "outlet" => "--outlet",
        "url" => "--url",
        "title" => "--headline",
        "published" => "--published",
        _ => "the new entry",
    }
}

/// Problems found once the entry is in: those inside the new entry are
/// named by the flag they came from (the user never saw the file with it);
/// others mean the insertion itself went wrong.
fn entry_problems(
    problems: Problems,
    target: &str,
    text: &str,
    block: &std::ops::Range<usize>,
) -> AddError {
    let (inside, outside): (Vec<Problem>, Vec<Problem>) = problems
        .0
        .into_iter()
        .partition(|p| p.file == target && block.contains(&p.at.offset));
    if !outside.is_empty() {
        return AddError::Invalid {
            before: false,
            problems: Problems(outside),
        };
    }
    let messages = inside
        .iter()
        .map(|p| {
            // The field is the nearest `key:` at or above the problem's line.
            let line_end = text[p.at.offset..]
                .find('\n')
                .map_or(text.len(), |i| p.at.offset + i);
            let field = text[block.start..line_end]
                .lines()
                .rev()
                .find_map(|line| {
                    let body = line.trim_start().trim_start_matches("- ");
                    let key = body.split(':').next()?;
                    (body.contains(':') && key.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
                        .then_some(key)
                })
                .unwrap_or("");
            let mut m = format!("{}: {}", flag_for(field), p.message);
            if let Some(help) = &p.help {
                m.push_str(&format!("\n    help: {help}"));
            }
            m
        })
        .collect();
    AddError::Entry(messages)
}

/// The registry's files other than the target's own content, for validation.
fn context_files(
    folder: Option<&Path>,
    path: &Path,
    limits: &Limits,
) -> Result<Vec<SourceFile>, AddError> {
    let Some(folder) = folder else {
        return Ok(Vec::new());
    };
    let source = RegistrySource::Folder(folder.to_path_buf());
    let (mut files, problems) = read_sources(&source, limits).map_err(|e| match e {
        LoadError::Folder { path, message } => AddError::Io { path, message },
        LoadError::Invalid(problems) => AddError::Invalid {
            before: true,
            problems,
        },
    })?;
    // A target that cannot be read was reported already; others must be fine.
    let problems: Vec<Problem> = problems
        .into_iter()
        .filter(|p| !same_file(Path::new(&p.file), path))
        .collect();
    if !problems.is_empty() {
        return Err(AddError::Invalid {
            before: true,
            problems: Problems(problems),
        });
    }
    files.retain(|f| !f.path.is_empty());
    Ok(files)
}

/// Whether two paths name the same file (which need not exist yet).
fn same_file(a: &Path, b: &Path) -> bool {
    fn absolute(p: &Path) -> Option<PathBuf> {
        let name = p.file_name()?;
        let parent = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        Some(parent.canonicalize().ok()?.join(name))
    }
    match (absolute(a), absolute(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

/// Holds an exclusive lock on the folder that holds the file, so that runs
/// adding to files in it take turns. Released when dropped.
fn lock_folder(dir: &Path) -> Result<File, AddError> {
    #[cfg(unix)]
    let handle = File::open(dir).map_err(|e| io_error(dir, "open the folder to lock it", e))?;
    #[cfg(not(unix))]
    let handle = std::fs::OpenOptions::new()
        .create(true)
        .write(true)
        .open(dir.join(".factcheck.lock"))
        .map_err(|e| io_error(dir, "create the lock file", e))?;
    handle
        .lock()
        .map_err(|e| io_error(dir, "lock the folder", e))?;
    Ok(handle)
}

/// The file's text with the entry inserted after the last entry of its list
/// (or a new list at the end), and the offset where the entry went.
fn insert(
    file: &SourceFile,
    entry: &NewEntry,
    limits: &Limits,
) -> Result<(String, std::ops::Range<usize>), AddError> {
    let text = &file.text;
    let root = parse_source(file, limits).map_err(|p| AddError::Invalid {
        before: true,
        problems: Problems(vec![p]),
    })?;
    let section = entry.section();
    let yaml = entry.to_yaml().map_err(|e| AddError::Io {
        path: PathBuf::from(&file.path),
        message: format!("cannot write the entry as YAML: {e}"),
    })?;
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let layout = |at: Position, message: String| {
        AddError::Layout(Problem::new(&file.path, at, message).help(format!(
            "write `{section}` as a block list (one `- ` item per entry) so entries can be added"
        )))
    };

    let list = root.as_ref().and_then(|r| r.get(section));
    let (at, indent, prefix) = match (root.as_ref(), list) {
        (Some(r), _) if !matches!(r.value, Value::Mapping(_)) && !r.is_null() => {
            return Err(layout(r.start, "the file is not a mapping".into()));
        }
        (_, None) => {
            // A new list at the end of the file, before a `...` end marker.
            let at = document_end(text);
            let sep = if at == 0 || text[..at].ends_with('\n') {
                ""
            } else {
                newline
            };
            (at, 2, format!("{sep}{section}:{newline}"))
        }
        (_, Some(list)) => match &list.value {
            Value::Sequence(items)
                if !items.is_empty() && text[list.start.offset..].starts_with(['[']) =>
            {
                return Err(layout(
                    list.start,
                    format!("`{section}` is written in flow style ([…])"),
                ));
            }
            Value::Sequence(items) => match items.last() {
                Some(last) => {
                    let dash = dash_column(text, &items[0]).unwrap_or(2);
                    let end = entry_end(text, last, list.end.offset, dash);
                    let sep = if end == 0 || text[..end].ends_with('\n') {
                        ""
                    } else {
                        newline
                    };
                    (end, dash, sep.to_owned())
                }
                None => {
                    return Err(layout(
                        list.start,
                        format!("`{section}` is an empty flow list (`[]`)"),
                    ))
                }
            },
            Value::Scalar {
                text: value,
                plain: true,
            } if value.is_empty() => {
                // `quotes:` with nothing after it: start the list on the next line.
                let line_end = text[list.start.offset..]
                    .find('\n')
                    .map_or(text.len(), |i| list.start.offset + i + 1);
                let key_line_end = key_line_end(text, root.as_ref(), section).unwrap_or(line_end);
                let sep = if text[..key_line_end].ends_with('\n') {
                    ""
                } else {
                    newline
                };
                (key_line_end, 2, sep.to_owned())
            }
            _ => return Err(layout(list.start, format!("`{section}` is not a list"))),
        },
    };

    let pad = " ".repeat(indent);
    let mut block = prefix;
    for (i, line) in yaml.lines().enumerate() {
        block.push_str(&pad);
        block.push_str(if i == 0 { "- " } else { "  " });
        block.push_str(line);
        block.push_str(newline);
    }
    let mut out = String::with_capacity(text.len() + block.len());
    out.push_str(&text[..at]);
    out.push_str(&block);
    out.push_str(&text[at..]);
    Ok((out, at..at + block.len()))
}

/// Where a new list goes at the end of the file: before a final `...`
/// document end marker, else at the very end.
fn document_end(text: &str) -> usize {
    let trimmed = text.trim_end();
    let last_line_start = trimmed.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    if trimmed[last_line_start..].trim_end() == "..." {
        last_line_start
    } else {
        text.len()
    }
}

/// The last scalar in a node (its last value, all the way down).
fn last_scalar(node: &Node) -> Option<&Node> {
    match &node.value {
        Value::Scalar { .. } => Some(node),
        Value::Sequence(items) => items.last().and_then(last_scalar),
        Value::Mapping(entries) => entries.last().and_then(|(_, v)| last_scalar(v)),
    }
}

/// Where the text of the list's last item `last` ends, so that a new item
/// can follow it: past its own lines (a block scalar's lines included, even
/// those starting with `#`) and past comments indented deeper than the
/// list's `-`, which belong to it; `next` is where the list ends.
fn entry_end(text: &str, last: &Node, next: usize, dash: usize) -> usize {
    let mut end = content_end(text, last.start.offset, next);
    if let Some(scalar) = last_scalar(last) {
        let before = text[..scalar.start.offset].trim_end();
        let indicator = before
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '+');
        if indicator == "|" || indicator == ">" {
            // Block scalar: its lines are those indented at least as deep as its first.
            let indent = scalar.start.column - 1;
            let line_start = text[..scalar.start.offset].rfind('\n').map_or(0, |i| i + 1);
            let mut offset = line_start;
            for line in text[line_start..].split_inclusive('\n') {
                let width = line.len() - line.trim_start_matches(' ').len();
                if !line.trim().is_empty() {
                    if width < indent {
                        break;
                    }
                    end = end.max(offset + line.len());
                }
                offset += line.len();
            }
        }
    }
    // Comments right after it, indented deeper than the `-`, are its own.
    let mut offset = end;
    for line in text[end..].split_inclusive('\n') {
        let width = line.len() - line.trim_start_matches(' ').len();
        let body = line.trim();
        if body.is_empty() {
            offset += line.len();
            continue;
        }
        if body.starts_with('#') && width > dash {
            offset += line.len();
            end = offset;
            continue;
        }
        break;
    }
    end
}

/// The end of the line that holds the top-level `section:` key.
fn key_line_end(text: &str, root: Option<&Node>, section: &str) -> Option<usize> {
    let Value::Mapping(entries) = &root?.value else {
        return None;
    };
    let (key, _) = entries.iter().find(|(k, _)| k.as_str() == Some(section))?;
    Some(
        text[key.start.offset..]
            .find('\n')
            .map_or(text.len(), |i| key.start.offset + i + 1),
    )
}

/// The column (0-based, in characters) of the `-` that marks a list item.
fn dash_column(text: &str, item: &Node) -> Option<usize> {
    // Back from the item over white space (line breaks too), anchors and tags.
    let mut before = text[..item.start.offset].trim_end();
    loop {
        let word_start = before.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        let word = &before[word_start..];
        if word.starts_with(['&', '!']) {
            before = before[..word_start].trim_end();
        } else {
            break;
        }
    }
    if !before.ends_with('-') {
        return None;
    }
    let dash = before.len() - 1;
    let line_start = text[..dash].rfind('\n').map_or(0, |i| i + 1);
    Some(text[line_start..dash].chars().count())
}

/// Refuses the write unless the file's entries after the edit are the ones
/// it had before, plus the new one.
fn check_nothing_lost(
    before: &Registry,
    after: &Registry,
    file: usize,
    entry: &NewEntry,
) -> Result<(), AddError> {
    /// The entries of one list in `file`, other than the new one, in order.
    fn kept<'r, T>(
        list: &'r [super::Located<T>],
        file: usize,
        new_id: &'r str,
        id: fn(&T) -> &str,
    ) -> impl Iterator<Item = &'r T> {
        list.iter()
            .filter(move |l| l.file == file && id(&l.entry) != new_id)
            .map(|l| &l.entry)
    }
    let new_id = entry.id();
    let same_entries =
        kept(&before.people, file, new_id, |p| &p.id)
            .eq(kept(&after.people, file, new_id, |p| &p.id))
            && kept(&before.quotes, file, new_id, |q| &q.id).eq(kept(
                &after.quotes,
                file,
                new_id,
                |q| &q.id,
            ))
            && kept(&before.claims, file, new_id, |c| &c.id).eq(kept(
                &after.claims,
                file,
                new_id,
                |c| &c.id,
            ));
    let added_as_asked = match (entry, after.get(entry.id())) {
        (NewEntry::Person(p), Some(super::Entry::Person(l))) => &l.entry == p,
        (NewEntry::Quote(q), Some(super::Entry::Quote(l))) => &l.entry == q,
        (NewEntry::Claim(c), Some(super::Entry::Claim(l))) => &l.entry == c,
        _ => false,
    };
    if !same_entries || !added_as_asked {
        return Err(AddError::Layout(
            Problem::new(before.path(file), Position::START, "the entry could not be added without changing the entries around it")
                .help("add it by hand, or tidy the end of the list (e.g. a block scalar last) and try again"),
        ));
    }
    Ok(())
}

/// Replaces the file at `path` with `text` atomically: a temporary file in the
/// same folder, flushed to disk, then renamed over the original.
fn write_atomically(path: &Path, text: &str) -> Result<(), AddError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    remove_stale_temporaries(dir);
    let mut temp = tempfile::Builder::new()
        .prefix(".factcheck-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| io_error(dir, "create a temporary file", e))?;
    let untouched = |e: std::io::Error| AddError::Io {
        path: path.to_path_buf(),
        message: format!(
            "cannot write the new version ({}); the file was left as it was",
            std::io::Error::new(
                e.kind(),
                e.to_string().split(" at path ").next().unwrap_or("")
            )
        ),
    };
    temp.write_all(text.as_bytes())
        .and_then(|()| temp.as_file().sync_all())
        .map_err(untouched)?;
    let permissions = match std::fs::metadata(path) {
        Ok(meta) => Some(meta.permissions()),
        Err(_) => default_permissions(),
    };
    if let Some(permissions) = permissions {
        temp.as_file()
            .set_permissions(permissions)
            .map_err(|e| io_error(temp.path(), "set the file's permissions", e))?;
    }
    temp.persist(path)
        .map_err(|e| io_error(path, "replace the file", e.error))?;
    if let Ok(folder) = File::open(dir) {
        // Make the rename itself durable; not every platform can sync a folder.
        let _ = folder.sync_all();
    }
    Ok(())
}

/// Removes temporary files a writer killed mid-write left in `dir`. Only
/// called under the registry's lock, when no other writer can be at work.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(".factcheck-") && name.ends_with(".tmp") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::model::PersonKind;

    fn person(id: &str) -> NewEntry {
        NewEntry::Person(Person {
            id: id.into(),
            name: "New Person".into(),
            kind: PersonKind::Person,
            aliases: vec!["Person".into()],
            titles: vec![],
        })
    }

    fn inserted(text: &str, entry: &NewEntry) -> String {
        let file = SourceFile {
            path: "t.yaml".into(),
            text: text.into(),
        };
        insert(&file, entry, &Limits::default()).unwrap().0
    }

    #[test]
    fn appends_after_the_last_item_keeping_comments() {
        let text =
            "# head\npeople:\n  - id: a\n    name: A # inline\n  # tail comment\nquotes: []\n";
        let out = inserted(text, &person("b"));
        assert_eq!(
            out,
            "# head\npeople:\n  - id: a\n    name: A # inline\n  - id: b\n    name: New Person\n    aliases:\n    - Person\n  # tail comment\nquotes: []\n"
        );
    }

    #[test]
    fn follows_the_list_indentation() {
        let out = inserted("people:\n- id: a\n  name: A\n", &person("b"));
        assert_eq!(
            out,
            "people:\n- id: a\n  name: A\n- id: b\n  name: New Person\n  aliases:\n  - Person\n"
        );
    }

    #[test]
    fn creates_a_missing_list_at_the_end() {
        let out = inserted("# only a comment", &person("b"));
        assert!(
            out.starts_with("# only a comment\npeople:\n  - id: b\n"),
            "{out}"
        );
    }

    #[test]
    fn fills_an_empty_list_key() {
        let out = inserted("people:\nquotes: []\n", &person("b"));
        assert!(out.starts_with("people:\n  - id: b\n"), "{out}");
        assert!(out.ends_with("quotes: []\n"), "{out}");
    }

    #[test]
    fn keeps_crlf_line_breaks() {
        let out = inserted("people:\r\n  - id: a\r\n    name: A\r\n", &person("b"));
        assert!(
            out.ends_with("  - id: b\r\n    name: New Person\r\n    aliases:\r\n    - Person\r\n"),
            "{out:?}"
        );
    }

    #[test]
    fn refuses_flow_lists() {
        let file = SourceFile {
            path: "t.yaml".into(),
            text: "people: [{id: a, name: A}]\n".into(),
        };
        assert!(matches!(
            insert(&file, &person("b"), &Limits::default()),
            Err(AddError::Layout(_))
        ));
    }
}
