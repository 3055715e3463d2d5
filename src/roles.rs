//! Sentence roles: the headline, the article body, and page furniture (boilerplate).
//!
//! Pasted articles carry teasers ("READ MORE: …"), a credit line ("SOURCE: …") and, after it, a
//! block of related stories. Attribution ignores boilerplate.

use crate::analysis::{Role, Sentence};

/// A line that starts with one of these is a teaser or a credit, not the article.
static BOILERPLATE_PREFIXES: &[&str] = &[
    "READ MORE:",
    "READ ALSO:",
    "RELATED:",
    "OPINION:",
    "WATCH:",
    "LISTEN:",
    "SEE ALSO:",
    "MORE:",
    "SOURCE:",
    "SOURCES:",
    "Read more:",
    "Related:",
    "Opinion:",
    "Source:",
];

/// After a line starting with one of these, everything is boilerplate (the related-stories block).
static END_OF_ARTICLE_PREFIXES: &[&str] = &[
    "SOURCE:",
    "SOURCES:",
    "Source:",
    "Related stories",
    "More from",
];

/// Sets the role of every sentence.
pub fn assign(text: &str, sentences: &mut [Sentence]) {
    let mut ended = false;
    for (i, s) in sentences.iter_mut().enumerate() {
        let t = s.span.text(text);
        s.role = if ended || BOILERPLATE_PREFIXES.iter().any(|p| t.starts_with(p)) {
            Role::Boilerplate
        } else if i == 0 && is_headline(t) {
            Role::Headline
        } else {
            Role::Body
        };
        if END_OF_ARTICLE_PREFIXES.iter().any(|p| t.starts_with(p)) {
            ended = true;
        }
    }
}

/// A first line with no sentence-final punctuation, short enough to be a title.
fn is_headline(t: &str) -> bool {
    !t.ends_with(['.', '!', '?', '"', '”']) && t.split_whitespace().count() <= 20
}
