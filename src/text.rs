//! Small text helpers shared by the stages.
//!
//! `char::to_lowercase` pulls Unicode's full case tables (about 8 KB gzipped) into the `.wasm`;
//! the lexicons only need the simple case mappings of the scripts they are written in, which are
//! offsets and alternating pairs.

use crate::prelude::*;

/// The largest char boundary of `text` at or before byte `i` (which may lie past its end only by
/// being `text.len()`): where a byte budget cuts a string.
pub fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The simple lowercase of `c` for Latin, Greek, Cyrillic and Armenian; other characters as they are.
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 32,
        // Latin Extended-A: upper and lower alternate, with the parity switching at U+0139.
        0x100..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x391..=0x3A1 | 0x3A3..=0x3AB => u + 32,
        0x400..=0x40F => u + 80,
        0x410..=0x42F => u + 32,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if u % 2 == 0 => u + 1,
        0x531..=0x556 => u + 48,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// `s.at(a..b)` is `&s[a..b]` (any range), with the same panic off a char boundary, but one
/// whose message is a literal. Slicing with `[]` links core's `slice_error_fail`, whose message
/// formats the range and the char with `Debug`: that brought char escaping and Unicode's
/// printable tables into the wasm build, 3.6 KB gzipped. In the crate prelude.
pub trait StrAt {
    /// `&self[range]`.
    fn at<R: core::slice::SliceIndex<str, Output = str>>(&self, range: R) -> &str;
}

impl StrAt for str {
    #[inline(never)]
    fn at<R: core::slice::SliceIndex<str, Output = str>>(&self, range: R) -> &str {
        match self.get(range) {
            Some(s) => s,
            None => off_boundary(),
        }
    }
}

/// `v.at(i)` is `&v[i]` (an index or a range), with the same panic out of bounds, but one
/// without a source location: each `[]` that can fail keeps a 16-byte `Location` in the wasm
/// build's data for a message that its panic handler leaves out. In the crate prelude.
pub trait SliceAt<T> {
    /// `&self[index]`.
    fn at<I: core::slice::SliceIndex<[T]>>(&self, index: I) -> &I::Output;
    /// `&mut self[index]`.
    fn at_mut<I: core::slice::SliceIndex<[T]>>(&mut self, index: I) -> &mut I::Output;
}

impl<T> SliceAt<T> for [T] {
    #[inline(always)]
    fn at<I: core::slice::SliceIndex<[T]>>(&self, index: I) -> &I::Output {
        match self.get(index) {
            Some(v) => v,
            None => out_of_bounds(),
        }
    }

    #[inline(always)]
    fn at_mut<I: core::slice::SliceIndex<[T]>>(&mut self, index: I) -> &mut I::Output {
        match self.get_mut(index) {
            Some(v) => v,
            None => out_of_bounds(),
        }
    }
}

#[cold]
#[inline(never)]
fn out_of_bounds() -> ! {
    panic!("quotelens: index out of bounds")
}

#[cold]
#[inline(never)]
fn off_boundary() -> ! {
    panic!("quotelens: a string sliced off a char boundary")
}

/// How many chars `s` has (`s.chars().count()`): its bytes that do not continue a char. Core's
/// count is unrolled for speed, about 1 KB of code for words of a few letters.
pub fn char_count(s: &str) -> usize {
    s.bytes().filter(|&b| b & 0xC0 != 0x80).count()
}

/// Where `needle` occurs in `hay`, left to right and without overlaps: what
/// `hay.match_indices(needle)` gives, found by comparing bytes. A `&str` pattern (`contains`,
/// `find`, `match_indices`, `trim_end_matches`; also `str::contains` of a non-ASCII char, which
/// searches for its UTF-8 bytes) brings in core's two-way searcher, whose code
/// the wasm build spent 1.7 KB gzipped on; a match of valid UTF-8 starts on a char
/// boundary, so the bytes find the same places.
pub fn match_starts<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let mut at = 0;
    core::iter::from_fn(move || {
        while at + n.len() <= h.len() {
            let i = at;
            at += 1;
            // The first byte first: a call to compare at every position was most of the time
            // that the sources' hint lists took.
            if n.first().is_some_and(|f| h.get(i) != Some(f)) {
                continue;
            }
            if h.get(i..).is_some_and(|rest| rest.starts_with(n)) {
                if n.is_empty() {
                    // As std: an empty needle matches at every char boundary.
                    while at < h.len() && !hay.is_char_boundary(at) {
                        at += 1;
                    }
                } else {
                    at = i + n.len();
                }
                return Some(i);
            }
        }
        None
    })
}

/// Whether `needle` occurs in `hay` (`hay.contains(needle)`; see [`match_starts`]).
pub fn contains(hay: &str, needle: &str) -> bool {
    match_starts(hay, needle).next().is_some()
}

/// Where `needle` last starts in `hay` (`hay.rfind(needle)`; see [`match_starts`]).
pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let last = h.len().checked_sub(n.len())?;
    (0..=last)
        .rev()
        .find(|&i| h.get(i..).is_some_and(|rest| rest.starts_with(n)))
}

/// `s` without any number of `suffix` at its end (`s.trim_end_matches(suffix)` for a non-empty
/// suffix; see [`match_starts`]).
pub fn trim_end_str<'a>(mut s: &'a str, suffix: &str) -> &'a str {
    while let Some(rest) = s.strip_suffix(suffix).filter(|_| !suffix.is_empty()) {
        s = rest;
    }
    s
}

/// What follows the last ASCII `sep` in `s`, or all of `s` (`s.rsplit(sep).next()`). A char
/// pattern searched from the end brings in core's `memrchr` (0.2 KB gzipped in the wasm build).
pub fn after_last(s: &str, sep: u8) -> &str {
    match s.bytes().rposition(|b| b == sep) {
        Some(i) => s.at(i + 1..),
        None => s,
    }
}

/// `s`'s chars after the first `n` (`s.chars().skip(n)`, or `nth(n)` as its `next()`): `nth` of
/// `Chars` is core's generic one, 0.4 KB of code in the wasm build for four calls.
pub fn chars_from(s: &str, n: usize) -> core::str::Chars<'_> {
    let mut chars = s.chars();
    for _ in 0..n {
        chars.next();
    }
    chars
}

/// `parts` joined by `sep`: std's `join` and `concat` copy with exact-size bookkeeping that costs
/// the wasm build about 1 KB per item type.
pub fn join<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p.as_ref());
    }
    out
}

/// `s` in lowercase (see [`lower_char`]).
pub fn to_lower(s: &str) -> String {
    if s.bytes().all(|b| !b.is_ascii_uppercase() && b < 0x80) {
        return s.to_string();
    }
    s.chars().map(lower_char).collect()
}

/// Whether two strings are equal ignoring case (see [`lower_char`]).
pub fn eq_ignore_case(a: &str, b: &str) -> bool {
    a.chars().map(lower_char).eq(b.chars().map(lower_char))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn after_last_is_rsplit_next() {
        for s in ["", "a", "a b", "a b ", " a", "Jean-Luc Picard", "é-è", "--"] {
            for sep in [b' ', b'-'] {
                assert_eq!(
                    after_last(s, sep),
                    s.rsplit(sep as char).next().unwrap(),
                    "{s:?}"
                );
            }
        }
    }

    #[test]
    fn char_count_is_chars_count() {
        for s in ["", "a", "Éric", "日本", "—x—", "a\u{10FFFF}b"] {
            assert_eq!(char_count(s), s.chars().count(), "{s:?}");
        }
    }

    /// The byte searches give what std's `&str` patterns give.
    #[test]
    fn searches_are_std_searches() {
        let hays = [
            "",
            "a",
            "aaa",
            "abab",
            "don't, won't",
            "a, b, c",
            "Éric's's",
            "—x—",
            "日本, 日本",
        ];
        let needles = ["", "a", "aa", "ab", "n't", ", ", "'s", "—", "本", "zz"];
        for h in hays {
            for n in needles {
                let std: Vec<usize> = h.match_indices(n).map(|(i, _)| i).collect();
                assert_eq!(match_starts(h, n).collect::<Vec<_>>(), std, "{h:?} {n:?}");
                assert_eq!(contains(h, n), h.contains(n), "{h:?} {n:?}");
                assert_eq!(rfind(h, n), h.rfind(n), "{h:?} {n:?}");
                if !n.is_empty() {
                    assert_eq!(trim_end_str(h, n), h.trim_end_matches(n), "{h:?} {n:?}");
                }
            }
        }
    }

    #[test]
    fn agrees_with_unicode_on_the_scripts_it_covers() {
        let ranges = [0x41..0x250u32, 0x370..0x400, 0x400..0x530, 0x531..0x557];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let full: Vec<char> = c.to_lowercase().collect();
            if full.len() == 1 && lower_char(c) != c {
                assert_eq!(lower_char(c), full[0], "U+{:04X}", c as u32);
            }
        }
        assert_eq!(
            to_lower("Ärger ÉTÉ Москва ΑΘΗΝΑ Ŝ"),
            "ärger été москва αθηνα ŝ"
        );
        assert!(eq_ignore_case("KREMLIN", "kremlin"));
    }
}
