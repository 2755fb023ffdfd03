//! Cheap checks on a registry file's raw text, run before the YAML parser sees
//! it, so that a hostile file fails fast instead of eating memory or CPU.
//!
//! YAML parsers can be driven to quadratic time by deeply nested flow
//! collections (`[[[[…`) and to huge memory by many aliases to one large node.
//! This pre-scan tracks just enough of the syntax (quotes, comments, block
//! scalars, flow brackets) to measure the flow nesting depth and count the
//! aliases, in one linear pass.

use super::problem::Position;

/// The bounds a registry file must stay within.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest file accepted, in bytes.
    pub max_file_size: u64,
    /// The deepest nesting of collections accepted.
    pub max_depth: usize,
    /// The most aliases (`*name`) accepted in one file.
    pub max_aliases: usize,
    /// The most nodes that aliases may copy into the tree, all told.
    pub max_alias_nodes: usize,
    /// The most scalar text, in bytes, that aliases may copy into the tree.
    pub max_alias_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_size: 64 * 1024 * 1024,
            max_depth: 64,
            max_aliases: 1_000,
            max_alias_nodes: 100_000,
            max_alias_bytes: 16 * 1024 * 1024,
        }
    }
}

/// Why the pre-scan rejected a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// Where the limit was crossed.
    pub at: Position,
    /// What was found.
    pub message: String,
    /// What to do about it.
    pub help: String,
}

/// Scans `text` and rejects it if its flow nesting is deeper than the limit or
/// it holds more aliases than the limit allows.
pub fn prescan(text: &str, limits: &Limits) -> Result<(), Rejection> {
    let mut scan = Scan::default();
    for (offset, line) in line_spans(text) {
        scan.line(text, offset, line, limits)?;
    }
    Ok(())
}

/// The state carried from one line to the next.
#[derive(Default)]
struct Scan {
    line_no: usize,
    depth: usize,
    aliases: usize,
    /// Inside a quoted scalar that spans lines: its quote character.
    quote: Option<char>,
    /// Inside a block scalar (`|` or `>`): the indentation of its parent line.
    block_parent: Option<usize>,
    /// After a line whose plain scalar may continue: that line's indentation.
    /// More-indented lines are more of the same text.
    plain_parent: Option<usize>,
}

impl Scan {
    fn line(
        &mut self,
        text: &str,
        offset: usize,
        line: &str,
        limits: &Limits,
    ) -> Result<(), Rejection> {
        self.line_no += 1;
        let indent = line.len() - line.trim_start_matches(' ').len();
        if let Some(parent) = self.block_parent {
            if line.trim().is_empty() || indent > parent {
                return Ok(());
            }
            self.block_parent = None;
        }
        if let Some(parent) = self.plain_parent {
            if self.depth == 0
                && self.quote.is_none()
                && (line.trim().is_empty() || indent > parent)
            {
                return Ok(());
            }
            self.plain_parent = None;
        }
        let mut value_start = self.depth == 0 && self.quote.is_none();
        let mut prev = ' ';
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if let Some(q) = self.quote {
                if q == '"' && c == '\\' {
                    chars.next();
                } else if c == q {
                    if q == '\'' && chars.peek().map(|&(_, n)| n) == Some('\'') {
                        chars.next();
                    } else {
                        self.quote = None;
                    }
                }
                prev = c;
                continue;
            }
            let after_separator = prev.is_whitespace() || matches!(prev, '[' | '{' | ',');
            match c {
                ' ' | '\t' => {}
                '#' if prev.is_whitespace() => break,
                '"' | '\'' if value_start || (self.depth > 0 && after_separator) => {
                    self.quote = Some(c);
                    value_start = false;
                }
                '[' | '{' if value_start || self.depth > 0 => {
                    self.depth += 1;
                    if self.depth > limits.max_depth {
                        return Err(Rejection {
                            at: position(text, offset + i, self.line_no),
                            message: format!(
                                "collections are nested more than {} deep",
                                limits.max_depth
                            ),
                            help: "registry entries need only a few levels: flatten the file"
                                .into(),
                        });
                    }
                    value_start = false;
                }
                ']' | '}' if self.depth > 0 => self.depth -= 1,
                '*' if value_start || (self.depth > 0 && after_separator) => {
                    self.aliases += 1;
                    if self.aliases > limits.max_aliases {
                        return Err(Rejection {
                            at: position(text, offset + i, self.line_no),
                            message: format!(
                                "more than {} aliases (`*name`) in one file",
                                limits.max_aliases
                            ),
                            help: "write the values out instead of repeating aliases".into(),
                        });
                    }
                    value_start = false;
                }
                '|' | '>' if value_start && self.depth == 0 => {
                    self.block_parent = Some(indent);
                    break;
                }
                '-' | '?' if value_start => {}
                ':' if self.depth == 0 => value_start = true,
                _ => value_start = false,
            }
            prev = c;
        }
        // A plain scalar ran to the end of the line: it may go on below.
        let rest = line.split(" #").next().unwrap_or(line).trim_end();
        if self.depth == 0
            && self.quote.is_none()
            && !value_start
            && !rest.is_empty()
            && !rest.ends_with(':')
        {
            self.plain_parent = Some(indent);
        }
        Ok(())
    }
}

/// Each line of `text` with the byte offset it starts at, without its line
/// break (`\n`, `\r\n` or a lone `\r`, as the parser counts them).
pub(crate) fn line_spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let starts = super::yaml::line_starts(text);
    (0..starts.len()).map(move |i| {
        let start = starts[i];
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        let line = text[start..end].trim_end_matches(['\n', '\r']);
        (start, line)
    })
}

/// The position of byte `offset`, which lies on line `line_no`.
fn position(text: &str, offset: usize, line_no: usize) -> Position {
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    Position {
        line: line_no,
        column: text[line_start..offset].chars().count() + 1,
        offset,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(text: &str) -> Result<(), Rejection> {
        prescan(text, &Limits::default())
    }

    #[test]
    fn ordinary_registry_text_passes() {
        let text = "people:\n  - id: a\n    name: \"x [y\"\n    aliases: [a, 'b [c', {d: e}]\n    note: such [US] demands [[[[\n    text: |\n      [[[[[[[[[[\n";
        assert_eq!(scan(text), Ok(()));
    }

    #[test]
    fn deep_flow_nesting_is_rejected_where_it_crosses_the_limit() {
        let text = format!("a:\n  b: {}", "[".repeat(100_000));
        let err = scan(&text).unwrap_err();
        assert_eq!(err.at.line, 2);
        assert_eq!(err.at.column, 5 + 65);
    }

    #[test]
    fn brackets_inside_quotes_and_comments_do_not_count() {
        let text = format!(
            "a: \"{}\"\nb: '{}'\n# {}\n",
            "[".repeat(200),
            "{".repeat(200),
            "[".repeat(200)
        );
        assert_eq!(scan(&text), Ok(()));
    }

    #[test]
    fn too_many_aliases_are_rejected() {
        let mut text = String::from("a: &x 1\nb: [");
        text.push_str(&vec!["*x"; 1_001].join(", "));
        text.push(']');
        let err = scan(&text).unwrap_err();
        assert!(err.message.contains("aliases"), "{}", err.message);
    }

    #[test]
    fn continuation_lines_of_plain_text_are_text() {
        let mut text = String::from("claims:\n");
        for i in 0..400 {
            text.push_str(&format!(
                "  - id: c{i}\n    note: First line\n      * point one [sic\n      * point two\n"
            ));
        }
        assert_eq!(scan(&text), Ok(()));
    }

    #[test]
    fn apostrophes_in_plain_text_are_not_quotes() {
        let text = "a: Iran's leader [x]\nb: [c, d]\nc: {e: [f]}\n";
        assert_eq!(scan(text), Ok(()));
    }
}
