use std::fmt;

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
    /// What was given to `compare` (in JavaScript) is not an analysis.
    BadAnalysis(String),
}

impl Error {
    /// A stable, machine-readable code, the same in Rust, JavaScript and the CLI.
    pub fn code(&self) -> &'static str {
        match self {
            Error::TooLarge { .. } => "too_large",
            Error::UnknownLanguage(_) => "unknown_language",
            Error::BadOptions(_) => "bad_options",
            Error::UnknownSource(_) => "unknown_source",
            Error::BadAnalysis(_) => "bad_analysis",
        }
    }

    /// The message that `Display` shows.
    pub fn message(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::TooLarge { bytes, limit } => {
                write!(f, "text is {bytes} bytes, over the limit of {limit}")
            }
            Error::UnknownLanguage(code) => write!(f, "unknown language code {code:?}"),
            Error::BadOptions(why) => write!(f, "bad options: {why}"),
            Error::UnknownSource(id) => write!(f, "no source or side {id:?} in this analysis"),
            Error::BadAnalysis(why) => write!(f, "not an analysis: {why}"),
        }
    }
}

impl std::error::Error for Error {}

/// Options or an analysis that JSON (or a JavaScript value) could not be read into.
impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Error {
        Error::BadOptions(e.to_string())
    }
}
