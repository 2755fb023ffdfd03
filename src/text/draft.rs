//! A draft as read from disk or stdin: its original text, the visible text
//! a reader sees, and the way back from one to the other.

use super::visible::Visible;
use super::{html, markdown};
use crate::registry::problem::Position;
use std::fmt;
use std::ops::Range;
use std::path::Path;

/// How a draft is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// Plain text.
    Text,
    /// Markdown: code is skipped, link text kept, emphasis markers dropped.
    Markdown,
    /// HTML: visible text only, entities decoded.
    Html,
}

impl InputFormat {
    /// The format a file's extension implies (plain text when unknown).
    pub fn from_path(path: &Path) -> InputFormat {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown") => InputFormat::Markdown,
            Some("html" | "htm") => InputFormat::Html,
            _ => InputFormat::Text,
        }
    }

    /// Whether a file with this path is a draft when a folder is walked.
    pub fn is_draft_file(path: &Path) -> bool {
        matches!(
            path.extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase)
                .as_deref(),
            Some("txt" | "md" | "markdown" | "html" | "htm")
        )
    }
}

/// Why a draft could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftError {
    /// The file could not be read.
    Io {
        /// The draft's path.
        path: String,
        /// What went wrong.
        message: String,
    },
    /// The file is not UTF-8 text.
    NotUtf8 {
        /// The draft's path.
        path: String,
        /// Where the first invalid byte is.
        at: Position,
    },
    /// The file is larger than the limit for a draft.
    TooBig {
        /// The draft's path.
        path: String,
        /// Its size in bytes (at least this much, for stdin).
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file holds NUL bytes: a binary file, not a draft.
    Binary {
        /// The draft's path.
        path: String,
        /// Where the first NUL byte is.
        at: Position,
    },
}

impl fmt::Display for DraftError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DraftError::Io { path, message } => write!(f, "{path}: cannot read the draft: {message}"),
            DraftError::NotUtf8 { path, at } => write!(
                f,
                "{path}:{}:{}: the draft is not valid UTF-8 text; save it as UTF-8 and run again",
                at.line, at.column
            ),
            DraftError::TooBig { path, size, limit } => {
                let limit = crate::registry::load::human_size(*limit);
                // From standard input only the first bytes past the limit are read.
                let size = if path == "-" {
                    format!("over {limit}")
                } else {
                    crate::registry::load::human_size(*size)
                };
                write!(
                    f,
                    "{path}: the draft is {size}, above the {limit} limit for a draft; split it, or raise the limit with --max-draft-size"
                )
            }
            DraftError::Binary { path, at } => write!(
                f,
                "{path}:{}:{}: this is a binary file (it holds NUL bytes), not a draft; pass text, Markdown or HTML files",
                at.line, at.column
            ),
        }
    }
}

impl std::error::Error for DraftError {}

/// The largest draft read by default: 16 MB. Checking costs time and
/// memory in proportion to a draft's size (about 35 bytes of memory per
/// byte of draft), so a limit keeps both bounded.
pub const DEFAULT_MAX_DRAFT_SIZE: u64 = 16 * 1024 * 1024;

/// Everything `reader` gives, up to one byte past `limit`.
pub fn read_limited(reader: impl std::io::Read, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// A draft: its source, its visible text, and the map between them.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The path shown in reports (`-` for stdin).
    pub path: String,
    /// The format it was read as.
    pub format: InputFormat,
    /// The file's text as read (a byte order mark excluded from nothing: offsets count it).
    pub source: String,
    /// What a reader sees.
    pub visible: Visible,
    /// Byte offset of each source line's start.
    line_starts: Vec<usize>,
    /// The last position computed (line start, offset, column), so that
    /// positions asked for in order along one long line cost linear time.
    last: std::cell::Cell<(usize, usize, usize)>,
}

/// The position of the first byte of `bytes` for which `bad` holds, for
/// messages about files that are not text.
fn byte_position(bytes: &[u8], at: usize) -> Position {
    let before = String::from_utf8_lossy(&bytes[..at]);
    Position {
        line: before.matches('\n').count() + 1,
        column: before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1,
        offset: at,
    }
}

impl Draft {
    /// Reads a draft from bytes, refusing binary and non-UTF-8 data.
    pub fn from_bytes(
        path: &str,
        bytes: Vec<u8>,
        format: InputFormat,
    ) -> Result<Draft, DraftError> {
        if let Some(nul) = bytes.iter().position(|&b| b == 0) {
            return Err(DraftError::Binary {
                path: path.to_owned(),
                at: byte_position(&bytes, nul),
            });
        }
        let source = String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            DraftError::NotUtf8 {
                path: path.to_owned(),
                at: byte_position(e.as_bytes(), at),
            }
        })?;
        Ok(Draft::from_text(path, source, format))
    }

    /// Reads a draft from text.
    pub fn from_text(path: &str, source: String, format: InputFormat) -> Draft {
        let body_start = if source.starts_with('\u{feff}') { 3 } else { 0 };
        let body = &source[body_start..];
        let visible = match format {
            InputFormat::Text => {
                let mut v = Visible::default();
                v.copy(body_start, body);
                v
            }
            InputFormat::Markdown => markdown::visible(body, body_start),
            InputFormat::Html => html::visible(body, body_start),
        };
        let mut line_starts = vec![0];
        line_starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        Draft {
            path: path.to_owned(),
            format,
            source,
            visible,
            line_starts,
            last: std::cell::Cell::new((usize::MAX, 0, 0)),
        }
    }

    /// Reads a draft file.
    pub fn read(path: &Path, format: Option<InputFormat>, limit: u64) -> Result<Draft, DraftError> {
        let shown = path.display().to_string();
        let io = |e: std::io::Error| DraftError::Io {
            path: shown.clone(),
            message: e.to_string(),
        };
        // The size is checked before reading, and the read stops past the
        // limit in case the file grows meanwhile.
        let size = std::fs::metadata(path).map_err(io)?.len();
        let too_big = |size: u64| DraftError::TooBig {
            path: shown.clone(),
            size,
            limit,
        };
        if size > limit {
            return Err(too_big(size));
        }
        let bytes = read_limited(std::fs::File::open(path).map_err(io)?, limit).map_err(io)?;
        if bytes.len() as u64 > limit {
            return Err(too_big(bytes.len() as u64));
        }
        Draft::from_bytes(
            &shown,
            bytes,
            format.unwrap_or_else(|| InputFormat::from_path(path)),
        )
    }

    /// The visible text.
    pub fn text(&self) -> &str {
        &self.visible.text
    }

    /// The line, column (in characters) and byte offset of a source offset.
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.source.len());
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let mut start = self.line_starts[line.saturating_sub(1)];
        if start == 0 && self.source.starts_with('\u{feff}') {
            // A byte order mark is invisible in editors: columns start after it.
            start = 3.min(offset);
        }
        let (last_start, last_offset, last_column) = self.last.get();
        let (from, base) = if last_start == start && last_offset <= offset {
            (last_offset, last_column)
        } else {
            (start, 1)
        };
        let column = self
            .source
            .get(from..offset)
            .map_or(0, |s| s.chars().count())
            + base;
        self.last.set((start, offset, column));
        Position {
            line,
            column,
            offset,
        }
    }

    /// The source byte range that visible range `range` came from.
    pub fn source_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.visible.source_start(range.start);
        let end = self.visible.source_end(range.end).max(start);
        start..end
    }

    /// The paragraphs of the visible text, as byte ranges without their
    /// surrounding blank lines. A paragraph ends at a line that is blank.
    pub fn paragraphs(&self) -> Vec<Range<usize>> {
        let text = self.text();
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let mut end = 0;
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let blank = line.trim().is_empty();
            if blank {
                if let Some(s) = start.take() {
                    out.push(s..end);
                }
            } else {
                let lead = line.len() - line.trim_start().len();
                start.get_or_insert(offset + lead);
                end = offset + line.trim_end().len();
            }
            offset += line.len();
        }
        if let Some(s) = start {
            out.push(s..end);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_and_lines() {
        let d = Draft::from_text("t", "ab\n“cd”\r\nx".into(), InputFormat::Text);
        let p = d.position("ab\n“c".len());
        assert_eq!((p.line, p.column), (2, 3));
        assert_eq!(d.position(d.source.len() - 1).line, 3);
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let d = Draft::from_text(
            "t",
            "One\nline two\n\n  \r\nThree\n".into(),
            InputFormat::Text,
        );
        let paras: Vec<&str> = d.paragraphs().into_iter().map(|r| &d.text()[r]).collect();
        assert_eq!(paras, ["One\nline two", "Three"]);
    }

    #[test]
    fn binary_and_non_utf8_are_refused() {
        assert!(matches!(
            Draft::from_bytes("b", b"ab\0c".to_vec(), InputFormat::Text),
            Err(DraftError::Binary { .. })
        ));
        match Draft::from_bytes("u", b"ok\nb\xffd".to_vec(), InputFormat::Text) {
            Err(DraftError::NotUtf8 { at, .. }) => assert_eq!((at.line, at.column), (2, 2)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn bom_is_not_visible_but_offsets_count_it() {
        let d = Draft::from_text("t", "\u{feff}Hi".into(), InputFormat::Text);
        assert_eq!(d.text(), "Hi");
        assert_eq!(d.source_range(0..2), 3..5);
        assert_eq!(d.position(3).column, 1);
    }
}
