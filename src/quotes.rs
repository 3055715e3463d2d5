//! Quotation marks: pair opening and closing marks into quoted spans.
//!
//! Straight quotes (`"`, `'`) are ambiguous, so their direction comes from their neighbours. A
//! `'` or `’` inside a word is an apostrophe. A quotation that reaches the end of its paragraph
//! unclosed continues when the next paragraph reopens it (news style for multi-paragraph quotes);
//! otherwise it ends there, marked `closed: false`. Unbalanced marks never abort the analysis.

use crate::analysis::{Quotation, Sentence, Span};

/// (opening, closing) pairs of curly and language-specific marks.
static PAIRS: &[(char, char)] = &[
    ('“', '”'),
    ('„', '“'),
    ('„', '”'),
    ('«', '»'),
    ('‹', '›'),
    ('‘', '’'),
    ('‚', '‘'),
    ('「', '」'),
    ('『', '』'),
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mark {
    Open(char),
    Close(char),
}

/// Is `c` a quotation mark of any kind?
pub fn is_quote_mark(c: char) -> bool {
    c == '"' || c == '\'' || PAIRS.iter().any(|&(o, cl)| o == c || cl == c)
}

fn classify(prev: Option<char>, c: char, next: Option<char>) -> Option<Mark> {
    let open_ctx = prev
        .is_none_or(|p| p.is_whitespace() || "([{—–-/".chars().any(|c| c == p) || is_quote_mark(p));
    let close_ctx = next.is_none_or(|n| !n.is_alphanumeric());
    match c {
        '"' => Some(if open_ctx && next.is_some_and(|n| !n.is_whitespace()) {
            Mark::Open('"')
        } else {
            Mark::Close('"')
        }),
        '\'' | '’' => {
            let letter_before = prev.is_some_and(char::is_alphanumeric);
            let letter_after = next.is_some_and(char::is_alphanumeric);
            if c == '\'' && open_ctx && letter_after {
                Some(Mark::Open('\''))
            } else if letter_before && letter_after {
                None // an apostrophe: don't, Trump's
            } else if close_ctx && !prev.is_none_or(char::is_whitespace) {
                Some(Mark::Close(if c == '\'' { '\'' } else { '‘' }))
            } else {
                None
            }
        }
        '‘' if open_ctx => Some(Mark::Open('‘')),
        _ if PAIRS.iter().any(|&(o, _)| o == c) => Some(Mark::Open(c)),
        _ if PAIRS.iter().any(|&(_, cl)| cl == c) => Some(Mark::Close(c)),
        _ => None,
    }
}

fn closes(open: char, close: char) -> bool {
    // Some copy mixes straight and curly double marks (`"…,” said X`): a straight `"` pairs with
    // a curly double mark of the other side.
    open == close
        || (open == '"' && close == '”')
        || (open == '“' && close == '"')
        || PAIRS.iter().any(|&(o, c)| o == open && c == close)
        || (open == '‘' && close == '‘')
}

fn is_double(c: char) -> bool {
    !matches!(c, '\'' | '‘' | '’' | '‚' | '‹' | '›')
}

/// Finds every quotation in `text`.
pub fn find(text: &str, sentences: &[Sentence]) -> Vec<Quotation> {
    let mut out = Vec::new();
    // Open marks: (byte offset, mark char).
    let mut stack: Vec<(usize, char)> = Vec::new();
    // A quotation carried over a paragraph break: its start and opening mark.
    let mut carried: Option<(usize, char)> = None;
    let mut chars = text.char_indices().peekable();
    let mut prev: Option<char> = None;
    let mut line_start = true;
    while let Some((i, c)) = chars.next() {
        let mut next = chars.peek().map(|&(_, n)| n);
        // `''` (and a `` ` `` pair) is a double quotation mark in some papers' style: read the two
        // characters as one `"`.
        let mut c = c;
        let mut width = c.len_utf8();
        if (c == '\'' && next == Some('\'')) || (c == '`' && next == Some('`')) {
            let open = c == '`';
            chars.next();
            width = 2;
            next = chars.peek().map(|&(_, n)| n);
            c = '"';
            if open {
                // Only ever an opening mark.
                if line_start {
                    line_start = false;
                    if let Some((start, _)) = carried.take() {
                        push_unclosed(text, start, i, sentences, &mut out);
                    }
                }
                push_open(&mut stack, i, '"');
                prev = Some('"');
                continue;
            }
        }
        if c == '\n' {
            // Paragraph end: an unclosed double quote may continue in the next paragraph.
            if let Some(&(start, mark)) = stack.iter().find(|(_, m)| is_double(*m)) {
                carried = Some((start, mark));
            }
            stack.clear();
            prev = Some(c);
            line_start = true;
            continue;
        }
        if c.is_whitespace() && line_start {
            prev = Some(c);
            continue;
        }
        let mark = if is_quote_mark(c) {
            // A closing `''` closes a `"` (not the two-byte width of `»`, which is its own mark).
            let doubled = width == 2 && c == '"';
            classify(prev, c, next).map(|m| match m {
                Mark::Close(_) if doubled => Mark::Close('"'),
                m => m,
            })
        } else {
            None
        };
        if line_start {
            line_start = false;
            if let Some((start, _)) = carried.take() {
                match mark {
                    Some(Mark::Open(m)) => {
                        push_open(&mut stack, start, m);
                        prev = Some(c);
                        continue;
                    }
                    _ => push_unclosed(text, start, i, sentences, &mut out),
                }
            }
        }
        match mark {
            Some(Mark::Open(m)) => push_open(&mut stack, i, m),
            Some(Mark::Close(m)) => {
                if let Some(pos) = stack
                    .iter()
                    .rposition(|&(_, o)| closes(o, m) || (o == '"' && m == '"'))
                {
                    let (start, _) = stack[pos];
                    stack.truncate(pos);
                    // The mark at `start` may differ from the reopening one of a carried quote.
                    let open_len = mark_len(text, start);
                    let end = i + width;
                    out.push(Quotation {
                        outer: Span::new(start, end),
                        inner: Span::new(start + open_len, i),
                        sentence: sentence_at(sentences, start),
                        closed: true,
                    });
                }
            }
            None => {}
        }
        prev = Some(c);
    }
    if let Some((start, _)) = carried.or_else(|| stack.iter().find(|(_, m)| is_double(*m)).copied())
    {
        push_unclosed(text, start, text.len(), sentences, &mut out);
    }
    crate::order::by_key(&mut out, |q| (q.outer.start, usize::MAX - q.outer.end, 0));
    out
}

/// Open marks nested deeper than this are forgotten (oldest first), so that a page of opening
/// marks costs linear time.
const MAX_OPEN: usize = 16;

fn push_open(stack: &mut Vec<(usize, char)>, at: usize, mark: char) {
    if stack.len() == MAX_OPEN {
        stack.remove(0);
    }
    stack.push((at, mark));
}

/// The byte length of the opening mark at `at` (2 for `''` and ``` `` ```).
fn mark_len(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    if rest.starts_with("''") || rest.starts_with("``") {
        2
    } else {
        rest.chars().next().map_or(0, char::len_utf8)
    }
}

fn push_unclosed(
    text: &str,
    start: usize,
    end: usize,
    sentences: &[Sentence],
    out: &mut Vec<Quotation>,
) {
    let open_len = mark_len(text, start);
    let end = start + text[start..end].trim_end().len();
    if end > start + open_len {
        out.push(Quotation {
            outer: Span::new(start, end),
            inner: Span::new(start + open_len, end),
            sentence: sentence_at(sentences, start),
            closed: false,
        });
    }
}

/// The index of the sentence that contains byte `at` (or the last one before it).
pub fn sentence_at(sentences: &[Sentence], at: usize) -> usize {
    sentences
        .partition_point(|s| s.span.start <= at)
        .saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        find(text, &[]).iter().map(|q| q.inner.text(text)).collect()
    }

    #[test]
    fn pairs_curly_straight_and_single() {
        assert_eq!(quoted("He called it \"very good\" today."), ["very good"]);
        assert_eq!(quoted("“We are ready,” he said."), ["We are ready,"]);
        assert_eq!(
            quoted("He called the plan «a good start» and left."),
            ["a good start"]
        );
        assert_eq!(
            quoted("Trump, Putin 'seek Syria ceasefire' in 'first conversation'"),
            ["seek Syria ceasefire", "first conversation"]
        );
        assert_eq!(
            quoted("Trump's plan isn't 'real estate' talk"),
            ["real estate"]
        );
    }

    #[test]
    fn straight_and_curly_double_marks_pair() {
        assert_eq!(
            quoted("\"We won,” he said. \"We lost.\""),
            ["We won,", "We lost."]
        );
        assert_eq!(quoted("“We won,\" he said."), ["We won,"]);
    }

    #[test]
    fn unbalanced_marks_do_not_abort() {
        let _ = quoted("\"\"\" ' \" “ ” ” „");
        assert_eq!(quoted("\"never closed"), ["never closed"]);
    }

    #[test]
    fn a_reopened_paragraph_continues_the_quote() {
        let text = "\"First part.\n\n\"Second part,\" she said.";
        assert_eq!(quoted(text), ["First part.\n\n\"Second part,"]);
    }
}
