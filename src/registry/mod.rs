//! The registry stage: load every YAML file under the registry folder,
//! validate it, resolve references, and answer questions about it.

pub mod add;
pub mod builtin;
pub mod cache;
pub mod claim_index;
mod de;
pub mod guard;
pub mod index;
pub mod load;
pub mod model;
pub mod problem;
pub mod schema;
pub mod search;
mod validate;
pub mod yaml;

use model::{Claim, Person, Quote};
use problem::Position;
use serde::Serialize;
use std::collections::HashMap;

pub use guard::Limits;
pub use load::{load, LoadError, RegistrySource, SourceFile};

/// An entry together with where it is defined.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Located<T> {
    /// The entry.
    pub entry: T,
    /// Index of its file in [`Registry::files`].
    pub file: usize,
    /// Where the entry starts.
    pub at: Position,
    /// The byte offset just past the entry's own text in its file.
    pub end: usize,
}

/// Which list an entry belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// An entry of `people`.
    Person,
    /// An entry of `quotes`.
    Quote,
    /// An entry of `claims`.
    Claim,
}

impl Kind {
    /// The kind's name as shown to users.
    pub fn as_str(&self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Quote => "quote",
            Kind::Claim => "claim",
        }
    }
}

/// One registry entry of any kind, borrowed from the registry.
#[derive(Debug, Clone, Copy)]
pub enum Entry<'r> {
    /// A person or organisation.
    Person(&'r Located<Person>),
    /// A quote.
    Quote(&'r Located<Quote>),
    /// A claim.
    Claim(&'r Located<Claim>),
}

impl Entry<'_> {
    /// The entry's kind.
    pub fn kind(&self) -> Kind {
        match self {
            Entry::Person(_) => Kind::Person,
            Entry::Quote(_) => Kind::Quote,
            Entry::Claim(_) => Kind::Claim,
        }
    }

    /// The file index and position where the entry is defined.
    pub fn place(&self) -> (usize, Position, usize) {
        match self {
            Entry::Person(l) => (l.file, l.at, l.end),
            Entry::Quote(l) => (l.file, l.at, l.end),
            Entry::Claim(l) => (l.file, l.at, l.end),
        }
    }
}

/// A loaded, valid registry: every entry of every file, with an index by ID.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    /// The files read, in load order.
    pub files: Vec<SourceFile>,
    /// Every person and organisation.
    pub people: Vec<Located<Person>>,
    /// Every quote.
    pub quotes: Vec<Located<Quote>>,
    /// Every claim.
    pub claims: Vec<Located<Claim>>,
    ids: HashMap<String, (Kind, usize)>,
}

/// How many entries a registry holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// People and organisations.
    pub people: usize,
    /// Quotes.
    pub quotes: usize,
    /// Claims.
    pub claims: usize,
    /// Files read.
    pub files: usize,
}

impl Registry {
    /// A registry of these files and entries, already validated together.
    pub(crate) fn assemble(
        files: Vec<SourceFile>,
        people: Vec<Located<Person>>,
        quotes: Vec<Located<Quote>>,
        claims: Vec<Located<Claim>>,
    ) -> Registry {
        let mut registry = Registry {
            files,
            people,
            quotes,
            claims,
            ids: HashMap::new(),
        };
        registry.index();
        registry
    }

    /// Builds the index by ID (IDs are known to be unique once validated).
    fn index(&mut self) {
        let people = self
            .people
            .iter()
            .enumerate()
            .map(|(i, l)| (l.entry.id.clone(), (Kind::Person, i)));
        let quotes = self
            .quotes
            .iter()
            .enumerate()
            .map(|(i, l)| (l.entry.id.clone(), (Kind::Quote, i)));
        let claims = self
            .claims
            .iter()
            .enumerate()
            .map(|(i, l)| (l.entry.id.clone(), (Kind::Claim, i)));
        self.ids = people.chain(quotes).chain(claims).collect();
    }

    /// How many entries and files the registry holds.
    pub fn counts(&self) -> Counts {
        Counts {
            people: self.people.len(),
            quotes: self.quotes.len(),
            claims: self.claims.len(),
            files: self.files.len(),
        }
    }

    /// The entry with this ID.
    pub fn get(&self, id: &str) -> Option<Entry<'_>> {
        let &(kind, i) = self.ids.get(id)?;
        Some(match kind {
            Kind::Person => Entry::Person(&self.people[i]),
            Kind::Quote => Entry::Quote(&self.quotes[i]),
            Kind::Claim => Entry::Claim(&self.claims[i]),
        })
    }

    /// The person or organisation with this ID.
    pub fn person(&self, id: &str) -> Option<&Person> {
        match self.get(id)? {
            Entry::Person(p) => Some(&p.entry),
            _ => None,
        }
    }

    /// The display name for a `asserted_by`/`disputed_by` value or speaker
    /// ID: the person's name when it is an ID, else the free text itself.
    pub fn name_of<'a>(&'a self, id_or_text: &'a str) -> &'a str {
        self.person(id_or_text)
            .map_or(id_or_text, |p| p.name.as_str())
    }

    /// The path of the file an entry is in, as shown to users.
    pub fn path(&self, file: usize) -> &str {
        self.files.get(file).map_or("", |f| f.path.as_str())
    }

    /// The entry's text exactly as written in its file.
    pub fn source_text(&self, entry: Entry<'_>) -> &str {
        let (file, at, end) = entry.place();
        self.files
            .get(file)
            .and_then(|f| f.text.get(at.offset..end))
            .unwrap_or("")
    }
}
