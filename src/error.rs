use crate::prelude::*;
use core::fmt;

use crate::json;

/// Why an analysis could not be given. Every input gets either an analysis or one of these.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// The text is larger than [`crate::MAX_TEXT_BYTES`].
    TooLarge { bytes: usize, limit: usize },
    /// A forced language code that quotelens does not know.
    UnknownLanguage(String),
    /// Options that could not be read (for instance, a malformed source list).
    BadOptions(String),
    /// A source or side id given to `compare` that the analysis does not have.
    UnknownSource(String),
}

impl Error {
    /// A stable, machine-readable code, the same in Rust, JavaScript and the CLI.
    pub fn code(&self) -> &'static str {
        match self {
            Error::TooLarge { .. } => "too_large",
            Error::UnknownLanguage(_) => "unknown_language",
            Error::BadOptions(_) => "bad_options",
            Error::UnknownSource(_) => "unknown_source",
        }
    }

    /// The message that `Display` shows, built without `core::fmt`, whose string escaping the
    /// wasm build would otherwise carry.
    pub fn message(&self) -> String {
        let mut m = String::new();
        match self {
            Error::TooLarge { bytes, limit } => {
                m.push_str("text is ");
                json::write_u64(&mut m, *bytes as u64);
                m.push_str(" bytes, over the limit of ");
                json::write_u64(&mut m, *limit as u64);
            }
            Error::UnknownLanguage(code) => {
                m.push_str("unknown language code ");
                json::write_str(&mut m, code);
            }
            Error::BadOptions(why) => {
                m.push_str("bad options: ");
                m.push_str(why);
            }
            Error::UnknownSource(id) => {
                m.push_str("no source or side ");
                json::write_str(&mut m, id);
                m.push_str(" in this analysis");
            }
        }
        m
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl core::error::Error for Error {}
