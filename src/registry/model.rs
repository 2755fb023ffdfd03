//! The registry's entries as Rust types: the one definition from which the
//! file format is read, written, and described as a JSON Schema.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The pattern every registry ID follows: lowercase words joined by hyphens.
pub const ID_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";

/// The pattern of a calendar date: `YYYY-MM-DD`.
pub const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

/// One registry file (a dossier): people, quotes and claims about one story or topic.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "factcheck registry file")]
pub struct Dossier {
    /// People and organisations who speak or are spoken of.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    /// What people really said, word for word.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<Quote>,
    /// Checkable statements and what is known of them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<Claim>,
}

/// The three lists a dossier may hold, as their keys in the file.
pub const SECTIONS: [&str; 3] = ["people", "quotes", "claims"];

/// A person or an organisation that may be quoted or named in a draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Unique across the registry, lowercase and hyphenated: `ali-khamenei`.
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: String,
    /// The full name: `Ali Khamenei`.
    #[schemars(length(min = 1))]
    pub name: String,
    /// A person (default) or an organisation.
    #[serde(default, skip_serializing_if = "PersonKind::is_person")]
    pub kind: PersonKind,
    /// Other names a draft may use: `Khamenei`, `Ayatollah Ali Khamenei`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Descriptions that refer to this person: `Iran's supreme leader`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub titles: Vec<String>,
}

/// Whether an entry of `people` is one person or an organisation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PersonKind {
    /// One human being.
    #[default]
    Person,
    /// A government, agency, company or other body that speaks as one.
    Organisation,
}

impl PersonKind {
    /// Whether this is the default kind (so it need not be written out).
    pub fn is_person(&self) -> bool {
        *self == PersonKind::Person
    }
}

/// Words someone really said or wrote, as spoken or as officially translated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// Unique across the registry, lowercase and hyphenated.
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: String,
    /// The ID of the person who said it.
    #[schemars(regex(pattern = ID_PATTERN))]
    pub speaker: String,
    /// The words, exactly.
    #[schemars(length(min = 1))]
    pub text: String,
    /// Other accepted renderings of the same words (e.g. a second official translation).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<String>,
    /// When it was said: `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = DATE_PATTERN))]
    pub said_on: Option<String>,
    /// The original language (`fa`, `en` …) where `text` is a translation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Where or in what setting it was said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// Where it was reported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}

/// A checkable statement and what is known of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// Unique across the registry, lowercase and hyphenated.
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: String,
    /// The claim in one plain sentence.
    #[schemars(length(min = 1))]
    pub statement: String,
    /// Other ways drafts phrase the same claim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<String>,
    /// What is known of it.
    pub status: Status,
    /// Who makes the claim: person IDs or free text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub asserted_by: Vec<String>,
    /// Who disputes it: person IDs or free text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disputed_by: Vec<String>,
    /// The date the status was last checked: `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = DATE_PATTERN))]
    pub as_of: Option<String>,
    /// Where it was reported or checked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// A short explanation for the desk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What is known of a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Established as true.
    True,
    /// True in substance, with minor inaccuracies.
    MostlyTrue,
    /// Accurate in part but leaves a false impression.
    Misleading,
    /// Contested by credible parties; not settled.
    Disputed,
    /// Not established either way.
    Unproven,
    /// Established as false.
    False,
}

impl Status {
    /// Every status, in order from true to false.
    pub const ALL: [Status; 6] = [
        Status::True,
        Status::MostlyTrue,
        Status::Misleading,
        Status::Disputed,
        Status::Unproven,
        Status::False,
    ];

    /// The status as written in a registry file.
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::True => "true",
            Status::MostlyTrue => "mostly-true",
            Status::Misleading => "misleading",
            Status::Disputed => "disputed",
            Status::Unproven => "unproven",
            Status::False => "false",
        }
    }

    /// Reads a status as written in a registry file.
    pub fn parse(text: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a quote or claim was reported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The outlet or body that published it: `Financial Times`.
    #[schemars(length(min = 1))]
    pub outlet: String,
    /// The headline or document title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The address of the report (`https://…`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When it was published: `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = DATE_PATTERN))]
    pub published: Option<String>,
}

/// Whether `id` is lowercase words joined by single hyphens.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The ID closest in spelling to `text` that follows the ID rules.
///
/// ```
/// use factcheck::registry::model::{is_valid_id, suggest_id};
///
/// assert_eq!(suggest_id("Ali_Khamenei"), "ali-khamenei");
/// assert!(is_valid_id(&suggest_id("Iran's Supreme Leader")));
/// ```
pub fn suggest_id(text: &str) -> String {
    let mut id = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_owned()
}

/// The ID among `ids` closest in spelling to `wanted` (Jaro-Winkler above
/// 0.8; ties go to the lower ID), for "did you mean" advice.
pub fn closest_id<'a>(wanted: &str, ids: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    ids.into_iter()
        .map(|id| (strsim::jaro_winkler(wanted, id), id))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, id)| id)
}

/// Whether `date` is a real calendar date written `YYYY-MM-DD`.
pub fn is_valid_date(date: &str) -> bool {
    let bytes = date.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = date.get(range)?;
        if part.bytes().all(|b| b.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(is_valid_id("ali-khamenei"));
        assert!(is_valid_id("e3"));
        for bad in ["", "Ali", "a--b", "-a", "a-", "a_b", "a b", "ä"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
        assert_eq!(suggest_id("Ali_Khamenei "), "ali-khamenei");
    }

    #[test]
    fn dates() {
        assert!(is_valid_date("2025-08-24"));
        assert!(is_valid_date("2024-02-29"));
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-8-24",
            "24/08/2025",
            "2025-08-32",
            "２０２５-08-24",
        ] {
            assert!(!is_valid_date(bad), "{bad}");
        }
    }

    #[test]
    fn statuses_round_trip() {
        for status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Some(status));
            let yaml = serde_json::to_string(&status).unwrap();
            assert_eq!(yaml, format!("\"{status}\""));
        }
    }

    #[test]
    fn sections_match_the_dossier_fields() {
        let schema = schemars::schema_for!(Dossier);
        let props = schema.get("properties").unwrap().as_object().unwrap();
        let keys: Vec<&str> = props.keys().map(String::as_str).collect();
        let mut sections = SECTIONS.to_vec();
        sections.sort();
        let mut keys = keys;
        keys.sort();
        assert_eq!(keys, sections);
    }
}
