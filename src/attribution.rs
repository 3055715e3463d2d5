//! Attribution: who said what. (First cut: to be deepened by the attribution engine.)

use crate::analysis::{Attribution, Quotation, Sentence};
use crate::lang::Lang;

/// Finds the attributions of the article's body sentences.
pub fn attribute(
    _text: &str,
    _lang: Lang,
    _sentences: &[Sentence],
    _quotations: &[Quotation],
) -> Vec<Attribution> {
    Vec::new()
}
