//! Confidence: the probability that an attribution's content and speaker are right.
//!
//! Two stages, both fitted by `scripts/train_attribution.py calibrate` (`learned_calibration.rs`):
//!
//! 1. The engine's rate ([`confidence`]). Each attribution falls in a feature cell (kind, speaker
//!    form, cue strength, where the content lies); how often each cell was right on PolNeAR train
//!    (the content and the speaker span) is its rate. The engine itself reads this rate (a
//!    quotation's speaker prefers a likely reading). With an empty table (while calibrating) the
//!    engine reports `cell / 1000` so that the script can read the cell back.
//! 2. The confidence shown ([`reader_confidence`]), a monotone remap of that rate: the chance
//!    that a reader finds the statement right, its words and its source named, as the real
//!    development articles count it (`real_dev`, English, speech and writing). On real articles
//!    the engine's rate is too high (its 0.86 is right 71% of the time): PolNeAR counts the
//!    speaker span ("he") right, a reader needs the source it stands for, and real articles' weak
//!    readings are wrong more often. The remap is a logistic curve in the rate's log-odds with a
//!    second slope under 0.7, fitted on the real articles with PolNeAR train's statements as a
//!    weak prior. It applies to speech and writing: beliefs, evaluations and actions are not
//!    counted on real articles, and keep the engine's rate (`crate::analyze`).
//!
//! A monotone remap keeps the order: [`POLNEAR_MIN_CONFIDENCE`], where the engine's 0.25 lands,
//! keeps exactly the readings that 0.25 kept before the remap, and PolNeAR is scored there. The
//! default minimum (`crate::DEFAULT_MIN_CONFIDENCE`) is 0.25 on the shown scale.

use super::learned_calibration::{CALIBRATION, READER};
use crate::analysis::Kind;

/// How the speaker was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    None = 0,
    /// Taken from the quote before.
    Carried = 1,
    Pronoun = 2,
    Named = 3,
    Nominal = 4,
}

/// Where the content lies relative to the cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    After = 0,
    Before = 1,
    NoCue = 2,
    According = 3,
}

pub fn cell(kind: Kind, form: Form, cue_weight: u8, layout: Layout) -> u16 {
    let bucket = match cue_weight {
        0 => 0,
        1..=127 => 1,
        128..=191 => 2,
        192..=229 => 3,
        _ => 4,
    };
    let kind = match kind {
        Kind::Direct => 0,
        Kind::Partial => 1,
        Kind::Indirect => 2,
        Kind::Mixed => 3,
    };
    kind * 100 + form as u16 * 20 + bucket * 4 + layout as u16
}

/// The calibrated confidence of a cell.
pub fn confidence(cell: u16) -> f32 {
    if CALIBRATION.is_empty() {
        return cell as f32 / 1000.0;
    }
    let rate = match CALIBRATION.binary_search_by_key(&cell, |&(c, _)| c) {
        Ok(i) => CALIBRATION[i].1,
        // An unseen cell: the overall rate, stored as the last row.
        Err(_) => CALIBRATION[CALIBRATION.len() - 1].1,
    };
    rate as f32 / 255.0
}

/// The engine's minimum of 0.25, chosen on PolNeAR's scale, carried onto the shown scale: the
/// remap of the lowest engine rate at or above 0.25 (the script makes the rates under it map
/// lower). PolNeAR, which counts every relation, is scored from here
/// (`scripts/eval_attribution.py` reads it from `learned_calibration.rs`).
#[cfg(test)]
const POLNEAR_MIN_CONFIDENCE: f32 = super::learned_calibration::READER_MIN as f32 / 255.0;

/// The confidence shown for an engine rate ([`confidence`]): its remap to the chance that a reader
/// finds the statement and its source right. Identity while the remap is empty (calibrating).
pub fn reader_confidence(engine: f32) -> f32 {
    if READER.is_empty() {
        return engine;
    }
    // Engine rates are k / 255: the remap is a table of the 256 levels.
    let k = (engine * 255.0).round().clamp(0.0, 255.0) as usize;
    READER[k] as f32 / 255.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The engine rate that the default minimum was chosen at.
    const ENGINE_MIN: f32 = 0.25;

    fn level(k: usize) -> f32 {
        k as f32 / 255.0
    }

    #[test]
    fn the_remap_is_monotone_and_a_probability() {
        let shown: Vec<f32> = (0..=255).map(|k| reader_confidence(level(k))).collect();
        assert!(shown.iter().all(|c| (0.0..=1.0).contains(c)), "{shown:?}");
        assert!(shown.windows(2).all(|w| w[0] <= w[1]), "{shown:?}");
        // Every shown confidence is again a level k / 255 (what the output's decimals assume).
        assert!(shown
            .iter()
            .all(|&c| level((c * 255.0).round() as usize) == c));
    }

    #[test]
    fn the_polnear_minimum_keeps_what_the_engine_minimum_kept() {
        for k in 0..=255 {
            let engine = level(k);
            assert_eq!(
                reader_confidence(engine) >= POLNEAR_MIN_CONFIDENCE,
                engine >= ENGINE_MIN,
                "level {k}: {engine} -> {}",
                reader_confidence(engine)
            );
        }
    }

    #[test]
    fn real_articles_lower_the_engine_rate() {
        // The fitted remap (not the identity of an empty table): a reader's right answer needs
        // the source named, so the shown confidence is below the engine's rate in the middle.
        if !READER.is_empty() {
            for k in [128, 191, 219] {
                assert!(reader_confidence(level(k)) < level(k), "level {k}");
            }
        }
    }
}
