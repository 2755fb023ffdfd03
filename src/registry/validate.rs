//! The checks that need the whole registry or a field's meaning, run after
//! every file has been read: ID rules, uniqueness across files, references
//! between entries, dates, empty texts.

use super::model::{
    closest_id, is_valid_date, is_valid_id, suggest_id, Claim, Person, Quote, Source,
};
use super::problem::{Position, Problem};
use super::yaml::Node;
use std::collections::{HashMap, HashSet};

/// A typed entry read from a file, with the node it came from.
pub(crate) struct Item<'a, T> {
    pub entry: T,
    pub node: &'a Node,
    pub file: usize,
    /// Where the entry's region ends: the next item's start, or the list's end.
    pub next: usize,
}

/// Everything read from the registry's files, before checking.
#[derive(Default)]
pub(crate) struct Parsed<'a> {
    pub people: Vec<Item<'a, Person>>,
    pub quotes: Vec<Item<'a, Quote>>,
    pub claims: Vec<Item<'a, Claim>>,
    /// Entries that did not fit the format (already reported) but have an
    /// `id`: their IDs still count, so one mistake does not cascade into
    /// false "unknown speaker" or missed "duplicate ID" reports.
    pub unreadable: Vec<Unreadable<'a>>,
}

/// The ID of an entry that could not be read, and where it stands.
pub(crate) struct Unreadable<'a> {
    /// The list it is in: `people`, `quotes` or `claims`.
    pub section: &'a str,
    pub id: &'a str,
    pub node: &'a Node,
    pub file: usize,
}

/// One step into a node: a mapping key or a sequence index.
#[derive(Clone, Copy)]
enum Step<'s> {
    Key(&'s str),
    Index(usize),
}

/// The position of the node at `path` below `node`, or of the deepest node
/// on the way that exists.
fn locate(node: &Node, path: &[Step]) -> Position {
    let mut here = node;
    for step in path {
        let next = match step {
            Step::Key(key) => here.get(key),
            Step::Index(i) => here.items().get(*i),
        };
        match next {
            Some(n) => here = n,
            None => break,
        }
    }
    here.start
}

/// Collects problems for one file's entries.
struct Checker<'p> {
    paths: &'p [String],
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report<T>(&mut self, item: &Item<T>, path: &[Step], message: String, help: &str) {
        let at = locate(item.node, path);
        self.problems
            .push(Problem::new(&self.paths[item.file], at, message).help(help));
    }

    fn id<T>(&mut self, item: &Item<T>, id: &str) {
        if !is_valid_id(id) {
            let suggestion = suggest_id(id);
            let help = if suggestion.is_empty() {
                "use lowercase letters, digits and single hyphens, e.g. `ali-khamenei`".to_owned()
            } else {
                format!("use lowercase letters, digits and single hyphens, e.g. `{suggestion}`")
            };
            self.report(
                item,
                &[Step::Key("id")],
                format!("`{id}` is not a valid ID"),
                &help,
            );
        }
    }

    fn text<T>(&mut self, item: &Item<T>, path: &[Step], field: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(
                item,
                path,
                format!("`{field}` is empty"),
                "write the text, or remove the field if it is optional",
            );
        }
    }

    /// A quote longer than [`MAX_QUOTE_WORDS`] words: every quotation of a
    /// draft is aligned with it word by word, so its length is bounded.
    fn quote_length<T>(&mut self, item: &Item<T>, path: &[Step], value: &str) {
        let words = value.split_whitespace().count();
        if words > MAX_QUOTE_WORDS {
            self.report(
                item,
                path,
                format!("this quote is {words} words long, above the limit of {MAX_QUOTE_WORDS}"),
                "keep the passage drafts quote, and cite the full text in `sources`",
            );
        }
    }

    fn texts<T>(&mut self, item: &Item<T>, field: &str, values: &[String]) {
        for (i, value) in values.iter().enumerate() {
            self.text(item, &[Step::Key(field), Step::Index(i)], field, value);
        }
    }

    fn date<T>(&mut self, item: &Item<T>, path: &[Step], field: &str, value: Option<&str>) {
        if let Some(value) = value {
            if !is_valid_date(value) {
                self.report(
                    item,
                    path,
                    format!("`{field}` is not a valid date: `{value}`"),
                    "write a real calendar date as YYYY-MM-DD, e.g. 2025-08-24",
                );
            }
        }
    }

    fn sources<T>(&mut self, item: &Item<T>, sources: &[Source]) {
        for (i, source) in sources.iter().enumerate() {
            let at = |key| [Step::Key("sources"), Step::Index(i), Step::Key(key)];
            self.text(item, &at("outlet"), "outlet", &source.outlet);
            self.date(
                item,
                &at("published"),
                "published",
                source.published.as_deref(),
            );
            if let Some(url) = &source.url {
                if !(url.starts_with("https://") || url.starts_with("http://")) {
                    self.report(
                        item,
                        &at("url"),
                        format!("`url` is not a web address: `{url}`"),
                        "give the full address, starting with https://",
                    );
                }
            }
        }
    }
}

/// A value that names an entry elsewhere, and where it is written.
struct Mention {
    value: String,
    file: usize,
    at: Position,
    /// The field it is in: `id`, `speaker`, `asserted_by`, `disputed_by`.
    field: &'static str,
}

/// What the cross-file checks need, kept after each file's tree is dropped.
#[derive(Default)]
pub(crate) struct References {
    /// Every entry's ID, readable or not, where it is defined.
    ids: Vec<Mention>,
    /// Every ID of an entry under `people`.
    people: HashSet<String>,
    /// Speakers of quotes, and `asserted_by`/`disputed_by` values that look like IDs.
    uses: Vec<Mention>,
}

impl References {
    fn id<T>(&mut self, item: &Item<T>, id: &str) {
        self.ids.push(Mention {
            value: id.to_owned(),
            file: item.file,
            at: locate(item.node, &[Step::Key("id")]),
            field: "id",
        });
    }

    fn uses<T>(&mut self, item: &Item<T>, path: &[Step], field: &'static str, value: &str) {
        self.uses.push(Mention {
            value: value.to_owned(),
            file: item.file,
            at: locate(item.node, path),
            field,
        });
    }

    /// Records the references of one file's entries.
    pub(crate) fn collect(&mut self, parsed: &Parsed) {
        for item in &parsed.people {
            self.id(item, &item.entry.id);
            self.people.insert(item.entry.id.clone());
        }
        for u in &parsed.unreadable {
            self.ids.push(Mention {
                value: u.id.to_owned(),
                file: u.file,
                at: locate(u.node, &[Step::Key("id")]),
                field: "id",
            });
            if u.section == "people" {
                self.people.insert(u.id.to_owned());
            }
        }
        for item in &parsed.quotes {
            self.id(item, &item.entry.id);
            self.uses(
                item,
                &[Step::Key("speaker")],
                "speaker",
                &item.entry.speaker,
            );
        }
        for item in &parsed.claims {
            self.id(item, &item.entry.id);
            for (field, values) in [
                ("asserted_by", &item.entry.asserted_by),
                ("disputed_by", &item.entry.disputed_by),
            ] {
                for (i, value) in values.iter().enumerate() {
                    // Free text ("public reports") is allowed; ID-like values must resolve.
                    if is_valid_id(value) && value.contains('-') {
                        self.uses(item, &[Step::Key(field), Step::Index(i)], field, value);
                    }
                }
            }
        }
    }
}

/// The longest quote text or variant, in words.
pub const MAX_QUOTE_WORDS: usize = 5_000;

/// Checks the fields of one file's entries: ID rules, dates, empty texts,
/// language codes and source addresses.
pub(crate) fn check_fields(parsed: &Parsed, paths: &[String]) -> Vec<Problem> {
    let mut c = Checker {
        paths,
        problems: Vec::new(),
    };
    for item in &parsed.people {
        let p = &item.entry;
        c.id(item, &p.id);
        c.text(item, &[Step::Key("name")], "name", &p.name);
        c.texts(item, "aliases", &p.aliases);
        c.texts(item, "titles", &p.titles);
    }
    for item in &parsed.quotes {
        let q = &item.entry;
        c.id(item, &q.id);
        c.text(item, &[Step::Key("text")], "text", &q.text);
        c.texts(item, "variants", &q.variants);
        c.quote_length(item, &[Step::Key("text")], &q.text);
        for (i, v) in q.variants.iter().enumerate() {
            c.quote_length(item, &[Step::Key("variants"), Step::Index(i)], v);
        }
        c.date(
            item,
            &[Step::Key("said_on")],
            "said_on",
            q.said_on.as_deref(),
        );
        if let Some(language) = &q.language {
            if !is_language_code(language) {
                c.report(
                    item,
                    &[Step::Key("language")],
                    format!("`language` is not a language code: `{language}`"),
                    "use a short code such as `fa`, `en` or `ar`",
                );
            }
        }
        if let Some(context) = &q.context {
            c.text(item, &[Step::Key("context")], "context", context);
        }
        c.sources(item, &q.sources);
    }
    for item in &parsed.claims {
        let cl = &item.entry;
        c.id(item, &cl.id);
        c.text(item, &[Step::Key("statement")], "statement", &cl.statement);
        c.texts(item, "variants", &cl.variants);
        c.date(item, &[Step::Key("as_of")], "as_of", cl.as_of.as_deref());
        c.texts(item, "asserted_by", &cl.asserted_by);
        c.texts(item, "disputed_by", &cl.disputed_by);
        if let Some(note) = &cl.note {
            c.text(item, &[Step::Key("note")], "note", note);
        }
        c.sources(item, &cl.sources);
    }
    c.problems
}

/// Whether `code` looks like a language tag: `fa`, `en`, `pt-BR`.
fn is_language_code(code: &str) -> bool {
    code.split('-').enumerate().all(|(i, part)| {
        if i == 0 {
            (2..=3).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_lowercase())
        } else {
            (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
        }
    })
}

/// The checks across files: unique IDs, and references that resolve.
pub(crate) fn check_references(refs: &References, paths: &[String]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut first_seen: HashMap<&str, &Mention> = HashMap::new();
    // In file order, so the first definition is the one kept.
    let mut ids: Vec<&Mention> = refs.ids.iter().collect();
    ids.sort_by_key(|m| (m.file, m.at.offset));
    for m in ids {
        match first_seen.get(m.value.as_str()) {
            Some(first) => problems.push(
                Problem::new(&paths[m.file], m.at, format!("duplicate ID `{}`", m.value)).help(format!(
                    "it is already defined at {}:{}:{}; IDs are unique across the registry, so rename one of them",
                    paths[first.file], first.at.line, first.at.column
                )),
            ),
            None => {
                first_seen.insert(&m.value, m);
            }
        }
    }
    // Suggestions compare with every person: offer them for the first few
    // unknown names only, so a registry with thousands of errors stays fast.
    let mut suggestions_left = 20;
    for m in &refs.uses {
        if refs.people.contains(&m.value) {
            continue;
        }
        let suggestion = if suggestions_left > 0 {
            suggestions_left -= 1;
            closest_id(&m.value, refs.people.iter().map(String::as_str)).map(str::to_owned)
        } else {
            None
        };
        let (message, help) = if m.field == "speaker" {
            (
                format!("unknown speaker `{}`: no person has this ID", m.value),
                match suggestion {
                    Some(id) => format!("did you mean `{id}`? A speaker is the ID of an entry under `people`"),
                    None => "add the person under `people` (or with `factcheck registry add person`), or fix the ID".to_owned(),
                },
            )
        } else {
            (
                format!("unknown person `{}` in `{}`", m.value, m.field),
                match suggestion {
                    Some(id) => format!("did you mean `{id}`? Name a person by ID, or write free text such as `public reports`"),
                    None => "add the person under `people`, or write free text such as `public reports`".to_owned(),
                },
            )
        };
        problems.push(Problem::new(&paths[m.file], m.at, message).help(help));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes() {
        for ok in ["fa", "en", "pt-BR", "zh-Hant"] {
            assert!(is_language_code(ok), "{ok}");
        }
        for bad in ["", "Farsi", "FA", "e", "en-", "en_GB"] {
            assert!(!is_language_code(bad), "{bad}");
        }
    }
}
