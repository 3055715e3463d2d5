//! Per-language segmentation data: one text file per language in `data/`, one entry per line, so
//! that adding an abbreviation is a one-line change. Parsed on first use into sorted tables that
//! borrow from the embedded text (no copies).
//!
//! Sections of a file:
//! - `[title]`: abbreviations that never end a sentence when a word follows ("Mr. Smith").
//! - `[abbr]`: abbreviations that end a sentence only before a sentence starter ("… & Co. It").
//! - `[number]`: words abbreviated before a number ("p. 55", "No. 5"); elsewhere ordinary words.
//! - `[starter]`: words that typically open a sentence; after an abbreviation they mark a boundary.
//! - `[terminator]`: characters that end sentences in this language besides the universal ones.
//! - `[option]`: `ordinal-dot` where "12. Juni" writes an ordinal with a full stop.
//! - `[month]`: month names; a number with a full stop before one is an ordinal date.
//! - `[before-ordinal]`: words before an ordinal number ("am", "zum", "dem"): "zum 20. Mal".
//! - `[reporting]`: reporting verbs closing an attribution after a quotation ("Peskov asked.").
//!
//! Entries are lower case; an abbreviation is written without its final full stop ("u.s", "z.b").

use crate::lang::Lang;
use std::sync::OnceLock;

/// (language code, file): the one place listing the languages with data.
static FILES: &[(&str, &str)] = &[
    ("en", data_file!(include_str!("data/en.txt"))),
    ("de", data_file!(include_str!("data/de.txt"))),
    ("fr", data_file!(include_str!("data/fr.txt"))),
    ("es", data_file!(include_str!("data/es.txt"))),
    ("it", data_file!(include_str!("data/it.txt"))),
    ("nl", data_file!(include_str!("data/nl.txt"))),
    ("da", data_file!(include_str!("data/da.txt"))),
    ("pl", data_file!(include_str!("data/pl.txt"))),
    ("sk", data_file!(include_str!("data/sk.txt"))),
    ("ru", data_file!(include_str!("data/ru.txt"))),
    ("bg", data_file!(include_str!("data/bg.txt"))),
    ("kk", data_file!(include_str!("data/kk.txt"))),
    ("el", data_file!(include_str!("data/el.txt"))),
    ("ar", data_file!(include_str!("data/ar.txt"))),
    ("fa", data_file!(include_str!("data/fa.txt"))),
    ("ur", data_file!(include_str!("data/ur.txt"))),
    ("hi", data_file!(include_str!("data/hi.txt"))),
    ("mr", data_file!(include_str!("data/mr.txt"))),
    ("hy", data_file!(include_str!("data/hy.txt"))),
];

/// The parsed tables of one language: the lists as written, and every word with its classes in
/// sorted tables for binary search.
#[derive(Debug, Default)]
pub struct LangData {
    pub titles: Vec<&'static str>,
    pub abbrs: Vec<&'static str>,
    pub numbers: Vec<&'static str>,
    pub starters: Vec<&'static str>,
    pub months: Vec<&'static str>,
    pub before_ordinal: Vec<&'static str>,
    pub reporting: Vec<&'static str>,
    /// Extra terminators (beyond [`super::chars::is_universal_terminator`]): one or two at most.
    pub terminators: Vec<char>,
    pub ordinal_dot: bool,
    /// Every word of the four lists with its classes, sorted: one search answers all four.
    /// Words of up to 8 bytes are packed into integers, which compare without `memcmp`.
    short: Vec<(u64, u8)>,
    words: Vec<(&'static str, u8)>,
    longest: usize,
}

/// A word of at most 8 bytes as an integer (no word holds a NUL byte, so packing is one-to-one).
fn pack(w: &str) -> Option<u64> {
    let b = w.as_bytes();
    (b.len() <= 8).then(|| {
        let mut a = [0u8; 8];
        a[..b.len()].copy_from_slice(b);
        u64::from_be_bytes(a)
    })
}

const TITLE: u8 = 1;
const ABBR: u8 = 2;
const NUMBER: u8 = 4;
const STARTER: u8 = 8;
const MONTH: u8 = 16;
const BEFORE_ORDINAL: u8 = 32;
const REPORTING: u8 = 64;

impl LangData {
    pub fn is_terminator(&self, c: char) -> bool {
        if c.is_ascii() {
            return matches!(c, '.' | '!' | '?') || self.terminators.contains(&c);
        }
        super::chars::is_universal_terminator(c) || self.terminators.contains(&c)
    }
    /// The classes of a lower-case word (0 when it is in no list).
    fn flags(&self, w: &str) -> u8 {
        if w.len() > self.longest {
            return 0;
        }
        if let Some(k) = pack(w) {
            return self
                .short
                .binary_search_by_key(&k, |&(p, _)| p)
                .map_or(0, |i| self.short[i].1);
        }
        self.words
            .binary_search_by(|(k, _)| k.cmp(&w))
            .map_or(0, |i| self.words[i].1)
    }
    pub fn is_title(&self, w: &str) -> bool {
        self.flags(w) & TITLE != 0
    }
    pub fn is_abbr(&self, w: &str) -> bool {
        self.flags(w) & ABBR != 0
    }
    pub fn is_number_abbr(&self, w: &str) -> bool {
        self.flags(w) & NUMBER != 0
    }
    pub fn is_starter(&self, w: &str) -> bool {
        self.flags(w) & STARTER != 0
    }
    pub fn is_month(&self, w: &str) -> bool {
        self.flags(w) & MONTH != 0
    }
    pub fn is_before_ordinal(&self, w: &str) -> bool {
        self.flags(w) & BEFORE_ORDINAL != 0
    }
    pub fn is_reporting(&self, w: &str) -> bool {
        self.flags(w) & REPORTING != 0
    }
    /// Any kind of abbreviation (for the no-space rule: "Ph.D" is not two sentences).
    pub fn is_any_abbr(&self, w: &str) -> bool {
        self.flags(w) & (TITLE | ABBR | NUMBER) != 0
    }
}

fn parse(src: &'static str) -> LangData {
    let mut d = LangData::default();
    let mut section = "";
    for line in src.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name;
            continue;
        }
        match section {
            "title" => d.titles.push(line),
            "abbr" => d.abbrs.push(line),
            "number" => d.numbers.push(line),
            "starter" => d.starters.push(line),
            "month" => d.months.push(line),
            "before-ordinal" => d.before_ordinal.push(line),
            "reporting" => d.reporting.push(line),
            "terminator" => d.terminators.extend(line.chars().next()),
            "option" => d.ordinal_dot |= line == "ordinal-dot",
            _ => {}
        }
    }
    for (list, flag) in [
        (&d.titles, TITLE),
        (&d.abbrs, ABBR),
        (&d.numbers, NUMBER),
        (&d.starters, STARTER),
        (&d.months, MONTH),
        (&d.before_ordinal, BEFORE_ORDINAL),
        (&d.reporting, REPORTING),
    ] {
        d.words.extend(list.iter().map(|w| (*w, flag)));
    }
    let merged = crate::wordlist::flag_table(d.words.drain(..));
    d.longest = merged.iter().map(|(w, _)| w.len()).max().unwrap_or(0);
    // Packing keeps the order (big-endian bytes, zero-padded), so `short` is sorted too.
    d.short = merged
        .iter()
        .filter_map(|&(w, f)| pack(w).map(|k| (k, f)))
        .collect();
    d.words = merged;
    d
}

/// The data of `lang`; languages without a file get empty tables (Unicode's rules alone).
pub fn get(lang: Lang) -> &'static LangData {
    static PARSED: OnceLock<Vec<LangData>> = OnceLock::new();
    static EMPTY: LangData = LangData {
        titles: Vec::new(),
        abbrs: Vec::new(),
        numbers: Vec::new(),
        starters: Vec::new(),
        months: Vec::new(),
        before_ordinal: Vec::new(),
        reporting: Vec::new(),
        terminators: Vec::new(),
        ordinal_dot: false,
        short: Vec::new(),
        words: Vec::new(),
        longest: 0,
    };
    let all = PARSED.get_or_init(|| FILES.iter().map(|(_, src)| parse(src)).collect());
    let code = lang.code();
    FILES
        .iter()
        .position(|(c, _)| *c == code)
        .map_or(&EMPTY, |i| &all[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_tables_are_sorted_without_duplicates() {
        for (code, src) in FILES {
            let d = parse(src);
            assert!(d.words.windows(2).all(|p| p[0].0 < p[1].0), "{code}");
            assert!(d.short.windows(2).all(|p| p[0].0 < p[1].0), "{code}");
        }
    }

    #[test]
    fn every_file_parses_into_lower_case_entries() {
        for (code, src) in FILES {
            let d = parse(src);
            for w in d
                .titles
                .iter()
                .chain(&d.abbrs)
                .chain(&d.numbers)
                .chain(&d.starters)
            {
                assert_eq!(*w, w.to_lowercase(), "{code}: {w}");
                assert!(
                    !w.ends_with('.'),
                    "{code}: {w} (write it without the final full stop)"
                );
            }
            assert!(Lang::from_code(code).is_some(), "{code}");
        }
    }

    #[test]
    fn english_knows_its_titles() {
        let en = get(Lang::EN);
        assert!(en.is_title("mr") && en.is_abbr("inc") && en.is_number_abbr("p"));
        assert!(en.is_starter("the") && !en.ordinal_dot);
    }
}
