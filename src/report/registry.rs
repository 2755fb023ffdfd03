//! Views of the registry: the validation summary, lists, one entry, search
//! results.

use super::escape::safe;
use super::table::{new_table, shorten};
use crate::registry::model::{Claim, Quote, Status};
use crate::registry::search::Hit;
use crate::registry::{Counts, Entry, Located, Registry};
use serde::Serialize;
use serde_json::{json, Value};

/// The version of the JSON formats below.
pub const JSON_VERSION: u32 = 1;

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// One line: `12 people, 5 quotes, 9 claims in 1 file`.
pub fn summary(counts: &Counts) -> String {
    format!(
        "{}, {}, {} in {}",
        plural(counts.people, "person", "people"),
        plural(counts.quotes, "quote", "quotes"),
        plural(counts.claims, "claim", "claims"),
        plural(counts.files, "file", "files"),
    )
}

/// Which lists to show, and filters on them.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// Show people.
    pub people: bool,
    /// Show quotes.
    pub quotes: bool,
    /// Show claims.
    pub claims: bool,
    /// Only quotes by this person ID.
    pub speaker: Option<String>,
    /// Only claims with this status.
    pub status: Option<Status>,
}

impl ListFilter {
    fn quotes<'a>(
        &'a self,
        registry: &'a Registry,
    ) -> impl Iterator<Item = &'a Located<Quote>> + 'a {
        registry
            .quotes
            .iter()
            .filter(move |q| self.speaker.as_deref().is_none_or(|s| q.entry.speaker == s))
    }

    fn claims<'a>(
        &'a self,
        registry: &'a Registry,
    ) -> impl Iterator<Item = &'a Located<Claim>> + 'a {
        registry
            .claims
            .iter()
            .filter(move |c| self.status.is_none_or(|s| c.entry.status == s))
    }
}

/// The lists as tables, one per kind shown.
pub fn list_tables(registry: &Registry, filter: &ListFilter, width: Option<u16>) -> String {
    let mut out = Vec::new();
    if filter.people {
        let mut t = new_table(&["ID", "Name", "Kind", "Also known as"], &[0, 2], width);
        for p in &registry.people {
            let p = &p.entry;
            let names: Vec<&str> = p
                .aliases
                .iter()
                .chain(&p.titles)
                .map(String::as_str)
                .collect();
            t.add_row(vec![
                p.id.clone(),
                safe(&p.name),
                if p.kind.is_person() {
                    "person"
                } else {
                    "organisation"
                }
                .to_owned(),
                safe(&names.join("; ")),
            ]);
        }
        out.push(format!("People\n{t}"));
    }
    if filter.quotes {
        let mut t = new_table(&["ID", "Speaker", "Text", "Said on"], &[0, 3], width);
        for q in filter.quotes(registry) {
            let q = &q.entry;
            t.add_row(vec![
                q.id.clone(),
                safe(registry.name_of(&q.speaker)),
                safe(&shorten(&q.text, 200)),
                q.said_on.clone().unwrap_or_default(),
            ]);
        }
        out.push(format!("Quotes\n{t}"));
    }
    if filter.claims {
        let mut t = new_table(
            &["ID", "Status", "Statement", "Asserted by", "Disputed by"],
            &[0, 1],
            width,
        );
        for c in filter.claims(registry) {
            let c = &c.entry;
            let names = |list: &[String]| -> String {
                list.iter()
                    .map(|x| registry.name_of(x))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            t.add_row(vec![
                c.id.clone(),
                c.status.to_string(),
                safe(&shorten(&c.statement, 200)),
                safe(&names(&c.asserted_by)),
                safe(&names(&c.disputed_by)),
            ]);
        }
        out.push(format!("Claims\n{t}"));
    }
    let mut text = out.join("\n\n");
    text.push('\n');
    text
}

/// Where an entry is defined, as JSON.
fn defined_at(registry: &Registry, entry: Entry<'_>) -> Value {
    let (file, at, _) = entry.place();
    json!({"file": registry.path(file), "line": at.line, "column": at.column})
}

fn with_place<T: Serialize>(registry: &Registry, value: &T, entry: Entry<'_>) -> Value {
    let mut v = serde_json::to_value(value).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut v {
        map.insert("defined_at".into(), defined_at(registry, entry));
    }
    v
}

/// The lists as one JSON document.
pub fn list_json(registry: &Registry, filter: &ListFilter) -> String {
    let mut doc = serde_json::Map::new();
    doc.insert("version".into(), json!(JSON_VERSION));
    if filter.people {
        let people: Vec<Value> = registry
            .people
            .iter()
            .map(|p| with_place(registry, &p.entry, Entry::Person(p)))
            .collect();
        doc.insert("people".into(), Value::Array(people));
    }
    if filter.quotes {
        let quotes: Vec<Value> = filter
            .quotes(registry)
            .map(|q| with_place(registry, &q.entry, Entry::Quote(q)))
            .collect();
        doc.insert("quotes".into(), Value::Array(quotes));
    }
    if filter.claims {
        let claims: Vec<Value> = filter
            .claims(registry)
            .map(|c| with_place(registry, &c.entry, Entry::Claim(c)))
            .collect();
        doc.insert("claims".into(), Value::Array(claims));
    }
    pretty(&Value::Object(doc))
}

/// One entry in full: where it is defined, then its text as written.
pub fn show_text(registry: &Registry, entry: Entry<'_>) -> String {
    let (file, at, _) = entry.place();
    let mut out = format!(
        "{} defined at {}:{}:{}\n",
        entry.kind().as_str(),
        safe(registry.path(file)),
        at.line,
        at.column
    );
    if let Entry::Quote(q) = entry {
        out.push_str(&format!(
            "speaker: {} ({})\n",
            safe(registry.name_of(&q.entry.speaker)),
            q.entry.speaker
        ));
    }
    out.push('\n');
    // From the start of the entry's first line, so indentation reads right.
    let text = &registry.files[file].text;
    let line_start = text[..at.offset].rfind('\n').map_or(0, |i| i + 1);
    let body = registry.source_text(entry);
    out.push_str(&safe(&text[line_start..at.offset]));
    out.push_str(&safe(body.trim_end_matches(['\n', '\r'])));
    out.push('\n');
    out
}

/// One entry in full, as JSON.
pub fn show_json(registry: &Registry, entry: Entry<'_>) -> String {
    let mut v = match entry {
        Entry::Person(p) => with_place(registry, &p.entry, entry),
        Entry::Quote(q) => with_place(registry, &q.entry, entry),
        Entry::Claim(c) => with_place(registry, &c.entry, entry),
    };
    if let Value::Object(map) = &mut v {
        map.insert("kind".into(), json!(entry.kind()));
        map.insert("version".into(), json!(JSON_VERSION));
    }
    pretty(&v)
}

/// Search results as a table.
pub fn search_table(hits: &[Hit], width: Option<u16>) -> String {
    let mut t = new_table(&["Score", "Kind", "ID", "Text"], &[0, 1, 2], width);
    for hit in hits {
        t.add_row(vec![
            format!("{:.3}", hit.score),
            hit.kind.as_str().to_owned(),
            hit.id.clone(),
            safe(&shorten(&hit.text, 200)),
        ]);
    }
    format!("{t}\n")
}

/// Search results for one query as one line of JSON.
pub fn search_json_line(query: &str, hits: &[Hit]) -> String {
    json!({"query": query, "results": hits}).to_string()
}

fn pretty(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}
