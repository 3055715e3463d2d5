//! Sources: canonical names and sides for speakers, and what the comparison needs from the text
//! (topics and framing words of each attribution, omission statements, contrast sentences).
//!
//! A speaker phrase ("Kremlin spokesman Dmitry Peskov", "A White House statement", "Russian-state
//! media", "military leaders") resolves to a [`Source`] through, in order:
//! 1. a person of the gazetteer heading the phrase (Peskov; his affiliation and side come with him);
//! 2. a title or apposition naming someone the gazetteer lacks ("Foreign Minister Jane Doe"), who
//!    becomes a source; later mentions by surname ("Doe said") join it;
//! 3. an organisation, medium or post of the gazetteer anywhere in the phrase ("A White House
//!    statement"), or a person's organisation ("Putin's spokesman");
//! 4. a generic group ("officials"), placed on a side by a demonym ("US officials");
//! 5. a proper name alone, of the kind the attribution engine saw (person, organisation, media).
//!
//! The built-in gazetteer is data (`gazetteer.txt`); users extend or override it with a
//! [`Gazetteer`] in the options.

mod lexicon;
pub(crate) mod text;

use std::sync::OnceLock;

// FxHash, as everywhere in the engine: one hasher in the wasm build (std's SipHash was 0.5 KB
// gzipped more).
use rustc_hash::FxHashMap;

use serde::{Deserialize, Serialize};

use crate::analysis::{Attribution, Kind, Role, Sentence, Source, SourceKind, Sourcing, Span};
use crate::Error;
use lexicon::*;
use text::{alias_key, find_seq, is_in, slug, words, Topic, Word};

// ---- The user's gazetteer (options) ----

/// User-supplied sources, aliases and sides that extend or override the built-in gazetteer.
///
/// JSON shape (every field optional):
/// ```json
/// {
///   "sources": [{"id": "jane-doe", "name": "Jane Doe", "kind": "person", "side": "hawks",
///                "affiliation": "Defence Ministry", "aliases": ["Doe", "the minister"]}],
///   "aliases": {"the palace": "Kremlin"},
///   "sides": {"hawks": ["Jane Doe", "military leaders"],
///             "doves": {"name": "Doves", "members": ["White House"], "words": ["dovish"]}},
///   "builtin": true
/// }
/// ```
/// A source whose id or name is already known overrides it (side, kind, affiliation) and adds its
/// aliases. A side member names a source (by id, name or alias), which moves to that side; an
/// unknown member becomes a new source. `words` are adjectives that place a phrase on the side
/// ("dovish officials"). `"builtin": false` drops the built-in table.
///
/// Unknown fields are refused, so that a misspelt key is an error rather than ignored; read it
/// with [`Gazetteer::from_json`] (or as the `sources` option), which also [validates](Self::validate) it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Gazetteer {
    pub sources: Vec<UserSource>,
    /// (alias, target), in the order given.
    #[serde(with = "in_order")]
    pub aliases: Vec<(String, String)>,
    /// (id, side), in the order given: the sides are listed in that order.
    #[serde(with = "in_order")]
    pub sides: Vec<(String, UserSide)>,
    pub builtin: bool,
}

/// A JSON object as its (key, value) pairs in the order written. A `BTreeMap` would sort them,
/// and cost the wasm build its own B-tree code for the two maps here (3.8 KB gzipped).
mod in_order {
    use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
    use serde::ser::{Serialize, Serializer};
    use std::fmt;
    use std::marker::PhantomData;

    pub fn serialize<S: Serializer, V: Serialize>(
        pairs: &[(String, V)],
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_map(pairs.iter().map(|(k, v)| (k, v)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>, V: Deserialize<'de>>(
        d: D,
    ) -> Result<Vec<(String, V)>, D::Error> {
        struct Pairs<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for Pairs<V> {
            type Value = Vec<(String, V)>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut pairs = Vec::new();
                while let Some(pair) = map.next_entry()? {
                    pairs.push(pair);
                }
                Ok(pairs)
            }
        }
        d.deserialize_map(Pairs(PhantomData))
    }
}

impl Default for Gazetteer {
    fn default() -> Gazetteer {
        Gazetteer {
            sources: Vec::new(),
            aliases: Vec::new(),
            sides: Vec::new(),
            builtin: true,
        }
    }
}

/// A source the user defines or overrides: only its name is required.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserSource {
    #[serde(default)]
    pub id: Option<String>,
    pub name: String,
    #[serde(default)]
    pub kind: Option<SourceKind>,
    #[serde(default)]
    pub side: Option<String>,
    #[serde(default)]
    pub affiliation: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A side the user defines: a list of members, or an object with a name, members and words.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum UserSide {
    Members(Vec<String>),
    Full(SideSpec),
}

/// A list is the members, an object the whole side. Read by the kind of value, where
/// `#[serde(untagged)]` would buffer the value and try each form in turn: that machinery cost the
/// wasm build 2.7 KB gzipped, and its error named neither form's mistake.
impl<'de> Deserialize<'de> for UserSide {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<UserSide, D::Error> {
        use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
        struct Side;
        impl<'de> serde::de::Visitor<'de> for Side {
            type Value = UserSide;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a side: a list of members, or {name, members, words}")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<UserSide, A::Error> {
                Vec::deserialize(SeqAccessDeserializer::new(seq)).map(UserSide::Members)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<UserSide, A::Error> {
                SideSpec::deserialize(MapAccessDeserializer::new(map)).map(UserSide::Full)
            }
        }
        d.deserialize_any(Side)
    }
}

/// A side with its name and the words that place a phrase on it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SideSpec {
    pub name: Option<String>,
    pub members: Vec<String>,
    pub words: Vec<String>,
}

impl Gazetteer {
    /// Reads and checks a gazetteer from JSON (the CLI's `--sources FILE`).
    pub fn from_json(json: &str) -> Result<Gazetteer, Error> {
        let g: Gazetteer = serde_json::from_str(json)?;
        g.validate()?;
        Ok(g)
    }

    /// Checks what the JSON's shape cannot: names and ids that normalise to nothing.
    pub fn validate(&self) -> Result<(), Error> {
        let bad = |what: &str, s: &str| {
            Error::BadOptions(format!("sources: {what} {s:?} has no letters or digits"))
        };
        for s in &self.sources {
            if alias_key(&s.name).is_empty() {
                return Err(bad("source name", &s.name));
            }
            if let Some(id) = &s.id {
                if slug(id).is_empty() {
                    return Err(bad("source id", id));
                }
            }
            // A side no id can name: the analysis would list a side that compare cannot find.
            if let Some(side) = &s.side {
                if slug(side).is_empty() {
                    return Err(bad("source side", side));
                }
            }
            for a in &s.aliases {
                if alias_key(a).is_empty() {
                    return Err(bad("alias", a));
                }
            }
        }
        for (a, target) in &self.aliases {
            if alias_key(a).is_empty() {
                return Err(bad("alias", a));
            }
            if alias_key(target).is_empty() {
                return Err(bad("alias target", target));
            }
        }
        for (id, side) in &self.sides {
            if slug(id).is_empty() {
                return Err(bad("side id", id));
            }
            let members = match side {
                UserSide::Members(m) => m,
                UserSide::Full(spec) => &spec.members,
            };
            for m in members {
                if alias_key(m).is_empty() {
                    return Err(bad("side member", m));
                }
            }
        }
        Ok(())
    }
}

// ---- The index: built-in table plus the user's ----

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EKind {
    Person,
    Organisation,
    Media,
    Group,
    /// A post: resolves to its holder named in the article, else to its affiliation.
    Role,
}

#[derive(Clone, Debug)]
struct Entry {
    id: String,
    name: String,
    kind: EKind,
    side: Option<String>,
    affiliation: Option<String>,
}

#[derive(Clone, Debug)]
struct SideInfo {
    id: String,
    name: String,
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Index {
    entries: Vec<Entry>,
    aliases: FxHashMap<String, usize>,
    sides: Vec<SideInfo>,
    side_words: FxHashMap<String, usize>,
    /// The first word of each alias and side word, with the most words an alias starting with
    /// it has: most words start none, and are passed over with one look-up.
    firsts: FxHashMap<String, usize>,
    side_firsts: FxHashMap<String, usize>,
}

static TABLE: &str = data_file!(include_str!("gazetteer.txt"));
static BUILTIN: OnceLock<Index> = OnceLock::new();

fn non_empty(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

impl Index {
    fn builtin() -> &'static Index {
        BUILTIN.get_or_init(|| {
            let mut ix = Index::default();
            for line in TABLE.lines() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let f: Vec<&str> = line.split('|').collect();
                if let Some(id) = f[0].strip_prefix('@') {
                    let side = ix.add_side(id, f.get(1).copied().unwrap_or(id));
                    for w in f.get(2).unwrap_or(&"").split(';') {
                        ix.add_side_word(w, side);
                    }
                    continue;
                }
                let kind = match f.get(1).copied() {
                    Some("p") => EKind::Person,
                    Some("m") => EKind::Media,
                    Some("g") => EKind::Group,
                    Some("r") => EKind::Role,
                    _ => EKind::Organisation,
                };
                let name = f.get(2).copied().unwrap_or("").trim();
                let e = ix.push(Entry {
                    id: slug(name),
                    name: name.to_string(),
                    kind,
                    side: non_empty(f[0]),
                    affiliation: f.get(3).and_then(|a| non_empty(a)),
                });
                for a in f.get(4).unwrap_or(&"").split(';') {
                    ix.add_alias(a, e);
                }
            }
            ix
        })
    }

    fn with_user(g: &Gazetteer) -> Index {
        let mut ix = if g.builtin {
            Index::builtin().clone()
        } else {
            let b = Index::builtin();
            Index {
                sides: b.sides.clone(),
                side_words: b.side_words.clone(),
                ..Index::default()
            }
        };
        for s in &g.sources {
            let found =
                s.id.as_deref()
                    .and_then(|id| ix.entries.iter().position(|e| e.id == slug(id)))
                    .or_else(|| ix.lookup(&alias_key(&s.name)));
            let e = match found {
                Some(e) => e,
                None => ix.push(Entry {
                    id: s.id.as_deref().map(slug).unwrap_or_else(|| slug(&s.name)),
                    name: s.name.trim().to_string(),
                    kind: EKind::Organisation,
                    side: None,
                    affiliation: None,
                }),
            };
            let entry = &mut ix.entries[e];
            if let Some(k) = s.kind {
                entry.kind = match k {
                    SourceKind::Person => EKind::Person,
                    SourceKind::Organisation => EKind::Organisation,
                    SourceKind::Media => EKind::Media,
                    SourceKind::Group => EKind::Group,
                };
            }
            if let Some(side) = &s.side {
                entry.side = Some(slug(side));
            }
            if s.affiliation.is_some() {
                entry.affiliation = s.affiliation.clone();
            }
            if let Some(side) = &s.side {
                if ix.side(&slug(side)).is_none() {
                    ix.add_side(&slug(side), side);
                }
            }
            ix.add_alias(&s.name, e);
            for a in &s.aliases {
                ix.add_alias(a, e);
            }
        }
        for (alias, target) in &g.aliases {
            let t = ix
                .entries
                .iter()
                .position(|e| e.id == slug(target))
                .or_else(|| ix.lookup(&alias_key(target)));
            if let Some(t) = t {
                ix.add_alias(alias, t);
            }
        }
        for (id, spec) in &g.sides {
            let id = slug(id);
            let (name, members, side_words) = match spec {
                UserSide::Members(m) => (None, m.as_slice(), &[][..]),
                UserSide::Full(spec) => (
                    spec.name.clone(),
                    spec.members.as_slice(),
                    spec.words.as_slice(),
                ),
            };
            let side = match ix.side(&id) {
                Some(s) => {
                    if let Some(n) = name {
                        ix.sides[s].name = n;
                    }
                    s
                }
                None => ix.add_side(&id, name.as_deref().unwrap_or(&id)),
            };
            for w in side_words {
                ix.add_side_word(w, side);
            }
            for m in members {
                let found = ix
                    .entries
                    .iter()
                    .position(|e| e.id == slug(m))
                    .or_else(|| ix.lookup(&alias_key(m)));
                let e = match found {
                    Some(e) => e,
                    None => {
                        let ws = words(m, Span::new(0, m.len()));
                        let person = (2..=4).contains(&ws.len()) && ws.iter().all(|w| w.cap);
                        let e = ix.push(Entry {
                            id: slug(m),
                            name: m.trim().to_string(),
                            kind: if person {
                                EKind::Person
                            } else {
                                EKind::Organisation
                            },
                            side: None,
                            affiliation: None,
                        });
                        ix.add_alias(m, e);
                        if person {
                            ix.add_alias(&ws[ws.len() - 1].norm, e);
                        }
                        e
                    }
                };
                ix.entries[e].side = Some(id.clone());
            }
        }
        ix
    }

    fn push(&mut self, e: Entry) -> usize {
        self.entries.push(e);
        let i = self.entries.len() - 1;
        let name = self.entries[i].name.clone();
        self.add_alias(&name, i);
        i
    }

    fn add_alias(&mut self, alias: &str, e: usize) {
        let mut key = alias_key(alias);
        for det in ["the ", "a ", "an "] {
            if let Some(rest) = key.strip_prefix(det) {
                key = rest.to_string();
            }
        }
        if key.is_empty() {
            return;
        }
        note_first(&mut self.firsts, &key);
        self.aliases.insert(key, e);
    }

    fn add_side(&mut self, id: &str, name: &str) -> usize {
        self.sides.push(SideInfo {
            id: id.trim().to_string(),
            name: name.trim().to_string(),
        });
        self.sides.len() - 1
    }

    fn add_side_word(&mut self, w: &str, side: usize) {
        let key = alias_key(w);
        if !key.is_empty() {
            note_first(&mut self.side_firsts, &key);
            self.side_words.insert(key, side);
        }
    }

    fn side(&self, id: &str) -> Option<usize> {
        self.sides.iter().position(|s| s.id == id)
    }

    fn lookup(&self, key: &str) -> Option<usize> {
        self.aliases.get(key).copied()
    }

    /// Gazetteer matches in `parts`, longest first, left to right: (first part, last part, entry).
    fn scan(&self, parts: &[Part]) -> Vec<(usize, usize, usize)> {
        self.scan_in(parts, &self.aliases, &self.firsts)
    }

    fn scan_sides(&self, parts: &[Part]) -> Vec<(usize, usize, usize)> {
        self.scan_in(parts, &self.side_words, &self.side_firsts)
    }

    fn scan_in(
        &self,
        parts: &[Part],
        map: &FxHashMap<String, usize>,
        firsts: &FxHashMap<String, usize>,
    ) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        let mut key = String::new();
        while i < parts.len() {
            let mut best = None;
            let longest = firsts.get(parts[i].key.as_str()).copied().unwrap_or(0);
            for n in (1..=longest.min(parts.len() - i)).rev() {
                key.clear();
                for (k, p) in parts[i..i + n].iter().enumerate() {
                    if k > 0 {
                        key.push(' ');
                    }
                    key.push_str(&p.key);
                }
                // A short alias alone ("us", "un", "eu") must be written with a capital.
                if n == 1 && key.len() <= 3 && !parts[i].cap {
                    continue;
                }
                if let Some(&e) = map.get(key.as_str()) {
                    best = Some((i, i + n - 1, e));
                    break;
                }
            }
            match best {
                Some(m) => {
                    out.push(m);
                    i = m.1 + 1;
                }
                None => i += 1,
            }
        }
        out
    }
}

fn note_first(firsts: &mut FxHashMap<String, usize>, key: &str) {
    let n = key.split(' ').count();
    let first = key.split(' ').next().unwrap_or("");
    let longest = firsts.get(first).copied().unwrap_or(0).max(n);
    firsts.insert(first.to_string(), longest);
}

/// One alias word: a hyphenated word gives several ("Russian-state" → "russian", "state").
#[derive(Clone, Debug)]
struct Part {
    key: String,
    cap: bool,
    /// The index of its word.
    w: usize,
}

fn parts(ws: &[Word]) -> Vec<Part> {
    let mut out = Vec::with_capacity(ws.len());
    for (i, w) in ws.iter().enumerate() {
        for p in w.norm.split('-').filter(|p| !p.is_empty()) {
            out.push(Part {
                key: p.to_string(),
                cap: w.cap,
                w: i,
            });
        }
    }
    out
}

// ---- Resolution ----

/// What the pipeline adds for sources and the comparison (byte spans).
#[derive(Clone, Debug, Default)]
pub(crate) struct Findings {
    pub sources: Vec<Source>,
    /// Sides present in `sources`: (id, name, source indices).
    pub sides: Vec<(String, String, Vec<usize>)>,
    pub omissions: Vec<Omission>,
    pub contrasts: Vec<Contrast>,
    /// Per attribution, in the same order.
    pub notes: Vec<Notes>,
}

/// "It made no mention of safe zones": who (`source`) left out what (`topic`).
#[derive(Clone, Debug)]
pub(crate) struct Omission {
    pub sentence: usize,
    pub cue: Span,
    pub source: Option<usize>,
    pub topic: Topic,
}

/// A sentence where the article sets sources against each other.
#[derive(Clone, Debug)]
pub(crate) struct Contrast {
    pub sentence: usize,
    pub cue: Span,
    pub sources: Vec<usize>,
}

/// The topics and framing words of one attribution.
#[derive(Clone, Debug, Default)]
pub(crate) struct Notes {
    pub topics: Vec<Topic>,
    pub framing: Vec<Span>,
}

struct Registry<'i> {
    ix: &'i Index,
    sources: Vec<Source>,
    by_id: FxHashMap<String, usize>,
    /// Names and surnames of the sources found in this article.
    local: FxHashMap<String, usize>,
    /// Posts whose holder this article names ("US President Donald Trump").
    holders: Vec<(usize, usize)>,
    /// Inside the look-up of a surname's full mention (no second look-up from there).
    expanding: bool,
}

impl<'i> Registry<'i> {
    fn new(ix: &'i Index) -> Registry<'i> {
        Registry {
            ix,
            sources: Vec::new(),
            by_id: FxHashMap::default(),
            local: FxHashMap::default(),
            holders: Vec::new(),
            expanding: false,
        }
    }

    fn add(&mut self, s: Source) -> usize {
        if let Some(&i) = self.by_id.get(&s.id) {
            return i;
        }
        let i = self.sources.len();
        self.by_id.insert(s.id.clone(), i);
        let key = alias_key(&s.name);
        if s.kind == SourceKind::Person {
            // The surname, and a surname of several words without the first name ("Al-Hams"
            // for Marwan Al-Hams, "Mir Mateen").
            for (at, _) in key.match_indices(' ') {
                self.local.entry(key[at + 1..].to_string()).or_insert(i);
            }
        }
        self.local.entry(key).or_insert(i);
        self.sources.push(s);
        i
    }

    fn entry(&mut self, e: usize) -> usize {
        let en = &self.ix.entries[e];
        if en.kind == EKind::Role {
            if let Some(&(_, h)) = self.holders.iter().find(|&&(post, _)| post == e) {
                return h;
            }
            let aff = en.affiliation.as_deref().map(alias_key);
            if let Some(a) = aff.and_then(|a| self.ix.lookup(&a)) {
                if self.ix.entries[a].kind != EKind::Role {
                    return self.entry(a);
                }
            }
        }
        let en = &self.ix.entries[e];
        self.add(Source {
            id: en.id.clone(),
            name: en.name.clone(),
            kind: match en.kind {
                EKind::Person => SourceKind::Person,
                EKind::Media => SourceKind::Media,
                EKind::Group => SourceKind::Group,
                EKind::Organisation | EKind::Role => SourceKind::Organisation,
            },
            side: en.side.clone(),
            affiliation: en.affiliation.clone(),
        })
    }

    fn side_of_words(&self, ps: &[Part], skip: Option<(usize, usize)>) -> Option<(String, usize)> {
        self.ix
            .scan_sides(ps)
            .into_iter()
            .find(|m| skip.is_none_or(|(a, b)| m.1 < a || m.0 > b))
            .map(|m| (self.ix.sides[m.2].id.clone(), m.0))
    }

    /// The source a speaker phrase names, if any.
    fn phrase(&mut self, text: &str, span: Span, sourcing: Sourcing) -> Option<usize> {
        // A speaker is a short phrase; a longer span is read only in its first 300 bytes.
        let span = if span.len() > 300 {
            Span::new(
                span.start,
                crate::text::floor_boundary(text, span.start + 300),
            )
        } else {
            span
        };
        let all = words(text, span);
        let mut s = 0;
        while s < all.len() && DETERMINERS.contains(&all[s].norm) {
            s += 1;
        }
        let ws = &all[s..];
        if ws.is_empty() || (PRONOUNS.contains(&ws[0].norm) && !ws.iter().skip(1).any(|w| w.cap)) {
            return None;
        }
        // The head part ends at an apposition ("Jane Doe, the foreign minister").
        let mut h = ws.len() - 1;
        for i in 0..ws.len() - 1 {
            let gap = &text[ws[i].span.end..ws[i + 1].span.start];
            if gap.contains([',', '(', '\u{2014}', '\u{2013}']) {
                h = i;
                break;
            }
        }
        // The head word, before speech nouns ("A White House statement").
        let mut he = h;
        while he > 0 && SPEECH_NOUNS.contains(&ws[he].norm) && !ws[he].norm.starts_with("spokes") {
            he -= 1;
        }
        let ps = parts(ws);
        let matches = self.ix.scan(&ps);
        let kind_of = |m: &(usize, usize, usize)| self.ix.entries[m.2].kind;
        let last_w = |m: &(usize, usize, usize)| ps[m.1].w;
        let first_w = |m: &(usize, usize, usize)| ps[m.0].w;
        // "The White House and the Kremlin": a joint speaker is no one source, unless one known
        // name holds the "and" ("Bosnia and Herzegovina").
        let joint = (1..h).any(|k| {
            ws[k].norm == "and" && !matches.iter().any(|m| first_w(m) < k && k < last_w(m))
        });
        if joint {
            return None;
        }

        // Does a common first name come right before word `w`?
        let after_first_name =
            |w: usize| w > 0 && crate::attribution::speaker_lexicon::is_first_name(&ws[w - 1].norm);
        // A known surname after another first name is someone else's ("Michelle Obama" is not
        // the registry's Barack Obama).
        let other_first_name =
            |m: &(usize, usize, usize)| m.0 == m.1 && after_first_name(first_w(m));
        // 1. A known person heading the phrase.
        if let Some(m) = matches
            .iter()
            .rev()
            .find(|m| kind_of(m) == EKind::Person && last_w(m) == he && !other_first_name(m))
        {
            let src = self.entry(m.2);
            for r in matches.iter().filter(|m| kind_of(m) == EKind::Role) {
                self.holders.retain(|&(post, _)| post != r.2);
                self.holders.push((r.2, src));
            }
            return Some(src);
        }
        // A post heading the phrase ("the US president").
        if let Some(m) = matches
            .iter()
            .rev()
            .find(|m| kind_of(m) == EKind::Role && last_w(m) == he)
            .copied()
        {
            // The holder may be named elsewhere in the article ("US President Donald Trump").
            if !self.holders.iter().any(|&(post, _)| post == m.2) && !self.expanding {
                let post = Span::new(ws[first_w(&m)].span.start, ws[last_w(&m)].span.end);
                if let Some(full) = named_holder(text, post) {
                    self.expanding = true;
                    let _ = self.phrase(text, full, Sourcing::Person);
                    self.expanding = false;
                }
            }
            return Some(self.entry(m.2));
        }
        // 2. A name after a title, or with a title in apposition, or known from this article.
        let covered = |w: usize| {
            matches
                .iter()
                .any(|m| first_w(m) <= w && w <= last_w(m) && kind_of(m) != EKind::Person)
        };
        // A title word after a first name is a surname ("Wayne King"), and so is that word
        // alone once the article has such a person ("said King").
        let surname = |w: usize| w == he && ws[w].cap && after_first_name(w);
        if he == 0 && ws.len() == 1 && ws[0].cap && TITLES.contains(&ws[0].norm) {
            if let Some(&src) = self.local.get(&alias_key(&ws[0].norm)) {
                if self.sources[src].kind == SourceKind::Person {
                    return Some(src);
                }
            }
        }
        let mut n = he + 1;
        while n > 0
            && ws[n - 1].cap
            && (!TITLES.contains(&ws[n - 1].norm) || surname(n - 1))
            && (!covered(n - 1) || surname(n - 1))
            && ws[n - 1].norm.chars().any(char::is_alphabetic)
        {
            n -= 1;
            if ws[n].possessive && n < he {
                n += 1;
                break;
            }
        }
        if n <= he && he - n < 4 {
            let name_key = ws[n..=he].iter().map(|w| &*w.norm).collect::<Vec<_>>();
            // Read as the registry's keys are written ("Al-Hams" as "al hams").
            let name_key = alias_key(&name_key.join(" "));
            let surname = alias_key(&ws[he].norm);
            if let Some(&src) = self
                .local
                .get(&name_key)
                .or_else(|| self.local.get(&surname))
            {
                if self.sources[src].kind == SourceKind::Person || n == 0 {
                    return Some(src);
                }
            }
            // A surname alone ("Marchenko said") whose full, titled name the article gave earlier
            // outside any attribution ("Deputy Foreign Minister Olga Marchenko struck a tone").
            if n == he && ws.len() == 1 && !self.expanding {
                if let Some(full) = titled_mention(text, ws[he].span) {
                    self.expanding = true;
                    let src = self.phrase(text, full, Sourcing::Person);
                    self.expanding = false;
                    if src.is_some() {
                        return src;
                    }
                }
            }
            let titled = n > 0 && TITLES.contains(&ws[n - 1].norm);
            let apposed = h < ws.len() - 1 && ws[h + 1..].iter().any(|w| TITLES.contains(&w.norm));
            let single_side_word = n == he && self.ix.side_words.contains_key(&*ws[n].norm);
            if (titled || apposed || sourcing == Sourcing::Person) && !single_side_word {
                let name = Span::new(ws[n].span.start, ws[he].span.end);
                let name = strip_possessive(text, name, ws[he].possessive);
                // The organisation they speak for: a known one, else the capitalised words
                // before the title ("Gazprom spokesman Jane Doe").
                let org = matches.iter().find(|m| {
                    matches!(kind_of(m), EKind::Organisation | EKind::Media)
                        && (last_w(m) < n || first_w(m) > h)
                });
                let (affiliation, mut side) = match org {
                    Some(m) => {
                        let e = &self.ix.entries[m.2];
                        (Some(e.name.clone()), e.side.clone())
                    }
                    None => {
                        let mut t = n.saturating_sub(1);
                        while t > 0 && TITLES.contains(&ws[t].norm) {
                            t -= 1;
                        }
                        let mut a = t + 1;
                        while a > 0
                            && ws[a - 1].cap
                            && !TITLES.contains(&ws[a - 1].norm)
                            && !self.ix.side_words.contains_key(&*ws[a - 1].norm)
                        {
                            a -= 1;
                        }
                        let aff = (titled && a <= t && a < n)
                            .then(|| Span::new(ws[a].span.start, ws[t].span.end).text(text))
                            .filter(|s| s.chars().next().is_some_and(char::is_uppercase))
                            .map(str::to_string);
                        (aff, None)
                    }
                };
                if side.is_none() {
                    let name_parts = (
                        ps.iter().position(|p| p.w == n).unwrap_or(0),
                        ps.iter().rposition(|p| p.w == he).unwrap_or(0),
                    );
                    side = self.side_of_words(&ps, Some(name_parts)).map(|s| s.0);
                }
                return Some(self.add(Source {
                    id: slug(name.text(text)),
                    name: name.text(text).to_string(),
                    kind: SourceKind::Person,
                    side,
                    affiliation,
                }));
            }
        }
        // 3. An organisation, medium or post anywhere in the head part; or a person's organisation.
        let in_head = |m: &&(usize, usize, usize)| last_w(m) <= h;
        if let Some(m) = matches
            .iter()
            .filter(in_head)
            .rev()
            .find(|m| matches!(kind_of(m), EKind::Organisation | EKind::Media | EKind::Role))
        {
            return Some(self.entry(m.2));
        }
        let group = matches
            .iter()
            .filter(in_head)
            .rev()
            .find(|m| kind_of(m) == EKind::Group)
            .copied();
        // "Putin's spokesman": a post or speech noun heads the phrase.
        let headed_by_post = TITLES.contains(&ws[h].norm) || SPEECH_NOUNS.contains(&ws[h].norm);
        let headed_by_camp = CAMP_NOUNS.contains(&ws[h].norm);
        if group.is_none() && (headed_by_post || headed_by_camp) {
            if let Some(m) = matches
                .iter()
                .filter(in_head)
                .rev()
                .find(|m| kind_of(m) == EKind::Person)
            {
                // A spokesman speaks for the office; a campaign or aides for the person.
                let e = &self.ix.entries[m.2];
                let org = e
                    .affiliation
                    .as_deref()
                    .filter(|_| !headed_by_camp)
                    .and_then(|a| self.ix.lookup(&alias_key(a)));
                return Some(self.entry(org.unwrap_or(m.2)));
            }
        }
        // 4. A generic group, on a side when a demonym says so ("US officials").
        if let Some(m) = group {
            if let Some((side, at)) = self.side_of_words(&ps, Some((m.0, m.1))) {
                let e = &self.ix.entries[m.2];
                let adj = ws[ps[at].w].span.text(text);
                let name = format!("{adj} {}", e.name);
                return Some(self.add(Source {
                    id: slug(&name),
                    name,
                    kind: SourceKind::Group,
                    side: Some(side),
                    affiliation: None,
                }));
            }
            return Some(self.entry(m.2));
        }
        // An initialism the article spells out elsewhere ("Customs and Border Protection" for
        // "CBP") is that name.
        // (Each mention looks within its window: the work stays linear in the text.)
        if ws.len() == 1 && ws[0].upper && sourcing == Sourcing::Organisation {
            if let Some(full) = spelt_out(text, ws[0].span) {
                let name = full.text(text);
                let src = self.add(Source {
                    id: slug(name),
                    name: name.to_string(),
                    kind: SourceKind::Organisation,
                    side: self
                        .side_of_words(&parts(&words(text, full)), None)
                        .map(|s| s.0),
                    affiliation: None,
                });
                self.local.entry(ws[0].norm.to_string()).or_insert(src);
                return Some(src);
            }
        }
        // 5. A proper name alone, of the kind the engine saw.
        if n <= he && he - n < 5 {
            let name = strip_possessive(
                text,
                Span::new(ws[n].span.start, ws[he].span.end),
                ws[he].possessive,
            );
            let mut kind = match sourcing {
                Sourcing::Person => SourceKind::Person,
                Sourcing::Media => SourceKind::Media,
                Sourcing::Organisation => SourceKind::Organisation,
                Sourcing::Unnamed | Sourcing::Unattributed => return None,
            };
            let run = &ws[n..=he];
            // Not a name: a common word capitalised at a sentence start ("Instead", "Video"),
            // which the article also writes in lowercase, or a headline's words ("Their").
            if run.iter().any(|w| {
                TOPIC_STOP.contains(&w.norm)
                    || PRONOUNS.contains(&w.norm)
                    || DETERMINERS.contains(&w.norm)
            }) || (run.len() == 1
                && !run[0].upper
                && lowercase_elsewhere(text, run[0].span, &run[0].norm))
            {
                return None;
            }
            // "Government Reform Committee", "IMF": an organisation, whatever the engine said.
            if run.iter().any(|w| ORG_WORDS.contains(&w.norm)) || (run.len() == 1 && run[0].upper) {
                kind = SourceKind::Organisation;
            }
            if run.iter().any(|w| MEDIA_WORDS.contains(&w.norm)) {
                kind = SourceKind::Media;
            }
            let side = self.side_of_words(&ps, None).map(|s| s.0);
            if self.ix.side_words.contains_key(&alias_key(name.text(text))) {
                return None;
            }
            return Some(self.add(Source {
                id: slug(name.text(text)),
                name: name.text(text).to_string(),
                kind,
                side,
                affiliation: None,
            }));
        }
        // 6. One unnamed person is named by the description ("a doctor": doctor), so that the
        // pronouns standing for them ("he says") keep that source.
        let one = all.first().is_some_and(|w| is_in(&["a", "an"], &w.norm));
        let head = &ws[h];
        if sourcing == Sourcing::Unnamed
            && one
            && h < 4
            && !head.cap
            && !SPEECH_NOUNS.contains(&head.norm)
            && !WORK_NOUNS.contains(&head.norm)
            && !ORG_WORDS.contains(&head.norm)
            && !MEDIA_WORDS.contains(&head.norm)
        {
            let name = Span::new(ws[0].span.start, head.span.end).text(text);
            return Some(self.add(Source {
                id: slug(name),
                name: name.to_string(),
                kind: SourceKind::Group,
                side: self.side_of_words(&ps, None).map(|s| s.0),
                affiliation: None,
            }));
        }
        None
    }

    /// Sources named where a clause starts (the sentence's start, after a comma or a
    /// conjunction): "Washington wants a ceasefire, while Moscow insists…", not "forces from Iran".
    fn mentions(&mut self, text: &str, ws: &[Word]) -> Vec<usize> {
        let ps = parts(ws);
        let clause_start = |w: usize| {
            let mut k = w;
            while k > 0 && is_in(&["the", "a", "an"], &ws[k - 1].norm) {
                k -= 1;
            }
            k == 0
                || text[ws[k - 1].span.end..ws[k].span.start].contains([',', ';', ':', '\u{2014}'])
                || CLAUSE_OPENERS.contains(&ws[k - 1].norm)
        };
        // A subject goes on to its verb: "Moscow insists", not "Iran and Turkey."
        let acts = |w: usize| {
            ws.get(w + 1).is_some_and(|next| {
                text[ws[w].span.end..next.span.start]
                    .chars()
                    .all(crate::segment::is_space)
                    && !is_in(&["and", "or", "nor"], &next.norm)
            })
        };
        let mut out = Vec::new();
        let mut covered = vec![false; ws.len()];
        for m in self.ix.scan(&ps) {
            let kind = self.ix.entries[m.2].kind;
            for c in &mut covered[ps[m.0].w..=ps[m.1].w] {
                *c = true;
            }
            if kind == EKind::Group || !clause_start(ps[m.0].w) || !acts(ps[m.1].w) {
                continue;
            }
            let s = self.entry(m.2);
            if !out.contains(&s) {
                out.push(s);
            }
        }
        for (i, w) in ws.iter().enumerate() {
            if w.cap && !covered[i] && clause_start(i) && acts(i) {
                if let Some(&s) = self.local.get(&*w.norm) {
                    if !out.contains(&s) {
                        out.push(s);
                    }
                }
            }
        }
        out
    }
}

/// The name the initialism at `at` abbreviates, within [`WINDOW`] bytes either side: capitalised
/// words whose first letters spell it, small words between them skipped ("Customs and Border
/// Protection" for "CBP"). The nearest before it, else the first after.
fn spelt_out(text: &str, at: Span) -> Option<Span> {
    let letters: Vec<char> = at.text(text).chars().collect();
    let from = crate::text::floor_boundary(text, at.start.saturating_sub(WINDOW));
    let to = crate::text::floor_boundary(text, (at.end + WINDOW).min(text.len()));
    let ws = words(text, Span::new(from, to));
    let initial = |w: &Word| w.span.text(text).chars().next();
    let spells = |i: usize| -> Option<Span> {
        let mut k = 0;
        let mut j = i;
        while k < letters.len() {
            let w = ws.get(j)?;
            let joined = j == i
                || !text[ws[j - 1].span.end..w.span.start].contains(|c: char| !c.is_whitespace());
            if !joined {
                return None;
            }
            if k > 0 && !w.cap && INITIALISM_SKIPS.contains(&w.norm) {
                j += 1;
                continue;
            }
            if !w.cap || w.upper || initial(w) != Some(letters[k]) {
                return None;
            }
            k += 1;
            j += 1;
        }
        // The name ends there: no capitalised word goes on with it.
        let ends = ws.get(j).is_none_or(|w| {
            !w.cap || text[ws[j - 1].span.end..w.span.start].contains(|c: char| !c.is_whitespace())
        });
        ends.then(|| Span::new(ws[i].span.start, ws[j - 1].span.end))
    };
    let mut before = None;
    for (i, w) in ws.iter().enumerate() {
        if w.span.start >= at.start && before.is_some() {
            break;
        }
        if w.span == at {
            continue;
        }
        if let Some(full) = spells(i) {
            if full.start < at.start {
                before = Some(full);
            } else {
                return Some(full);
            }
        }
    }
    before
}

/// The first mention of the surname at `at` that comes with a first name and a title
/// ("Russian Deputy Foreign Minister Olga Marchenko"), within its line: the span of that mention.
fn titled_mention(text: &str, at: Span) -> Option<Span> {
    let surname = at.text(text);
    // Within the 20 KB before the mention: an article, not a whole concatenated corpus.
    let from = crate::text::floor_boundary(text, at.start.saturating_sub(WINDOW));
    for (i, _) in text[from..at.start].match_indices(surname) {
        let i = from + i;
        let end = i + surname.len();
        let bounded = !text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && !text[end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        if !bounded {
            continue;
        }
        let line_start = text[..i]
            .rfind(['\n', '.', '"', '\u{201c}'])
            .map_or(0, |p| p + 1);
        let from = i.saturating_sub(120).max(line_start);
        let from = (from..=i).find(|&p| text.is_char_boundary(p)).unwrap_or(i);
        let before = words(text, Span::new(from, i));
        // Walk back over the first name(s), then the title and its demonym.
        let mut k = before.len();
        let mut names = 0;
        while k > 0 && before[k - 1].cap && !TITLES.contains(&before[k - 1].norm) && names < 2 {
            k -= 1;
            names += 1;
        }
        let mut titles = 0;
        while k > 0 && (TITLES.contains(&before[k - 1].norm) || (titles > 0 && before[k - 1].cap)) {
            k -= 1;
            titles += 1;
        }
        if names > 0 && titles > 0 {
            return Some(Span::new(before[k].span.start, end));
        }
    }
    None
}

/// The nearest mention of the post at `post` followed by a name ("US President Donald Trump" for
/// "the US president"), within [`WINDOW`] bytes either side.
fn named_holder(text: &str, post: Span) -> Option<Span> {
    let from = crate::text::floor_boundary(text, post.start.saturating_sub(WINDOW));
    let to = crate::text::floor_boundary(text, (post.end + WINDOW).min(text.len()));
    let window = text[from..to].to_ascii_lowercase();
    let needle = post.text(text).to_ascii_lowercase();
    let mut best: Option<Span> = None;
    for (i, _) in window.match_indices(&needle) {
        let start = from + i;
        let end = start + needle.len();
        if start == post.start
            || text[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        // One space, then capitalised words: the name.
        let rest = &text[end..];
        if !rest.starts_with(' ') {
            continue;
        }
        let names = words(
            text,
            Span::new(
                end,
                crate::text::floor_boundary(text, (end + 60).min(text.len())),
            ),
        );
        let mut last = None;
        for (k, w) in names.iter().enumerate() {
            let joined = k == 0 || &text[names[k - 1].span.end..w.span.start] == " ";
            if !(w.cap && joined) || TITLES.contains(&w.norm) {
                break;
            }
            last = Some(w.span.end);
        }
        if let Some(e) = last {
            let candidate = Span::new(start, e);
            let nearer =
                best.is_none_or(|b| start.abs_diff(post.start) < b.start.abs_diff(post.start));
            if nearer {
                best = Some(candidate);
            }
        }
    }
    best
}

/// How far around a mention the text is searched (bytes): keeps long inputs linear.
const WINDOW: usize = 20_000;

/// True when `word` (normalised, lowercase) occurs near `at` written in lowercase.
fn lowercase_elsewhere(text: &str, at: Span, word: &str) -> bool {
    let from = crate::text::floor_boundary(text, at.start.saturating_sub(WINDOW));
    let to = crate::text::floor_boundary(text, (at.end + WINDOW).min(text.len()));
    text[from..to].match_indices(word).any(|(i, _)| {
        let i = from + i;
        let end = i + word.len();
        !text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && !text[end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    })
}

/// Whether a one-word alias names a built-in organisation ("israel" is the Israeli government,
/// "moscow" the Russian one): a state speaks through its government, and is no "he" or "she".
pub(crate) fn names_an_organisation(key: &str) -> bool {
    let ix = Index::builtin();
    ix.lookup(key)
        .is_some_and(|e| ix.entries[e].kind == EKind::Organisation)
}

/// The id of the built-in source an alias names ("putin" → "vladimir-putin").
pub(crate) fn builtin_id(key: &str) -> Option<String> {
    let ix = Index::builtin();
    ix.lookup(key).map(|e| ix.entries[e].id.clone())
}

fn strip_possessive(text: &str, span: Span, possessive: bool) -> Span {
    if !possessive {
        return span;
    }
    let t = span.text(text);
    let cut = if t.ends_with("'s") {
        2
    } else {
        "\u{2019}s".len()
    };
    Span::new(span.start, span.end - cut.min(t.len()))
}

/// Resolves each attribution's speaker to a canonical source; returns the sources.
pub fn resolve(
    text: &str,
    attributions: &mut [Attribution],
    extra: Option<&Gazetteer>,
) -> Vec<Source> {
    find(text, &[], attributions, extra).sources
}

/// Sources, sides, topics and framing of the attributions, omission statements and contrasts.
pub(crate) fn find(
    text: &str,
    sentences: &[Sentence],
    attributions: &mut [Attribution],
    extra: Option<&Gazetteer>,
) -> Findings {
    let owned;
    let ix: &Index = match extra {
        Some(g) => {
            owned = Index::with_user(g);
            &owned
        }
        None => Index::builtin(),
    };
    let mut reg = Registry::new(ix);
    for a in attributions.iter_mut() {
        a.source = a
            .resolved
            .and_then(|r| reg.phrase(text, r, a.sourcing))
            .or_else(|| a.speaker.and_then(|s| reg.phrase(text, s, a.sourcing)));
    }

    // Topics and framing of each attribution.
    let mut notes: Vec<Notes> = attributions
        .iter()
        .map(|a| attribution_notes(ix, text, sentences, a))
        .collect();

    let body = |i: usize| sentences.get(i).is_some_and(|s| s.role == Role::Body);
    // The sources of each sentence's attributions, and the last source before each sentence.
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); sentences.len()];
    for a in attributions.iter() {
        if let (Some(s), Some(list)) = (a.source, by_sentence.get_mut(a.sentence)) {
            if !list.contains(&s) {
                list.push(s);
            }
        }
    }
    let mut before: Vec<Option<usize>> = Vec::with_capacity(sentences.len());
    let mut last = None;
    for list in &by_sentence {
        before.push(last);
        if let Some(&s) = list.last() {
            last = Some(s);
        }
    }
    let last_source = |i: usize| before.get(i).copied().flatten();

    let mut omissions = Vec::new();
    let mut contrasts = Vec::new();
    for (i, sentence) in sentences.iter().enumerate() {
        if !body(i) {
            continue;
        }
        // Most sentences have neither: a substring check spares them the word split.
        let t = sentence.span.text(text);
        let may_omit = OMISSION_HINTS.split_terminator('\n').any(|h| t.contains(h));
        let may_contrast = CONTRAST_HINTS.split_terminator('\n').any(|h| t.contains(h));
        if !may_omit && !may_contrast {
            continue;
        }
        let ws = words(text, sentence.span);
        // Omission statements.
        if let Some((at, len)) = crate::wordlist::rows(OMISSION_CUES)
            .filter(|_| may_omit)
            .find_map(|cue| find_seq(&ws, cue).map(|at| (at, cue.len())))
        {
            let cue = Span::new(ws[at].span.start, ws[at + len - 1].span.end);
            let rest = Span::new(cue.end, sentence.span.end);
            if let Some(topic) = text::topics(text, rest, &[]).into_iter().next() {
                let subject = Span::new(sentence.span.start, cue.start);
                let pronoun = ws[..at]
                    .iter()
                    .find(|w| !is_in(&["but", "and", "however", "yet", "so"], &w.norm))
                    .is_none_or(|w| PRONOUNS.contains(&w.norm));
                let source = if pronoun {
                    last_source(i)
                } else {
                    reg.phrase(text, subject, Sourcing::Organisation)
                        .or_else(|| last_source(i))
                };
                omissions.push(Omission {
                    sentence: i,
                    cue,
                    source,
                    topic,
                });
            }
        }
        // Contrasts.
        if let Some((at, len)) = crate::wordlist::rows(CONTRAST_MARKERS)
            .filter(|_| may_contrast)
            .find_map(|m| find_seq(&ws, m).map(|at| (at, m.len())))
        {
            let cue = Span::new(ws[at].span.start, ws[at + len - 1].span.end);
            let mut srcs = reg.mentions(text, &ws);
            for &s in &by_sentence[i] {
                if !srcs.contains(&s) {
                    srcs.push(s);
                }
            }
            let opener = at == 0 && CONTRAST_OPENERS.contains(&alias_key(cue.text(text)));
            if opener && srcs.len() < 2 && i > 0 && body(i - 1) {
                let prev = reg.mentions(text, &words(text, sentences[i - 1].span));
                for s in prev.into_iter().chain(by_sentence[i - 1].iter().copied()) {
                    if !srcs.contains(&s) {
                        srcs.push(s);
                    }
                }
            }
            if srcs.len() >= 2 {
                contrasts.push(Contrast {
                    sentence: i,
                    cue,
                    sources: srcs,
                });
            }
        }
    }

    // "It made no mention of safe zones" is no claim about safe zones, whatever the engine made
    // of it: an attribution read from an omission statement raises nothing.
    for o in &omissions {
        for (a, n) in attributions.iter().zip(notes.iter_mut()) {
            if a.sentence == o.sentence && a.content.end > o.cue.start {
                n.topics.clear();
                n.framing.clear();
            }
        }
    }

    // "safe, or de-escalation, zones": the article says the two names are one topic.
    // The other name's key to the name's index in `names` (a map of the type the registry uses).
    let mut same: FxHashMap<String, usize> = FxHashMap::default();
    let mut names: Vec<String> = Vec::new();
    for t in notes
        .iter()
        .flat_map(|n| &n.topics)
        .chain(omissions.iter().map(|o| &o.topic))
    {
        if let Some(alt) = &t.alt {
            same.entry(text::topic_key(alt)).or_insert_with(|| {
                names.push(t.name.clone());
                names.len() - 1
            });
        }
    }
    if !same.is_empty() {
        let rename = |t: &mut Topic| {
            if let Some(&n) = same.get(&text::topic_key(&t.name)) {
                t.name = names[n].clone();
            }
        };
        notes
            .iter_mut()
            .flat_map(|n| &mut n.topics)
            .for_each(rename);
        omissions.iter_mut().map(|o| &mut o.topic).for_each(rename);
    }

    let sources = reg.sources;
    let mut sides: Vec<(String, String, Vec<usize>)> = Vec::new();
    for (i, s) in sources.iter().enumerate() {
        let Some(side) = &s.side else { continue };
        match sides.iter_mut().find(|(id, _, _)| id == side) {
            Some(entry) => entry.2.push(i),
            None => {
                let name = ix
                    .side(side)
                    .map(|k| ix.sides[k].name.clone())
                    .unwrap_or_else(|| side.clone());
                sides.push((side.clone(), name, vec![i]));
            }
        }
    }
    Findings {
        sources,
        sides,
        omissions,
        contrasts,
        notes,
    }
}

fn attribution_notes(ix: &Index, text: &str, sentences: &[Sentence], a: &Attribution) -> Notes {
    // A claim's topics and framing come early: reading at most NOTES_BYTES of it keeps the work
    // linear however long (or overlapping) the contents the engine gives.
    let content = capped(text, a.content);
    let content_words = words(text, content);
    let mut framing = Vec::new();
    let mut skip: Vec<Span> = a.speaker.into_iter().chain(a.resolved).collect();
    // A short quoted fragment frames when it evaluates, or names nothing ("business-like");
    // a quoted term ("de-escalation zones") is a topic instead.
    let frames =
        |f: Span| !text::evaluative(text, f).is_empty() || text::topics(text, f, &[]).is_empty();
    let region = match a.kind {
        Kind::Partial => {
            match text::short_fragment(text, content) {
                Some(f) if frames(f) => framing.push(f),
                _ => framing.extend(text::evaluative(text, content)),
            }
            // The writer's words around the fragment, from where the source acts.
            let sentence = sentences.get(a.sentence).map(|s| s.span).unwrap_or(content);
            let from = [a.speaker.map(|s| s.start), a.cue.map(|c| c.start)]
                .into_iter()
                .flatten()
                .filter(|&at| sentence.start <= at && at <= sentence.end)
                .min()
                .unwrap_or(sentence.start);
            let region = capped(text, Span::new(from, sentence.end));
            skip.push(content);
            skip.extend(text::quoted_fragments(text, region));
            region
        }
        Kind::Direct | Kind::Indirect | Kind::Mixed => {
            for f in text::quoted_fragments(text, content) {
                if let Some(f) = text::short_fragment(text, f) {
                    if frames(f) {
                        framing.push(f);
                        skip.push(f);
                    }
                }
            }
            for f in text::evaluative_in(text, &content_words) {
                if !framing.iter().any(|g| g.overlaps(f)) {
                    framing.push(f);
                }
            }
            content
        }
    };
    crate::order::by_key(&mut framing, |f| (f.start, f.end, 0));
    framing.dedup();
    let region_words;
    let ws = if region == content {
        &content_words
    } else {
        region_words = words(text, region);
        &region_words
    };
    let topics = text::topics_in(text, ws, &skip)
        .into_iter()
        // Source names are proper nouns: only a capitalised topic may be one.
        .filter(|t| {
            !t.span.text(text).starts_with(char::is_uppercase)
                || !names_a_source(ix, t.span.text(text))
        })
        .collect();
    Notes { topics, framing }
}

/// How much of a claim is read for its topics and framing (bytes).
const NOTES_BYTES: usize = 1_000;

fn capped(text: &str, span: Span) -> Span {
    if span.len() <= NOTES_BYTES {
        return span;
    }
    Span::new(
        span.start,
        crate::text::floor_boundary(text, span.start + NOTES_BYTES),
    )
}

/// True when a phrase is the name of a person, post or organisation of the gazetteer (not a
/// country, which is a topic too: "Syria", "Russia").
fn names_a_source(ix: &Index, phrase: &str) -> bool {
    let key = alias_key(phrase);
    match ix.lookup(&key) {
        Some(e) => ix.entries[e].kind != EKind::Group && !ix.side_words.contains_key(&key),
        None => false,
    }
}

#[cfg(test)]
pub(crate) mod tests;
