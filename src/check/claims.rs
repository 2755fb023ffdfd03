//! Spotting registry claims in a draft: every sentence is matched against
//! the claim index (see [`ClaimIndex::matches`]); a sentence may make
//! several claims, and a claim made by several sentences is reported once
//! per sentence. A sentence that reports a claim to deny or attribute it
//! ("authorities deny that …") still matches it: the finding carries the
//! claim's registry status, not the sentence's stance.

use super::annotation::SpanInfo;
use super::Severity;
use crate::registry::claim_index::ClaimIndex;
use crate::registry::model::{Source, Status};
use crate::registry::Registry;
use crate::text::{sentences, Draft};
use serde::Serialize;
use std::ops::Range;

/// A person or body named in a claim's `asserted_by` or `disputed_by`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClaimParty {
    /// The registry person's ID, or null for free text.
    pub id: Option<String>,
    /// The person's name, or the free text.
    pub name: String,
}

/// A registry claim a sentence of the draft makes or reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimFinding {
    /// The sentence as the reader sees it.
    pub sentence: String,
    /// Where the sentence stands in the file.
    pub span: SpanInfo,
    /// The claim's registry ID.
    pub id: String,
    /// The claim's statement.
    pub statement: String,
    /// The claim's status in the registry.
    pub status: Status,
    /// How far the sentence makes the claim, in [0, 1].
    pub score: f64,
    /// Who asserts the claim.
    pub asserted_by: Vec<ClaimParty>,
    /// Who disputes it.
    pub disputed_by: Vec<ClaimParty>,
    /// Where the claim was reported or checked.
    pub sources: Vec<Source>,
    /// The registry's note on the claim, if any.
    pub note: Option<String>,
    /// How serious it is: `false` is an error; `disputed`, `misleading` and
    /// `unproven` are warnings; true claims are information.
    pub severity: Severity,
}

/// The severity of a claim with this status.
pub fn severity(status: Status) -> Severity {
    match status {
        Status::False => Severity::Error,
        Status::Disputed | Status::Misleading | Status::Unproven => Severity::Warning,
        Status::True | Status::MostlyTrue => Severity::Info,
    }
}

fn parties(registry: &Registry, values: &[String]) -> Vec<ClaimParty> {
    values
        .iter()
        .map(|v| match registry.person(v) {
            Some(p) => ClaimParty {
                id: Some(p.id.clone()),
                name: p.name.clone(),
            },
            None => ClaimParty {
                id: None,
                name: v.clone(),
            },
        })
        .collect()
}

/// Every claim every sentence of `draft` makes. `quoted` are the byte
/// ranges of quoted words, which never end a sentence.
pub fn find_claims(
    draft: &Draft,
    quoted: &[Range<usize>],
    registry: &Registry,
    index: &ClaimIndex,
) -> Vec<ClaimFinding> {
    let text = draft.text();
    let mut sorted = quoted.to_vec();
    sorted.sort_by_key(|r| r.start);
    let inside = |i: usize| {
        let k = sorted.partition_point(|r| r.start <= i);
        k > 0 && i < sorted[k - 1].end
    };
    let mut out = Vec::new();
    for paragraph in draft.paragraphs() {
        for sentence in sentences::split(text, paragraph, &inside) {
            let Some(words) = text.get(sentence.clone()) else {
                continue;
            };
            for hit in index.matches(words) {
                let Some(located) = registry.claims.get(hit.claim) else {
                    continue;
                };
                let claim = &located.entry;
                let source = draft.source_range(sentence.clone());
                out.push(ClaimFinding {
                    sentence: words.trim().to_owned(),
                    span: SpanInfo::new(draft.position(source.start), draft.position(source.end)),
                    id: claim.id.clone(),
                    statement: claim.statement.clone(),
                    status: claim.status,
                    score: hit.score,
                    asserted_by: parties(registry, &claim.asserted_by),
                    disputed_by: parties(registry, &claim.disputed_by),
                    sources: claim.sources.clone(),
                    note: claim.note.clone(),
                    severity: severity(claim.status),
                });
            }
        }
    }
    out
}
