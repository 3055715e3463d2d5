//! Coreference for speakers: a pronoun or a definite nominal ("he", "it", "the spokesman")
//! stands for the last speaker it is compatible with. Constant memory, constant work per speaker.

use super::lexicon::{self, Refers};
use super::speakers;
use crate::analysis::{Sourcing, Span};

#[derive(Default)]
pub struct Memory {
    person: Option<Span>,
    thing: Option<Span>,
    any: Option<Span>,
    /// The last attribution's (speaker, resolved), for a quote with no speaker of its own.
    pub last: Option<(Span, Span)>,
}

impl Memory {
    /// The antecedent for a speaker that needs one, or the speaker itself.
    pub fn resolve(&self, text: &str, speaker: Span) -> Span {
        // A relative pronoun stands for the noun phrase right before it, not a past speaker.
        if is_relative(text, speaker) {
            return speakers::antecedent(text, speaker).unwrap_or(speaker);
        }
        match refers(text, speaker) {
            Some(Refers::Person) => self.person.or(self.any),
            Some(Refers::Thing) => self.thing.or(self.any),
            Some(Refers::Plural) => self.thing.or(self.any),
            None => None,
        }
        .unwrap_or(speaker)
    }

    /// Remembers a name that opened a sentence without speaking ("The mayor spoke for an hour."),
    /// as an antecedent for later pronouns.
    pub fn mention(&mut self, text: &str, np: Span) {
        if refers(text, np).is_some() && np.text(text).split_whitespace().count() == 1 {
            return; // a pronoun is not an antecedent
        }
        let all_caps = np.text(text).split_whitespace().all(|w| {
            w.chars().next().is_some_and(super::tokens::is_upper)
                || matches!(w, "of" | "the" | "de" | "van" | "von")
        });
        match (refers(text, np), speakers::sourcing(text, Some(np))) {
            (Some(Refers::Person), _) => self.person = Some(np),
            (_, Sourcing::Person) if all_caps => self.person = Some(np),
            (_, Sourcing::Organisation) if all_caps || refers(text, np).is_some() => {
                self.thing = Some(np)
            }
            _ => {}
        }
    }

    /// Makes a speaker the one a following quotation without a speaker continues, unless a
    /// speaker later in the text already is: a sentence's quotations are attributed before its
    /// reported speech, but "X said … “…,” she said. “…”" continues the later "she".
    pub fn hand_on(&mut self, speaker: Span, resolved: Span) {
        if self.last.is_none_or(|(s, _)| s.start <= speaker.start) {
            self.last = Some((speaker, resolved));
        }
    }

    /// Remembers a speaker (named, or resolved) for later pronouns.
    pub fn note(&mut self, speaker: Span, resolved: Span, sourcing: Sourcing, hands_on: bool) {
        if hands_on {
            self.hand_on(speaker, resolved);
        }
        self.any = Some(resolved);
        match sourcing {
            Sourcing::Person => self.person = Some(resolved),
            Sourcing::Organisation | Sourcing::Media => self.thing = Some(resolved),
            _ => {}
        }
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

/// Is the speaker a relative pronoun ("who", "many of whom")?
pub fn is_relative(text: &str, speaker: Span) -> bool {
    let s = speaker.text(text);
    s.rsplit(' ')
        .next()
        .is_some_and(|w| super::speaker_lexicon::is_relative_pronoun(&super::tokens::to_lower(w)))
        && s.split_whitespace().count() <= 3
}
