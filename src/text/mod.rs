//! The text stage: read a draft (plain text, Markdown or HTML) into the text
//! a reader sees, keeping a map back to the original file's bytes, lines and
//! columns, and split it into paragraphs.

pub mod draft;
pub mod fold;
pub mod html;
pub mod markdown;
pub mod sentences;
pub mod terms;
pub mod visible;

pub use draft::{Draft, DraftError, InputFormat};

/// The nearest character boundary of `text` at or before byte `at`.
pub fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The nearest character boundary of `text` at or after byte `at`.
pub fn ceil_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}
