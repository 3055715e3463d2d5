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
//!
//! Entries are lower case; an abbreviation is written without its final full stop ("u.s", "z.b").

use crate::lang::Lang;
use std::sync::OnceLock;

/// (language code, file): the one place listing the languages with data.
static FILES: &[(&str, &str)] = &[
    ("en", include_str!("data/en.txt")),
    ("de", include_str!("data/de.txt")),
    ("fr", include_str!("data/fr.txt")),
    ("es", include_str!("data/es.txt")),
    ("it", include_str!("data/it.txt")),
    ("nl", include_str!("data/nl.txt")),
    ("da", include_str!("data/da.txt")),
    ("pl", include_str!("data/pl.txt")),
    ("sk", include_str!("data/sk.txt")),
    ("ru", include_str!("data/ru.txt")),
    ("bg", include_str!("data/bg.txt")),
    ("kk", include_str!("data/kk.txt")),
    ("el", include_str!("data/el.txt")),
    ("ar", include_str!("data/ar.txt")),
    ("fa", include_str!("data/fa.txt")),
    ("ur", include_str!("data/ur.txt")),
    ("hi", include_str!("data/hi.txt")),
    ("mr", include_str!("data/mr.txt")),
    ("hy", include_str!("data/hy.txt")),
];

/// The parsed tables of one language. Every list is sorted for binary search.
#[derive(Debug, Default)]
pub struct LangData {
    pub titles: Vec<&'static str>,
    pub abbrs: Vec<&'static str>,
    pub numbers: Vec<&'static str>,
    pub starters: Vec<&'static str>,
    /// Extra terminators (beyond [`super::chars::is_universal_terminator`]), sorted.
    pub terminators: Vec<char>,
    pub ordinal_dot: bool,
}

impl LangData {
    pub fn is_terminator(&self, c: char) -> bool {
        super::chars::is_universal_terminator(c) || self.terminators.binary_search(&c).is_ok()
    }
    pub fn is_title(&self, w: &str) -> bool {
        self.titles.binary_search(&w).is_ok()
    }
    pub fn is_abbr(&self, w: &str) -> bool {
        self.abbrs.binary_search(&w).is_ok()
    }
    pub fn is_number_abbr(&self, w: &str) -> bool {
        self.numbers.binary_search(&w).is_ok()
    }
    pub fn is_starter(&self, w: &str) -> bool {
        self.starters.binary_search(&w).is_ok()
    }
    /// Any kind of abbreviation (for the no-space rule: "Ph.D" is not two sentences).
    pub fn is_any_abbr(&self, w: &str) -> bool {
        self.is_title(w) || self.is_abbr(w) || self.is_number_abbr(w)
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
            "terminator" => d.terminators.extend(line.chars().next()),
            "option" => d.ordinal_dot |= line == "ordinal-dot",
            _ => {}
        }
    }
    for v in [&mut d.titles, &mut d.abbrs, &mut d.numbers, &mut d.starters] {
        v.sort_unstable();
        v.dedup();
    }
    d.terminators.sort_unstable();
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
        terminators: Vec::new(),
        ordinal_dot: false,
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
