//! Cheap language detection: the script decides first, then frequent words among Latin and
//! Cyrillic languages. No model: a table of a few dozen words per language.

/// A language quotelens has data for. Unknown languages are segmented by Unicode's rules alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Lang(pub(crate) usize);

/// (code, frequent words). The order is the tie-break order of detection.
pub(crate) static LANGS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "is", "in", "that", "said", "was", "for", "it", "with", "he",
            "on",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "sich",
            "auf", "dem",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "et", "est", "un", "une", "des", "du", "que", "qui", "dans", "pour",
            "pas",
        ],
    ),
    (
        "es",
        &[
            "el", "la", "los", "las", "y", "es", "que", "del", "en", "un", "una", "por", "con",
            "para",
        ],
    ),
    (
        "it",
        &[
            "il", "la", "che", "di", "è", "e", "un", "una", "per", "non", "sono", "del", "della",
            "gli",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "zijn", "met", "voor",
            "ik", "ook",
        ],
    ),
    (
        "da",
        &[
            "og", "det", "er", "en", "at", "til", "på", "ikke", "med", "han", "der", "som", "af",
            "jeg",
        ],
    ),
    (
        "pl",
        &[
            "i", "w", "nie", "się", "na", "jest", "że", "to", "z", "do", "jak", "ale", "co", "jego",
        ],
    ),
    (
        "sk",
        &[
            "a", "je", "v", "sa", "na", "že", "to", "som", "nie", "do", "s", "ako", "by", "aj",
        ],
    ),
    (
        "ru",
        &[
            "и", "в", "не", "на", "что", "он", "это", "как", "с", "по", "я", "но", "она", "его",
        ],
    ),
    (
        "bg",
        &[
            "и", "в", "не", "на", "че", "е", "се", "да", "за", "от", "това", "са", "с", "като",
        ],
    ),
    (
        "kk",
        &[
            "және",
            "бұл",
            "мен",
            "деп",
            "үшін",
            "да",
            "де",
            "бір",
            "оның",
            "болып",
            "қазақ",
            "жылы",
        ],
    ),
    ("el", &[]),
    (
        "ar",
        &[
            "في", "من", "على", "أن", "إلى", "التي", "الذي", "عن", "هذا", "مع",
        ],
    ),
    (
        "fa",
        &["و", "در", "به", "از", "که", "این", "را", "با", "است", "می"],
    ),
    (
        "ur",
        &["کے", "میں", "کی", "ہے", "اور", "کو", "سے", "نے", "کا", "یہ"],
    ),
    (
        "hi",
        &["है", "के", "में", "की", "और", "को", "से", "का", "पर", "यह"],
    ),
    (
        "mr",
        &["आहे", "व", "या", "आणि", "हे", "ते", "की", "त्या", "होते", "केले"],
    ),
    ("hy", &[]),
    ("am", &[]),
    ("my", &[]),
    ("ja", &[]),
    ("zh", &[]),
];

/// Every two-letter code, for languages we have no data for: `code()` returns a `&'static str`.
static ALL_CODES: &str = concat!(
    "aaabacadaeafagahaiajakalamanaoapaqarasatauavawaxayaz",
    "babbbcbdbebfbgbhbibjbkblbmbnbobpbqbrbsbtbubvbwbxbybz",
    "cacbcccdcecfcgchcicjckclcmcncocpcqcrcsctcucvcwcxcycz",
    "dadbdcdddedfdgdhdidjdkdldmdndodpdqdrdsdtdudvdwdxdydz",
    "eaebecedeeefegeheiejekelemeneoepeqereseteuevewexeyez",
    "fafbfcfdfefffgfhfifjfkflfmfnfofpfqfrfsftfufvfwfxfyfz",
    "gagbgcgdgegfggghgigjgkglgmgngogpgqgrgsgtgugvgwgxgygz",
    "hahbhchdhehfhghhhihjhkhlhmhnhohphqhrhshthuhvhwhxhyhz",
    "iaibicidieifigihiiijikiliminioipiqirisitiuiviwixiyiz",
    "jajbjcjdjejfjgjhjijjjkjljmjnjojpjqjrjsjtjujvjwjxjyjz",
    "kakbkckdkekfkgkhkikjkkklkmknkokpkqkrksktkukvkwkxkykz",
    "lalblcldlelflglhliljlklllmlnlolplqlrlsltlulvlwlxlylz",
    "mambmcmdmemfmgmhmimjmkmlmmmnmompmqmrmsmtmumvmwmxmymz",
    "nanbncndnenfngnhninjnknlnmnnnonpnqnrnsntnunvnwnxnynz",
    "oaobocodoeofogohoiojokolomonooopoqorosotouovowoxoyoz",
    "papbpcpdpepfpgphpipjpkplpmpnpopppqprpsptpupvpwpxpypz",
    "qaqbqcqdqeqfqgqhqiqjqkqlqmqnqoqpqqqrqsqtquqvqwqxqyqz",
    "rarbrcrdrerfrgrhrirjrkrlrmrnrorprqrrrsrtrurvrwrxryrz",
    "sasbscsdsesfsgshsisjskslsmsnsospsqsrssstsusvswsxsysz",
    "tatbtctdtetftgthtitjtktltmtntotptqtrtstttutvtwtxtytz",
    "uaubucudueufuguhuiujukulumunuoupuqurusutuuuvuwuxuyuz",
    "vavbvcvdvevfvgvhvivjvkvlvmvnvovpvqvrvsvtvuvvvwvxvyvz",
    "wawbwcwdwewfwgwhwiwjwkwlwmwnwowpwqwrwswtwuwvwwwxwywz",
    "xaxbxcxdxexfxgxhxixjxkxlxmxnxoxpxqxrxsxtxuxvxwxxxyxz",
    "yaybycydyeyfygyhyiyjykylymynyoypyqyrysytyuyvywyxyyyz",
    "zazbzczdzezfzgzhzizjzkzlzmznzozpzqzrzsztzuzvzwzxzyzz",
);

impl Lang {
    pub const EN: Lang = Lang(0);

    /// The language of an ISO 639-1 code ("en", "pt-BR", "DE"). A well-formed code without data
    /// ("cs", "pt", "uk") gives a generic language, segmented by Unicode's rules alone; `None`
    /// only for a malformed code.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim();
        let b = code.as_bytes();
        let well_formed = b.len() >= 2
            && b[..2].iter().all(u8::is_ascii_alphabetic)
            && (b.len() == 2 || matches!(b[2], b'-' | b'_'));
        if !well_formed {
            return None;
        }
        let code = code[..2].to_ascii_lowercase();
        if let Some(i) = LANGS.iter().position(|(c, _)| *c == code) {
            return Some(Lang(i));
        }
        let b = code.as_bytes();
        Some(Lang(
            LANGS.len() + (b[0] - b'a') as usize * 26 + (b[1] - b'a') as usize,
        ))
    }

    pub fn code(self) -> &'static str {
        match LANGS.get(self.0) {
            Some((c, _)) => c,
            None => {
                let i = 2 * (self.0 - LANGS.len());
                &ALL_CODES[i..i + 2]
            }
        }
    }

    /// Whether quotelens has data for this language (rather than Unicode's rules alone).
    pub fn is_known(self) -> bool {
        self.0 < LANGS.len()
    }

    /// The language's frequent words (empty for a generic language).
    fn frequent_words(self) -> &'static [&'static str] {
        LANGS.get(self.0).map_or(&[], |(_, w)| w)
    }
}

/// The script of a character, coarsely: enough to tell languages apart.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Devanagari,
    Armenian,
    Ethiopic,
    Myanmar,
    Kana,
    Han,
    Other,
}

fn script(c: char) -> Script {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F => Script::Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F => Script::Cyrillic,
        0x530..=0x58F => Script::Armenian,
        0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x900..=0x97F => Script::Devanagari,
        0x1000..=0x109F => Script::Myanmar,
        0x1200..=0x139F => Script::Ethiopic,
        0x3040..=0x30FF => Script::Kana,
        0x4E00..=0x9FFF | 0x3400..=0x4DBF => Script::Han,
        _ => Script::Other,
    }
}

/// Detects the language from (at most) the first 64 KB of the text. English when unsure.
pub fn detect(text: &str) -> Lang {
    let mut end = text.len().min(1 << 16);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let mut counts = [0usize; 11];
    for c in sample.chars().filter(|c| c.is_alphabetic()) {
        counts[script(c) as usize] += 1;
    }
    let top = (0..counts.len()).max_by_key(|&i| counts[i]).unwrap_or(0);
    if counts[top] == 0 {
        return Lang::EN;
    }
    let by_code = |code| Lang::from_code(code).unwrap_or(Lang::EN);
    let candidates: &[&str] = match top {
        t if t == Script::Latin as usize => &["en", "de", "fr", "es", "it", "nl", "da", "pl", "sk"],
        t if t == Script::Cyrillic as usize => &["ru", "bg", "kk"],
        t if t == Script::Arabic as usize => &["ar", "fa", "ur"],
        t if t == Script::Devanagari as usize => &["hi", "mr"],
        t if t == Script::Greek as usize => return by_code("el"),
        t if t == Script::Armenian as usize => return by_code("hy"),
        t if t == Script::Ethiopic as usize => return by_code("am"),
        t if t == Script::Myanmar as usize => return by_code("my"),
        // Any kana makes it Japanese; Han alone is Chinese.
        t if t == Script::Kana as usize || t == Script::Han as usize => {
            return by_code(if counts[Script::Kana as usize] > 0 {
                "ja"
            } else {
                "zh"
            })
        }
        _ => return Lang::EN,
    };
    let mut scores = vec![0usize; candidates.len()];
    for word in sample
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(2000)
    {
        let lower = word.to_lowercase();
        for (i, code) in candidates.iter().enumerate() {
            if let Some(l) = Lang::from_code(code) {
                if l.frequent_words().contains(&lower.as_str()) {
                    scores[i] += 1;
                }
            }
        }
    }
    let best = (0..candidates.len())
        .max_by_key(|&i| (scores[i], usize::MAX - i))
        .unwrap_or(0);
    by_code(candidates[best])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_script_and_words() {
        for (text, code) in [
            ("The minister said that the talks were over.", "en"),
            (
                "Der Minister sagte, dass die Gespräche nicht vorbei sind.",
                "de",
            ),
            (
                "Le ministre a dit que les négociations sont terminées.",
                "fr",
            ),
            ("Министр сказал, что это не так.", "ru"),
            ("東京で会議が開かれました。", "ja"),
            ("他说这是一个好消息。", "zh"),
            ("", "en"),
        ] {
            assert_eq!(detect(text).code(), code, "{text}");
        }
    }
}
