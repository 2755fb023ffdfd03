//! The text stage: read a draft (plain text, Markdown or HTML) into the text
//! a reader sees, keeping a map back to the original file's bytes, lines and
//! columns, and split it into paragraphs.

pub mod draft;
pub mod html;
pub mod markdown;
pub mod sentences;
pub mod visible;

pub use draft::{Draft, DraftError, InputFormat};
