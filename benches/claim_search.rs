//! Claim retrieval on the CheckThat! 2020 task 2 data (tweets against
//! 10,375 fact-checked claims), next to a plain BM25 in the same run.
//!
//! The claims become a registry (statement: the claim; variant: the
//! fact-check's title), loaded the way `factcheck` loads any registry; each
//! tweet is ranked with the same code as `registry search --kind claims`.
//! The baseline is BM25 (k1 = 1.2, b = 0.75) over lower-case words without
//! stop words or stemming, claim and title indexed together. Measured:
//! MAP@5 on the train and dev splits, and the time to match every sentence
//! of a 5,000-word text against the 10,375 claims.
//!
//! With a sentence-embedding model (`$FACTCHECK_MODEL`, or the default
//! model folder), the same ranking re-ranked by meaning is measured too.
//!
//! The data is read from `../shared/bench/checkthat2020/` (or
//! `$CHECKTHAT_DIR`); without it the benchmark says so and stops.
//! Run with `cargo bench --bench claim_search`.

use factcheck::registry::claim_index::ClaimIndex;
use factcheck::registry::model::{Claim, Dossier, Status};
use factcheck::registry::search::{Scope, SearchIndex};
use factcheck::registry::{load, Limits, RegistrySource};
use factcheck::semantic::rerank::Reranker;
use factcheck::semantic::Encoder;
use factcheck::text::terms::is_stop_word;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Rows of a tab-separated file with a header line.
fn rows(path: &Path) -> Vec<Vec<String>> {
    std::fs::read_to_string(path)
        .expect("readable data")
        .lines()
        .skip(1)
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

/// Relevant claim IDs by query ID (TREC form, no header).
fn qrels(path: &Path) -> HashMap<String, HashSet<String>> {
    let mut out: HashMap<String, HashSet<String>> = HashMap::new();
    for line in std::fs::read_to_string(path).expect("qrels").lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() >= 4 && f[3] != "0" {
            out.entry(f[0].to_owned())
                .or_default()
                .insert(f[2].to_owned());
        }
    }
    out
}

/// Average precision in the top 5, over at most 5 relevant claims.
fn ap5(ranked: &[String], relevant: &HashSet<String>) -> f64 {
    let mut hits = 0.0;
    let mut sum = 0.0;
    for (i, id) in ranked.iter().take(5).enumerate() {
        if relevant.contains(id) {
            hits += 1.0;
            sum += hits / (i + 1) as f64;
        }
    }
    sum / relevant.len().clamp(1, 5) as f64
}

/// MAP@5 over the split's queries that have gold claims, with `rank`
/// giving each query's claim IDs best first; and how many queries.
fn map5(data: &Path, split: &str, mut rank: impl FnMut(&str) -> Vec<String>) -> (f64, usize) {
    let queries = rows(&data.join(format!("queries.{split}.tsv")));
    let gold = qrels(&data.join(format!("qrels.{split}.tsv")));
    let (mut sum, mut n) = (0.0, 0usize);
    for q in &queries {
        let (Some(qid), Some(text)) = (q.first(), q.get(1)) else {
            continue;
        };
        if let Some(relevant) = gold.get(qid.trim()) {
            sum += ap5(&rank(text), relevant);
            n += 1;
        }
    }
    (sum / n.max(1) as f64, n)
}

/// The plain BM25 baseline.
struct PlainBm25 {
    postings: HashMap<String, Vec<(usize, f64)>>,
    lengths: Vec<f64>,
    average: f64,
}

fn plain_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !is_stop_word(w))
        .collect()
}

impl PlainBm25 {
    fn new(docs: &[String]) -> PlainBm25 {
        let mut postings: HashMap<String, Vec<(usize, f64)>> = HashMap::new();
        let mut lengths = Vec::new();
        for (d, text) in docs.iter().enumerate() {
            let words = plain_words(text);
            lengths.push(words.len() as f64);
            let mut tf: HashMap<String, f64> = HashMap::new();
            for w in words {
                *tf.entry(w).or_default() += 1.0;
            }
            for (w, n) in tf {
                postings.entry(w).or_default().push((d, n));
            }
        }
        let average = lengths.iter().sum::<f64>() / lengths.len().max(1) as f64;
        PlainBm25 {
            postings,
            lengths,
            average,
        }
    }

    fn rank(&self, query: &str, limit: usize) -> Vec<usize> {
        let n = self.lengths.len() as f64;
        let mut scores: HashMap<usize, f64> = HashMap::new();
        let unique: HashSet<String> = plain_words(query).into_iter().collect();
        for w in unique {
            let Some(list) = self.postings.get(&w) else {
                continue;
            };
            let df = list.len() as f64;
            let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
            for &(d, tf) in list {
                let norm = 1.2 * (1.0 - 0.75 + 0.75 * self.lengths[d] / self.average);
                *scores.entry(d).or_default() += idf * tf * 2.2 / (tf + norm);
            }
        }
        let mut ranked: Vec<(usize, f64)> = scores.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.into_iter().take(limit).map(|(d, _)| d).collect()
    }
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let data = std::env::var_os("CHECKTHAT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/bench/checkthat2020"));
    if !data.join("vclaims.tsv").exists() {
        println!("no CheckThat! data at {}; nothing measured", data.display());
        return;
    }
    let vclaims = rows(&data.join("vclaims.tsv"));
    let claims: Vec<Claim> = vclaims
        .iter()
        .filter(|r| r.len() >= 3)
        .map(|r| {
            let statement = if r[1].trim().is_empty() { &r[2] } else { &r[1] };
            Claim {
                id: format!("vclaim-{}", r[0].trim()),
                statement: statement.trim().to_owned(),
                variants: if r[2].trim().is_empty() || r[2] == r[1] {
                    Vec::new()
                } else {
                    vec![r[2].trim().to_owned()]
                },
                status: Status::Unproven,
                asserted_by: Vec::new(),
                disputed_by: Vec::new(),
                as_of: None,
                sources: Vec::new(),
                note: None,
            }
        })
        .collect();
    let folder = tempfile::tempdir().expect("temporary folder");
    let dossier = Dossier {
        people: Vec::new(),
        quotes: Vec::new(),
        claims,
    };
    std::fs::write(
        folder.path().join("checkthat.yaml"),
        serde_yaml::to_string(&dossier).expect("YAML"),
    )
    .expect("write");
    let registry = load(
        &RegistrySource::Folder(folder.path().to_path_buf()),
        &Limits::default(),
    )
    .expect("valid registry");
    let started = Instant::now();
    let index = ClaimIndex::build(&registry);
    let build_ms = started.elapsed().as_secs_f64() * 1000.0;
    let ids: Vec<String> = registry
        .claims
        .iter()
        .map(|c| c.entry.id.trim_start_matches("vclaim-").to_owned())
        .collect();
    let docs: Vec<String> = registry
        .claims
        .iter()
        .map(|c| format!("{} {}", c.entry.statement, c.entry.variants.join(" ")))
        .collect();
    let plain = PlainBm25::new(&docs);
    // The ranking `registry search --kind claims` prints.
    let search = SearchIndex::new(&registry, Scope::Claims);
    println!(
        "{} claims indexed in {build_ms:.0} ms",
        registry.claims.len()
    );
    for split in ["train", "dev"] {
        let (ours, n) = map5(&data, split, |text| {
            search
                .search(&registry, text, 5)
                .into_iter()
                .map(|h| h.id.trim_start_matches("vclaim-").to_owned())
                .collect()
        });
        let (base, _) = map5(&data, split, |text| {
            plain
                .rank(text, 5)
                .iter()
                .map(|&d| ids[d].clone())
                .collect()
        });
        println!("{split:>5} ({n} queries): MAP@5 factcheck {ours:.3}, plain BM25 {base:.3}");
    }
    // With a sentence-embedding model, the same ranking re-ranked by meaning.
    let model = factcheck::semantic::default_folder().map(|f| (Encoder::load(&f), f));
    if let Some((Err(e), _)) = &model {
        println!("semantic re-ranking not measured: {e}");
    }
    if let Some((Ok(encoder), folder)) = model {
        // The model's own reference output for this sentence (all-MiniLM-L6-v2).
        let v = encoder.embed("This is an example sentence");
        let reference = [0.067_657, 0.063_496, 0.048_713, 0.079_305, 0.037_448];
        let same = v.iter().zip(reference).all(|(a, b)| (a - b).abs() < 1e-4);
        println!(
            "model {}: {}",
            folder.display(),
            if same {
                "matches the reference embedding"
            } else {
                "not all-MiniLM-L6-v2 (no reference check)"
            }
        );
        let mut reranker = Reranker::new(encoder);
        if let Some(folder) = factcheck::registry::cache::default_dir() {
            reranker = reranker.keeping_vectors_in(folder);
        }
        let started = Instant::now();
        let vectors = reranker.claims(&registry).len();
        println!(
            "{vectors} claims' vectors worked out or read back in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        let meaning = SearchIndex::new(&registry, Scope::Claims).with_meaning(reranker);
        for split in ["train", "dev"] {
            let started = Instant::now();
            let (map, n) = map5(&data, split, |text| {
                meaning
                    .search(&registry, text, 5)
                    .into_iter()
                    .map(|h| h.id.trim_start_matches("vclaim-").to_owned())
                    .collect()
            });
            println!(
                "{split:>5} ({n} queries): MAP@5 factcheck with meaning {map:.3} ({:.0} ms a query)",
                started.elapsed().as_secs_f64() * 1000.0 / n.max(1) as f64
            );
        }
    } else {
        println!("no sentence-embedding model (FACTCHECK_MODEL); semantic re-ranking not measured");
    }
    // A 5,000-word text, sentence by sentence, against every claim.
    let queries = rows(&data.join("queries.dev.tsv"));
    let mut sentences: Vec<String> = Vec::new();
    let mut words = 0;
    'fill: loop {
        for q in &queries {
            for s in q.get(1).map_or("", String::as_str).split(['.', '?', '!']) {
                if s.split_whitespace().count() >= 3 {
                    words += s.split_whitespace().count();
                    sentences.push(s.to_owned());
                }
                if words >= 5_000 {
                    break 'fill;
                }
            }
        }
    }
    let mut times = Vec::new();
    let mut found = 0;
    for _ in 0..5 {
        let started = Instant::now();
        found = sentences
            .iter()
            .map(|s| index.matches(s).len())
            .sum::<usize>();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "matching a {words}-word text ({} sentences) against {} claims: {:.1} ms (median of 5), {found} matches",
        sentences.len(),
        registry.claims.len(),
        times[2]
    );
}
