//! The annotation of a run: plain data, serialised as the JSON format
//! (`"version": 1`); tables and other formats are views of it.

use super::claims::ClaimFinding;
use super::matching::QuoteMatch;
use crate::extract::kind::QuoteKind;
use crate::extract::speakers::Speaker;
use crate::registry::problem::Position;
use serde::Serialize;

/// The version of the JSON format.
pub const VERSION: u32 = 1;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// For information.
    Info,
    /// Worth a look before publication.
    Warning,
    /// Must be fixed before publication.
    Error,
}

/// What was decided about a quotation (see DESIGN.md, "Verdicts").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Matches a registry quote of the named speaker.
    Verbatim,
    /// A registry quote matches closely, but words differ.
    Altered,
    /// The words are a registry quote of someone else.
    Misattributed,
    /// Matches a registry quote, but the draft names no speaker.
    Unattributed,
    /// No registry quote matches.
    Unverified,
    /// A scare quote, title or name, not a statement.
    Term,
}

impl Verdict {
    /// The verdict's severity.
    pub fn severity(&self) -> Severity {
        match self {
            Verdict::Verbatim | Verdict::Term => Severity::Info,
            Verdict::Unattributed | Verdict::Unverified => Severity::Warning,
            Verdict::Altered | Verdict::Misattributed => Severity::Error,
        }
    }

    /// The verdict as shown.
    pub fn as_str(&self) -> &'static str {
        match self {
            Verdict::Verbatim => "verbatim",
            Verdict::Altered => "altered",
            Verdict::Misattributed => "misattributed",
            Verdict::Unattributed => "unattributed",
            Verdict::Unverified => "unverified",
            Verdict::Term => "term",
        }
    }
}

/// Where a quotation stands in the original file: line and column (in
/// characters) of its first and last character, and its byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SpanInfo {
    /// Line of the first character, from 1.
    pub line: usize,
    /// Column of the first character, in characters, from 1.
    pub column: usize,
    /// Line where the span ends.
    pub end_line: usize,
    /// Column just past the last character.
    pub end_column: usize,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
}

impl SpanInfo {
    /// The span from `start` to `end` (exclusive).
    pub fn new(start: Position, end: Position) -> SpanInfo {
        SpanInfo {
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
            start: start.offset,
            end: end.offset,
        }
    }
}

/// One piece of a quotation (a paragraph of a long one, a side of a split one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Piece {
    /// The piece's words as the reader sees them.
    pub text: String,
    /// Where they stand in the file.
    pub span: SpanInfo,
}

/// A quotation and what was found about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteFinding {
    /// The quoted words (pieces joined by a space).
    pub text: String,
    /// Statement or term.
    pub kind: QuoteKind,
    /// From the first piece's start to the last piece's end.
    pub span: SpanInfo,
    /// Each piece with its own span.
    pub pieces: Vec<Piece>,
    /// Who said it; null when the draft does not say (and for terms).
    pub speaker: Option<Speaker>,
    /// The registry quote it matches; null when none does.
    pub r#match: Option<QuoteMatch>,
    /// What was decided.
    pub verdict: Verdict,
    /// How serious it is.
    pub severity: Severity,
}

/// A problem with the draft's text itself (an unclosed quotation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

/// One draft's findings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DraftAnnotation {
    /// The draft's path (`-` for stdin).
    pub path: String,
    /// Every quotation, in order.
    pub quotes: Vec<QuoteFinding>,
    /// Every registry claim a sentence makes, in order.
    pub claims: Vec<ClaimFinding>,
    /// Problems with the draft's text.
    pub warnings: Vec<Finding>,
}

/// Counts over a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Drafts read.
    pub drafts: usize,
    /// Quotations found.
    pub quotes: usize,
    /// Of which statements.
    pub statements: usize,
    /// Of which terms.
    pub terms: usize,
    /// Statements with a speaker.
    pub attributed: usize,
    /// Registry claims spotted in sentences.
    pub claims: usize,
    /// Findings of severity error.
    pub errors: usize,
    /// Findings of severity warning (draft warnings included).
    pub warnings: usize,
}

/// A whole run: every draft's findings and the counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Annotation {
    /// The JSON format's version.
    pub version: u32,
    /// Each draft, in the order given.
    pub drafts: Vec<DraftAnnotation>,
    /// Counts over all drafts.
    pub summary: Summary,
}

impl Annotation {
    /// An annotation of these drafts, with the counts.
    pub fn new(drafts: Vec<DraftAnnotation>) -> Annotation {
        let mut s = Summary {
            drafts: drafts.len(),
            ..Summary::default()
        };
        for d in &drafts {
            s.warnings += d.warnings.len();
            for c in &d.claims {
                s.claims += 1;
                match c.severity {
                    Severity::Error => s.errors += 1,
                    Severity::Warning => s.warnings += 1,
                    Severity::Info => {}
                }
            }
            for q in &d.quotes {
                s.quotes += 1;
                match q.kind {
                    QuoteKind::Statement => s.statements += 1,
                    QuoteKind::Term => s.terms += 1,
                }
                s.attributed += usize::from(q.speaker.is_some());
                match q.severity {
                    Severity::Error => s.errors += 1,
                    Severity::Warning => s.warnings += 1,
                    Severity::Info => {}
                }
            }
        }
        Annotation {
            version: VERSION,
            drafts,
            summary: s,
        }
    }

    /// The most serious severity of any finding, if any.
    pub fn worst(&self) -> Option<Severity> {
        self.drafts
            .iter()
            .flat_map(|d| {
                d.quotes
                    .iter()
                    .map(|q| q.severity)
                    .chain(d.claims.iter().map(|c| c.severity))
                    .chain(d.warnings.iter().map(|_| Severity::Warning))
            })
            .max()
    }
}
