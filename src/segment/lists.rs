//! Inline lists: a paragraph that opens with a list marker ("1.", "1.)", "1)", "a.", "• 9.")
//! starts a new sentence at each following marker of the same sequence, full stop or not:
//! "1) The first item 2) The second item".

use super::chars::{is_bullet, is_space};
use crate::analysis::Span;

#[derive(Clone, Copy, PartialEq)]
enum Value {
    Number(u32),
    Letter(u8),
}

struct Marker {
    bullet: Option<char>,
    value: Option<Value>,
    /// ".", ".)" or ")".
    suffix: &'static str,
}

/// Where the items after the first start (byte offsets), in order.
pub fn splits(text: &str, unit: Span) -> Vec<usize> {
    let s = unit.text(text);
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let Some(m) = parse(&s[lead..]) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut value = m.value;
    let mut from = lead + s[lead..].chars().next().map_or(1, char::len_utf8);
    loop {
        let next = value.map(|v| match v {
            Value::Number(n) => Value::Number(n + 1),
            Value::Letter(b) => Value::Letter(b + 1),
        });
        let Some(at) = find_next(s, from, &m, next) else {
            break;
        };
        out.push(unit.start + at);
        value = next;
        from = at + s[at..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// The marker opening `s`, if any.
fn parse(s: &str) -> Option<Marker> {
    let mut rest = s;
    let mut bullet = None;
    if let Some(c) = rest.chars().next().filter(|&c| is_inline_bullet(c)) {
        bullet = Some(c);
        rest = rest[c.len_utf8()..].trim_start_matches(is_space);
    }
    // "(a) …", "(1) …": the mark in parentheses.
    let paren = rest.starts_with('(');
    if paren {
        rest = &rest[1..];
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (value, after) = if (1..=3).contains(&digits) {
        (
            // At most three ASCII digits: no overflow, and no need for `str::parse`.
            Some(Value::Number(
                rest.bytes()
                    .take(digits)
                    .fold(0, |n, d| n * 10 + u32::from(d - b'0')),
            )),
            &rest[digits..],
        )
    } else if rest.len() > 1 && rest.as_bytes()[0].is_ascii_alphabetic() {
        (Some(Value::Letter(rest.as_bytes()[0])), &rest[1..])
    } else {
        (None, rest)
    };
    if paren && !(value.is_some() && after.starts_with(')')) {
        return bullet.map(|b| Marker {
            bullet: Some(b),
            value: None,
            suffix: "",
        });
    }
    let suffix = if value.is_none() {
        ""
    } else if paren {
        "()"
    } else if after.starts_with(".)") {
        ".)"
    } else if after.starts_with(')') {
        ")"
    } else if after.starts_with('.') {
        "."
    } else {
        return bullet.map(|b| Marker {
            bullet: Some(b),
            value: None,
            suffix: "",
        });
    };
    // A letter marker must be a lone letter: "a. The", not "at".
    let mark_len = if paren && suffix == "()" {
        1
    } else {
        suffix.len()
    };
    if suffix.is_empty() && value.is_some() || !after[mark_len..].starts_with(is_space) {
        return bullet.map(|b| Marker {
            bullet: Some(b),
            value: None,
            suffix: "",
        });
    }
    if bullet.is_none() && value.is_none() {
        return None;
    }
    Some(Marker {
        bullet,
        value,
        suffix,
    })
}

/// Bullets that mark items inside running text (dashes and asterisks only at a line start).
fn is_inline_bullet(c: char) -> bool {
    is_bullet(c) && !matches!(c, '-' | '*' | '–')
}

/// The next item's start at or after `from`: its bullet (if the list has one) or its marker,
/// preceded by a space.
fn find_next(s: &str, from: usize, m: &Marker, value: Option<Value>) -> Option<usize> {
    let mut pos = from;
    while pos < s.len() {
        let rel = match m.bullet {
            Some(b) => s[pos..].find(b)?,
            None => s[pos..].find(|c: char| c.is_ascii_alphanumeric() || c == '(')?,
        };
        let at = pos + rel;
        let before_ok = s[..at].chars().next_back().is_some_and(is_space);
        if before_ok && matches_at(&s[at..], m, value) {
            return Some(at);
        }
        // Skip the whole word so that "12" is not read as "2".
        let skip = s[at..].find(|c: char| is_space(c)).unwrap_or(s.len() - at);
        pos = at + skip.max(1);
        while !s.is_char_boundary(pos) {
            pos += 1;
        }
    }
    None
}

fn matches_at(s: &str, m: &Marker, value: Option<Value>) -> bool {
    let Some(found) = parse(s) else {
        return false;
    };
    found.bullet == m.bullet
        && found.suffix == m.suffix
        && (value.is_none() || found.value == value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(s: &str) -> Vec<&str> {
        let mut cuts = vec![0];
        cuts.extend(splits(s, Span::new(0, s.len())));
        cuts.push(s.len());
        cuts.windows(2).map(|w| s[w[0]..w[1]].trim()).collect()
    }

    #[test]
    fn numbered_lettered_and_bulleted_lists() {
        assert_eq!(
            items("1) One 2) Two 3) Three"),
            ["1) One", "2) Two", "3) Three"]
        );
        assert_eq!(items("1.) One 2.) Two"), ["1.) One", "2.) Two"]);
        assert_eq!(items("a. One b. Two"), ["a. One", "b. Two"]);
        assert_eq!(items("• 9. One • 10. Two"), ["• 9. One", "• 10. Two"]);
        assert_eq!(items("• One • Two"), ["• One", "• Two"]);
        assert_eq!(items("(a) One (b) Two"), ["(a) One", "(b) Two"]);
    }

    #[test]
    fn prose_is_no_list() {
        assert_eq!(items("He has 2 cats. 3) no"), ["He has 2 cats. 3) no"]);
        assert_eq!(items("1. One and 3. Three"), ["1. One and 3. Three"]);
        assert_eq!(items("At 12. That"), ["At 12. That"]);
    }
}
