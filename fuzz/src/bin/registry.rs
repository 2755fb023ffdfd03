//! Fuzz target: the registry loader (pre-scan, YAML tree, deserializer,
//! validation) on any bytes as one registry file.

use factcheck::registry::load::{build, SourceFile};
use factcheck::registry::Limits;

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let Ok(text) = std::str::from_utf8(data) else {
            return;
        };
        let file = SourceFile {
            path: "fuzz.yaml".into(),
            text: text.to_owned(),
        };
        let _ = build(vec![file], Vec::new(), &Limits::default());
    });
}
