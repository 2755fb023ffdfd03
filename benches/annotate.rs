//! Annotating a 1 MB draft, against a baseline in the same run.
//!
//! The baseline is the least any reader must do: one pass over the text
//! counting quotation marks and paragraph breaks. The ratio says what
//! finding spans, sentences, names and speakers costs on top of that.
//! Run with `cargo bench --bench annotate`.

mod common;

use common::median;
use factcheck::check::{annotate_draft, Matcher};
use factcheck::extract::{extract, names::Directory};
use factcheck::registry::index::QuoteIndex;
use factcheck::registry::{load, Limits, RegistrySource};
use factcheck::text::{Draft, InputFormat};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

const TARGET_BYTES: usize = 1 << 20;
const RUNS: usize = 7;

/// Paragraph shapes seen in news copy, with names to fill in.
const SHAPES: &[&str] = &[
    "“We will not accept an extension of the deadline,” {A} said on Friday.",
    "{A}, the newly appointed secretary of the council, told reporters that “the talks are over” and left.",
    "“This is not sustainable,” said {A}, adding: “Nobody should expect a different answer next month.”",
    "According to {A}, “the figures were published in full”.",
    "{A} criticised the plan as “superficial”, insisting that “the nation will stand firm”.",
    "The so-called “snapback” mechanism would restore sanctions within thirty days.",
    "“We will,” {A} said, “finish what we started.”",
    "{A} spoke next:\n\n“Every invoice is public. Anyone can read them.”\n\n“I stand by the figures.”",
    "Officials in the capital declined to comment on the report, which cited three people familiar with the matter.",
    "‘The students’ union has not been consulted,’ she said, in a statement issued late on Tuesday.",
];

const NAMES: &[&str] = &[
    "Ali Larijani",
    "Mara Quinlan",
    "Tom Ferris",
    "Janet Obi",
    "Ines Duarte",
    "Abbas Araghchi",
];

fn draft_text() -> String {
    let mut text = String::new();
    let mut i = 0usize;
    while text.len() < TARGET_BYTES {
        let shape = SHAPES[i % SHAPES.len()];
        let name = NAMES[(i / SHAPES.len()) % NAMES.len()];
        text.push_str(&shape.replace("{A}", name));
        text.push_str("\n\n");
        i += 1;
    }
    text
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let registry = load(
        &RegistrySource::Folder(root.join("claims")),
        &Limits::default(),
    )
    .expect("registry");
    let directory = Directory::new(&registry);
    let index = QuoteIndex::build(&registry);
    let matcher = Matcher::new(&registry, &index);
    let text = draft_text();
    println!(
        "draft: {:.2} MB; median of {RUNS} runs each",
        text.len() as f64 / 1e6
    );

    let baseline = median(
        (0..RUNS)
            .map(|_| {
                let started = Instant::now();
                let marks = text
                    .chars()
                    .filter(|c| matches!(c, '“' | '”' | '"' | '‘' | '’'))
                    .count();
                let paragraphs = text.matches("\n\n").count();
                black_box((marks, paragraphs));
                started.elapsed().as_secs_f64() * 1000.0
            })
            .collect(),
    );
    let mut found = 0;
    let annotate = median(
        (0..RUNS)
            .map(|_| {
                let started = Instant::now();
                let draft = Draft::from_text("bench.txt", text.clone(), InputFormat::Text);
                let quotes = extract(&draft, &directory);
                let annotation = annotate_draft(&draft, quotes, &matcher);
                found = annotation.quotes.len();
                black_box(annotation);
                started.elapsed().as_secs_f64() * 1000.0
            })
            .collect(),
    );
    println!(" baseline (count marks): {baseline:8.2} ms");
    println!(" annotate ({found} quotations): {annotate:8.2} ms");
    println!("annotate / baseline: {:.1}x", annotate / baseline);
}
