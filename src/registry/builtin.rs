//! The registry compiled into the binary from the project's `claims/` folder.

use super::load::SourceFile;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/builtin_registry.rs"));
}

/// The prefix that marks paths of the built-in registry in messages.
pub const PREFIX: &str = "<built-in>/";

/// The built-in registry's files, in the same order a folder load would use.
pub fn files() -> Vec<SourceFile> {
    embedded::FILES
        .iter()
        .map(|(path, text)| SourceFile {
            path: format!("{PREFIX}{path}"),
            text: (*text).to_owned(),
        })
        .collect()
}
