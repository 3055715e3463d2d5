//! Sentence roles: the headline, the article body, and page furniture (boilerplate).
//!
//! Pasted articles carry teasers ("READ MORE: …"), a credit line ("SOURCE: …") and, after it, a
//! block of related stories (titles often repeated, for the link and the picture). Attribution
//! ignores boilerplate. The markers are tables, compared without regard to case.

use crate::analysis::{Role, Sentence};
use crate::segment::is_space;

/// A line that starts with one of these is a teaser, a credit or a share button, not the article.
static BOILERPLATE_PREFIXES: &str = lines![
    "read more:",
    "read also:",
    "also read:",
    "related:",
    "related article:",
    "opinion:",
    "watch:",
    "listen:",
    "see also:",
    "more:",
    "source:",
    "sources:",
    "photo:",
    "image:",
    "video:",
    "click here",
    "sign up",
    "subscribe",
    "follow us",
    "share this",
    "share it",
    "print this",
    "copyright",
    "©",
    "advertisement",
    "lesen sie auch",
    "mehr zum thema",
    "lire aussi",
    "à lire aussi",
    "lea también",
    "leggi anche",
    "читайте также",
    "смотрите также",
];

/// After a line starting with one of these, everything is boilerplate: the credit line ends the
/// article, and what follows it is the page's.
static END_OF_ARTICLE_PREFIXES: &str = lines!["source:", "sources:"];

/// A short line starting with one of these heads a block of links to other stories: it and the
/// link titles after it are furniture, up to the first line of running text, where the article
/// goes on (pages put such blocks between paragraphs).
static LINK_BLOCK_PREFIXES: &str = lines![
    "related",
    "related stories",
    "related articles",
    "read more",
    "read next",
    "more from",
    "more stories",
    "you may also like",
    "you might also like",
    "recommended",
    "most popular",
    "most read",
    "mehr zum thema",
    "lesen sie auch",
    "lire aussi",
    "à lire aussi",
    "lea también",
    "leia também",
    "leggi anche",
    "читайте также",
    "читайте також",
];

/// A short line starting with one of these heads a sign-up box: it and the short lines of the
/// box after it ("Fearless journalism.", "Delivered to you.", "I'm in") are furniture.
static SIGNUP_BLOCK_PREFIXES: &str = lines![
    "join our newsletter",
    "sign up",
    "subscribe",
    "newsletter",
    "get our newsletter",
];

/// The lines of a sign-up box are short; the article goes on at a longer line.
const SIGNUP_LINE_MAX_WORDS: usize = 8;

/// Headlines are short.
const HEADLINE_MAX_WORDS: usize = 20;
/// A credit line or a section heading ("SOURCE: Al Jazeera", "Related stories") is short.
const END_MARKER_MAX_WORDS: usize = 8;
/// A byline ("By Jane Doe and John Roe") is short.
const BYLINE_MAX_WORDS: usize = 8;

/// Sets the role of every sentence.
pub fn assign(text: &str, sentences: &mut [Sentence]) {
    let mut ended = false;
    let mut in_headline = true;
    let mut in_links = false;
    let mut in_signup = false;
    let caption = captions(text, sentences);
    for i in 0..sentences.len() {
        let t = sentences[i].span.text(text);
        let whole_line = starts_line(text, &sentences[..], i) && ends_line(text, &sentences[..], i);
        let next_line = sentences
            .get(i + 1)
            .filter(|_| ends_line(text, &sentences[..], i))
            .map(|s| s.span.text(text));
        // Only a short line: "Recommended by doctors, the drug …" is no section heading.
        let marker = |table| {
            whole_line
                && t.split_whitespace().count() <= END_MARKER_MAX_WORDS
                && has_prefix(t, table)
        };
        in_links = marker(LINK_BLOCK_PREFIXES) || in_links && whole_line && is_headline(t);
        // A box line may hold several sentences ("Original reporting. Delivered to you."): the
        // line decides, at its first.
        if starts_line(text, &sentences[..], i) {
            let rest = &text[sentences[i].span.start..];
            let line = rest.find(['\n', '\r']).map_or(rest, |e| &rest[..e]);
            // (A quotation is the article's, however short: "“No,” she said.")
            in_signup = marker(SIGNUP_BLOCK_PREFIXES)
                || in_signup
                    && line.split_whitespace().count() <= SIGNUP_LINE_MAX_WORDS
                    && !line.contains(['"', '“', '”', '«', '»', '„']);
        }
        let role = if ended
            || in_links
            || in_signup
            || has_prefix(t, BOILERPLATE_PREFIXES)
            || whole_line && is_byline(t)
            || caption[i]
        {
            Role::Boilerplate
        } else if in_headline && whole_line && is_headline(t) && i < 3 {
            Role::Headline
        } else if i > 0 && whole_line && next_line == Some(t) && is_headline(t) {
            // A title repeated on the next line: the link and the picture of a related story.
            ended = true;
            Role::Boilerplate
        } else {
            Role::Body
        };
        if role == Role::Body {
            in_headline = false;
        }
        ended |= marker(END_OF_ARTICLE_PREFIXES);
        sentences[i].role = role;
    }
}

/// Whether `t` starts with a marker of the table (as a whole word: "Subscribe", not "Subscribers").
fn has_prefix(t: &str, table: &str) -> bool {
    table.split_terminator('\n').any(|p| {
        let whole_word = t
            .get(p.len()..)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric));
        whole_word
            && t.get(..p.len())
                .is_some_and(|head| crate::text::eq_ignore_case(head, p))
    })
}

/// Whether a line break (or the text's start) comes before sentence `i`.
fn starts_line(text: &str, sentences: &[Sentence], i: usize) -> bool {
    let from = if i == 0 { 0 } else { sentences[i - 1].span.end };
    let gap = &text[from..sentences[i].span.start];
    i == 0 && gap.chars().all(is_space)
        || gap.contains(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}'])
}

/// Whether a line break (or the text's end) comes after sentence `i`.
fn ends_line(text: &str, sentences: &[Sentence], i: usize) -> bool {
    let to = sentences.get(i + 1).map_or(text.len(), |s| s.span.start);
    let gap = &text[sentences[i].span.end..to];
    i + 1 == sentences.len() || gap.contains(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}'])
}

/// A line with no sentence-final punctuation, short enough to be a title.
fn is_headline(t: &str) -> bool {
    !t.ends_with(['.', '!', '"', '”', '»', ':', ',', ';'])
        && t.split_whitespace().count() <= HEADLINE_MAX_WORDS
}

/// Per sentence, whether its line is a photo caption (each line is read once).
fn captions(text: &str, sentences: &[Sentence]) -> Vec<bool> {
    let mut out = vec![false; sentences.len()];
    let mut first = 0;
    for i in 0..sentences.len() {
        if starts_line(text, sentences, i) {
            first = i;
        }
        if ends_line(text, sentences, i) {
            let line = &text[sentences[first].span.start..sentences[i].span.end];
            if ends_with_credit(line) {
                out[first..=i].fill(true);
            }
        }
    }
    out
}

/// A photo caption ends with its credit in brackets: "(Jane Doe/Reuters)", "(AP Photo/Evan
/// Vucci)", "(Photo: Jane Doe)". The caption describes a picture and its credit names the
/// photographer: neither is the article's, and the names in them are no one's antecedent.
fn ends_with_credit(line: &str) -> bool {
    const MAX_WORDS: usize = 8;
    let Some(inner) = line
        .trim_end()
        .strip_suffix(')')
        .and_then(|l| l.rsplit_once('(').map(|(_, inner)| inner.trim()))
    else {
        return false;
    };
    let labelled = [
        "photo:", "photos:", "foto:", "image:", "credit:", "picture:",
    ]
    .iter()
    .any(|p| has_prefix(inner, p));
    let words: Vec<&str> = inner.split(['/', ' ']).filter(|w| !w.is_empty()).collect();
    (labelled || inner.contains('/'))
        && words.len() <= MAX_WORDS
        && !inner.contains(['.', ',', ';', '"', '“', '”'])
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
                || ["of", "the", "for", "via", "de", "la", "le", "von", "der"].contains(w)
                || w.ends_with(':')
        })
}

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters": a short line naming the writers.
fn is_byline(t: &str) -> bool {
    let Some(rest) = ["By ", "BY ", "by "].iter().find_map(|p| t.strip_prefix(p)) else {
        return false;
    };
    !t.ends_with(['.', '!', '?'])
        && t.split_whitespace().count() <= BYLINE_MAX_WORDS
        && rest
            .split_whitespace()
            .next()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn roles(text: &str) -> Vec<Role> {
        let mut s = crate::segment::sentences(text, Lang::EN);
        assign(text, &mut s);
        s.iter().map(|s| s.role).collect()
    }

    #[test]
    fn headline_byline_body_teaser() {
        use Role::*;
        assert_eq!(
            roles("Talks resume\n\nBy Jane Doe\n\nThe talks resumed. They lasted.\n\nRead more: Why talks fail"),
            [Headline, Boilerplate, Body, Body, Boilerplate]
        );
    }

    #[test]
    fn a_photo_caption_with_its_credit_is_furniture() {
        use Role::*;
        assert_eq!(
            roles(
                "The talks resumed on Monday.\n\nThe minister arrives at the port. (JANE DOE/REUTERS)\n\n\
                 She said the talks would go on.\n\nA ferry in the harbour. (Photo: Lee Park)"
            ),
            [Body, Boilerplate, Boilerplate, Body, Boilerplate, Boilerplate]
        );
        // Brackets in running text are the article's: a date, an abbreviation, a remark.
        assert_eq!(
            roles("The fund (IMF/World Bank) said growth would slow. It cut its forecast (again)."),
            [Body, Body]
        );
    }

    #[test]
    fn repeated_title_starts_the_related_block() {
        use Role::*;
        assert_eq!(
            roles(
                "Talks resume\n\nThe talks resumed.\n\nOther story\n\nOther story\n\nIts teaser."
            ),
            [Headline, Body, Boilerplate, Boilerplate, Boilerplate]
        );
    }

    #[test]
    fn a_link_block_between_paragraphs_ends_where_the_article_goes_on() {
        use Role::*;
        assert_eq!(
            roles(
                "Talks resume\n\nThe talks resumed on Monday.\n\nRelated\n\nPort reopens after strike\n\n\
                 Ferry fares to rise\n\nHe added that the talks would go on."
            ),
            [Headline, Body, Boilerplate, Boilerplate, Boilerplate, Body]
        );
        // A heading of links is a short line: a sentence that starts with the word is the article.
        assert_eq!(
            roles("The talks resumed.\n\nRecommended by the union, the deal passed on Monday."),
            [Body, Body]
        );
    }

    #[test]
    fn share_buttons_and_a_lowercase_byline_are_furniture() {
        use Role::*;
        assert_eq!(
            roles(
                "Ferries return\n\nPrint This Article Share it With Friends\n\n\
                 by Harbour News Weekly 0 Comments\n\nThe ferries returned on Monday."
            ),
            [Headline, Boilerplate, Boilerplate, Body]
        );
    }

    #[test]
    fn a_sign_up_box_ends_where_the_article_goes_on() {
        use Role::*;
        assert_eq!(
            roles(
                "The talks resumed on Monday.\n\nJoin Our Newsletter\n\nOriginal reporting. Delivered to \
                 you.\n\nI'm in\n\nDuring the talks, the minister said little about the plan."
            ),
            [Body, Boilerplate, Boilerplate, Boilerplate, Boilerplate, Body]
        );
        assert_eq!(
            roles("Sign up\n\n“We will win,” she said.\n\nThe vote is on Friday."),
            [Boilerplate, Body, Body]
        );
    }

    #[test]
    fn a_credit_line_ends_the_article() {
        use Role::*;
        assert_eq!(
            roles("The talks resumed.\n\nSOURCE: News agencies\n\nThe teaser of another story."),
            [Body, Boilerplate, Boilerplate]
        );
    }

    #[test]
    fn a_sentence_inside_a_paragraph_is_no_headline() {
        assert_eq!(roles("No full stop here"), [Role::Headline]);
        assert_eq!(
            roles("First one. Second part without stop"),
            [Role::Body, Role::Body]
        );
    }
}
