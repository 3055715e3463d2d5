//! Paragraph units: runs of lines that belong to one paragraph.
//!
//! A blank line (or U+2029) always ends a paragraph. A single line break ends one too (pasted
//! articles end paragraphs without a full stop), unless the text is hard-wrapped: the next line
//! starts in lower case, or the line was broken because the next word would not have fitted in
//! the block's width (greedy wrapping at 40–120 characters).

use super::chars::{is_bullet, is_format, is_line_break, is_space, ByteSet};
use crate::analysis::Span;

/// Lines longer than this were never wrapped by hand.
const MAX_WRAP: usize = 120;
/// Narrower blocks are lists, verse or addresses, not wrapped prose.
const MIN_WRAP: usize = 40;

struct Line {
    span: Span,
    chars: usize,
    /// Followed by U+2029, which ends a paragraph on its own.
    para_sep: bool,
}

/// The paragraph units of `text`, in order, each a span from its first line's start to its last
/// line's end (line breaks inside a unit are soft: whitespace).
pub fn units(text: &str) -> Vec<Span> {
    let lines = lines(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if is_blank(text, lines[i].span) {
            i += 1;
            continue;
        }
        // The block: consecutive non-blank lines.
        let mut j = i;
        while j + 1 < lines.len() && !lines[j].para_sep && !is_blank(text, lines[j + 1].span) {
            j += 1;
        }
        let block = &lines[i..=j];
        let width = block
            .iter()
            .map(|l| l.chars)
            .filter(|&n| n <= MAX_WRAP)
            .max()
            .unwrap_or(0);
        let mut start = block[0].span.start;
        for k in 0..block.len() {
            let last = k + 1 == block.len();
            if last || !soft(text, &block[k], &block[k + 1], width) {
                out.push(Span::new(start, block[k].span.end));
                if !last {
                    start = block[k + 1].span.start;
                }
            }
        }
        i = j + 1;
    }
    out
}

fn lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // Line breaks start with \n, \r, C2 (NEL) or E2 (U+2028, U+2029).
    static BREAKS: std::sync::OnceLock<ByteSet<2>> = std::sync::OnceLock::new();
    let breaks = BREAKS.get_or_init(|| {
        let mut lut = [false; 256];
        for b in [b'\n', b'\r', 0xC2, 0xE2] {
            lut[b as usize] = true;
        }
        ByteSet::new(b"\n\r", lut)
    });
    while let Some(at) = breaks.find(bytes, i) {
        i = at;
        let c = text[i..].chars().next().unwrap_or(' ');
        if !is_line_break(c) {
            i += c.len_utf8();
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && bytes.get(next) == Some(&b'\n') {
            next += 1;
        }
        out.push(line(text, start, i, c == '\u{2029}'));
        start = next;
        i = next;
    }
    out.push(line(text, start, text.len(), false));
    out
}

fn line(text: &str, start: usize, end: usize, para_sep: bool) -> Line {
    let s = text[start..end].trim_end_matches(is_space);
    Line {
        span: Span::new(start, end),
        // Characters: every byte that is not a UTF-8 continuation byte.
        chars: s.bytes().filter(|&b| b & 0xC0 != 0x80).count(),
        para_sep,
    }
}

fn is_blank(text: &str, span: Span) -> bool {
    span.text(text).chars().all(|c| is_space(c) || is_format(c))
}

/// Whether the break between lines `a` and `b` is a hard wrap inside a paragraph.
fn soft(text: &str, a: &Line, b: &Line, width: usize) -> bool {
    let next = b
        .span
        .text(text)
        .trim_start_matches(|c| is_space(c) || is_format(c));
    let Some(first) = next.chars().next() else {
        return false;
    };
    if starts_list_item(next) {
        return false;
    }
    // A lower-case start continues the sentence, unless both lines are short list-like items
    // ("features\ncontact manager").
    let prev = a.span.text(text).trim_end_matches(is_space);
    if first.is_lowercase()
        && (prev.split_whitespace().nth(2).is_some() || prev.ends_with([',', '-', '–']))
    {
        return true;
    }
    let word = next.split(is_space).next().map_or(0, |s| s.chars().count());
    (MIN_WRAP..=MAX_WRAP).contains(&width)
        && a.chars <= width
        && b.chars <= width
        && a.chars + 1 + word > width
}

/// A bullet ("• ", "- ") or a numbered marker ("1. ", "2) ", "a) ") opens the line.
pub fn starts_list_item(s: &str) -> bool {
    let mut it = s.chars();
    let Some(first) = it.next() else {
        return false;
    };
    if is_bullet(first) {
        return it.next().is_some_and(|c| is_space(c) || c.is_ascii_digit());
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &s[digits..];
    let marker = if digits > 0 && digits <= 3 {
        rest.strip_prefix(".)")
            .or_else(|| rest.strip_prefix(')'))
            .or_else(|| rest.strip_prefix('.'))
    } else {
        None
    };
    marker.is_some_and(|r| r.starts_with(is_space))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        units(text).iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn blank_lines_and_single_breaks_end_paragraphs() {
        assert_eq!(
            texts("Title\n\nBody one.\r\nBody two.\rThree"),
            ["Title", "Body one.", "Body two.", "Three"]
        );
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let t = "The two leaders discussed the ongoing crisis in Syria on Tuesday during a\nphone call, their first known conversation\nSecond paragraph";
        assert_eq!(texts(t).len(), 2);
        assert_eq!(
            texts("The talks went\nand a lower-case continuation"),
            ["The talks went\nand a lower-case continuation"]
        );
    }

    #[test]
    fn list_items_stay_apart() {
        assert_eq!(texts("Items:\n- one\n- two"), ["Items:", "- one", "- two"]);
        assert!(
            starts_list_item("1. The first")
                && starts_list_item("• x")
                && !starts_list_item("1990 was")
        );
    }
}
