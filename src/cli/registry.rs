//! `factcheck registry …`: validate, list, show, search, add, schema.

use super::args::{
    AddArgs, AddKind, ListKind, RegistryArgs, RegistryCommand, SearchKind, TableOrJson, TextOrJson,
};
use super::{fail, print_out, EXIT_OK};
use factcheck::registry::add::{add, NewEntry};
use factcheck::registry::model::{closest_id, Claim, Person, PersonKind, Quote, Source};
use factcheck::registry::search::{Scope, SearchIndex};
use factcheck::registry::{cache, load, schema, Limits, LoadError, Registry, RegistrySource};
use factcheck::report::registry as view;
use factcheck::semantic::{self, rerank::Reranker, Encoder};
use std::io::BufRead;
use std::process::ExitCode;

/// Runs one registry subcommand.
pub fn run(args: RegistryArgs) -> ExitCode {
    let limits = Limits {
        max_file_size: args.options.max_file_size,
        ..Limits::default()
    };
    let source = RegistrySource::resolve(args.options.registry.as_deref());
    let width = args.options.width;
    let result = match args.command {
        RegistryCommand::Schema => print_out(&schema::json_schema()),
        RegistryCommand::Add(add_args) => run_add(*add_args, &source, &limits),
        RegistryCommand::Validate => loaded(&source, &limits).and_then(|r| {
            print_out(&format!("{source}: {}; no problems\n", view::summary(&r.counts())))
        }),
        RegistryCommand::List {
            what,
            speaker,
            status,
            format,
        } => loaded(&source, &limits).and_then(|r| {
            let all = what.is_none();
            let filter = view::ListFilter {
                people: all || what == Some(ListKind::People),
                quotes: all || what == Some(ListKind::Quotes) || speaker.is_some() && what.is_none(),
                claims: all || what == Some(ListKind::Claims),
                speaker,
                status,
            };
            if let Some(id) = &filter.speaker {
                if r.person(id).is_none() {
                    return Err(fail(&format!("error: no person has the ID `{id}`; `factcheck registry list people` shows them")));
                }
            }
            match format {
                TableOrJson::Table => print_out(&view::list_tables(&r, &filter, width)),
                TableOrJson::Json => print_out(&view::list_json(&r, &filter)),
            }
        }),
        RegistryCommand::Show { id, format } => loaded(&source, &limits).and_then(|r| match r.get(&id) {
            Some(entry) => match format {
                TextOrJson::Text => print_out(&view::show_text(&r, entry)),
                TextOrJson::Json => print_out(&view::show_json(&r, entry)),
            },
            None => Err(fail(&unknown_id(&r, &id))),
        }),
        RegistryCommand::Search {
            query,
            kind,
            limit,
            format,
            model,
            no_model,
        } => loaded(&source, &limits).and_then(|r| {
            let scope = match kind {
                SearchKind::Quotes => Scope::Quotes,
                SearchKind::Claims => Scope::Claims,
                SearchKind::All => Scope::All,
            };
            let mut index = SearchIndex::new(&r, scope);
            let folder = match (model, no_model) {
                (_, true) => None,
                (Some(folder), false) => Some(folder),
                (None, false) => semantic::default_folder(),
            };
            if let (Some(folder), true) = (folder, scope != Scope::Quotes) {
                let encoder = Encoder::load(&folder).map_err(|e| fail(&format!("error: {e}")))?;
                let mut reranker = Reranker::new(encoder);
                if let Some(folder) = cache::default_dir() {
                    reranker = reranker.keeping_vectors_in(folder);
                }
                index = index.with_meaning(reranker);
            }
            match query.as_deref() {
                None | Some("-") => search_lines(&r, &index, limit),
                Some(q) => {
                    let hits = index.search(&r, q, limit);
                    match format {
                        TableOrJson::Table => print_out(&view::search_table(&hits, width)),
                        TableOrJson::Json => print_out(&format!("{}\n", view::search_json_line(q, &hits))),
                    }
                }
            }
        }),
    };
    result.err().unwrap_or(ExitCode::from(EXIT_OK))
}

/// Loads the registry, or prints every problem and gives the error exit code.
pub fn loaded(source: &RegistrySource, limits: &Limits) -> Result<Registry, ExitCode> {
    load(source, limits).map_err(|e| load_failed(source, e))
}

/// The exit code and message for a registry that cannot be used.
pub fn load_failed(source: &RegistrySource, e: LoadError) -> ExitCode {
    match e {
        LoadError::Invalid(problems) => {
            let n = problems.0.len();
            fail(&format!(
                "{problems}error: {n} problem{} in the registry ({source}); nothing was used",
                if n == 1 { "" } else { "s" }
            ))
        }
        other => fail(&format!("error: {other}")),
    }
}

/// The message for an ID that is not in the registry, with near misses.
fn unknown_id(registry: &Registry, id: &str) -> String {
    let ids = registry
        .people
        .iter()
        .map(|l| l.entry.id.as_str())
        .chain(registry.quotes.iter().map(|l| l.entry.id.as_str()))
        .chain(registry.claims.iter().map(|l| l.entry.id.as_str()));
    match closest_id(id, ids) {
        Some(known) => format!("error: no entry has the ID `{id}`; did you mean `{known}`?"),
        None => {
            format!("error: no entry has the ID `{id}`; `factcheck registry list` shows them all")
        }
    }
}

/// Answers one query per stdin line with one JSON line each, in order.
fn search_lines(registry: &Registry, index: &SearchIndex, limit: usize) -> Result<(), ExitCode> {
    let stdin = std::io::stdin();
    let mut batch = String::new();
    for line in stdin.lock().lines() {
        let line =
            line.map_err(|e| fail(&format!("error: cannot read the queries from stdin: {e}")))?;
        let query = line.trim_end_matches('\r');
        batch.push_str(&view::search_json_line(
            query,
            &index.search(registry, query, limit),
        ));
        batch.push('\n');
        if batch.len() > 1 << 16 {
            print_out(&batch)?;
            batch.clear();
        }
    }
    print_out(&batch)
}

/// `registry add`: builds the entry from the flags and adds it.
fn run_add(a: AddArgs, source: &RegistrySource, limits: &Limits) -> Result<(), ExitCode> {
    let sources: Vec<Source> = a
        .outlet
        .clone()
        .map(|outlet| Source {
            outlet,
            title: a.headline.clone(),
            url: a.url.clone(),
            published: a.published.clone(),
        })
        .into_iter()
        .collect();
    let misplaced = |flags: &[(&str, bool)]| -> Result<(), ExitCode> {
        match flags.iter().find(|(_, given)| *given) {
            Some((flag, _)) => Err(fail(&format!(
                "error: {flag} does not apply to a {}",
                format!("{:?}", a.kind).to_lowercase()
            ))),
            None => Ok(()),
        }
    };
    let entry = match a.kind {
        AddKind::Person => {
            misplaced(&[
                ("--speaker", a.speaker.is_some()),
                ("--text", a.text.is_some()),
                ("--statement", a.statement.is_some()),
                ("--status", a.status.is_some()),
                ("--variant", !a.variants.is_empty()),
                ("--outlet", a.outlet.is_some()),
            ])?;
            NewEntry::Person(Person {
                id: a.id,
                name: a.name.unwrap_or_default(),
                kind: if a.organisation {
                    PersonKind::Organisation
                } else {
                    PersonKind::Person
                },
                aliases: a.aliases,
                titles: a.titles,
            })
        }
        AddKind::Quote => {
            misplaced(&[
                ("--name", a.name.is_some()),
                ("--statement", a.statement.is_some()),
                ("--status", a.status.is_some()),
                ("--alias", !a.aliases.is_empty()),
                ("--title", !a.titles.is_empty()),
                ("--asserted-by", !a.asserted_by.is_empty()),
                ("--disputed-by", !a.disputed_by.is_empty()),
                ("--note", a.note.is_some()),
                ("--as-of", a.as_of.is_some()),
            ])?;
            NewEntry::Quote(Quote {
                id: a.id,
                speaker: a.speaker.unwrap_or_default(),
                text: a.text.unwrap_or_default(),
                variants: a.variants,
                said_on: a.said_on,
                language: a.language,
                context: a.context,
                sources,
            })
        }
        AddKind::Claim => {
            misplaced(&[
                ("--name", a.name.is_some()),
                ("--speaker", a.speaker.is_some()),
                ("--text", a.text.is_some()),
                ("--alias", !a.aliases.is_empty()),
                ("--title", !a.titles.is_empty()),
                ("--said-on", a.said_on.is_some()),
                ("--language", a.language.is_some()),
                ("--context", a.context.is_some()),
            ])?;
            NewEntry::Claim(Claim {
                id: a.id,
                statement: a.statement.unwrap_or_default(),
                variants: a.variants,
                status: a
                    .status
                    .unwrap_or(factcheck::registry::model::Status::Unproven),
                asserted_by: a.asserted_by,
                disputed_by: a.disputed_by,
                as_of: a.as_of,
                sources,
                note: a.note,
            })
        }
    };
    let folder = match source {
        RegistrySource::Folder(dir) => Some(dir.as_path()),
        RegistrySource::BuiltIn => None,
    };
    match add(&a.file, &entry, folder, limits) {
        Ok(added) => print_out(&format!(
            "added {} `{}` at {}:{}:{}\n",
            entry.kind_name(),
            added.id,
            added.path,
            added.at.line,
            added.at.column
        )),
        Err(e) => Err(fail(&format!("error: {e}"))),
    }
}
