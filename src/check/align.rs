//! Word alignment of a quotation with a registry quote.
//!
//! The quotation must be explained word by word; the registry quote may be
//! entered and left anywhere (a draft often quotes only a piece of it). An
//! `[insertion]` stands for up to [`INSERTION_SPAN`] registry words at no
//! cost, an ellipsis (or the break between the pieces of a split quotation)
//! for any number of them, in order. Every other difference costs one: a
//! word changed, a word added, a registry word dropped.

/// How many registry words an `[editorial insertion]` may stand for.
pub const INSERTION_SPAN: usize = 4;

/// The largest alignment table worth filling (draft tokens × registry words);
/// larger pairs are not aligned.
pub const MAX_CELLS: usize = 4_000_000;

/// A token of the quotation, as the aligner sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// A word: its number in the index's vocabulary, or `None` when no
    /// registry quote has it.
    Word(Option<u32>),
    /// `[editorial text]`.
    Insertion,
    /// An ellipsis or the break between two pieces.
    Gap,
}

/// One step of an alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Quotation token `0` is registry word `1`.
    Equal(usize, usize),
    /// Quotation word `0` stands where registry word `1` was said.
    Replace(usize, usize),
    /// Quotation word `0` was not said.
    Insert(usize),
    /// Registry word `0` was dropped without an ellipsis.
    Delete(usize),
    /// Quotation mark `0` (insertion or gap) stands for registry words `1..2`.
    Mark(usize, usize, usize),
}

/// The best alignment found and what it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// The steps, in order.
    pub steps: Vec<Step>,
    /// Words the same.
    pub equal: usize,
    /// Words changed, added or dropped.
    pub edits: usize,
}

impl Alignment {
    /// The share of words that agree: equal / (equal + edits), in [0, 1].
    pub fn score(&self) -> f64 {
        let total = self.equal + self.edits;
        if total == 0 {
            0.0
        } else {
            self.equal as f64 / total as f64
        }
    }
}

// The move that reached a cell, for tracing the alignment back.
const FROM_START: u8 = 0;
const DIAGONAL: u8 = 1;
const UP: u8 = 2; // quotation word added
const LEFT: u8 = 3; // registry word dropped
const MARK: u8 = 4; // insertion or gap, from the column stored beside it

/// Aligns `draft` with `registry` (word numbers); `None` when the table
/// would exceed [`MAX_CELLS`] or either side is empty.
pub fn align(draft: &[Item], registry: &[u32]) -> Option<Alignment> {
    let (n, m) = (draft.len(), registry.len());
    if n == 0 || m == 0 || (n + 1).saturating_mul(m + 1) > MAX_CELLS {
        return None;
    }
    let width = m + 1;
    let mut cost = vec![0u32; (n + 1) * width];
    let mut from = vec![FROM_START; (n + 1) * width];
    // For MARK cells: the registry column the mark started from.
    let mut mark_start = vec![0u32; (n + 1) * width];
    for (i, item) in draft.iter().enumerate() {
        let (above, row) = cost.split_at_mut((i + 1) * width);
        let above = &above[i * width..];
        let row = &mut row[..width];
        let moves = &mut from[(i + 1) * width..(i + 2) * width];
        let starts = &mut mark_start[(i + 1) * width..(i + 2) * width];
        match *item {
            Item::Word(w) => {
                for j in 0..width {
                    let mut best = above[j] + 1;
                    let mut how = UP;
                    if j > 0 {
                        let same = w == Some(registry[j - 1]);
                        let diagonal = above[j - 1] + u32::from(!same);
                        if diagonal <= best {
                            best = diagonal;
                            how = DIAGONAL;
                        }
                    }
                    row[j] = best;
                    moves[j] = how;
                }
            }
            Item::Insertion => {
                for j in 0..width {
                    let lo = j.saturating_sub(INSERTION_SPAN);
                    let k = (lo..=j).min_by_key(|&k| (above[k], j - k)).unwrap_or(j);
                    row[j] = above[k];
                    moves[j] = MARK;
                    starts[j] = k as u32;
                }
            }
            Item::Gap => {
                let mut best = 0;
                for j in 0..width {
                    if above[j] < above[best] {
                        best = j;
                    }
                    row[j] = above[best];
                    moves[j] = MARK;
                    starts[j] = best as u32;
                }
            }
        }
        // Registry words dropped inside the quoted stretch.
        for j in 1..width {
            if row[j - 1] + 1 < row[j] {
                row[j] = row[j - 1] + 1;
                moves[j] = LEFT;
            }
        }
    }
    let last = &cost[n * width..];
    let mut j = (0..width).min_by_key(|&j| (last[j], std::cmp::Reverse(j)))?;
    let mut i = n;
    let mut steps = Vec::new();
    let (mut equal, mut edits) = (0, 0);
    while i > 0 {
        match from[i * width + j] {
            DIAGONAL => {
                if draft[i - 1] == Item::Word(Some(registry[j - 1])) {
                    steps.push(Step::Equal(i - 1, j - 1));
                    equal += 1;
                } else {
                    steps.push(Step::Replace(i - 1, j - 1));
                    edits += 1;
                }
                i -= 1;
                j -= 1;
            }
            UP => {
                steps.push(Step::Insert(i - 1));
                edits += 1;
                i -= 1;
            }
            LEFT => {
                steps.push(Step::Delete(j - 1));
                edits += 1;
                j -= 1;
            }
            _ => {
                let k = mark_start[i * width + j] as usize;
                steps.push(Step::Mark(i - 1, k, j));
                i -= 1;
                j = k;
            }
        }
    }
    steps.reverse();
    Some(Alignment {
        steps,
        equal,
        edits,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words as numbers: each distinct lower-case word its own number.
    fn numbers(text: &str, vocab: &mut Vec<String>) -> Vec<u32> {
        text.split_whitespace()
            .map(|w| match vocab.iter().position(|v| v == w) {
                Some(i) => i as u32,
                None => {
                    vocab.push(w.to_owned());
                    (vocab.len() - 1) as u32
                }
            })
            .collect()
    }

    fn items(text: &str, vocab: &[String]) -> Vec<Item> {
        text.split_whitespace()
            .map(|w| match w {
                "…" => Item::Gap,
                w if w.starts_with('[') => Item::Insertion,
                w => Item::Word(vocab.iter().position(|v| v == w).map(|i| i as u32)),
            })
            .collect()
    }

    fn run(draft: &str, registry: &str) -> Alignment {
        let mut vocab = Vec::new();
        let reg = numbers(registry, &mut vocab);
        align(&items(draft, &vocab), &reg).unwrap()
    }

    #[test]
    fn a_piece_of_a_longer_quote_is_exact() {
        let a = run("stand firmly against", "we will stand firmly against them");
        assert_eq!((a.equal, a.edits), (3, 0));
    }

    #[test]
    fn conventions_cost_nothing() {
        let a = run("such [US] demands", "such demands");
        assert_eq!((a.equal, a.edits), (2, 0));
        let a = run("[Iran's] nation will", "our nation will");
        assert_eq!((a.equal, a.edits), (2, 0));
        let a = run(
            "we will … never give up",
            "we will as I said before never give up",
        );
        assert_eq!((a.equal, a.edits), (5, 0));
    }

    #[test]
    fn changes_additions_and_drops_cost_one_each() {
        let a = run("we are pointing a gun", "we are holding a gun");
        assert_eq!((a.equal, a.edits), (4, 1));
        assert!(a.steps.contains(&Step::Replace(2, 2)));
        let a = run("we will give up", "we will never give up");
        assert_eq!((a.equal, a.edits), (4, 1));
        assert!(a.steps.contains(&Step::Delete(2)));
        let a = run("we will really never give up", "we will never give up");
        assert_eq!((a.equal, a.edits), (5, 1));
        assert!(a.steps.contains(&Step::Insert(2)));
    }

    #[test]
    fn out_of_order_pieces_are_not_free() {
        let a = run("give up … we will", "we will never give up");
        assert!(a.edits >= 2, "{a:?}");
    }

    #[test]
    fn oversized_or_empty_tables_are_refused() {
        assert!(align(&[], &[1]).is_none());
        assert!(align(&[Item::Word(None)], &[]).is_none());
        let big = vec![Item::Word(Some(1)); 3000];
        assert!(align(&big, &vec![1; 3000]).is_none());
    }
}
