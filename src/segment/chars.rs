//! Character classes for sentence boundaries, read in place: the text is never rewritten, so
//! U+00A0, CRLF, CR and invisible format characters are classified where they stand.

/// Whitespace as pasted articles have it: ASCII, U+00A0 and the other Unicode spaces.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Characters that end a line: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR (UAX#29 `Sep`).
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Invisible characters that sit between a word and its full stop (bidi marks, soft hyphen,
/// zero-width space and joiners): skipped when looking at the words around a boundary.
pub fn is_format(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// UAX#29 `STerm` and `ATerm` (Unicode 16, from `unicode-segmentation`'s tables), plus the
/// horizontal ellipsis. U+104A MYANMAR SIGN LITTLE SECTION is left out: it is a comma.
static TERMINATORS: &[(u32, u32)] = &[
    (0x21, 0x21),
    (0x2E, 0x2E),
    (0x3F, 0x3F),
    (0x589, 0x589),
    (0x61D, 0x61F),
    (0x6D4, 0x6D4),
    (0x700, 0x702),
    (0x7F9, 0x7F9),
    (0x837, 0x837),
    (0x839, 0x839),
    (0x83D, 0x83E),
    (0x964, 0x965),
    (0x104B, 0x104B),
    (0x1362, 0x1362),
    (0x1367, 0x1368),
    (0x166E, 0x166E),
    (0x1735, 0x1736),
    (0x17D4, 0x17D5),
    (0x1803, 0x1803),
    (0x1809, 0x1809),
    (0x1944, 0x1945),
    (0x1AA8, 0x1AAB),
    (0x1B4E, 0x1B4F),
    (0x1B5A, 0x1B5B),
    (0x1B5E, 0x1B5F),
    (0x1B7D, 0x1B7F),
    (0x1C3B, 0x1C3C),
    (0x1C7E, 0x1C7F),
    (0x2024, 0x2024),
    (0x2026, 0x2026),
    (0x203C, 0x203D),
    (0x2047, 0x2049),
    (0x2CF9, 0x2CFB),
    (0x2E2E, 0x2E2E),
    (0x2E3C, 0x2E3C),
    (0x2E53, 0x2E54),
    (0x3002, 0x3002),
    (0xA4FF, 0xA4FF),
    (0xA60E, 0xA60F),
    (0xA6F3, 0xA6F3),
    (0xA6F7, 0xA6F7),
    (0xA876, 0xA877),
    (0xA8CE, 0xA8CF),
    (0xA92F, 0xA92F),
    (0xA9C8, 0xA9C9),
    (0xAA5D, 0xAA5F),
    (0xAAF0, 0xAAF1),
    (0xABEB, 0xABEB),
    (0xFE12, 0xFE12),
    (0xFE15, 0xFE16),
    (0xFE52, 0xFE52),
    (0xFE56, 0xFE57),
    (0xFF01, 0xFF01),
    (0xFF0E, 0xFF0E),
    (0xFF1F, 0xFF1F),
    (0xFF61, 0xFF61),
    (0x10A56, 0x10A57),
    (0x10F55, 0x10F59),
    (0x10F86, 0x10F89),
    (0x11047, 0x11048),
    (0x110BE, 0x110C1),
    (0x11141, 0x11143),
    (0x111C5, 0x111C6),
    (0x111CD, 0x111CD),
    (0x111DE, 0x111DF),
    (0x11238, 0x11239),
    (0x1123B, 0x1123C),
    (0x112A9, 0x112A9),
    (0x113D4, 0x113D5),
    (0x1144B, 0x1144C),
    (0x115C2, 0x115C3),
    (0x115C9, 0x115D7),
    (0x11641, 0x11642),
    (0x1173C, 0x1173E),
    (0x11944, 0x11944),
    (0x11946, 0x11946),
    (0x11A42, 0x11A43),
    (0x11A9B, 0x11A9C),
    (0x11C41, 0x11C42),
    (0x11EF7, 0x11EF8),
    (0x11F43, 0x11F44),
    (0x16A6E, 0x16A6F),
    (0x16AF5, 0x16AF5),
    (0x16B37, 0x16B38),
    (0x16B44, 0x16B44),
    (0x16D6E, 0x16D6F),
    (0x16E98, 0x16E98),
    (0x1BC9F, 0x1BC9F),
    (0x1DA88, 0x1DA88),
];

/// A character that ends sentences in every language.
pub fn is_universal_terminator(c: char) -> bool {
    let c = c as u32;
    TERMINATORS
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Every first byte of a universal terminator's UTF-8 form: the byte scan's filter.
pub fn terminator_lead_bytes() -> [bool; 256] {
    let mut t = [false; 256];
    let mut buf = [0u8; 4];
    for &(lo, hi) in TERMINATORS {
        for cp in lo..=hi {
            if let Some(c) = char::from_u32(cp) {
                t[c.encode_utf8(&mut buf).as_bytes()[0] as usize] = true;
            }
        }
    }
    t
}

/// A full stop rather than a question or exclamation mark: `.`, the one-dot leader, the small
/// and fullwidth full stops (UAX#29 `ATerm`), and the ellipsis.
pub fn is_dot(c: char) -> bool {
    matches!(c, '.' | '\u{2024}' | '\u{2026}' | '\u{fe52}' | '\u{ff0e}')
}

/// Scripts written without spaces between sentences (CJK, Myanmar, Ethiopic, Khmer …): their
/// terminators end a sentence even when the next one follows directly.
pub fn is_unspaced_terminator(c: char) -> bool {
    let c = c as u32;
    c >= 0x1000 && !(0x2000..=0x2E7F).contains(&c) && c != 0xFE52
}

/// Closing quotation marks and brackets that may follow a terminator inside the sentence.
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '»'
            | '›'
            | '”'
            | '’'
            | '“'
            | '‘'
            | '」'
            | '』'
            | '）'
            | '］'
            | '】'
            | '》'
            | '〉'
            | '〕'
            | '〗'
            | '〙'
            | '〛'
            | '｣'
            | '＂'
            | '＇'
    )
}

/// Opening quotation marks and brackets (and Spanish inverted marks) before a sentence's first word.
pub fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '«'
            | '‹'
            | '“'
            | '‘'
            | '„'
            | '‚'
            | '「'
            | '『'
            | '（'
            | '［'
            | '【'
            | '《'
            | '〈'
            | '〔'
            | '〖'
            | '〘'
            | '〚'
            | '｢'
            | '¿'
            | '¡'
            | '＂'
            | '＇'
    )
}

/// List bullets: a line or item starting with one of these is a list item.
pub fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '⁃'
            | '‣'
            | '◦'
            | '▪'
            | '▫'
            | '●'
            | '○'
            | '■'
            | '□'
            | '➢'
            | '►'
            | '–'
            | '*'
            | '-'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminator_table_is_sorted_and_covers_the_usual_marks() {
        assert!(TERMINATORS.windows(2).all(|w| w[0].1 < w[1].0));
        for c in [
            '.', '!', '?', '。', '！', '？', '।', '۔', '؟', '።', '။', '…', '։',
        ] {
            assert!(is_universal_terminator(c), "{c}");
        }
        for c in [',', ':', ';', 'a', '၊', '"'] {
            assert!(!is_universal_terminator(c), "{c}");
        }
        let lead = terminator_lead_bytes();
        assert!(lead[b'.' as usize] && lead[0xE3] && !lead[b'a' as usize]);
    }
}

/// A set of bytes to search for, eight at a time: a word without high bits and without any of
/// the (at most eight) ASCII members is skipped whole; only other words are looked at bytewise.
pub struct ByteSet<const N: usize> {
    lut: [bool; 256],
    ascii: [u8; N],
    /// More than N ASCII members: every word is looked at bytewise.
    slow: bool,
}

impl<const N: usize> ByteSet<N> {
    /// `ascii`: the ASCII members (at most N; the rest is padded with repeats); `lut`: every
    /// member, ASCII or not (non-ASCII members must be lead bytes, so a hit is a char boundary).
    pub fn new(ascii: &[u8], lut: [bool; 256]) -> ByteSet<N> {
        assert!(!ascii.is_empty() && ascii.iter().all(|b| b.is_ascii() && lut[*b as usize]));
        let mut a = [ascii[0]; N];
        let n = ascii.len().min(N);
        a[..n].copy_from_slice(&ascii[..n]);
        ByteSet {
            lut,
            ascii: a,
            slow: ascii.len() > N,
        }
    }

    /// The first position at or after `i` holding a member.
    #[inline]
    pub fn find(&self, bytes: &[u8], mut i: usize) -> Option<usize> {
        const LO: u64 = 0x0101_0101_0101_0101;
        const HI: u64 = 0x8080_8080_8080_8080;
        while i + 8 <= bytes.len() {
            let w = u64::from_le_bytes(bytes[i..i + 8].try_into().unwrap_or([0; 8]));
            let mut hit = (w & HI) | if self.slow { HI } else { 0 };
            for &b in &self.ascii {
                let x = w ^ (LO * u64::from(b));
                // Non-zero when some byte of x is zero (with false positives, never misses).
                hit |= x.wrapping_sub(LO) & !x & HI;
            }
            if hit != 0 {
                if let Some(j) = bytes[i..i + 8].iter().position(|&b| self.lut[b as usize]) {
                    return Some(i + j);
                }
            }
            i += 8;
        }
        bytes[i.min(bytes.len())..]
            .iter()
            .position(|&b| self.lut[b as usize])
            .map(|j| i + j)
    }
}

#[cfg(test)]
mod byteset_tests {
    use super::*;

    #[test]
    fn finds_every_member_like_a_plain_search() {
        let mut lut = [false; 256];
        for b in [b'.', b'!', 0xE2] {
            lut[b as usize] = true;
        }
        let set = ByteSet::<3>::new(b".!", lut);
        let text = "abcdefghij.klmnopqrstuvw!xyz “quoted” end of the line.".as_bytes();
        let mut i = 0;
        let mut got = Vec::new();
        while let Some(j) = set.find(text, i) {
            got.push(j);
            i = j + 1;
        }
        let want: Vec<usize> = (0..text.len()).filter(|&j| lut[text[j] as usize]).collect();
        assert_eq!(got, want);
    }
}
