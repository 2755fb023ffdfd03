//! Fuzz target: the draft reader, the quotation finder and the speaker
//! finder, on any bytes read as plain text, Markdown or HTML (by the first
//! byte), against the project's registry. Every span must lie inside the
//! draft, on character boundaries.

use factcheck::check::{annotate_draft, Matcher};
use factcheck::extract::{extract, names::Directory};
use factcheck::registry::claim_index::ClaimIndex;
use factcheck::registry::index::QuoteIndex;
use factcheck::registry::{load, Limits, RegistrySource};
use factcheck::text::{Draft, InputFormat};

fn main() {
    let registry = load(&RegistrySource::BuiltIn, &Limits::default()).expect("built-in registry");
    let directory = Directory::new(&registry);
    let index = QuoteIndex::build(&registry);
    let claims = ClaimIndex::build(&registry);
    let matcher = Matcher::new(&registry, &index).with_claims(&claims);
    afl::fuzz!(|data: &[u8]| {
        let format = match data.first().map(|b| b % 3) {
            Some(0) => InputFormat::Markdown,
            Some(1) => InputFormat::Html,
            _ => InputFormat::Text,
        };
        let Ok(draft) = Draft::from_bytes("fuzz", data.to_vec(), format) else {
            return;
        };
        let annotation = annotate_draft(&draft, extract(&draft, &directory), &matcher);
        for q in &annotation.quotes {
            for piece in &q.pieces {
                assert!(piece.span.start <= piece.span.end && piece.span.end <= data.len());
                assert!(draft.source.is_char_boundary(piece.span.start));
                assert!(draft.source.is_char_boundary(piece.span.end));
            }
        }
    });
}
