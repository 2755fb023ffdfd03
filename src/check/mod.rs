//! The check stage: decide a verdict for every quotation and gather one
//! draft's findings into an [`Annotation`], the plain data every output
//! format is a view of.
//!
//! Quotations are not yet compared with registry quotes: statements are
//! `unverified` and terms are `term`. Registry matching fills `match`.

pub mod annotation;

pub use annotation::{
    Annotation, DraftAnnotation, Finding, QuoteFinding, Severity, SpanInfo, Summary, Verdict,
};

use crate::extract::kind::QuoteKind;
use crate::extract::Quote;
use crate::text::Draft;

/// The verdict for a quotation before registry matching.
fn verdict(quote: &Quote) -> Verdict {
    match quote.kind {
        QuoteKind::Statement => Verdict::Unverified,
        QuoteKind::Term => Verdict::Term,
    }
}

/// One draft's findings.
pub fn annotate_draft(draft: &Draft, quotes: Vec<Quote>) -> DraftAnnotation {
    let mut findings = Vec::new();
    let mut warnings = Vec::new();
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
        let verdict = verdict(&quote);
        findings.push(QuoteFinding {
            pieces,
            text: quote.text,
            kind: quote.kind,
            span: whole,
            speaker: quote.speaker,
            r#match: None,
            severity: verdict.severity(),
            verdict,
        });
    }
    DraftAnnotation {
        path: draft.path.clone(),
        quotes: findings,
        warnings,
    }
}
