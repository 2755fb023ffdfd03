//! Visible text built from a source file, with a map from every byte of the
//! visible text back to the byte of the source it came from.

/// A run of visible text that came from one place in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Segment {
    /// Where the run starts in the visible text.
    visible: usize,
    /// Where it came from in the source.
    source: usize,
    /// Length of the source text it stands for.
    source_len: usize,
    /// Copied byte for byte (so offsets inside it map one to one), or made
    /// up (a decoded entity, a paragraph break), mapping to its source as a whole.
    copied: bool,
}

/// Visible text and its map to the source.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Visible {
    /// The text a reader sees.
    pub text: String,
    segments: Vec<Segment>,
}

impl Visible {
    /// Appends `text`, copied from `source` in the source file.
    pub fn copy(&mut self, source: usize, text: &str) {
        if text.is_empty() {
            return;
        }
        if let Some(last) = self.segments.last_mut() {
            if last.copied
                && last.source + last.source_len == source
                && last.visible + last.source_len == self.text.len()
            {
                last.source_len += text.len();
                self.text.push_str(text);
                return;
            }
        }
        self.segments.push(Segment {
            visible: self.text.len(),
            source,
            source_len: text.len(),
            copied: true,
        });
        self.text.push_str(text);
    }

    /// Appends `text` that stands for `source_len` bytes at `source` (an
    /// entity, a tag that breaks a paragraph).
    pub fn put(&mut self, source: usize, source_len: usize, text: &str) {
        if text.is_empty() {
            return;
        }
        self.segments.push(Segment {
            visible: self.text.len(),
            source,
            source_len,
            copied: false,
        });
        self.text.push_str(text);
    }

    /// Whether the visible text ends with a paragraph break (or is empty).
    pub fn at_paragraph_start(&self) -> bool {
        self.text.is_empty() || self.text.ends_with("\n\n")
    }

    /// Appends a paragraph break unless there is one already.
    pub fn paragraph_break(&mut self, source: usize) {
        if self.text.is_empty() || self.text.ends_with("\n\n") {
            return;
        }
        let text = if self.text.ends_with('\n') {
            "\n"
        } else {
            "\n\n"
        };
        self.put(source, 0, text);
    }

    /// The source offset where the visible character at byte `at` starts.
    pub fn source_start(&self, at: usize) -> usize {
        match self.segment(at) {
            Some(seg) if seg.copied => seg.source + (at - seg.visible).min(seg.source_len),
            Some(seg) => seg.source,
            None => 0,
        }
    }

    /// The source offset just past the visible text that ends at byte `at`
    /// (exclusive, on a character boundary).
    pub fn source_end(&self, at: usize) -> usize {
        let at = at.min(self.text.len());
        let Some(last) = self.text[..at].char_indices().next_back().map(|(i, _)| i) else {
            return self.segments.first().map_or(0, |s| s.source);
        };
        match self.segment(last) {
            Some(seg) if seg.copied => seg.source + (at - seg.visible).min(seg.source_len),
            Some(seg) => seg.source + seg.source_len,
            None => 0,
        }
    }

    fn segment(&self, at: usize) -> Option<&Segment> {
        let i = self.segments.partition_point(|s| s.visible <= at);
        i.checked_sub(1).and_then(|i| self.segments.get(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copied_runs_map_one_to_one_and_merge() {
        let mut v = Visible::default();
        v.copy(10, "ab");
        v.copy(12, "cd");
        v.put(14, 5, "\"");
        v.copy(19, "e");
        assert_eq!(v.text, "abcd\"e");
        assert_eq!(v.segments.len(), 3);
        assert_eq!(v.source_start(3), 13);
        assert_eq!(v.source_start(4), 14);
        assert_eq!(v.source_end(5), 19);
        assert_eq!(v.source_start(5), 19);
        assert_eq!(v.source_end(6), 20);
    }
}
