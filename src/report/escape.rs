//! Text from drafts and registries made safe for a terminal: control
//! characters (escape sequences, bells, carriage returns, C1 controls) and
//! the invisible bidirectional overrides are shown as `\u{…}` escapes, so
//! no input can move the cursor, recolour the screen or reorder a line.
//! Line breaks and tabs are kept.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal as it is.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{061c}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// `text` with every unsafe character escaped as `\u{hex}`.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` made safe, as an owned string (for table cells).
pub fn safe(text: &str) -> String {
    visible(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_controls_are_shown_not_obeyed() {
        assert_eq!(visible("plain “text”\n\tnext"), "plain “text”\n\tnext");
        assert_eq!(visible("a\u{1b}[2Jb\u{7}\r"), "a\\u{1b}[2Jb\\u{7}\\u{d}");
        assert_eq!(visible("x\u{9b}y\u{202e}z"), "x\\u{9b}y\\u{202e}z");
        assert_eq!(visible("\u{61c}\u{2028}"), "\\u{61c}\\u{2028}");
    }
}
