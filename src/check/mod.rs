//! The check stage: decide a verdict for every quotation and gather one
//! draft's findings into an [`Annotation`], the plain data every output
//! format is a view of.
//!
//! Each statement is matched with the registry quote it comes from (see
//! [`matching`]); terms are `term`.

pub mod align;
pub mod annotation;
pub mod claims;
pub mod matching;

pub use annotation::{
    Annotation, DraftAnnotation, Finding, QuoteFinding, Severity, SpanInfo, Summary, Verdict,
};
pub use matching::{Matcher, QuoteMatch};

use crate::extract::kind::QuoteKind;
use crate::extract::Quote;
use crate::text::Draft;
use matching::Outcome;

/// The verdict for a quotation and the registry quote it matches.
fn verdict(draft: &Draft, quote: &Quote, matcher: &Matcher<'_>) -> (Verdict, Option<QuoteMatch>) {
    if quote.kind == QuoteKind::Term {
        return (Verdict::Term, None);
    }
    match matcher.check(draft.text(), quote) {
        None => (Verdict::Unverified, None),
        Some((found, outcome)) => {
            let verdict = match outcome {
                Outcome::Verbatim => Verdict::Verbatim,
                Outcome::Altered => Verdict::Altered,
                Outcome::Misattributed => Verdict::Misattributed,
                Outcome::Unattributed => Verdict::Unattributed,
            };
            (verdict, Some(found))
        }
    }
}

/// One draft's findings, each statement checked with `matcher`.
pub fn annotate_draft(draft: &Draft, quotes: Vec<Quote>, matcher: &Matcher<'_>) -> DraftAnnotation {
    let claims = match matcher.claim_index() {
        Some(index) => {
            let quoted: Vec<std::ops::Range<usize>> = quotes
                .iter()
                .flat_map(|q| q.pieces.iter().cloned())
                .collect();
            claims::find_claims(draft, &quoted, matcher.registry(), index)
        }
        None => Vec::new(),
    };
    let mut findings = Vec::new();
    let mut warnings = Vec::new();
    if draft.text().trim().is_empty() {
        warnings.push(Finding {
            line: 1,
            column: 1,
            message: "the draft is empty: there is nothing to check".into(),
        });
    }
    for quote in quotes {
        // Positions in file order (each piece's start, then its end), which
        // the draft computes in linear time along a line.
        let pieces: Vec<annotation::Piece> = quote
            .pieces
            .iter()
            .map(|r| {
                let source = draft.source_range(r.clone());
                annotation::Piece {
                    span: SpanInfo::new(draft.position(source.start), draft.position(source.end)),
                    text: draft.text()[r.clone()].to_owned(),
                }
            })
            .collect();
        let whole = match (pieces.first(), pieces.last()) {
            (Some(a), Some(b)) => SpanInfo {
                end_line: b.span.end_line,
                end_column: b.span.end_column,
                end: b.span.end,
                ..a.span
            },
            _ => SpanInfo::new(draft.position(0), draft.position(0)),
        };
        if quote.unclosed {
            warnings.push(Finding {
                line: whole.line,
                column: whole.column,
                message: "this quotation is never closed; it was ended at the end of its paragraph"
                    .into(),
            });
        }
        let (verdict, found) = verdict(draft, &quote, matcher);
        // A pronoun the registry resolved to the quote's own speaker.
        let mut speaker = quote.speaker;
        if let (Some(s), Some(m), Verdict::Verbatim | Verdict::Altered) =
            (&mut speaker, &found, verdict)
        {
            if s.id.as_deref() != Some(m.speaker.id.as_str()) {
                s.name = m.speaker.name.clone();
                s.id = Some(m.speaker.id.clone());
            }
        }
        findings.push(QuoteFinding {
            pieces,
            text: quote.text,
            kind: quote.kind,
            span: whole,
            speaker,
            r#match: found,
            severity: verdict.severity(),
            verdict,
        });
    }
    DraftAnnotation {
        path: draft.path.clone(),
        quotes: findings,
        claims,
        warnings,
    }
}
