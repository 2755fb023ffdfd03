//! Loading a registry of 100,000 quotes, against a baseline in the same run.
//!
//! The baseline is the bare YAML parse of the same files into untyped values
//! with serde_yaml: no positions, no typed entries, no validation. Each
//! measurement runs in a fresh child process so its peak memory is its own.
//! Machines here are noisy, so read the ratio rather than the absolute times.
//!
//! Run with `cargo bench --bench registry_load`.

mod common;

use common::{median, peak_kib, Lcg};
use factcheck::registry::{load, Limits, RegistrySource};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const QUOTES: usize = 100_000;
const FILES: usize = 100;
const PEOPLE: usize = 1_000;
const RUNS: usize = 5;
const CHILD: &str = "FACTCHECK_BENCH_CHILD";

const WORDS: &[&str] = &[
    "the",
    "nation",
    "will",
    "never",
    "accept",
    "talks",
    "under",
    "pressure",
    "sanctions",
    "deal",
    "months",
    "agree",
    "today",
    "security",
    "council",
    "nuclear",
    "programme",
    "enrichment",
    "leader",
    "president",
    "minister",
    "europe",
    "deadline",
    "snapback",
    "war",
    "fires",
    "country",
    "people",
    "support",
    "serve",
    "hostility",
    "surrender",
    "demands",
    "stand",
    "firmly",
    "against",
    "envoy",
    "negotiations",
    "direct",
    "reject",
    "we",
    "they",
    "our",
    "must",
    "not",
    "is",
    "sustainable",
];

/// Writes FILES dossiers holding PEOPLE people and QUOTES quotes in all.
fn generate(dir: &Path) -> u64 {
    let mut rng = Lcg(42);
    let mut bytes = 0;
    for f in 0..FILES {
        let mut text = String::from("# generated for the load benchmark\npeople:\n");
        for p in (f * PEOPLE / FILES)..((f + 1) * PEOPLE / FILES) {
            text.push_str(&format!(
                "  - id: person-{p}\n    name: Person Number {p}\n    aliases: [Number {p}]\n"
            ));
        }
        text.push_str("quotes:\n");
        for q in (f * QUOTES / FILES)..((f + 1) * QUOTES / FILES) {
            let len = 12 + rng.next(24);
            let words: Vec<&str> = (0..len).map(|_| WORDS[rng.next(WORDS.len())]).collect();
            text.push_str(&format!(
                "  - id: quote-{q}\n    speaker: person-{}\n    text: \"{}.\"\n    said_on: 2025-08-{:02}\n    sources:\n      - outlet: Outlet {}\n",
                rng.next(PEOPLE),
                words.join(" "),
                1 + rng.next(28),
                rng.next(50)
            ));
        }
        bytes += text.len() as u64;
        std::fs::write(dir.join(format!("dossier-{f:03}.yaml")), text).expect("write the registry");
    }
    bytes
}

/// Runs one measurement in this (child) process and prints `millis peak_kib`.
fn child(mode: &str, dir: &Path) {
    let started = Instant::now();
    let count = match mode {
        "baseline" => {
            let mut files: Vec<_> = std::fs::read_dir(dir)
                .expect("dir")
                .map(|e| e.expect("entry").path())
                .collect();
            files.sort();
            files
                .iter()
                .map(|p| {
                    let text = std::fs::read_to_string(p).expect("read");
                    let value: serde_yaml::Value = serde_yaml::from_str(&text).expect("parse");
                    value
                        .get("quotes")
                        .and_then(|q| q.as_sequence())
                        .map_or(0, Vec::len)
                })
                .sum()
        }
        _ => {
            let registry = load(
                &RegistrySource::Folder(dir.to_path_buf()),
                &Limits::default(),
            )
            .expect("valid registry");
            registry.quotes.len()
        }
    };
    let millis = started.elapsed().as_secs_f64() * 1000.0;
    assert_eq!(count, QUOTES);
    println!("{millis:.1} {}", peak_kib());
}

fn main() {
    if let Ok(mode) = std::env::var(CHILD) {
        let dir = std::env::args().next_back().expect("folder");
        child(&mode, Path::new(&dir));
        return;
    }
    let dir = tempfile::tempdir().expect("temporary folder");
    let bytes = generate(dir.path());
    println!(
        "registry: {QUOTES} quotes, {PEOPLE} people in {FILES} files, {:.1} MB; median of {RUNS} runs each",
        bytes as f64 / 1e6
    );
    let exe = std::env::current_exe().expect("own path");
    let mut results = Vec::new();
    for mode in ["baseline", "load"] {
        let mut times = Vec::new();
        let mut peaks = Vec::new();
        for _ in 0..RUNS {
            let out = Command::new(&exe)
                .env(CHILD, mode)
                .arg(dir.path())
                .output()
                .expect("run the child");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let line = String::from_utf8_lossy(&out.stdout).into_owned();
            let mut parts = line.split_whitespace();
            times.push(
                parts
                    .next()
                    .and_then(|t| t.parse().ok())
                    .unwrap_or(f64::NAN),
            );
            peaks.push(parts.next().and_then(|t| t.parse().ok()).unwrap_or(0.0));
        }
        let (t, p) = (median(times), median(peaks) / 1024.0);
        println!(
            "{mode:>9}: {t:8.1} ms  {:6.1} MB/s  peak {p:7.1} MiB",
            bytes as f64 / 1e6 / (t / 1000.0)
        );
        results.push((t, p));
    }
    println!(
        "load / baseline: {:.2}x the time, {:.2}x the peak memory",
        results[1].0 / results[0].0,
        results[1].1 / results[0].1
    );
}
