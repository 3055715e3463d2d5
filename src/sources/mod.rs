//! Sources: canonical names and sides for speakers. (First cut.)

use crate::analysis::{Attribution, Source};

/// User-supplied aliases and sides that extend or override the built-in gazetteer.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {}

/// Resolves each attribution's speaker to a canonical source; returns the sources.
pub fn resolve(
    _text: &str,
    _attributions: &mut [Attribution],
    _extra: Option<&Gazetteer>,
) -> Vec<Source> {
    Vec::new()
}
