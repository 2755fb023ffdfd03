//! Views of an annotation: attribution tables and the JSON format.

use super::escape::safe;
use super::table::{new_table, shorten};
use crate::check::claims::ClaimParty;
use crate::check::matching::compact;
use crate::check::{Annotation, DraftAnnotation, Severity, Verdict};
use crate::extract::kind::QuoteKind;
use comfy_table::{Cell, Color};

/// The longest quotation shown in a table cell, in characters.
const QUOTE_WIDTH: usize = 72;

/// The annotation as JSON (the documented `version: 1` format).
pub fn json(annotation: &Annotation) -> String {
    let mut s = serde_json::to_string_pretty(annotation).unwrap_or_default();
    s.push('\n');
    s
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The colour a verdict is shown in on a terminal.
fn colour(verdict: Verdict) -> Color {
    match verdict.severity() {
        Severity::Error => Color::Red,
        Severity::Warning => Color::Yellow,
        Severity::Info if verdict == Verdict::Verbatim => Color::Green,
        Severity::Info => Color::Reset,
    }
}

/// One draft's attribution table, its warnings and a summary line; with
/// `colour`, verdicts and diffs are coloured by severity.
pub fn draft_table(draft: &DraftAnnotation, width: Option<u16>, colour_on: bool) -> String {
    let mut out = format!("{}\n", safe(&draft.path));
    if draft.quotes.is_empty() {
        out.push_str("no quotations found\n");
    } else {
        let header = [
            "Line",
            "Quote",
            "Kind",
            "Speaker",
            "Registry match",
            "Verdict",
        ];
        let mut t = new_table(&header, &[0, 2], width);
        if colour_on {
            t.enforce_styling();
        } else {
            t.force_no_tty();
        }
        for q in &draft.quotes {
            let kind = match q.kind {
                QuoteKind::Statement => "statement",
                QuoteKind::Term => "term",
            };
            let speaker = match (&q.speaker, q.kind) {
                (Some(s), _) => safe(&s.name),
                (None, QuoteKind::Statement) => "(not named)".to_owned(),
                (None, QuoteKind::Term) => String::new(),
            };
            let (registry, diff) = match &q.r#match {
                Some(m) => {
                    let said_by = q.speaker.as_ref().and_then(|s| s.id.as_deref());
                    let mut registry = format!("{} {:.2}", m.id, m.score);
                    if said_by != Some(m.speaker.id.as_str()) {
                        registry.push_str(&format!(" (said by {})", safe(&m.speaker.name)));
                    }
                    (registry, safe(&compact(&m.diff)))
                }
                None => (String::new(), String::new()),
            };
            let mut verdict = q.verdict.as_str().to_owned();
            if !diff.is_empty() {
                verdict = format!("{verdict}: {diff}");
            }
            t.add_row(vec![
                Cell::new(q.span.line),
                Cell::new(format!("“{}”", safe(&shorten(&q.text, QUOTE_WIDTH)))),
                Cell::new(kind),
                Cell::new(speaker),
                Cell::new(registry),
                Cell::new(verdict).fg(colour(q.verdict)),
            ]);
        }
        out.push_str(&format!("{t}\n"));
    }
    if !draft.claims.is_empty() {
        out.push_str(&claims_table(draft, width, colour_on));
    }
    for w in &draft.warnings {
        out.push_str(&format!(
            "{}:{}:{}: warning: {}\n",
            safe(&draft.path),
            w.line,
            w.column,
            w.message
        ));
    }
    let statements = draft
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Statement)
        .count();
    let attributed = draft
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Statement && q.speaker.is_some())
        .count();
    out.push_str(&format!(
        "{} ({} attributed), {}, {}\n",
        plural(statements, "statement", "statements"),
        attributed,
        plural(draft.quotes.len() - statements, "term", "terms"),
        plural(draft.claims.len(), "registry claim", "registry claims"),
    ));
    out
}

/// The longest sentence shown in a claims table cell, in characters.
const SENTENCE_WIDTH: usize = 60;

/// The colour a claim's status is shown in on a terminal.
fn status_colour(severity: Severity) -> Color {
    match severity {
        Severity::Error => Color::Red,
        Severity::Warning => Color::Yellow,
        Severity::Info => Color::Green,
    }
}

/// The claims table: each sentence that makes a registry claim, the claim,
/// its status, who asserts and who disputes it, and where it was reported.
fn claims_table(draft: &DraftAnnotation, width: Option<u16>, colour_on: bool) -> String {
    let mut t = new_table(
        &[
            "Line",
            "Sentence",
            "Claim",
            "Status",
            "Asserted by",
            "Disputed by",
            "Source",
        ],
        &[0, 3],
        width,
    );
    if colour_on {
        t.enforce_styling();
    } else {
        t.force_no_tty();
    }
    let names = |parties: &[ClaimParty]| {
        parties
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    for c in &draft.claims {
        let source = c
            .sources
            .first()
            .map(|s| match &s.published {
                Some(date) => format!("{}, {date}", s.outlet),
                None => s.outlet.clone(),
            })
            .unwrap_or_default();
        t.add_row(vec![
            Cell::new(c.span.line),
            Cell::new(safe(&shorten(&c.sentence, SENTENCE_WIDTH))),
            Cell::new(format!("{} {:.2}", c.id, c.score)),
            Cell::new(c.status.as_str()).fg(status_colour(c.severity)),
            Cell::new(safe(&names(&c.asserted_by))),
            Cell::new(safe(&names(&c.disputed_by))),
            Cell::new(safe(&source)),
        ]);
    }
    format!("{t}\n")
}

/// Every draft's table, one after another.
pub fn tables(annotation: &Annotation, width: Option<u16>, colour: bool) -> String {
    annotation
        .drafts
        .iter()
        .map(|d| draft_table(d, width, colour))
        .collect::<Vec<_>>()
        .join("\n")
}
