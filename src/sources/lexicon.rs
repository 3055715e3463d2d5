//! The English word tables that sources, topics, framing, omissions and contrasts read.
//! Data only: add a word with a one-line change and a fixture. All entries are lowercase and
//! normalised as [`super::text::norm_word`] leaves them (no dots, no diacritics, hyphens kept).

/// Titles and the words of multi-word titles: "Foreign Minister Jane Doe" is the person Jane Doe.
pub(crate) static TITLES: &[&str] = &[
    "president", "vice", "prime", "minister", "foreign", "defence", "defense", "interior",
    "finance", "economy", "health", "justice", "deputy", "secretary", "state", "general",
    "spokesman", "spokeswoman", "spokesperson", "press", "chancellor", "ambassador", "envoy",
    "special", "senator", "sen", "rep", "representative", "congressman", "congresswoman",
    "governor", "gov", "mayor", "chief", "director", "chairman", "chairwoman", "chair", "head",
    "commander", "gen", "lt", "col", "colonel", "major", "admiral", "adm", "king", "queen",
    "prince", "crown", "emir", "sheikh", "ayatollah", "pope", "dr", "mr", "mrs", "ms", "miss",
    "professor", "prof", "judge", "adviser", "advisor", "aide", "leader", "senior", "top",
    "national", "security", "executive", "ceo", "founder", "premier", "supreme", "former",
    "acting", "assistant", "undersecretary", "under", "attorney", "lawyer", "officer",
    "negotiator", "coordinator", "presidential", "opposition", "party", "military", "army",
    "intelligence", "sultan", "sir", "lord", "dame", "councillor", "official",
];

/// Nouns for what was said, not who said it: "a White House statement" is the White House.
pub(crate) static SPEECH_NOUNS: &[&str] = &[
    "statement", "statements", "readout", "release", "communique", "report", "reports",
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "tweet", "post", "message",
    "announcement", "briefing", "transcript", "summary", "account", "note", "letter", "office",
    "website", "channel", "account", "press",
];

/// Words that refer back instead of naming: left unresolved when the engine gives no antecedent.
pub(crate) static PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "his", "its", "their",
    "this", "that", "these", "those", "who", "which", "one",
];

/// Words dropped from the front of a phrase before it is named.
pub(crate) static DETERMINERS: &[&str] = &[
    "the", "a", "an", "some", "several", "many", "most", "other", "two", "three", "four", "few",
    "various", "unnamed", "anonymous", "one", "both", "all", "according", "to", "by", "said",
    "says",
];

/// Words a topic never is or starts with: function words, auxiliaries, common verbs and adverbs.
pub(crate) static TOPIC_STOP: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "and", "or", "but", "nor", "so", "yet",
    "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "about", "as", "into",
    "onto", "over", "under", "between", "among", "through", "during", "before", "after", "since",
    "until", "against", "within", "across", "toward", "towards", "upon", "via", "per", "than",
    "regarding", "including", "up", "down", "out", "off", "around", "along", "like", "unlike",
    "whether", "if", "because", "while", "although", "though", "when", "where", "which", "who",
    "whom", "whose", "what", "how", "why", "there", "here", "i", "we", "you", "he", "she", "it",
    "they", "me", "us", "him", "her", "them", "my", "our", "your", "his", "its", "their", "mine",
    "ours", "be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had",
    "having", "do", "does", "did", "done", "doing", "will", "would", "shall", "should", "can",
    "could", "may", "might", "must", "not", "no", "never", "also", "only", "just", "very",
    "too", "far", "much", "more", "most", "less", "least", "still", "already", "again", "even",
    "all", "any", "each", "every", "both", "either", "neither", "some", "such", "own", "same",
    "other", "another", "many", "few", "several", "said", "says", "say", "told", "tell", "made",
    "make", "makes", "got", "get", "gets", "gone", "go", "goes", "went", "come", "came", "take",
    "took", "taken", "give", "gave", "given", "put", "set", "let", "seen", "saw", "see", "know",
    "knew", "known", "think", "thought", "want", "wants", "need", "needs", "try", "tried",
    "agree", "agreed", "agrees", "added", "noted", "stressed", "urged", "warned", "called",
    "continue", "continued", "believe", "believes", "hope", "hopes", "expect", "expects",
    "now", "then", "today", "yesterday", "tomorrow", "tuesday", "monday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
    "july", "august", "september", "october", "november", "december", "year", "years", "month",
    "months", "week", "weeks", "day", "days", "time", "times", "way", "ways", "thing", "things",
    "lot", "part", "kind", "number", "focus", "reasons", "reason", "sidelines", "side", "sides",
    "first", "second", "third", "last", "next", "new", "long", "lasting", "many", "other",
    "can", "cannot", "end", "one", "ones", "everything", "something", "nothing", "anything",
    "able", "possible", "likely", "ready", "sure", "clear", "well", "important",
    "mr", "mrs", "ms", "dr", "according", "ago", "yes", "o", "s", "t", "leaders", "leader",
    "parties", "party", "people", "country", "countries", "officials", "official", "prospect",
    "prospects", "issue", "issues", "matter", "matters", "question", "questions", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds", "thousands", "million",
    "millions", "billion", "billions", "percent", "per cent",
];

/// Nouns ending in "-ing" (other "-ing" words are topics only after a determiner).
pub(crate) static ING_NOUNS: &[&str] = &[
    "meeting", "meetings", "briefing", "building", "funding", "bombing", "shelling", "fighting",
    "killing", "killings", "training", "spending", "housing", "warning", "warnings", "hearing",
    "ruling", "rulings", "uprising", "wellbeing", "offering", "ceiling",
    "gathering", "bombings", "shootings", "shooting", "wedding", "kidnapping",
];

/// Endings of adjectives: a lone lowercase word with one is not a topic ("humanitarian").
pub(crate) static ADJECTIVE_ENDINGS: &[&str] = &[
    "ous", "ful", "less", "ive", "able", "ible", "ian", "-torn", "-like", "-based", "-led",
    "-run", "-backed", "ical",
];

/// Words that begin a topic phrase but are not part of it ("first in-person meeting").
pub(crate) static TOPIC_LEADING_DROP: &[&str] = &[
    "first", "second", "third", "last", "next", "new", "further", "ongoing", "possible",
    "potential", "recent", "latest", "current", "future", "major", "key", "main", "lasting",
    "international", "significant", "real",
];

/// Topic heads that name one subject under several words: the first word is the group's label.
pub(crate) static TOPIC_GROUPS: &[&[&str]] = &[
    &[
        "talks", "talk", "meeting", "meetings", "call", "calls", "conversation", "conversations",
        "discussion", "discussions", "summit", "negotiations", "negotiation", "dialogue",
        "contacts", "phone", "visit", "encounter",
    ],
    &["ceasefire", "truce", "cessation of hostilities", "armistice"],
    &["sanctions", "sanction", "restrictions", "embargo"],
    &["violence", "fighting", "hostilities", "attacks", "bloodshed"],
    &["peace", "peace deal", "peace agreement", "settlement", "peace process"],
    &["humanitarian aid", "aid", "assistance", "relief"],
    &["refugees", "migrants", "displaced people"],
    &["nuclear programme", "nuclear program", "enrichment", "uranium enrichment"],
    &["missile strikes", "strikes", "airstrikes", "air strikes", "bombing", "shelling"],
];

/// Evaluative words: framing a source used or was quoted using. Intensifiers join them
/// ("very good"), and "not" before them is kept ("not constructive").
pub(crate) static EVALUATIVE: &[&str] = &[
    // positive
    "good", "great", "excellent", "positive", "constructive", "productive", "fruitful",
    "useful", "business-like", "businesslike", "substantive", "successful", "frank", "candid",
    "warm", "cordial", "friendly", "honest", "historic", "important", "meaningful",
    "encouraging", "promising", "respectful", "pragmatic", "wonderful",
    "fantastic", "tremendous", "beautiful", "strong", "solid", "fair", "reasonable",
    "responsible", "welcome", "welcomed", "progress", "breakthrough", "hopeful", "optimistic",
    // negative
    "bad", "terrible", "disappointing", "unacceptable", "provocative", "aggressive",
    "dangerous", "reckless", "irresponsible", "illegal", "unlawful", "illegitimate",
    "unjustified", "unprovoked", "outrageous", "absurd", "hysterical", "baseless",
    "groundless", "unfounded", "false", "lies", "propaganda", "hostile", "brutal", "barbaric",
    "horrific", "horrible", "appalling", "shocking", "catastrophic", "tragic", "criminal",
    "crime", "crimes", "terrorist", "terrorism", "genocide", "atrocity", "atrocities",
    "aggression", "invasion", "occupation", "escalation", "threat", "threatening",
    "destabilising", "destabilizing", "tense", "difficult", "tough", "unproductive",
    "pointless", "failure", "failed", "disaster", "disastrous", "deplorable", "regrettable",
    "unfortunate", "concerning", "alarming", "worrying", "serious", "grave", "hypocritical",
    "cynical", "irrational", "insane", "crazy", "weak", "sham", "fake",
];

/// Words that strengthen an evaluative word and belong to its phrase.
pub(crate) static INTENSIFIERS: &[&str] = &[
    "very", "extremely", "highly", "really", "deeply", "truly", "absolutely", "totally",
    "completely", "utterly", "so", "quite", "rather", "most", "particularly", "especially",
    "incredibly", "fairly", "not", "less", "more",
];

/// A quoted fragment of at most this many words is itself a framing phrase.
pub(crate) const FRAMING_MAX_WORDS: usize = 4;

/// "It made no mention of safe zones": the words that state an omission, up to where the topic
/// starts. Each entry is a sequence of words; the topic follows it.
pub(crate) static OMISSION_CUES: &[&[&str]] = &[
    &["made", "no", "mention", "of"],
    &["makes", "no", "mention", "of"],
    &["make", "no", "mention", "of"],
    &["made", "no", "reference", "to"],
    &["makes", "no", "reference", "to"],
    &["did", "not", "mention"],
    &["didnt", "mention"],
    &["does", "not", "mention"],
    &["doesnt", "mention"],
    &["failed", "to", "mention"],
    &["did", "not", "refer", "to"],
    &["did", "not", "address"],
    &["didnt", "address"],
    &["was", "silent", "on"],
    &["was", "silent", "about"],
    &["remained", "silent", "on"],
    &["omitted", "any", "mention", "of"],
    &["omitted", "mention", "of"],
    &["omitted"],
    &["no", "mention", "was", "made", "of"],
    &["there", "was", "no", "mention", "of"],
    &["said", "nothing", "about"],
    &["said", "nothing", "of"],
    &["did", "not", "say", "anything", "about"],
];

/// Words that mark the article setting two sources against each other.
pub(crate) static CONTRAST_MARKERS: &[&[&str]] = &[
    &["while"],
    &["whereas"],
    &["unlike"],
    &["but"],
    &["however"],
    &["in", "contrast"],
    &["by", "contrast"],
    &["contrary", "to"],
    &["on", "the", "other", "hand"],
    &["contradicted"],
    &["contradicting"],
    &["disputed"],
    &["rejected"],
    &["denied"],
    &["differed"],
    &["at", "odds", "with"],
    &["instead"],
];

/// Contrast markers that, opening a sentence, set it against the source of the sentence before.
pub(crate) static CONTRAST_OPENERS: &[&str] = &["however", "but", "in contrast", "by contrast", "instead"];

/// Words after which a new clause (and its subject) starts.
pub(crate) static CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "while", "whereas", "unlike", "than", "however", "although", "though", "yet",
    "contrast", "meanwhile", "instead", "as",
];
