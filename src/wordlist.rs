//! Packed word tables: a sorted list of words kept as one `\n`-joined `&'static str`.
//!
//! A `&[&str]` table spends 8 bytes of pointer and length on every entry (plus the bytes); in the
//! wasm build, where every byte is downloaded, that was about 16 KB over the lexicons. A
//! [`WordList`] spends one byte (the `\n`) per entry in the download. At its first look-up it
//! builds a hash set of its words, so that a look-up costs one hash: the rules look words up
//! millions of times in a large text, and bisection (`log2(n)` comparisons) was a fifth of the
//! analysis' time. The bisection of the joined text stays, as the reference the set is tested
//! against.
//!
//! Tables are written with [`words!`], which reads like the slice it replaces:
//!
//! ```ignore
//! pub(crate) static TITLES: WordList = words!["acting", "adm", "admiral"];
//! ```
//!
//! The order is checked when the crate compiles: an unsorted, duplicated or empty entry, or one
//! holding a `\n`, is a compile error, so a table can never silently miss a word.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// A sorted word list; see the module documentation.
pub struct WordList {
    joined: &'static str,
    /// The words as a hash set, built at the first look-up: a look-up then costs one hash of the
    /// word instead of `log2(n)` comparisons (the bisection stays, as the reference it is tested
    /// against).
    index: OnceLock<FxHashSet<&'static str>>,
}

/// A [`WordList`] from string literals, in sorted (byte) order.
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        $crate::wordlist::WordList::new(concat!($($w, "\n"),*))
    };
}

/// A table of strings kept in its order as one string, each followed by `\n`: one byte per entry
/// instead of the 8 of a `&[&str]`. Read with `.split_terminator('\n')`.
macro_rules! lines {
    ($($w:literal),* $(,)?) => {
        concat!($($w, "\n"),*)
    };
}

/// A table of word sequences (what a `&[&[&str]]` would hold) kept as one string: a line per
/// sequence, each word followed by a comma. Read with [`rows`].
macro_rules! word_rows {
    ($([$($w:literal),* $(,)?]),* $(,)?) => {
        concat!($($($w, ",",)* "\n",)*)
    };
}

/// One sequence of a [`word_rows!`] table.
#[derive(Clone, Copy)]
pub struct Row(&'static str);

impl Row {
    /// The words, in order.
    pub fn words(self) -> impl Iterator<Item = &'static str> + Clone {
        self.0.split_terminator(',')
    }

    /// The first word (a group's label).
    pub fn first(self) -> &'static str {
        self.words().next().unwrap_or("")
    }

    /// How many words there are.
    pub fn len(self) -> usize {
        self.0.bytes().filter(|&b| b == b',').count()
    }
}

/// The rows of a [`word_rows!`] table.
pub fn rows(table: &'static str) -> impl Iterator<Item = Row> {
    table.split_terminator('\n').map(Row)
}

/// A data file's text (an `include_str!`) without the comment and blank lines that its parser
/// skips anyway: they document the file, and need not be downloaded with the wasm build.
macro_rules! data_file {
    ($text:expr) => {{
        const TEXT: &str = $text;
        const KEPT: [u8; $crate::wordlist::kept_len(TEXT)] = $crate::wordlist::kept_lines(TEXT);
        match std::str::from_utf8(&KEPT) {
            Ok(s) => s,
            Err(_) => panic!("kept lines are whole lines of UTF-8"),
        }
    }};
}

/// Whether the line starting at `start` is kept: it holds something besides spaces and tabs, and
/// does not start with `#`. Returns the line's end (its `\n`, or the text's end) too.
const fn kept_line(b: &[u8], start: usize) -> (bool, usize) {
    let mut i = start;
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\r') {
        i += 1;
    }
    let kept = i < b.len() && b[i] != b'\n' && b[i] != b'#';
    while i < b.len() && b[i] != b'\n' {
        i += 1;
    }
    (kept, i)
}

/// Words with the flags of every entry that lists them (OR-ed), sorted by word for binary search:
/// the segmentation data's word classes and the language detector's languages per word.
pub fn flag_table<F: Copy + Default + std::ops::BitOrAssign>(
    entries: impl Iterator<Item = (&'static str, F)>,
) -> Vec<(&'static str, F)> {
    let entries: Vec<(&'static str, F)> = entries.collect();
    let mut words: Vec<&'static str> = entries.iter().map(|&(w, _)| w).collect();
    words.sort_unstable();
    words.dedup();
    let mut flags = vec![F::default(); words.len()];
    for (w, f) in entries {
        if let Ok(i) = words.binary_search(&w) {
            flags[i] |= f;
        }
    }
    words.into_iter().zip(flags).collect()
}

/// The length of the kept lines of `text`, each with its `\n` (see [`data_file!`]).
pub const fn kept_len(text: &str) -> usize {
    let b = text.as_bytes();
    let (mut start, mut len) = (0, 0);
    while start < b.len() {
        let (kept, end) = kept_line(b, start);
        // The line with its `\n` (a last line without one gets none).
        let next = if end < b.len() { end + 1 } else { end };
        if kept {
            len += next - start;
        }
        start = next;
    }
    len
}

/// The kept lines of `text` (see [`data_file!`]); `N` is their [`kept_len`].
pub const fn kept_lines<const N: usize>(text: &str) -> [u8; N] {
    let b = text.as_bytes();
    let mut out = [0u8; N];
    let (mut start, mut o) = (0, 0);
    while start < b.len() {
        let (kept, end) = kept_line(b, start);
        let next = if end < b.len() { end + 1 } else { end };
        if kept {
            let mut i = start;
            while i < next {
                out[o] = b[i];
                o += 1;
                i += 1;
            }
        }
        start = next;
    }
    out
}

#[allow(dead_code)] // iter, len, is_empty: for the tables that adopt it later and for tests
impl WordList {
    /// The list in `joined`: words each followed by `\n`, strictly increasing in byte order.
    /// Panics (at compile time, in a `static`) when they are not.
    pub const fn new(joined: &'static str) -> WordList {
        let b = joined.as_bytes();
        assert!(
            b.is_empty() || b[b.len() - 1] == b'\n',
            "a word list ends with \\n"
        );
        // Compare each word with the one before it.
        let (mut prev, mut prev_len) = (0usize, usize::MAX);
        let mut start = 0;
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'\n' {
                let len = i - start;
                assert!(len > 0, "an empty word in a word list");
                if prev_len != usize::MAX {
                    // prev < this, byte-wise.
                    let mut k = 0;
                    let less = loop {
                        if k == prev_len || k == len {
                            break prev_len < len;
                        }
                        if b[prev + k] != b[start + k] {
                            break b[prev + k] < b[start + k];
                        }
                        k += 1;
                    };
                    assert!(less, "a word list is not sorted (or has a duplicate)");
                }
                prev = start;
                prev_len = len;
                start = i + 1;
            }
            i += 1;
        }
        WordList {
            joined,
            index: OnceLock::new(),
        }
    }

    /// Whether `w` is one of the words.
    pub fn contains(&self, w: &str) -> bool {
        self.index.get_or_init(|| self.iter().collect()).contains(w)
    }

    /// Whether `w` is one of the words, by bisecting the joined text: the reference for
    /// [`WordList::contains`].
    #[cfg(test)]
    fn contains_sorted(&self, w: &str) -> bool {
        let b = self.joined.as_bytes();
        let w = w.as_bytes();
        // Invariant: every word that could equal `w` starts in [lo, hi), and lo is a line start.
        let (mut lo, mut hi) = (0usize, b.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let mut start = mid;
            while start > lo && b[start - 1] != b'\n' {
                start -= 1;
            }
            let mut end = mid;
            while b[end] != b'\n' {
                end += 1;
            }
            match b[start..end].cmp(w) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => lo = end + 1,
                std::cmp::Ordering::Greater => hi = start,
            }
        }
        false
    }

    /// The words, in order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + Clone {
        let s: &'static str = self.joined;
        s.split_terminator('\n')
    }

    /// How many words there are.
    pub fn len(&self) -> usize {
        self.joined.bytes().filter(|&c| c == b'\n').count()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.joined.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::{flag_table, WordList};

    #[test]
    fn a_flag_table_joins_the_flags_of_a_word_and_sorts_by_word() {
        let t = flag_table([("may", 1u8), ("can", 2), ("may", 4), ("able", 2)].into_iter());
        assert_eq!(t, [("able", 2), ("can", 2), ("may", 5)]);
    }

    static LIST: WordList = words!["a", "ab", "abc", "b", "ba", "zz", "é"];

    #[test]
    fn tables_read_back_as_written() {
        const LINES: &str = lines!["b", "a c"];
        assert_eq!(
            LINES.split_terminator('\n').collect::<Vec<_>>(),
            ["b", "a c"]
        );
        const ROWS: &str = word_rows![["made", "no mention"], ["x"]];
        let rows: Vec<Vec<&str>> = super::rows(ROWS).map(|r| r.words().collect()).collect();
        assert_eq!(rows, [vec!["made", "no mention"], vec!["x"]]);
        assert_eq!(
            super::rows(ROWS)
                .map(|r| (r.first(), r.len()))
                .collect::<Vec<_>>(),
            [("made", 2), ("x", 1)]
        );
    }

    #[test]
    fn data_files_lose_only_comment_and_blank_lines() {
        const TEXT: &str = data_file!(
            "# a comment\n\nfirst\n  # indented comment\n \t\r\n  x # not a comment\r\nlast"
        );
        assert_eq!(TEXT, "first\n  x # not a comment\r\nlast");
        assert_eq!(data_file!(""), "");
        assert_eq!(data_file!("#only\n"), "");
    }

    #[test]
    fn finds_every_word_and_nothing_else() {
        let words: Vec<&str> = LIST.iter().collect();
        assert_eq!(words, ["a", "ab", "abc", "b", "ba", "zz", "é"]);
        assert_eq!(LIST.len(), 7);
        for w in &words {
            assert!(LIST.contains(w), "{w}");
        }
        for w in [
            "", "aa", "abcd", "c", "z", "zzz", "e", "\n", "a\nab", "ab\n",
        ] {
            assert!(!LIST.contains(w), "{w:?}");
        }
    }

    #[test]
    fn agrees_with_a_slice_search() {
        // Every prefix of a larger sorted list, probed with its words and with near misses.
        let all = [
            "acting",
            "adm",
            "admiral",
            "adviser",
            "advisor",
            "ambassador",
            "analyst",
            "archbishop",
            "attorney",
            "brig",
            "captain",
            "chair",
            "chairman",
            "chief",
            "col",
            "commander",
        ];
        for n in 0..=all.len() {
            let joined: String = all[..n].iter().map(|w| format!("{w}\n")).collect();
            let list = WordList::new(Box::leak(joined.into_boxed_str()));
            for probe in all
                .iter()
                .flat_map(|w| [w.to_string(), format!("{w}s"), w[..w.len() - 1].to_string()])
            {
                let want = all[..n].contains(&probe.as_str());
                assert_eq!(list.contains(&probe), want, "{n} {probe}");
                assert_eq!(list.contains_sorted(&probe), want, "{n} {probe}");
            }
            assert!(!list.contains(""));
            assert_eq!(list.is_empty(), n == 0);
        }
    }

    #[test]
    #[should_panic(expected = "not sorted")]
    fn rejects_an_unsorted_list() {
        WordList::new(Box::leak(String::from("b\na\n").into_boxed_str()));
    }
}
