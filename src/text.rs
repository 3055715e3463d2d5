//! Small text helpers shared by the stages.
//!
//! The lexicons are matched in simple lowercase ([`lower_char`]): one char for one char, for the
//! scripts they are written in, where `char::to_lowercase` maps some chars to several ("İ").

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
