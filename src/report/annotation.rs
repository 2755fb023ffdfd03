//! Views of an annotation: attribution tables and the JSON format.

use super::table::{new_table, shorten};
use crate::check::{Annotation, DraftAnnotation};
use crate::extract::kind::QuoteKind;

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

/// One draft's attribution table, its warnings and a summary line.
pub fn draft_table(draft: &DraftAnnotation, width: Option<u16>) -> String {
    let mut out = format!("{}\n", draft.path);
    if draft.quotes.is_empty() {
        out.push_str("no quotations found\n");
    } else {
        let mut t = new_table(
            &["Line", "Quote", "Kind", "Speaker", "Verdict"],
            &[0, 2, 4],
            width,
        );
        for q in &draft.quotes {
            let kind = match q.kind {
                QuoteKind::Statement => "statement",
                QuoteKind::Term => "term",
            };
            let speaker = match (&q.speaker, q.kind) {
                (Some(s), _) => s.name.clone(),
                (None, QuoteKind::Statement) => "(not named)".to_owned(),
                (None, QuoteKind::Term) => String::new(),
            };
            t.add_row(vec![
                q.span.line.to_string(),
                format!("“{}”", shorten(&q.text, QUOTE_WIDTH)),
                kind.to_owned(),
                speaker,
                q.verdict.as_str().to_owned(),
            ]);
        }
        out.push_str(&format!("{t}\n"));
    }
    for w in &draft.warnings {
        out.push_str(&format!(
            "{}:{}:{}: warning: {}\n",
            draft.path, w.line, w.column, w.message
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
        "{} ({} attributed), {}\n",
        plural(statements, "statement", "statements"),
        attributed,
        plural(draft.quotes.len() - statements, "term", "terms"),
    ));
    out
}

/// Every draft's table, one after another.
pub fn tables(annotation: &Annotation, width: Option<u16>) -> String {
    annotation
        .drafts
        .iter()
        .map(|d| draft_table(d, width))
        .collect::<Vec<_>>()
        .join("\n")
}
