//! Coreference for speakers: a pronoun or a definite nominal ("he", "it", "the spokesman")
//! stands for the last speaker it is compatible with, or for the named person the text gave its
//! role to. Constant work per speaker; the memory holds a few speakers and the text's role words.

use rustc_hash::FxHashMap;

use super::lexicon::{self, Refers};
use super::speaker_lexicon;
use super::speakers;
use super::tokens::{self, Token};
use crate::analysis::{Sourcing, Span};

#[derive(Default)]
pub struct Memory {
    person: Option<Span>,
    /// The last person "he" can stand for (a man, or a person of unknown gender), and "she".
    he: Option<Span>,
    she: Option<Span>,
    thing: Option<Span>,
    any: Option<Span>,
    /// The last speaker, when it was unnamed ("a senior official").
    unnamed: Option<Span>,
    /// The last attribution's (speaker, resolved), for a quote with no speaker of its own.
    pub last: Option<(Span, Span)>,
    /// A person speaker (speaker, resolved) noted but not yet sorted into `he` / `she`.
    pending: Option<(Span, Span)>,
    /// The last speakers and named people (phrase, resolved), oldest overwritten first: where a
    /// role nominal ("the senator") finds the one who carried its role ("Sen. Marco Rubio").
    recent: [Option<(Span, Span)>; RECENT],
    next: usize,
    /// The words the text gives a named person as a role, anywhere in it, each with the person
    /// it was given to, or `None` when it was given to several: "Conservative MP Chris Grayling",
    /// "first lady Michelle Obama", "Ed Royce, a California Republican". The text's own words say
    /// who "the Conservative MP" is.
    roles: FxHashMap<String, Option<Span>>,
    /// The last person remembered by name ("Chris Grayling"), for a role nobody was given.
    named: Option<Span>,
}

/// How many speakers back a role nominal looks for its role.
const RECENT: usize = 8;
/// How far an apposition after a remembered speaker is read for its role.
const APPOSITION_BYTES: usize = 80;

impl Memory {
    /// The antecedent for a speaker that needs one, or the speaker itself.
    pub fn resolve(&mut self, text: &str, speaker: Span) -> Span {
        self.settle(text);
        // A relative pronoun stands for the noun phrase right before it, not a past speaker.
        if is_relative(text, speaker) {
            return speakers::antecedent(text, speaker).unwrap_or(speaker);
        }
        // "the group's director, Ana White": the name the description gives.
        if let Some(name) = apposition_name(text, speaker) {
            return name;
        }
        let pronoun = super::tokens::to_lower(speaker.text(text));
        // "he" and "she" stand for a person of their gender (or of unknown gender), or else for
        // an unnamed speaker ("a senior official"), never for an organisation or for a person
        // of the other gender.
        let unnamed = self.unnamed;
        match refers(text, speaker) {
            Some(Refers::Person) if pronoun == "he" => self.he.or(unnamed),
            Some(Refers::Person) if pronoun == "she" => self.she.or(unnamed),
            // "the senator" stands for the last one called a senator ("Sen. Marco Rubio"), and
            // for no one when none was: the last person is as often the wrong one ("Trump said
            // … The spokesman said", "Mr. Begala said … the former president").
            Some(Refers::Person) => {
                let head = super::tokens::to_lower(
                    speaker.text(text).rsplit(' ').next().unwrap_or_default(),
                );
                self.with_role(
                    text,
                    lexicon::role(head.trim_matches(|c: char| !c.is_alphanumeric())),
                )
            }
            // "The ministry said": an organisation nominal stands for an earlier organisation
            // of its kind ("the Foreign Ministry"), never for any last speaker ("critics"); a
            // nominal of a kind ("the agency") for the last organisation.
            Some(Refers::Thing) => match org_head(text, speaker) {
                Some(head) if !lexicon::is_generic_org_nominal(&head) => self
                    .thing
                    .filter(|t| super::tokens::to_lower(t.text(text)).contains(&head)),
                Some(_) => self.thing,
                None => self.thing.or(self.any),
            },
            Some(Refers::Plural) => self.thing.or(self.any),
            None => None,
        }
        .or_else(|| self.given_role(text, speaker))
        .or_else(|| self.role_nobody_was_given(text, speaker))
        .unwrap_or(speaker)
    }

    /// Notes the roles a sentence gives named people (see `roles`): the word right before a full
    /// name ("former New York Mayor Michael R. Bloomberg": mayor) and the last word of an
    /// apposition after it (", a California Republican,": republican); the words before those
    /// only say what kind ("Water board engineer Tariq Haddad" is no water board). Every sentence
    /// is read before any is attributed: a caption may name "First Lady Michelle Obama" after
    /// "the first lady" spoke.
    pub fn note_roles(&mut self, text: &str, toks: &[Token]) {
        let lower = |t: &Token| tokens::to_lower(t.span.text(text));
        let mut i = 0;
        while i < toks.len() {
            if !toks[i].capitalised() {
                i += 1;
                continue;
            }
            let run = i;
            while i < toks.len() && toks[i].capitalised() {
                i += 1;
            }
            // The name: its last word, any initials before that, and one word more.
            let mut name = i - 1;
            while name > run && is_initial(text, &toks[name - 1]) {
                name -= 1;
            }
            // One word is no full name; "the House Foreign Affairs Committee" names no person.
            let organisation = lexicon::is_org_word(&lower(&toks[i - 1]))
                || run > 0 && lexicon::is_determiner(&lower(&toks[run - 1]));
            if name == run || organisation {
                continue;
            }
            name -= 1;
            let span = Span::new(toks[name].span.start, toks[i - 1].span.end);
            let mut roles: Vec<String> = Vec::new();
            // The word right before the name, in the run ("Mayor") or a lowercase one ("first
            // lady"), unless it is a determiner, a preposition or a cue ("a letter to Kevin
            // McAleenan", "said Chris Grayling").
            if let Some(t) = name.checked_sub(1).map(|k| &toks[k]).filter(|t| t.word) {
                let w = lower(t);
                let role = !(lexicon::is_determiner(&w)
                    || lexicon::is_cue_particle(&w)
                    || super::cues::weight(&w).is_some());
                if role {
                    roles.push(w);
                }
            }
            // ", a California Republican,": up to the next punctuation, preposition or cue; then
            // a second one (", the chairman of the committee, the California Republican").
            let mut at = i;
            for _ in 0..2 {
                if !(toks.get(at).is_some_and(|t| t.is(','))
                    && toks
                        .get(at + 1)
                        .is_some_and(|t| lexicon::is_article(&lower(t))))
                {
                    break;
                }
                let head = toks[at + 2..]
                    .iter()
                    .take(4)
                    .map_while(|t| {
                        let w = lower(t);
                        // ", the father of the gunman,": the role is before "of".
                        let word = t.word
                            && w != "of"
                            && !lexicon::is_cue_particle(&w)
                            && super::cues::weight(&w).is_none();
                        word.then_some(w)
                    })
                    .last();
                roles.extend(head);
                at = match toks[at + 2..].iter().take(8).position(|t| t.is(',')) {
                    Some(k) => at + 2 + k,
                    None => break,
                };
            }
            let name = span.text(text);
            for role in roles {
                let holder = self.roles.entry(role).or_insert(Some(span));
                if holder.is_some_and(|h| h.text(text) != name) {
                    *holder = None; // given to two people: it names neither
                }
            }
        }
    }

    /// The person a definite description names by a role the text gave them ("the Conservative
    /// MP" after "Conservative MP Chris Grayling"): its last word is the role.
    fn given_role(&self, text: &str, speaker: Span) -> Option<Span> {
        let head = role_head(text, speaker)?;
        if lexicon::is_org_word(&head) {
            return None; // "the water board" is the board
        }
        self.roles.get(&head).copied().flatten()
    }

    /// The last named person, for a definite role nominal the text gave no one ("Chris Grayling
    /// warned … the Conservative MP said"): a writer names a person, then goes on by a role. Not
    /// for a role given to someone (`given_role` decides, or no one when it was given to two), nor
    /// for one who speaks for another ("Trump said … the spokesman said" is someone else).
    fn role_nobody_was_given(&self, text: &str, speaker: Span) -> Option<Span> {
        let head = role_head(text, speaker)?;
        let role = speaker_lexicon::is_person_role(&head)
            && !speaker_lexicon::is_proxy_role(&head)
            && !self.roles.contains_key(&head)
            && definite(speaker.text(text));
        let named = self.named.filter(|_| role)?;
        // One the text gave another role ("Secretary of State Antony Blinken") is not "the
        // foreign minister".
        let name = named.text(text);
        let other_role = self.roles.iter().any(|(role, holder)| {
            holder.is_some_and(|h| name.ends_with(h.text(text))) && is_role_word(role)
        });
        (!other_role).then_some(named)
    }

    /// Remembers a name that opened a sentence without speaking ("The mayor spoke for an hour."),
    /// as an antecedent for later pronouns.
    pub fn mention(&mut self, text: &str, np: Span) {
        self.settle(text);
        if refers(text, np).is_some() && np.text(text).split_whitespace().count() == 1 {
            return; // a pronoun is not an antecedent
        }
        let np = name_before_past_tense(text, np);
        if !may_be_name(text, np) {
            return;
        }
        let all_caps = np.text(text).split_whitespace().all(|w| {
            w.chars().next().is_some_and(super::tokens::is_upper)
                || matches!(w, "of" | "the" | "de" | "van" | "von")
        });
        match (refers(text, np), speakers::sourcing(text, Some(np))) {
            // "The mayor" stands for the person it resolves to, if any.
            (Some(Refers::Person), _) => {
                let person = self.resolve(text, np);
                self.set_person(text, person, None)
            }
            (_, Sourcing::Person) if all_caps => {
                self.remember(np, np);
                self.set_person(text, np, None)
            }
            (_, Sourcing::Organisation) if all_caps => self.thing = Some(np),
            // "The agency" stands for the organisation it resolves to, or for itself.
            (Some(_), Sourcing::Organisation) => self.thing = Some(self.resolve(text, np)),
            _ => {}
        }
    }

    /// Makes a speaker the one a following quotation without a speaker continues, unless a
    /// speaker later in the text already is: a sentence's quotations are attributed before its
    /// reported speech, but "X said … “…,” she said. “…”" continues the later "she".
    pub fn hand_on(&mut self, text: &str, speaker: Span, resolved: Span) {
        if self.last.is_none_or(|(s, _)| s.start <= speaker.start) {
            self.go_on_with(text, speaker, resolved);
        }
    }

    /// Makes a speaker the one a following quotation without a speaker continues, whoever was
    /// handed on after it. A relative pronoun speaks only in its own clause: a later quotation
    /// ("…,” said a staffer, who asked not to be named. “…”") continues the phrase it stands for.
    pub fn go_on_with(&mut self, text: &str, speaker: Span, resolved: Span) {
        let speaker = if is_relative(text, speaker) {
            resolved
        } else {
            speaker
        };
        self.last = Some((speaker, resolved));
    }

    /// Remembers a speaker (named, or resolved) for later pronouns.
    pub fn note(
        &mut self,
        text: &str,
        speaker: Span,
        resolved: Span,
        sourcing: Sourcing,
        hands_on: bool,
    ) {
        if hands_on {
            self.hand_on(text, speaker, resolved);
        }
        self.any = Some(resolved);
        self.unnamed = (sourcing == Sourcing::Unnamed).then_some(resolved);
        self.remember(speaker, resolved);
        match sourcing {
            // Its gender is read when the text is at hand (`settle`).
            Sourcing::Person => {
                self.person = Some(resolved);
                self.pending = Some((speaker, resolved));
            }
            Sourcing::Organisation | Sourcing::Media => self.thing = Some(resolved),
            // "says a doctor from Hebron, …. He explains …": one unnamed person is the latest
            // "he" or "she" too (a group, "officials", is not).
            Sourcing::Unnamed if is_one_person(text, resolved) => {
                self.pending = Some((speaker, resolved));
            }
            _ => {}
        }
    }
}

impl Memory {
    fn remember(&mut self, phrase: Span, resolved: Span) {
        self.recent[self.next] = Some((phrase, resolved));
        self.next = (self.next + 1) % RECENT;
    }

    /// The latest remembered speaker whose phrase, or the apposition right after it ("Dmitry
    /// Peskov, the Kremlin's spokesman,"), carries `role` ("Sen." for "senator").
    fn with_role(&self, text: &str, role: &str) -> Option<Span> {
        (1..=RECENT)
            .filter_map(|back| self.recent[(self.next + RECENT - back) % RECENT])
            .find(|(phrase, _)| {
                let end = crate::text::floor_boundary(
                    text,
                    (phrase.end + APPOSITION_BYTES).min(text.len()),
                );
                let after = text.get(phrase.end..end).unwrap_or("");
                let apposition = after
                    .strip_prefix(", ")
                    .map_or("", |a| a.split([',', '.', ';']).next().unwrap_or(""));
                let words = phrase.text(text).split_whitespace();
                words.chain(apposition.split_whitespace()).any(|w| {
                    let w = super::tokens::to_lower(w);
                    lexicon::role(w.trim_matches(|c: char| !c.is_alphanumeric())) == role
                })
            })
            .map(|(_, resolved)| resolved)
    }

    /// Sorts the last noted person speaker into `he` / `she`: "he said" resolved to X tells that X
    /// is a man, whatever its name says; otherwise its title or first name may tell.
    fn settle(&mut self, text: &str) {
        if let Some((speaker, resolved)) = self.pending.take() {
            let known = match super::tokens::to_lower(speaker.text(text)).as_str() {
                "he" => Some(Gender::Male),
                "she" => Some(Gender::Female),
                _ => None,
            };
            self.set_person(text, resolved, known);
        }
    }

    /// Remembers a person for "he", "she" or both, as far as its title, first name or the
    /// pronoun that stood for it tell its gender.
    fn set_person(&mut self, text: &str, np: Span, known: Option<Gender>) {
        self.person = Some(np);
        if is_name(text, np) {
            self.named = Some(np);
        }
        match known.or_else(|| gender(text, np)) {
            Some(Gender::Male) => self.he = Some(np),
            Some(Gender::Female) => self.she = Some(np),
            None => {
                self.he = Some(np);
                self.she = Some(np);
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// The gender a name's title or first name gives ("Mrs. Clinton", "Hillary Clinton"), if any. A
/// first name is one before another name: "Warren" alone is a surname as often.
fn gender(text: &str, np: Span) -> Option<Gender> {
    let words: Vec<&str> = np.text(text).split_whitespace().collect();
    words.iter().enumerate().find_map(|(i, w)| {
        let w = super::tokens::to_lower(w.trim_end_matches(|c: char| !c.is_alphanumeric()));
        let last = i + 1 == words.len();
        if last && !speaker_lexicon::is_title_of_address(&w) {
            return None;
        }
        if speaker_lexicon::is_male_word(&w) {
            Some(Gender::Male)
        } else if speaker_lexicon::is_female_word(&w) {
            Some(Gender::Female)
        } else {
            None
        }
    })
}

/// A one-word phrase at a sentence start ("Back", "Soon", "Nationally", "There") is no name
/// when it is a closed-class word, an adverb, a participle, a time word or a pronoun with its
/// verb ("I'm in", a newsletter's button).
fn may_be_name(text: &str, np: Span) -> bool {
    let s = np.text(text);
    s.split_whitespace().count() > 1 || {
        let w = super::tokens::to_lower(s.trim_matches(|c: char| !c.is_alphanumeric()));
        let before_apostrophe = w.split(['\'', '’']).next().unwrap_or_default();
        let pronoun = before_apostrophe.len() < w.len()
            && (before_apostrophe == "i" || lexicon::anaphor(before_apostrophe).is_some());
        !pronoun
            && !lexicon::is_np_breaker(&w)
            && !lexicon::is_time_word(&w)
            && !speaker_lexicon::is_not_name(&w)
            && lexicon::nominal(&w).is_none() // "Minister in the Ministry of …": a title
    }
}

/// Does the speaker point back, and to what kind of antecedent?
pub fn refers(text: &str, speaker: Span) -> Option<Refers> {
    let s = speaker.text(text);
    let mut words = s.split_whitespace();
    let first = super::tokens::to_lower(words.next()?);
    match words.next() {
        None => lexicon::anaphor(&first),
        Some(_) if matches!(first.as_str(), "the" | "this") => {
            // "the spokesman", "the official": lowercase all through, head last.
            if s.chars().skip(4).any(super::tokens::is_upper) {
                return None;
            }
            let head = super::tokens::to_lower(s.split_whitespace().last()?);
            lexicon::nominal(head.trim_matches(|c: char| !c.is_alphanumeric()))
        }
        Some(_) => None,
    }
}

/// The head of a nominal of two words or more when it names an organisation ("the ministry" →
/// "ministry"); a writing nominal ("the statement") or a pronoun gives none.
fn org_head(text: &str, speaker: Span) -> Option<String> {
    let mut words = speaker.text(text).split_whitespace();
    words.next()?; // the determiner
    let head = super::tokens::to_lower(words.last()?.trim_matches(|c: char| !c.is_alphanumeric()));
    lexicon::is_org_word(&head).then_some(head)
}

/// An unnamed speaker that is one person: "a doctor", "an official" (not "officials", "sources").
fn is_one_person(text: &str, np: Span) -> bool {
    let s = np.text(text);
    matches!(s.split_whitespace().next(), Some("a" | "an" | "A" | "An")) && !s.contains(" and ")
}

/// The role word of a definite or possessive description of two to five words, lowercase ("the
/// Conservative MP": mp; "the father of the gunman": father; "Austria's interior minister").
fn role_head(text: &str, speaker: Span) -> Option<String> {
    let s = speaker.text(text);
    let words: Vec<&str> = s.split_whitespace().collect();
    // "Austria's interior minister": a possessive name is a determiner too, before lowercase.
    let possessive = words
        .first()
        .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
        && words[1..].iter().all(|w| !capital(w));
    if !(definite(s) || possessive) || !(2..=5).contains(&words.len()) || s.contains(',') {
        return None;
    }
    // "the father of the gunman": the head is before "of".
    let before_of = words.iter().position(|w| *w == "of").unwrap_or(words.len());
    let head = words[..before_of].last().filter(|_| before_of > 1)?;
    Some(tokens::to_lower(
        head.trim_matches(|c: char| !c.is_alphanumeric()),
    ))
}

/// A word that names a person's role ("mayor", "Sen."), not any word before a name ("Seddique"
/// before "Mir Mateen").
pub fn is_role_word(w: &str) -> bool {
    let w = lexicon::role(w);
    speaker_lexicon::is_person_role(w)
        || speaker_lexicon::is_proxy_role(w)
        || lexicon::nominal(w) == Some(Refers::Person)
}

/// Does the word start with a capital?
fn capital(w: &str) -> bool {
    w.chars().next().is_some_and(tokens::is_upper)
}

/// A name without the past tense the phrase walked on into ("Skaik paused", "Mateen met"): a
/// sentence's subject and its verb.
fn name_before_past_tense(text: &str, np: Span) -> Span {
    let s = np.text(text);
    // The end of the capitalised words that open the phrase.
    let mut end = 0;
    for w in s.split(' ') {
        if !capital(w) {
            let verb = end > 0 && speaker_lexicon::is_past_tense(&tokens::to_lower(w));
            return if verb {
                Span::new(np.start, np.start + end)
            } else {
                np
            };
        }
        end += w.len() + usize::from(end > 0);
    }
    np
}

/// Does the phrase open with "the"?
fn definite(s: &str) -> bool {
    matches!(s.split_whitespace().next(), Some("the" | "The"))
}

/// A person's name, not a pronoun or a description: capitalised at both ends ("Kremlin aide Yuri
/// Ushakov", not "Mateen met"), with no determiner before it.
fn is_name(text: &str, np: Span) -> bool {
    let s = np.text(text);
    let first = s.split_whitespace().next().unwrap_or_default();
    let last = s.split_whitespace().last().unwrap_or_default();
    capital(first)
        && capital(last)
        && refers(text, np).is_none()
        && !lexicon::is_determiner(&tokens::to_lower(first))
        && lexicon::anaphor(&tokens::to_lower(first)).is_none()
}

/// An initial of a name ("R.").
fn is_initial(text: &str, t: &Token) -> bool {
    let w = t.span.text(text);
    w.len() <= 3 && w.ends_with('.') && t.capitalised()
}

/// Is the speaker a relative pronoun ("who", "many of whom")?
pub fn is_relative(text: &str, speaker: Span) -> bool {
    let s = speaker.text(text);
    let w = s.rsplit(' ').next().unwrap_or_default();
    super::speaker_lexicon::is_relative_pronoun(&super::tokens::to_lower(w))
        && s.split_whitespace().count() <= 3
}

/// The name after the last comma of a described speaker ("a spokeswoman, Ana White"): its
/// words all capitalised (or initials).
fn apposition_name(text: &str, speaker: Span) -> Option<Span> {
    let s = speaker.text(text);
    let comma = s.rfind(", ")?;
    let name = &s[comma + 2..];
    let named = !name.is_empty()
        && name.split_whitespace().all(|w| {
            w.chars().next().is_some_and(super::tokens::is_upper)
                || speaker_lexicon::is_name_particle(w)
        });
    let start = speaker.start + comma + 2;
    named.then(|| Span::new(start, speaker.end))
}
