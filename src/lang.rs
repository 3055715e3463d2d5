//! Cheap language detection: the script decides first, then frequent words and distinctive
//! letters among the languages sharing it. No model: a table of a few dozen words per language.

use rustc_hash::FxHashMap;

/// A language: one of the detection table [`LANGS`], or any other well-formed ISO 639-1 code.
/// Languages without segmentation data are segmented by Unicode's rules alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Lang(pub(crate) usize);

/// Frequent words joined as one string, each followed by a space (a `&[&str]` would spend 8 bytes
/// of pointer and length per word in the wasm build).
macro_rules! joined {
    ($($w:literal),* $(,)?) => {
        concat!($($w, " "),*)
    };
}

/// (code, frequent words, each followed by a space). The order is the tie-break order of detection.
pub(crate) static LANGS: &[(&str, &str)] = &[
    (
        "en",
        joined![
            "the", "and", "of", "to", "is", "in", "that", "said", "was", "for", "it", "with", "he",
            "on", "are", "were", "has", "have", "not", "this", "but", "they", "from", "by", "at",
            "be", "will", "would", "an",
        ],
    ),
    (
        "de",
        joined![
            "der", "die", "und", "das", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "sich",
            "auf", "dem", "des", "von", "im", "für", "wird", "auch", "sagte",
        ],
    ),
    (
        "fr",
        joined![
            "le", "la", "les", "et", "est", "un", "une", "des", "du", "que", "qui", "dans", "pour",
            "pas", "au", "aux", "sur", "avec", "il", "elle", "ont", "sont", "été", "mais", "ce",
            "cette",
        ],
    ),
    (
        "es",
        joined![
            "el", "la", "los", "las", "y", "es", "que", "del", "en", "un", "una", "por", "con",
            "para", "a", "se", "su", "sus", "al", "lo", "como", "pero", "más", "fue", "dijo",
            "está",
        ],
    ),
    (
        "it",
        joined![
            "il", "la", "che", "di", "è", "e", "un", "una", "per", "non", "sono", "del", "della",
            "gli", "a", "lo", "le", "nel", "al", "dei", "delle", "alla", "nella", "ha", "hanno",
            "come", "anche", "questo", "ma", "più",
        ],
    ),
    (
        "nl",
        joined![
            "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "zijn", "met", "voor",
            "ook", "er", "aan", "wordt", "naar", "bij", "heeft", "maar",
        ],
    ),
    (
        "da",
        joined![
            "og", "det", "er", "en", "at", "til", "på", "ikke", "med", "han", "der", "som", "af",
            "jeg",
        ],
    ),
    (
        "pl",
        joined![
            "i", "w", "nie", "się", "na", "jest", "że", "to", "z", "do", "jak", "ale", "co",
            "jego",
        ],
    ),
    (
        "sk",
        joined![
            "a", "je", "v", "sa", "na", "že", "to", "som", "nie", "do", "s", "ako", "by", "aj",
        ],
    ),
    (
        "ru",
        joined![
            "и", "в", "не", "на", "что", "он", "это", "как", "с", "по", "я", "но", "она", "его",
        ],
    ),
    (
        "bg",
        joined![
            "и", "в", "не", "на", "че", "е", "се", "да", "за", "от", "това", "са", "с", "като",
        ],
    ),
    (
        "kk",
        joined![
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
    ("el", joined![]),
    (
        "ar",
        joined![
            "في", "من", "على", "أن", "إلى", "التي", "الذي", "عن", "هذا", "مع",
        ],
    ),
    (
        "fa",
        joined!["و", "در", "به", "از", "که", "این", "را", "با", "است", "می"],
    ),
    (
        "ur",
        joined!["کے", "میں", "کی", "ہے", "اور", "کو", "سے", "نے", "کا", "یہ"],
    ),
    (
        "hi",
        joined!["है", "के", "में", "की", "और", "को", "से", "का", "पर", "यह"],
    ),
    (
        "mr",
        joined!["आहे", "व", "या", "आणि", "हे", "ते", "की", "त्या", "होते", "केले"],
    ),
    ("hy", joined![]),
    ("am", joined![]),
    ("my", joined![]),
    ("ja", joined![]),
    ("zh", joined![]),
    // Detected and reported; segmented by Unicode's rules alone (no data in segment/data/).
    (
        "pt",
        joined![
            "o", "os", "as", "do", "da", "dos", "das", "não", "em", "um", "uma", "para", "com",
            "ao", "no", "na", "mais", "foi", "que", "a", "e", "é", "se", "por", "disse", "há",
        ],
    ),
    (
        "cs",
        joined![
            "a", "je", "se", "na", "v", "že", "to", "z", "není", "jsou", "jako", "ale", "také",
            "podle", "který", "byl", "bylo",
        ],
    ),
    (
        "sv",
        joined![
            "och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har",
            "inte", "om", "ett", "var",
        ],
    ),
    (
        "fi",
        joined![
            "ja", "on", "ei", "että", "se", "hän", "oli", "ovat", "mutta", "kun", "tai", "myös",
            "joka", "sen", "mukaan",
        ],
    ),
    (
        "tr",
        joined![
            "ve", "bir", "bu", "için", "ile", "çok", "ama", "olarak", "gibi", "daha", "değil",
            "olan", "dedi",
        ],
    ),
    (
        "ro",
        joined![
            "și", "în", "la", "cu", "pe", "nu", "este", "că", "mai", "care", "pentru", "din",
            "sunt", "fost",
        ],
    ),
    (
        "hu",
        joined![
            "az", "és", "hogy", "nem", "egy", "meg", "van", "volt", "már", "csak", "még", "ezt",
            "mint",
        ],
    ),
    (
        "id",
        joined![
            "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan",
            "pada", "juga", "ada",
        ],
    ),
    (
        "uk",
        joined![
            "і",
            "в",
            "не",
            "на",
            "що",
            "з",
            "це",
            "як",
            "до",
            "та",
            "він",
            "але",
            "його",
            "від",
            "було",
            "також",
        ],
    ),
];

/// Letters that mark a language among those sharing its script (one point per occurrence).
static LETTERS: &[(&str, &str)] = &[
    ("de", "ßü"),
    ("es", "ñ¿¡"),
    ("fr", "çœèêëà"),
    ("it", "ò"),
    ("da", "æø"),
    ("pl", "łąęśźżćń"),
    ("sk", "ľĺŕôä"),
    ("cs", "řůě"),
    ("pt", "ãõç"),
    ("sv", "åäö"),
    ("fi", "äö"),
    ("tr", "ığş"),
    ("ro", "șțăâî"),
    ("hu", "őű"),
    ("ru", "ыэ"),
    ("bg", "ъ"),
    ("uk", "єїґі"),
    ("kk", "әғқңөұүһі"),
    ("fa", "پچژگ"),
    ("ur", "ٹڈڑںےہ"),
];

/// Every two-letter code ("aa", "ab", … "zz") as one string, for languages we have no data for:
/// `code()` returns a `&'static str`. Built at first use: written out, it cost the wasm build
/// 0.8 KB gzipped.
fn all_codes() -> &'static str {
    static ALL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        let mut all = String::new();
        for a in 'a'..='z' {
            for b in 'a'..='z' {
                all.push(a);
                all.push(b);
            }
        }
        all
    })
}

impl Lang {
    pub const EN: Lang = Lang(0);

    /// The language of an ISO 639-1 code ("en", "pt-BR", "DE"). Any well-formed code is
    /// accepted: one without segmentation data ("cs", "pt", "uk", "sw") is segmented by Unicode's
    /// rules alone. `None` only for a malformed code.
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
                &all_codes()[i..i + 2]
            }
        }
    }

    /// Whether the language is in the detection table (rather than only a well-formed code).
    pub fn is_known(self) -> bool {
        self.0 < LANGS.len()
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
    Hebrew,
    Hangul,
    Thai,
    Georgian,
    Bengali,
    Tamil,
    Other,
}

const SCRIPTS: usize = Script::Other as usize + 1;

fn script(c: char) -> Script {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F => Script::Cyrillic,
        0x530..=0x58F => Script::Armenian,
        0x590..=0x5FF => Script::Hebrew,
        0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x900..=0x97F => Script::Devanagari,
        0x980..=0x9FF => Script::Bengali,
        0xB80..=0xBFF => Script::Tamil,
        0xE00..=0xE7F => Script::Thai,
        0x10A0..=0x10FF => Script::Georgian,
        0x1000..=0x109F => Script::Myanmar,
        0x1200..=0x139F => Script::Ethiopic,
        0x3040..=0x30FF => Script::Kana,
        0x4E00..=0x9FFF | 0x3400..=0x4DBF => Script::Han,
        0xAC00..=0xD7AF | 0x1100..=0x11FF => Script::Hangul,
        _ => Script::Other,
    }
}

/// Every frequent word with the set of languages (bits by index into `LANGS`) that list it:
/// one hash look-up per word of the text.
fn word_index() -> &'static FxHashMap<&'static str, u128> {
    static INDEX: std::sync::OnceLock<FxHashMap<&'static str, u128>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let entries = LANGS
            .iter()
            .enumerate()
            .flat_map(|(i, (_, words))| words.split_terminator(' ').map(move |w| (w, 1u128 << i)));
        crate::wordlist::flag_table(entries).into_iter().collect()
    })
}

/// Detects the language from (at most) the first 64 KB of the text: the most frequent script
/// decides, then, among languages sharing it, frequent words and distinctive letters. English
/// when unsure.
pub fn detect(text: &str) -> Lang {
    let mut end = text.len().min(1 << 16);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let mut counts = [0usize; SCRIPTS];
    for c in sample.chars().filter(|c| c.is_alphabetic()) {
        counts[script(c) as usize] += 1;
    }
    let top = (0..SCRIPTS).max_by_key(|&i| counts[i]).unwrap_or(0);
    if counts[top] == 0 {
        return Lang::EN;
    }
    let by_code = |code| Lang::from_code(code).unwrap_or(Lang::EN);
    let candidates: &[&str] = match top {
        t if t == Script::Latin as usize => &[
            "en", "de", "fr", "es", "it", "nl", "da", "pl", "sk", "pt", "cs", "sv", "fi", "tr",
            "ro", "hu", "id",
        ],
        t if t == Script::Cyrillic as usize => &["ru", "bg", "kk", "uk"],
        t if t == Script::Arabic as usize => &["ar", "fa", "ur"],
        t if t == Script::Devanagari as usize => &["hi", "mr"],
        t if t == Script::Greek as usize => return by_code("el"),
        t if t == Script::Armenian as usize => return by_code("hy"),
        t if t == Script::Ethiopic as usize => return by_code("am"),
        t if t == Script::Myanmar as usize => return by_code("my"),
        t if t == Script::Hebrew as usize => return by_code("he"),
        t if t == Script::Hangul as usize => return by_code("ko"),
        t if t == Script::Thai as usize => return by_code("th"),
        t if t == Script::Georgian as usize => return by_code("ka"),
        t if t == Script::Bengali as usize => return by_code("bn"),
        t if t == Script::Tamil as usize => return by_code("ta"),
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
    let langs: Vec<Lang> = candidates.iter().map(|c| by_code(c)).collect();
    let mut scores = vec![0usize; candidates.len()];
    let index = word_index();
    let mut lower = String::new();
    for word in sample
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(2000)
    {
        lower.clear();
        // One-letter words keep their case: English "I" is not Polish "i".
        if word.chars().nth(1).is_none() {
            lower.push_str(word);
        } else {
            lower.extend(word.chars().map(crate::text::lower_char));
        }
        let Some(&mask) = index.get(lower.as_str()) else {
            continue;
        };
        for (i, l) in langs.iter().enumerate() {
            if l.0 < 128 && mask & (1u128 << l.0) != 0 {
                scores[i] += 1;
            }
        }
    }
    let letters: Vec<Option<&str>> = candidates
        .iter()
        .map(|c| LETTERS.iter().find(|(l, _)| l == c).map(|(_, s)| *s))
        .collect();
    // (Lowercase keeps a character ASCII or not: the ASCII ones are skipped first.)
    for c in sample
        .chars()
        .take(20_000)
        .filter(|c| !c.is_ascii())
        .map(crate::text::lower_char)
    {
        for (i, set) in letters.iter().enumerate() {
            if set.is_some_and(|s| s.chars().any(|x| x == c)) {
                scores[i] += 1;
            }
        }
    }
    let best = (0..candidates.len())
        .max_by_key(|&i| (scores[i], usize::MAX - i))
        .unwrap_or(0);
    langs[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_two_letter_code_reads_back() {
        for a in 'a'..='z' {
            for b in 'a'..='z' {
                let code = format!("{a}{b}");
                assert_eq!(Lang::from_code(&code).map(Lang::code), Some(code.as_str()));
            }
        }
    }

    #[test]
    fn detects_by_script_and_words() {
        assert!(LANGS.len() <= 128, "word_index keeps languages in a u128");
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
            ("O ministro disse que não há acordo para a paz.", "pt"),
            (
                "Ministr řekl, že jednání není u konce a že to bylo těžké.",
                "cs",
            ),
            (
                "Prezident povedal, že rokovania sa ešte neskončili a že nie je koniec.",
                "sk",
            ),
            (
                "Міністр сказав, що це не так, але він також говорив про мир.",
                "uk",
            ),
            (
                "Министърът каза, че това не е така и че ще има среща.",
                "bg",
            ),
            ("השר אמר שהשיחות הסתיימו.", "he"),
            ("장관은 회담이 끝났다고 말했다.", "ko"),
        ] {
            assert_eq!(detect(text).code(), code, "{text}");
        }
    }
}
