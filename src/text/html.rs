//! The visible text of an HTML draft: tags, comments, scripts and styles
//! dropped, entities decoded, white space collapsed as a browser would, and
//! block elements turned into paragraph breaks.

use super::visible::Visible;

/// Elements whose content is never shown.
const HIDDEN: &[&str] = &[
    "script", "style", "head", "template", "noscript", "svg", "iframe", "object",
];

/// Elements that start and end a block (a paragraph of their own).
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "nav",
    "main",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "hr",
    "pre",
    "dl",
    "dt",
    "dd",
    "title",
    "body",
    "html",
    "address",
    "details",
    "summary",
];

/// The visible text of `source`, whose first byte is at `base` in the file.
pub fn visible(source: &str, base: usize) -> Visible {
    let mut out = Visible::default();
    let bytes = source.as_bytes();
    let mut i = 0;
    // Where a run of white space (or a word-separating tag) began, and the
    // length of its first character, which the single space stands for.
    let mut pending_space: Option<(usize, usize)> = None;
    while i < source.len() {
        let c = bytes[i];
        if c == b'<' {
            if source[i..].starts_with("<!--") {
                i = source[i..].find("-->").map_or(source.len(), |e| i + e + 3);
                continue;
            }
            let Some(close) = tag_end(source, i) else {
                // A lone `<` is text.
                flush_space(&mut out, &mut pending_space);
                out.copy(base + i, "<");
                i += 1;
                continue;
            };
            let tag = &source[i + 1..close];
            let closing = tag.starts_with('/');
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            let end = close + 1;
            if name.is_empty() {
                flush_space(&mut out, &mut pending_space);
                out.copy(base + i, "<");
                i += 1;
                continue;
            }
            if !closing && HIDDEN.contains(&name.as_str()) && !tag.ends_with('/') {
                // Skip to the matching end tag (compared in place, not on a
                // lowercased copy of the rest of the file).
                let end_tag = format!("</{name}");
                let found = source[end..]
                    .match_indices("</")
                    .map(|(k, _)| end + k)
                    .find(|&k| {
                        source
                            .get(k..k + end_tag.len())
                            .is_some_and(|t| t.eq_ignore_ascii_case(&end_tag))
                    });
                i = found.map_or(source.len(), |after| {
                    source[after..]
                        .find('>')
                        .map_or(source.len(), |g| after + g + 1)
                });
                continue;
            }
            if name == "br" {
                pending_space = None;
                out.put(base + i, end - i, "\n");
            } else if BLOCKS.contains(&name.as_str()) {
                pending_space = None;
                out.paragraph_break(base + i);
            } else if pending_space.is_none()
                && !out.text.ends_with(char::is_whitespace)
                && is_spacing_inline(&name)
            {
                pending_space = Some((base + i, 0));
            }
            i = end;
            continue;
        }
        if c == b'&' {
            if let Some((decoded, len)) = entity(&source[i..]) {
                flush_space(&mut out, &mut pending_space);
                let mut buf = [0u8; 4];
                out.put(base + i, len, decoded.encode_utf8(&mut buf));
                i += len;
                continue;
            }
        }
        let ch = source[i..].chars().next().unwrap_or(' ');
        if ch.is_whitespace() {
            if !out.text.is_empty() && !out.text.ends_with(char::is_whitespace) {
                pending_space.get_or_insert((base + i, ch.len_utf8()));
            }
        } else {
            flush_space(&mut out, &mut pending_space);
            out.copy(base + i, &source[i..i + ch.len_utf8()]);
        }
        i += ch.len_utf8();
    }
    out
}

/// Inline elements that separate words (table cells and the like are blocks).
fn is_spacing_inline(name: &str) -> bool {
    matches!(name, "img" | "input" | "button" | "select" | "label")
}

fn flush_space(out: &mut Visible, pending: &mut Option<(usize, usize)>) {
    if let Some((at, len)) = pending.take() {
        if !out.text.is_empty() && !out.text.ends_with(char::is_whitespace) {
            out.put(at, len, " ");
        }
    }
}

/// The index of the `>` that ends the tag starting at `start`, skipping
/// quoted attribute values; `None` when this `<` starts no tag.
fn tag_end(source: &str, start: usize) -> Option<usize> {
    let first = source[start + 1..].chars().next()?;
    if !(first.is_ascii_alphabetic() || first == '/' || first == '!') {
        return None;
    }
    let mut quote: Option<char> = None;
    for (i, c) in source[start + 1..].char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(start + 1 + i),
            (None, '<') => return None,
            _ => {}
        }
    }
    None
}

/// Decodes the character reference at the start of `text` (`&amp;`,
/// `&#8220;`, `&#x201C;`): the character and the reference's length.
fn entity(text: &str) -> Option<(char, usize)> {
    let end = text[1..].find(';').map(|i| i + 1).filter(|&e| e <= 32)?;
    let body = &text[1..end];
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        char::from_u32(code)
            .filter(|&c| c != '\0')
            .unwrap_or('\u{fffd}')
    } else {
        match body {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => ' ',
            "ldquo" => '“',
            "rdquo" => '”',
            "lsquo" => '‘',
            "rsquo" => '’',
            "laquo" => '«',
            "raquo" => '»',
            "bdquo" => '„',
            "sbquo" => '‚',
            "hellip" => '…',
            "mdash" => '—',
            "ndash" => '–',
            "shy" => '\u{ad}',
            "eacute" => 'é',
            "egrave" => 'è',
            "aacute" => 'á',
            "iacute" => 'í',
            "oacute" => 'ó',
            "uacute" => 'ú',
            "ouml" => 'ö',
            "uuml" => 'ü',
            "auml" => 'ä',
            "ccedil" => 'ç',
            "ntilde" => 'ñ',
            "euro" => '€',
            "pound" => '£',
            "copy" => '©',
            _ => return None,
        }
    };
    Some((c, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        visible(html, 0).text
    }

    #[test]
    fn only_visible_text_remains() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body>\n<p>He said <b>&ldquo;no&rdquo;</b>.</p><script>var q = \"x\";</script><p>Next &amp; last</p></body></html>";
        assert_eq!(text(html), "He said “no”.\n\nNext & last\n\n");
    }

    #[test]
    fn white_space_collapses_and_br_breaks_lines() {
        assert_eq!(text("<p>a\n   b<br>c</p>"), "a b\nc\n\n");
    }

    #[test]
    fn numeric_entities_and_stray_angles() {
        assert_eq!(
            text("x &#8220;y&#x201D; 1 < 2 &bogus; &#0;"),
            "x “y” 1 < 2 &bogus; \u{fffd}"
        );
    }

    #[test]
    fn offsets_map_back_to_the_source() {
        let src = "<p>He said &ldquo;no&rdquo;</p>";
        let v = visible(src, 0);
        let at = v.text.find('“').unwrap();
        let end = at + "“no”".len();
        assert_eq!(
            &src[v.source_start(at)..v.source_end(end)],
            "&ldquo;no&rdquo;"
        );
    }
}
