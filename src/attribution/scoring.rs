//! Confidence: the probability that an attribution's content and speaker are right.
//!
//! Each attribution falls in a feature cell (kind, speaker form, cue strength, where the content
//! lies). `scripts/train_attribution.py calibrate` measured how often each cell was right on
//! PolNeAR train; that rate is the confidence. With an empty table (while calibrating) the engine
//! reports `cell / 1000` so that the script can read the cell back.

use super::learned_calibration::CALIBRATION;
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
