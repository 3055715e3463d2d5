//! The fast path: a byte scan for candidate terminators. Most bytes of a text are letters and
//! spaces; a 256-entry table says which bytes can start a terminator, and only there is a
//! character decoded and the rules consulted.

use super::chars::ByteSet;
use super::data::LangData;
use crate::analysis::Span;

/// Which first bytes can start a terminator of the language.
pub struct Scanner {
    /// ".", "!", "?" and up to one more ASCII terminator (":" in Armenian, ";" in Greek).
    set: ByteSet<4>,
}

impl Scanner {
    pub fn new(data: &LangData) -> Scanner {
        let mut lead = super::chars::terminator_lead_bytes();
        let mut buf = [0u8; 4];
        for &c in &data.terminators {
            lead[c.encode_utf8(&mut buf).as_bytes()[0] as usize] = true;
        }
        let ascii: Vec<u8> = (0u8..128).filter(|&b| lead[b as usize]).collect();
        Scanner {
            set: ByteSet::new(&ascii, lead),
        }
    }

    /// Appends the positions of the terminators in `unit` to `out`.
    pub fn terminators(&self, text: &str, unit: Span, data: &LangData, out: &mut Vec<usize>) {
        let bytes = &text.as_bytes()[..unit.end];
        let mut i = unit.start;
        while let Some(at) = self.set.find(bytes, i) {
            // A lead byte always starts a character, so `at` is a char boundary.
            let c = text[at..].chars().next().unwrap_or('\0');
            if data.is_terminator(c) {
                out.push(at);
            }
            i = at + c.len_utf8();
        }
    }
}
