//! A YAML document read into a tree of nodes that remember where they stand
//! in the file, so that every problem can name its line and column.
//!
//! The tree is built from the parser's events with an explicit stack (no
//! recursion), enforcing the nesting and alias limits as it goes.

use super::guard::Limits;
use super::problem::Position;
use std::collections::HashMap;
use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// What a node holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A scalar, with whether it was written plain (unquoted), which decides
    /// whether `null`, `true` or `12` mean something other than text.
    Scalar {
        /// The scalar's text after YAML unescaping and folding.
        text: String,
        /// Written without quotes and not as a block scalar.
        plain: bool,
    },
    /// A sequence of nodes.
    Sequence(Vec<Node>),
    /// A mapping, as key-value pairs in file order.
    Mapping(Vec<(Node, Node)>),
}

/// A YAML node and where it starts; collections also know where they end.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The node's content.
    pub value: Value,
    /// Where the node starts.
    pub start: Position,
    /// Where the parser found the node's end: for a collection, where the
    /// next token after it begins; for a scalar, the same as `start`.
    pub end: Position,
}

impl Node {
    /// The value under `key`, when this node is a mapping that has it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Mapping(entries) => entries
                .iter()
                .find(|(k, _)| k.as_str() == Some(key))
                .map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text of a scalar node.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    /// The items of a sequence node (none for other nodes).
    pub fn items(&self) -> &[Node] {
        match &self.value {
            Value::Sequence(items) => items,
            _ => &[],
        }
    }

    /// Whether this is a plain scalar that YAML reads as null (`~`, `null`, nothing).
    pub fn is_null(&self) -> bool {
        matches!(&self.value, Value::Scalar { text, plain: true }
            if matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL"))
    }

    /// Places this node and everything in it at `at`.
    fn move_to(&mut self, at: Position) {
        self.start = at;
        self.end = at;
        match &mut self.value {
            Value::Scalar { .. } => {}
            Value::Sequence(items) => items.iter_mut().for_each(|n| n.move_to(at)),
            Value::Mapping(entries) => entries.iter_mut().for_each(|(k, v)| {
                k.move_to(at);
                v.move_to(at);
            }),
        }
    }

    /// How many nodes this tree holds, and how many bytes of scalar text.
    fn cost(&self) -> (usize, usize) {
        let add = |(n, b): (usize, usize), (m, c): (usize, usize)| (n + m, b + c);
        match &self.value {
            Value::Scalar { text, .. } => (1, text.len()),
            Value::Sequence(items) => items.iter().map(Node::cost).fold((1, 0), add),
            Value::Mapping(entries) => entries
                .iter()
                .map(|(k, v)| add(k.cost(), v.cost()))
                .fold((1, 0), add),
        }
    }
}

/// A syntax error or a limit crossed while reading the YAML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    /// Where.
    pub at: Position,
    /// What.
    pub message: String,
    /// What to do about it.
    pub help: String,
}

/// Converts the parser's marks (line, character column and character index)
/// into positions with byte offsets.
///
/// Marks arrive almost always in file order, so the last conversion is kept
/// and the next one walks on from it: one long line costs linear time, not
/// quadratic.
struct Locator<'a> {
    text: &'a str,
    /// Byte offset of each line's start.
    line_starts: Vec<usize>,
    /// Bytes before `text` in the file (a byte order mark).
    base: usize,
    /// The last mark converted: (line, character column, byte offset in `text`).
    last: std::cell::Cell<(usize, usize, usize)>,
}

impl<'a> Locator<'a> {
    fn new(text: &'a str, base: usize) -> Self {
        Locator {
            text,
            line_starts: line_starts(text),
            base,
            last: std::cell::Cell::new((1, 0, 0)),
        }
    }

    /// The position of a byte offset in `text`.
    fn at_offset(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line.saturating_sub(1)];
        Position {
            line,
            column: self.text[start..offset].chars().count() + 1,
            offset: self.base + offset,
        }
    }

    /// A syntax error, placed where the mistake most likely is and
    /// explained in the terms of a registry file.
    fn syntax_error(&self, at: Position, info: &str) -> YamlError {
        let here = at.offset.saturating_sub(self.base).min(self.text.len());
        let generic = "fix the YAML syntax here (indentation, a missing `: ` or an unclosed quote are the usual causes)";
        if info.contains("found a tab") {
            // Point at the tab itself.
            let line_start = self.text[..here].rfind('\n').map_or(0, |i| i + 1);
            if let Some(tab) = self.text[line_start..].find('\t') {
                return YamlError {
                    at: self.at_offset(line_start + tab),
                    message: "YAML syntax error: a tab where YAML needs spaces".into(),
                    help: "indent with spaces, never tabs".into(),
                };
            }
        }
        if info.contains("simple key") {
            // The parser notices on the next line; the key before it lacks `: `.
            let before = self.text[..here].trim_end();
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let content =
                line_start + (before[line_start..].len() - before[line_start..].trim_start().len());
            return YamlError {
                at: self.at_offset(content),
                message: "YAML syntax error: this line is not `key: value`".into(),
                help: "put a space after the colon (`name: Ali Khamenei`), or quote text that contains `: `".into(),
            };
        }
        YamlError {
            at,
            message: format!("YAML syntax error: {info}"),
            help: generic.into(),
        }
    }

    fn position(&self, mark: &Marker) -> Position {
        let line = mark.line().max(1);
        let col = mark.col();
        let (last_line, last_col, last_byte) = self.last.get();
        let line_start = self
            .line_starts
            .get(line - 1)
            .copied()
            .unwrap_or(self.text.len());
        let byte = if line == last_line && col < last_col {
            // A little behind the last mark (a key after its mapping's
            // mark): walk back from there rather than from the line start.
            let before = &self.text[line_start..last_byte];
            before
                .char_indices()
                .rev()
                .nth(last_col - col - 1)
                .map_or(line_start, |(i, _)| line_start + i)
        } else {
            let (from_col, from_byte) = if line == last_line {
                (last_col, last_byte)
            } else {
                (0, line_start)
            };
            let rest = &self.text[from_byte..];
            from_byte
                + rest
                    .char_indices()
                    .nth(col - from_col)
                    .map_or(rest.len(), |(i, _)| i)
        };
        self.last.set((line, col, byte));
        Position {
            line,
            column: col + 1,
            offset: self.base + byte,
        }
    }
}

/// Where each line starts: after `\n`, and after a `\r` not followed by
/// `\n`, as the parser counts them.
pub(crate) fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            starts.push(i + 1);
        }
    }
    starts
}

/// A collection being filled while its events arrive.
enum Frame {
    Sequence {
        start: Position,
        anchor: usize,
        items: Vec<Node>,
    },
    Mapping {
        start: Position,
        anchor: usize,
        entries: Vec<(Node, Node)>,
        key: Option<Node>,
    },
}

/// Builds the tree for one document, checking the limits as it goes.
struct Builder<'l> {
    limits: &'l Limits,
    stack: Vec<Frame>,
    anchors: HashMap<usize, Node>,
    alias_nodes: usize,
    alias_bytes: usize,
    root: Option<Node>,
    documents: usize,
}

impl Builder<'_> {
    fn push(&mut self, frame: Frame, at: Position) -> Result<(), YamlError> {
        if self.stack.len() >= self.limits.max_depth {
            return Err(YamlError {
                at,
                message: format!(
                    "collections are nested more than {} deep",
                    self.limits.max_depth
                ),
                help: "registry entries need only a few levels: flatten the file".into(),
            });
        }
        self.stack.push(frame);
        Ok(())
    }

    fn finish(&mut self, node: Node, anchor: usize) -> Result<(), YamlError> {
        if anchor > 0 {
            // Keeping a copy for later aliases costs what an alias would.
            self.charge(&node, node.start)?;
            self.anchors.insert(anchor, node.clone());
        }
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Sequence { items, .. }) => items.push(node),
            Some(Frame::Mapping { entries, key, .. }) => match key.take() {
                None => *key = Some(node),
                Some(k) => {
                    let mut node = node;
                    // The parser places an empty value where the next token
                    // starts, often lines later: point at its key instead.
                    if matches!(&node.value, Value::Scalar { text, plain: true } if text.is_empty())
                    {
                        node.start = k.start;
                        node.end = k.start;
                    }
                    entries.push((k, node));
                }
            },
        }
        Ok(())
    }

    fn alias(&mut self, id: usize, at: Position) -> Result<Node, YamlError> {
        let Some(target) = self.anchors.get(&id) else {
            return Err(YamlError {
                at,
                message: "alias to an unknown anchor".into(),
                help: "define the anchor (`&name`) before using it".into(),
            });
        };
        let mut node = target.clone();
        self.charge(&node, at)?;
        // The copy stands where the alias is: problems in it point there.
        node.move_to(at);
        Ok(node)
    }

    /// Counts a copied node against the alias budget.
    fn charge(&mut self, node: &Node, at: Position) -> Result<(), YamlError> {
        let (nodes, bytes) = node.cost();
        self.alias_nodes += nodes;
        self.alias_bytes += bytes;
        if self.alias_nodes > self.limits.max_alias_nodes
            || self.alias_bytes > self.limits.max_alias_bytes
        {
            return Err(YamlError {
                at,
                message: format!(
                    "anchors and aliases expand to more than {} nodes or {} of text",
                    self.limits.max_alias_nodes,
                    super::load::human_size(self.limits.max_alias_bytes as u64)
                ),
                help: "write the values out instead of repeating aliases".into(),
            });
        }
        Ok(())
    }
}

/// Reads one YAML document from `text` (the file's text after any byte order
/// mark of `base` bytes). An empty document gives `None`.
pub fn parse(text: &str, base: usize, limits: &Limits) -> Result<Option<Node>, YamlError> {
    let locator = Locator::new(text, base);
    let mut parser = Parser::new_from_str(text);
    let mut b = Builder {
        limits,
        stack: Vec::new(),
        anchors: HashMap::new(),
        alias_nodes: 0,
        alias_bytes: 0,
        root: None,
        documents: 0,
    };
    loop {
        let (event, mark) = parser
            .next_token()
            .map_err(|e| locator.syntax_error(locator.position(e.marker()), e.info()))?;
        let at = locator.position(&mark);
        match event {
            Event::StreamEnd => break,
            Event::DocumentStart => {
                b.documents += 1;
                if b.documents > 1 {
                    return Err(YamlError {
                        at,
                        message: "a second YAML document in one file".into(),
                        help: "keep one document per file: move it into a file of its own".into(),
                    });
                }
            }
            Event::Nothing | Event::StreamStart | Event::DocumentEnd => {}
            Event::Scalar(text, style, anchor, _) => {
                let node = Node {
                    value: Value::Scalar {
                        text,
                        plain: style == TScalarStyle::Plain,
                    },
                    start: at,
                    end: at,
                };
                b.finish(node, anchor)?;
            }
            Event::Alias(id) => {
                let node = b.alias(id, at)?;
                b.finish(node, 0)?;
            }
            Event::SequenceStart(anchor, _) => b.push(
                Frame::Sequence {
                    start: at,
                    anchor,
                    items: Vec::new(),
                },
                at,
            )?,
            Event::MappingStart(anchor, _) => b.push(
                Frame::Mapping {
                    start: at,
                    anchor,
                    entries: Vec::new(),
                    key: None,
                },
                at,
            )?,
            Event::SequenceEnd | Event::MappingEnd => {
                let (value, start, anchor) = match b.stack.pop() {
                    Some(Frame::Sequence {
                        start,
                        anchor,
                        items,
                    }) => {
                        let start = earliest(start, items.first().map(|n| n.start));
                        (Value::Sequence(items), start, anchor)
                    }
                    Some(Frame::Mapping {
                        start,
                        anchor,
                        entries,
                        ..
                    }) => {
                        let start = earliest(start, entries.first().map(|(k, _)| k.start));
                        (Value::Mapping(entries), start, anchor)
                    }
                    None => continue,
                };
                b.finish(
                    Node {
                        value,
                        start,
                        end: at,
                    },
                    anchor,
                )?;
            }
        }
    }
    Ok(b.root)
}

/// The parser marks a block collection where its first key ends; the first
/// key's own start is the better place to point at.
fn earliest(mark: Position, first: Option<Position>) -> Position {
    match first {
        Some(first) if first.offset < mark.offset => first,
        _ => mark,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(text: &str) -> Node {
        parse(text, 0, &Limits::default()).unwrap().unwrap()
    }

    #[test]
    fn positions_are_one_based_with_byte_offsets() {
        let root = tree("# c\npeople:\n  - id: a\n    name: \"Ä b\"\n    x: y\n");
        let person = &root.get("people").unwrap().items()[0];
        assert_eq!(
            person.start,
            Position {
                line: 3,
                column: 5,
                offset: 16
            }
        );
        let x = person.get("x").unwrap();
        assert_eq!((x.start.line, x.start.column), (5, 8));
        assert_eq!(
            x.start.offset,
            "# c\npeople:\n  - id: a\n    name: \"Ä b\"\n    x: ".len()
        );
    }

    #[test]
    fn plain_and_quoted_scalars_are_told_apart() {
        let root = tree("a: null\nb: 'null'\n");
        assert!(root.get("a").unwrap().is_null());
        assert!(!root.get("b").unwrap().is_null());
    }

    #[test]
    fn syntax_errors_carry_their_position() {
        let err = parse("a: [1, 2\nb: c\n", 0, &Limits::default()).unwrap_err();
        assert!(
            err.message.starts_with("YAML syntax error"),
            "{}",
            err.message
        );
        assert!(err.at.line >= 1);
    }

    #[test]
    fn syntax_errors_point_at_the_likely_mistake() {
        let err = parse(
            "people:\n  - id: a\n    name:A\n    aliases: [x]\n",
            0,
            &Limits::default(),
        )
        .unwrap_err();
        assert_eq!((err.at.line, err.at.column), (3, 5), "{}", err.message);
        let err = parse(
            "people:\n  - id: a\n    name: A\n\taliases: [x]\n",
            0,
            &Limits::default(),
        )
        .unwrap_err();
        assert_eq!((err.at.line, err.at.column), (4, 1), "{}", err.message);
        assert!(err.help.contains("tabs"));
    }

    #[test]
    fn alias_expansion_is_bounded() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for level in 0..6 {
            let prev = if level == 0 {
                "a".to_owned()
            } else {
                format!("l{}", level - 1)
            };
            text.push_str(&format!(
                "l{level}: &l{level} [{}]\n",
                vec![format!("*{prev}"); 10].join(", ")
            ));
        }
        let err = parse(&text, 0, &Limits::default()).unwrap_err();
        assert!(err.message.contains("aliases expand"), "{}", err.message);
    }

    #[test]
    fn aliases_to_a_large_scalar_are_bounded() {
        let big = "x".repeat(1 << 20);
        let text = format!("a: &a \"{big}\"\nb: [{}]\n", vec!["*a"; 20].join(", "));
        let err = parse(&text, 0, &Limits::default()).unwrap_err();
        assert!(err.message.contains("aliases expand"), "{}", err.message);
        assert_eq!(err.at.line, 2);
    }

    #[test]
    fn a_second_document_is_an_error() {
        let err = parse("a: 1\n---\nb: 2\n", 0, &Limits::default()).unwrap_err();
        assert_eq!(err.at.line, 2);
    }

    #[test]
    fn byte_order_mark_shifts_offsets_only() {
        let root = parse("a: b\n", 3, &Limits::default()).unwrap().unwrap();
        let b = root.get("a").unwrap();
        assert_eq!((b.start.line, b.start.column, b.start.offset), (1, 4, 6));
    }
}
