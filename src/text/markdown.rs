//! The visible text of a Markdown draft: code blocks and inline code are
//! skipped, link text is kept (addresses dropped), emphasis markers and
//! block-quote, heading and list markers are removed. Headings and list
//! items become paragraphs of their own.

use super::visible::Visible;

/// The visible text of `source`, whose first byte is at `base` in the file.
pub fn visible(source: &str, base: usize) -> Visible {
    let mut out = Visible::default();
    let mut fence: Option<(char, usize)> = None;
    let mut offset = 0;
    let mut previous_blank = true;
    let mut in_front_matter = false;
    for (index, raw) in source.split_inclusive('\n').enumerate() {
        let line_start = base + offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();

        if index == 0 && line == "---" {
            in_front_matter = true;
            continue;
        }
        if in_front_matter {
            if line == "---" || line == "..." {
                in_front_matter = false;
            }
            continue;
        }
        if let Some((mark, len)) = fence {
            let closing = trimmed.chars().take_while(|&c| c == mark).count();
            if closing >= len && trimmed[closing * mark.len_utf8()..].trim().is_empty() {
                fence = None;
            }
            continue;
        }
        if indent <= 3 && (trimmed.starts_with("```") || trimmed.starts_with("~~~")) {
            let mark = trimmed.chars().next().unwrap_or('`');
            fence = Some((mark, trimmed.chars().take_while(|&c| c == mark).count()));
            out.paragraph_break(line_start);
            continue;
        }
        if trimmed.is_empty() {
            out.paragraph_break(line_start);
            previous_blank = true;
            continue;
        }
        if previous_blank && (indent >= 4 || line.starts_with('\t')) {
            // An indented code block.
            continue;
        }
        if is_reference_definition(trimmed) || is_rule(trimmed) || trimmed.starts_with("<!--") {
            previous_blank = false;
            continue;
        }

        // Block markers: block quotes, headings, list items.
        let mut rest = trimmed;
        let mut rest_at = line_start + indent;
        loop {
            if let Some(after) = rest.strip_prefix('>') {
                let after_trim = after.strip_prefix(' ').unwrap_or(after);
                rest_at += rest.len() - after_trim.len();
                rest = after_trim;
                continue;
            }
            break;
        }
        let mut own_paragraph = false;
        let hashes = rest.chars().take_while(|&c| c == '#').count();
        if (1..=6).contains(&hashes) && rest[hashes..].starts_with([' ', '\t'])
            || (hashes > 0 && hashes <= 6 && rest.len() == hashes)
        {
            let after = rest[hashes..].trim_start();
            rest_at += rest.len() - after.len();
            rest = after.trim_end().trim_end_matches('#').trim_end();
            own_paragraph = true;
        } else if let Some(len) = list_marker(rest) {
            rest_at += len;
            rest = &rest[len..];
            own_paragraph = true;
        }
        if own_paragraph {
            out.paragraph_break(line_start);
        }
        inline(rest, rest_at, &mut out);
        out.copy(
            base + offset - (raw.len() - line.len()),
            &raw[line.len()..].replace('\r', ""),
        );
        if own_paragraph && hashes > 0 {
            out.paragraph_break(line_start);
        }
        previous_blank = false;
    }
    out
}

/// Whether a line is a link reference definition: `[id]: https://…`.
fn is_reference_definition(line: &str) -> bool {
    line.starts_with('[') && line.find("]:").is_some_and(|i| !line[1..i].contains(']'))
}

/// Whether a line is a thematic break: `---`, `***`, `___`.
fn is_rule(line: &str) -> bool {
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    compact.len() >= 3
        && (compact.chars().all(|c| c == '-')
            || compact.chars().all(|c| c == '*')
            || compact.chars().all(|c| c == '_'))
}

/// The length of a list marker (`- `, `* `, `+ `, `12. `, `3) `) at the start of `line`.
fn list_marker(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    match bytes.first()? {
        b'-' | b'*' | b'+' if bytes.get(1) == Some(&b' ') => Some(2),
        b'0'..=b'9' => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            if digits <= 9
                && matches!(bytes.get(digits), Some(b'.' | b')'))
                && bytes.get(digits + 1) == Some(&b' ')
            {
                Some(digits + 2)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Appends the visible part of one line's inline Markdown.
fn inline(text: &str, at: usize, out: &mut Visible) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let mut plain_start = 0;
    let flush = |out: &mut Visible, from: usize, to: usize| {
        if to > from {
            out.copy(at + from, &text[from..to]);
        }
    };
    while i < chars.len() {
        let (pos, c) = chars[i];
        let next = chars.get(i + 1).map(|&(_, c)| c);
        let prev = i.checked_sub(1).map(|j| chars[j].1);
        match c {
            '\\' if next.is_some_and(|n| n.is_ascii_punctuation()) => {
                flush(out, plain_start, pos);
                plain_start = chars[i + 1].0;
                i += 2;
                continue;
            }
            '`' => {
                let run = chars[i..].iter().take_while(|&&(_, c)| c == '`').count();
                let open_end = chars.get(i + run).map_or(text.len(), |&(p, _)| p);
                let closing = "`".repeat(run);
                let limit = super::floor_char_boundary(text, open_end + CODE_LIMIT);
                if let Some(close) = text[open_end..limit].find(&closing) {
                    flush(out, plain_start, pos);
                    let after = open_end + close + run;
                    plain_start = after;
                    i = chars.partition_point(|&(p, _)| p < after);
                    continue;
                }
                // No closing run: the backticks are text (all of them at once).
                i += run;
                continue;
            }
            '!' if next == Some('[') => {
                if let Some((_, _, end)) = link_at(text, chars[i + 1].0) {
                    flush(out, plain_start, pos);
                    plain_start = end;
                    i = chars.partition_point(|&(p, _)| p < end);
                    continue;
                }
            }
            '[' => {
                if let Some((label_start, label_end, end)) = link_at(text, pos) {
                    flush(out, plain_start, pos);
                    inline(&text[label_start..label_end], at + label_start, out);
                    plain_start = end;
                    i = chars.partition_point(|&(p, _)| p < end);
                    continue;
                }
            }
            '<' => {
                if let Some(close) = text[pos..].find('>') {
                    let inner = &text[pos + 1..pos + close];
                    if is_inline_tag(inner) || inner.starts_with("http") {
                        flush(out, plain_start, pos);
                        plain_start = pos + close + 1;
                        i = chars.partition_point(|&(p, _)| p < plain_start);
                        continue;
                    }
                }
            }
            '*' | '_' | '~' => {
                let run = chars[i..].iter().take_while(|&&(_, x)| x == c).count();
                let after = chars.get(i + run).map(|&(_, c)| c);
                let left_flanking = after.is_some_and(|a| !a.is_whitespace());
                let right_flanking = prev.is_some_and(|p| !p.is_whitespace());
                let intraword = c == '_'
                    && prev.is_some_and(char::is_alphanumeric)
                    && after.is_some_and(char::is_alphanumeric);
                let is_delimiter =
                    (c != '~' || run == 2) && (left_flanking || right_flanking) && !intraword;
                if is_delimiter {
                    flush(out, plain_start, pos);
                    let end = chars.get(i + run).map_or(text.len(), |&(p, _)| p);
                    plain_start = end;
                    i += run;
                    continue;
                }
                i += run;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    flush(out, plain_start, text.len());
}

/// Whether `<inner>` is an HTML tag (`b`, `/b`, `a href="…"`, `br/`) or comment.
fn is_inline_tag(inner: &str) -> bool {
    let name = inner.strip_prefix('/').unwrap_or(inner);
    inner.starts_with("!--")
        || name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name
                .split(|c: char| c.is_whitespace() || c == '/')
                .next()
                .is_some_and(|n| n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
}

/// How far a link's label or address is looked for, in characters.
const LINK_LIMIT: usize = 1_000;

/// How far a code span's closing backticks are looked for, in bytes.
const CODE_LIMIT: usize = 10_000;

/// A link or image label at `open` (a `[`): the label's range and where the
/// whole link ends, for `[text](url)`, `[text][ref]` and `[text][]`.
fn link_at(text: &str, open: usize) -> Option<(usize, usize, usize)> {
    let mut depth = 0;
    let mut close = None;
    // Link labels are short (CommonMark caps them at 999 characters): a
    // bounded search keeps a line of `[[[[…` linear.
    for (i, c) in text[open..].char_indices().take(LINK_LIMIT) {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(open + i);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    let rest = &text[close + 1..];
    let end = if rest.starts_with('(') {
        let mut depth = 0;
        let mut end = None;
        for (i, c) in rest.char_indices().take(LINK_LIMIT) {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = Some(close + 1 + i + 1);
                        break;
                    }
                }
                _ => {}
            }
        }
        end?
    } else if rest.starts_with('[') {
        close + 1 + rest.find(']')? + 1
    } else {
        return None;
    };
    Some((open + 1, close, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(md: &str) -> String {
        visible(md, 0).text
    }

    #[test]
    fn code_is_skipped() {
        assert_eq!(
            text("Say `\"x\"` now\n\n```\n\"quoted\"\n```\n\nEnd\n"),
            "Say  now\n\nEnd\n"
        );
        assert_eq!(text("Para\n\n    \"code\"\n\nNext\n"), "Para\n\nNext\n");
    }

    #[test]
    fn links_keep_their_text_and_images_go() {
        assert_eq!(
            text("See [the *report*](http://x.y/z_(1)) and ![pic](a.png).\n"),
            "See the report and .\n"
        );
        assert_eq!(text("[ref]: http://example.com\nA [b][ref] c\n"), "A b c\n");
    }

    #[test]
    fn emphasis_markers_go_but_underscores_in_words_stay() {
        assert_eq!(
            text("**Bold** and _it_ and snake_case and 2 * 3\n"),
            "Bold and it and snake_case and 2 * 3\n"
        );
    }

    #[test]
    fn block_markers_go_and_headings_are_paragraphs() {
        assert_eq!(
            text("# Title\n> “Quoted,” he said.\n- item one\n- item two\n"),
            "Title\n\n“Quoted,” he said.\n\nitem one\n\nitem two\n"
        );
    }

    #[test]
    fn offsets_map_back_to_the_source() {
        let src = "# T\n\nHe said **“no”** today.\n";
        let v = visible(src, 0);
        let at = v.text.find('“').unwrap();
        assert_eq!(
            &src[v.source_start(at)..v.source_end(at + "“no”".len())],
            "“no”"
        );
    }
}
