//! Helpers shared by the benchmarks; each uses only some of them.
#![allow(dead_code)]

/// A gold quotation of the evaluation set in `benches/extraction/` (see
/// its README for the fields).
#[derive(serde::Deserialize)]
pub struct Gold {
    pub text: String,
    #[serde(default)]
    pub pieces: Vec<String>,
    pub kind: String,
    pub speaker: String,
    #[serde(default)]
    pub alt_speakers: Vec<String>,
    #[serde(default)]
    pub alt_kinds: Vec<String>,
    #[serde(default)]
    pub optional: bool,
}

/// A small deterministic generator, so every run sees the same data.
pub struct Lcg(pub u64);

impl Lcg {
    /// A number in `0..n`.
    pub fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }

    /// A number in `0..n` skewed towards small ones, as word ranks in real text.
    pub fn zipf(&mut self, n: usize) -> usize {
        let u = self.next(1 << 20) as f64 / f64::from(1 << 20);
        ((u * u * u) * n as f64) as usize
    }
}

/// This process's peak resident memory in KiB (Linux), or 0 where unknown.
pub fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        })
        .unwrap_or(0)
}

/// The median of some measurements.
pub fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs.get(xs.len() / 2).copied().unwrap_or(f64::NAN)
}
