//! Checking a 5,000-word draft that quotes 60 of 100,000 registry quotes.
//!
//! Each measurement runs in a fresh child process, so its peak memory is
//! its own:
//! - `cold`: no cache; the registry is parsed, validated, indexed and cached;
//! - `warm`: the same run again, the registry read through the cache;
//! - `check`: within the warm run, extraction and checking alone;
//! - `brute`: the baseline, in the same run: every quotation compared with
//!   every registry quote by `strsim::normalized_levenshtein` (timed on a
//!   sample of quotations, as a full run would take minutes), against the
//!   indexed check per quotation.
//!
//! Machines here are noisy: read the ratios. Run with
//! `cargo bench --bench quote_check`.

mod common;

use common::{median, peak_kib, Lcg};
use factcheck::check::{annotate_draft, Matcher, Verdict};
use factcheck::extract::{extract, names::Directory};
use factcheck::registry::cache::{load_indexed, CacheUse};
use factcheck::registry::{Limits, RegistrySource};
use factcheck::text::{Draft, InputFormat};
use std::hint::black_box;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const QUOTES: usize = 100_000;
const PEOPLE: usize = 1_000;
const FILES: usize = 100;
const QUOTED: usize = 60;
const DRAFT_WORDS: usize = 5_000;
const VOCABULARY: usize = 20_000;
const BRUTE_SAMPLE: usize = 3;
const RUNS: usize = 5;
const CHILD: &str = "FACTCHECK_BENCH_CHILD";

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ren", "dor", "sa", "vi", "tel", "no", "ra", "quin", "bel", "tor", "ma",
    "zu", "fen", "li", "ost", "ar", "ve", "dan", "pel", "mor", "ish",
];

fn word(mut n: usize) -> String {
    let mut w = String::new();
    loop {
        w.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
        if n == 0 {
            break;
        }
    }
    w
}

fn name(p: usize) -> String {
    let cap = |s: String| {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    };
    format!("{} {}", cap(word(p * 7 + 3)), cap(word(p * 13 + 100_000)))
}

/// Writes the registry and returns (its quotes' texts and speakers, size).
fn generate(dir: &Path) -> (Vec<(String, usize)>, u64) {
    let mut rng = Lcg(7);
    let mut quotes = Vec::with_capacity(QUOTES);
    let mut bytes = 0;
    for f in 0..FILES {
        let mut text = String::from("people:\n");
        for p in (f * PEOPLE / FILES)..((f + 1) * PEOPLE / FILES) {
            text.push_str(&format!("  - id: person-{p}\n    name: {}\n", name(p)));
        }
        text.push_str("quotes:\n");
        for q in (f * QUOTES / FILES)..((f + 1) * QUOTES / FILES) {
            let len = 12 + rng.next(28);
            let words: Vec<String> = (0..len).map(|_| word(rng.zipf(VOCABULARY))).collect();
            let speaker = rng.next(PEOPLE);
            let said = words.join(" ");
            text.push_str(&format!(
                "  - id: quote-{q}\n    speaker: person-{speaker}\n    text: \"{said}.\"\n    said_on: 2025-08-{:02}\n",
                1 + rng.next(28)
            ));
            quotes.push((said, speaker));
        }
        bytes += text.len() as u64;
        std::fs::write(dir.join(format!("dossier-{f:03}.yaml")), text).expect("write");
    }
    (quotes, bytes)
}

/// A draft of about DRAFT_WORDS words quoting QUOTED registry quotes, some
/// whole and some in part, each attributed to its speaker.
fn draft(quotes: &[(String, usize)]) -> String {
    let mut rng = Lcg(99);
    let mut out = String::new();
    let mut words = 0;
    let mut quoted = 0;
    while words < DRAFT_WORDS || quoted < QUOTED {
        let sentence: Vec<String> = (0..14).map(|_| word(rng.zipf(VOCABULARY))).collect();
        out.push_str("The ");
        out.push_str(&sentence.join(" "));
        out.push_str(". ");
        words += 15;
        if quoted < QUOTED && words >= quoted * DRAFT_WORDS / QUOTED {
            let (text, speaker) = &quotes[rng.next(quotes.len())];
            let all: Vec<&str> = text.split(' ').collect();
            let piece = if quoted % 2 == 0 {
                all.join(" ")
            } else {
                let from = rng.next(all.len() / 2);
                all[from..(from + 8).min(all.len())].join(" ")
            };
            out.push_str(&format!("\n\n\"{piece},\" {} said.\n\n", name(*speaker)));
            words += piece.split(' ').count() + 3;
            quoted += 1;
        }
    }
    out
}

/// One measurement in this (child) process; prints `total check peak extra`.
fn child(mode: &str, dir: &Path) {
    let registry_dir = dir.join("claims");
    let cache_dir = dir.join("cache");
    let text = std::fs::read_to_string(dir.join("draft.txt")).expect("draft");
    let started = Instant::now();
    let (registry, index, used) = load_indexed(
        &RegistrySource::Folder(registry_dir),
        &Limits::default(),
        Some(&cache_dir),
    )
    .expect("valid registry");
    assert_eq!(
        used,
        if mode == "cold" {
            CacheUse::Rebuilt
        } else {
            CacheUse::Hit
        }
    );
    let checking = Instant::now();
    let directory = Directory::new(&registry);
    let matcher = Matcher::new(&registry, &index);
    let draft = Draft::from_text("draft.txt", text, InputFormat::Text);
    let annotation = annotate_draft(&draft, extract(&draft, &directory), &matcher);
    let check_ms = checking.elapsed().as_secs_f64() * 1000.0;
    let total_ms = started.elapsed().as_secs_f64() * 1000.0;
    let verbatim = annotation
        .quotes
        .iter()
        .filter(|q| q.verdict == Verdict::Verbatim)
        .count();
    let extra = if mode == "brute" {
        // The baseline: each sampled quotation against every registry quote.
        let started = Instant::now();
        for q in annotation.quotes.iter().take(BRUTE_SAMPLE) {
            let best = registry
                .quotes
                .iter()
                .map(|l| strsim::normalized_levenshtein(&q.text, &l.entry.text))
                .fold(0.0, f64::max);
            black_box(best);
        }
        started.elapsed().as_secs_f64() * 1000.0 / BRUTE_SAMPLE as f64
    } else {
        verbatim as f64
    };
    println!(
        "{total_ms:.1} {check_ms:.2} {} {extra:.1} {}",
        peak_kib(),
        annotation.quotes.len()
    );
}

fn run_child(mode: &str, dir: &Path) -> Vec<f64> {
    let exe = std::env::current_exe().expect("own path");
    let out = Command::new(exe)
        .env(CHILD, mode)
        .arg(dir)
        .output()
        .expect("run the child");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .map(|t| t.parse().unwrap_or(f64::NAN))
        .collect()
}

fn main() {
    if let Ok(mode) = std::env::var(CHILD) {
        let dir = std::env::args().next_back().expect("folder");
        child(&mode, Path::new(&dir));
        return;
    }
    let dir = tempfile::tempdir().expect("temporary folder");
    let claims = dir.path().join("claims");
    std::fs::create_dir(&claims).expect("claims folder");
    let (quotes, bytes) = generate(&claims);
    let text = draft(&quotes);
    std::fs::write(dir.path().join("draft.txt"), &text).expect("draft");
    println!(
        "registry: {QUOTES} quotes, {PEOPLE} people in {FILES} files, {:.1} MB; draft: {} words quoting {QUOTED}",
        bytes as f64 / 1e6,
        text.split_whitespace().count()
    );
    let (mut cold, mut warm, mut check, mut cold_peak, mut warm_peak) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut verbatim = 0.0;
    let mut found = 0.0;
    for _ in 0..RUNS {
        let _ = std::fs::remove_dir_all(dir.path().join("cache"));
        let c = run_child("cold", dir.path());
        cold.push(c[0]);
        cold_peak.push(c[2]);
        let w = run_child("warm", dir.path());
        warm.push(w[0]);
        check.push(w[1]);
        warm_peak.push(w[2]);
        verbatim = w[3];
        found = w[4];
    }
    let b = run_child("brute", dir.path());
    let (warm_ms, check_ms) = (median(warm), median(check));
    println!(
        "      cold (parse, index, write cache): {:8.1} ms  peak {:7.1} MiB",
        median(cold),
        median(cold_peak) / 1024.0
    );
    println!(
        "      warm (cache, extract, check):     {warm_ms:8.1} ms  peak {:7.1} MiB",
        median(warm_peak) / 1024.0
    );
    println!("      checking alone (warm):            {check_ms:8.2} ms");
    println!("      quotations found {found}, verbatim {verbatim} (of {QUOTED} quoted)");
    let indexed_per_quote = check_ms / found.max(1.0);
    println!(
        "      per quotation: indexed {indexed_per_quote:.3} ms, strsim over every quote {:.1} ms: {:.0}x faster",
        b[3],
        b[3] / indexed_per_quote
    );
}
