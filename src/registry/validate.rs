//! The checks that need the whole registry or a field's meaning, run after
//! every file has been read: ID rules, uniqueness across files, references
//! between entries, dates, empty texts.

use super::model::{is_valid_date, is_valid_id, suggest_id, Claim, Person, Quote, Source};
use super::problem::{Position, Problem};
use super::yaml::Node;
use std::collections::HashMap;

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

/// The person IDs closest in spelling to `wanted`, as advice.
fn closest(wanted: &str, people: &HashMap<&str, usize>) -> Option<String> {
    people
        .keys()
        .map(|id| (strsim::jaro_winkler(wanted, id), *id))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, id)| id.to_owned())
}

/// Runs every check and returns the problems in file order.
pub(crate) fn check(parsed: &Parsed, paths: &[String]) -> Vec<Problem> {
    let mut c = Checker {
        paths,
        problems: Vec::new(),
    };

    // IDs: valid and unique across the whole registry.
    let mut first_seen: HashMap<&str, (usize, Position)> = HashMap::new();
    let ids = parsed
        .people
        .iter()
        .map(|i| (i.entry.id.as_str(), i.file, i.node))
        .chain(
            parsed
                .quotes
                .iter()
                .map(|i| (i.entry.id.as_str(), i.file, i.node)),
        )
        .chain(
            parsed
                .claims
                .iter()
                .map(|i| (i.entry.id.as_str(), i.file, i.node)),
        );
    let mut duplicates = Vec::new();
    for (id, file, node) in ids {
        let at = locate(node, &[Step::Key("id")]);
        match first_seen.get(id) {
            Some(&(first_file, first_at)) => duplicates.push(
                Problem::new(&paths[file], at, format!("duplicate ID `{id}`"))
                    .help(format!(
                        "it is already defined at {}:{}:{}; IDs are unique across the registry, so rename one of them",
                        paths[first_file], first_at.line, first_at.column
                    )),
            ),
            None => {
                first_seen.insert(id, (file, at));
            }
        }
    }
    c.problems.extend(duplicates);

    let people: HashMap<&str, usize> = parsed
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| (p.entry.id.as_str(), i))
        .collect();

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
        if !people.contains_key(q.speaker.as_str()) {
            let help = match closest(&q.speaker, &people) {
                Some(id) => format!("did you mean `{id}`? A speaker is the ID of an entry under `people`"),
                None => "add the person under `people` (or with `factcheck registry add person`), or fix the ID".to_owned(),
            };
            c.report(
                item,
                &[Step::Key("speaker")],
                format!("unknown speaker `{}`: no person has this ID", q.speaker),
                &help,
            );
        }
        c.text(item, &[Step::Key("text")], "text", &q.text);
        c.texts(item, "variants", &q.variants);
        c.date(
            item,
            &[Step::Key("said_on")],
            "said_on",
            q.said_on.as_deref(),
        );
        if let Some(language) = &q.language {
            let ok = language.split('-').enumerate().all(|(i, part)| {
                let len_ok = if i == 0 {
                    (2..=3).contains(&part.len())
                } else {
                    (1..=8).contains(&part.len())
                };
                len_ok
                    && part.bytes().all(|b| b.is_ascii_alphanumeric())
                    && (i > 0 || part.bytes().all(|b| b.is_ascii_lowercase()))
            });
            if !ok {
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
        for field in ["asserted_by", "disputed_by"] {
            let values = if field == "asserted_by" {
                &cl.asserted_by
            } else {
                &cl.disputed_by
            };
            for (i, value) in values.iter().enumerate() {
                let path = [Step::Key(field), Step::Index(i)];
                c.text(item, &path, field, value);
                let looks_like_id = is_valid_id(value) && value.contains('-');
                if looks_like_id && !people.contains_key(value.as_str()) {
                    let help = match closest(value, &people) {
                        Some(id) => format!("did you mean `{id}`? Name a person by ID, or write free text such as `public reports`"),
                        None => "add the person under `people`, or write free text such as `public reports`".to_owned(),
                    };
                    c.report(
                        item,
                        &path,
                        format!("unknown person `{value}` in `{field}`"),
                        &help,
                    );
                }
            }
        }
        if let Some(note) = &cl.note {
            c.text(item, &[Step::Key("note")], "note", note);
        }
        c.sources(item, &cl.sources);
    }

    c.problems
}
