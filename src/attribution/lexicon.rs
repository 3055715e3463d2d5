//! Hand-written word lists (English). One list per idea; a reviewer adds a word with a one-line
//! change and a fixture. The learned cue table is in `learned_cues.rs`.

use crate::wordlist::WordList;

/// Personal pronouns that can be a speaker, with what they may stand for.
pub static PERSON_PRONOUNS: WordList = words!["he", "she"];
pub static THING_PRONOUNS: WordList = words!["it"];
pub static PLURAL_PRONOUNS: WordList = words!["they"];
/// First and second person speakers: a speaker, never an antecedent lookup.
pub static DEICTIC_PRONOUNS: WordList = words!["i", "we", "you"];

/// Heads of a definite nominal that point back to a person ("the spokesman said").
static PERSON_NOMINALS: WordList = words![
    "aide",
    "candidate",
    "chairman",
    "chairwoman",
    "congressman",
    "congresswoman",
    "director",
    "governor",
    "lawmaker",
    "leader",
    "mayor",
    "minister",
    "official",
    "president",
    "secretary",
    "senator",
    "source",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
];
/// Words that carry the same role as a person nominal's head, when they are not that head
/// itself: (word in a speaker's phrase, the head it matches). Sorted by the first.
static ROLE_FORMS: &str = lines![
    "chairwoman chairman",
    "congresswoman congressman",
    "gov governor",
    "pres president",
    "rep congressman",
    "sen senator",
    "spokesperson spokesman",
    "spokeswoman spokesman",
];
/// Heads of a definite nominal that point back to an organisation or a document ("the statement").
static THING_NOMINALS: WordList = words![
    "administration",
    "agency",
    "camp",
    "campaign",
    "committee",
    "company",
    "department",
    "government",
    "group",
    "ministry",
    "newspaper",
    "organisation",
    "organization",
    "paper",
    "report",
    "statement",
    "study",
];

/// Organisation nominals that name a kind, not a name's head: "the agency" stands for Customs and
/// Border Protection, "the paper" for the Rodong Sinmun. ("The ministry" stands only for a
/// ministry.)
static GENERIC_ORG_NOMINALS: WordList = words![
    "agency",
    "company",
    "group",
    "newspaper",
    "organisation",
    "organization",
    "paper",
];

pub fn is_generic_org_nominal(w: &str) -> bool {
    GENERIC_ORG_NOMINALS.contains(w)
}

/// Words that make a noun phrase an organisation.
static ORG_WORDS: WordList = words![
    "administration",
    "agency",
    "alliance",
    "amnesty",
    "army",
    "assembly",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "cabinet",
    "camp",
    "campaign",
    "center",
    "centre",
    "coalition",
    "command",
    "commission",
    "committee",
    "company",
    "congress",
    "corp",
    "council",
    "court",
    "department",
    "embassy",
    "federation",
    "foundation",
    "fund",
    "government",
    "group",
    "house",
    "inc",
    "institute",
    "international",
    "kremlin",
    "league",
    "ministry",
    "movement",
    "nato",
    "navy",
    "network",
    "office",
    "organisation",
    "organization",
    "parliament",
    "party",
    "pentagon",
    "police",
    "presidency",
    "secretariat",
    "senate",
    "service",
    "society",
    "statement",
    "tribunal",
    "un",
    "union",
    "university",
    "watch",
];
/// Words that make a noun phrase a media source.
static MEDIA_WORDS: WordList = words![
    "abc",
    "ap",
    "bbc",
    "breitbart",
    "cbs",
    "cnn",
    "fox",
    "interfax",
    "journal",
    "magazine",
    "media",
    "msnbc",
    "nbc",
    "newspaper",
    "npr",
    "politico",
    "post",
    "press",
    "reuters",
    "ria",
    "tass",
    "television",
    "times",
    "tv",
];
/// Words that make a speaker unnamed ("a senior official", "people familiar with").
static UNNAMED_WORDS: WordList = words![
    "aides",
    "analysts",
    "anonymity",
    "critics",
    "experts",
    "familiar",
    "insiders",
    "leaders",
    "observers",
    "officials",
    "people",
    "some",
    "sources",
];

/// Abbreviated titles that end with a full stop inside a name.
static TITLE_ABBREVIATIONS: WordList = words![
    "Capt", "Col", "Cpl", "Dr", "Gen", "Gov", "Jr", "Lt", "Maj", "Mr", "Mrs", "Ms", "Prof", "Rep",
    "Rev", "Sen", "Sgt", "Sr", "St",
];

/// Lowercase words that never belong to a speaker noun phrase: they end it when walking out from
/// the cue (clause words, prepositions other than `of`, auxiliaries, negation).
static NP_BREAKERS: WordList = words![
    "about",
    "after",
    "against",
    "also",
    "although",
    "am",
    "among",
    "and",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "for",
    "from",
    "had",
    "has",
    "have",
    "how",
    "however",
    "if",
    "in",
    "into",
    "is",
    "may",
    "meanwhile",
    "might",
    "must",
    "nor",
    "not",
    "on",
    "once",
    "or",
    "over",
    "shall",
    "should",
    "since",
    "so",
    "than",
    "that",
    "then",
    "though",
    "through",
    "to",
    "under",
    "unless",
    "until",
    "was",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "without",
    "would",
    "yet",
];

/// Words between a speaker and its cue that are skipped ("has also said", "previously told").
static CUE_PREFIXES: WordList = words![
    "again",
    "already",
    "also",
    "always",
    "am",
    "are",
    "be",
    "been",
    "being",
    "did",
    "do",
    "does",
    "even",
    "first",
    "further",
    "had",
    "has",
    "have",
    "is",
    "just",
    "later",
    "long",
    "never",
    "not",
    "now",
    "once",
    "only",
    "previously",
    "publicly",
    "recently",
    "repeatedly",
    "reportedly",
    "still",
    "then",
    "to",
    "tried",
    "try",
    "trying",
    "was",
    "were",
    "will",
    "would",
];

/// Words after a cue that introduce a phrase to skip before the content ("said on Tuesday that").
static CUE_SUFFIX_STARTS: WordList = words![
    "at",
    "during",
    "earlier",
    "friday",
    "in",
    "last",
    "late",
    "later",
    "monday",
    "on",
    "recently",
    "saturday",
    "sunday",
    "this",
    "thursday",
    "today",
    "tuesday",
    "wednesday",
    "yesterday",
];

/// Cues after which the next noun phrase is the hearer, not the content ("told reporters that").
static HEARER_CUES: WordList = words![
    "advised",
    "asked",
    "assured",
    "convinced",
    "informed",
    "remind",
    "reminded",
    "reminding",
    "reminds",
    "tell",
    "telling",
    "tells",
    "told",
    "urged",
    "warned",
    "warning",
    "warns",
];

/// Possessives: a cue word right after one is a noun or an adjective ("his repeated attempts").
static POSSESSIVES: WordList = words!["her", "his", "its", "my", "our", "their", "your"];

pub fn is_possessive(w: &str) -> bool {
    POSSESSIVES.contains(w) || w.ends_with("'s")
}

/// Publication verbs of a secondary channel: `"…," Peskov said, Interfax reported`.
static CHANNEL_VERBS: WordList = words!["reported", "reports", "said", "wrote"];

/// After a comma, these open a new clause that reported content does not run into
/// ("…, but", "…, which").
static CLAUSE_OPENERS: WordList = words![
    "although", "but", "compared", "despite", "though", "when", "whereas", "which", "while", "who",
    "whose",
];

pub fn is_clause_opener(w: &str) -> bool {
    CLAUSE_OPENERS.contains(w)
}

/// Words in -ing that head a prepositional phrase, not a participle clause: ", including …"
/// goes on with the content (PolNeAR train: 47 contents run on past it, 4 stop).
static ING_PREPOSITIONS: WordList = words!["concerning", "including", "regarding"];

pub fn is_ing_preposition(w: &str) -> bool {
    ING_PREPOSITIONS.contains(w)
}

/// Cues whose subject is raised out of what is reported (`Trump appears to have …`): the subject
/// is not the source (PolNeAR gives such contents no speaker four times in five).
static RAISING_CUES: WordList = words!["appear", "appeared", "appears", "seem", "seemed", "seems",];

pub fn is_raising_cue(w: &str) -> bool {
    RAISING_CUES.contains(w)
}

/// First words of a scene-setting phrase before `, X said, "…"` (`In an interview, he said, "…"`,
/// `After all, …`): the phrase is the writer's, not the first half of the quotation.
static ADJUNCT_OPENERS: WordList = words![
    "after", "asked", "at", "before", "during", "in", "on", "since", "to", "when", "while", "with",
];

pub fn is_adjunct_opener(w: &str) -> bool {
    ADJUNCT_OPENERS.contains(w) || (w.len() > 5 && w.ends_with("ing"))
}

/// Speech verbs too rare in PolNeAR train to be learned ("…," she quipped): they report speech as
/// surely as "said" does, so they take the weights of "replied" (see `cues::weight`).
static RARE_SPEECH_VERBS: WordList = words![
    "affirmed",
    "averred",
    "bellowed",
    "blurted",
    "chimed",
    "confided",
    "countered",
    "crowed",
    "deadpanned",
    "enthused",
    "exclaimed",
    "exulted",
    "fumed",
    "griped",
    "groaned",
    "grumbled",
    "gushed",
    "hollered",
    "insinuated",
    "insinuates",
    "insinuating",
    "intoned",
    "marveled",
    "marvelled",
    "mumbled",
    "murmured",
    "muttered",
    "quipped",
    "raged",
    "reasoned",
    "rebutted",
    "rejoined",
    "retorted",
    "scoffed",
    "screamed",
    "seethed",
    "sighed",
    "snapped",
    "sneered",
    "snorted",
    "stammered",
    "surmised",
    "whispered",
];

pub fn is_rare_speech_verb(w: &str) -> bool {
    RARE_SPEECH_VERBS.contains(w)
}

/// Cue words of the learned table that name a deed, not a statement ("ordered missile strikes",
/// "discussed the crisis", "released a proposal", "voted for the amendment"): their relations are
/// of the `action` class, which the reader's default view leaves out.
static ACTION_CUES: WordList = words![
    "attempt",
    "attempted",
    "attempting",
    "attempts",
    "championed",
    "discuss",
    "discussed",
    "discusses",
    "discussing",
    "launch",
    "launched",
    "launches",
    "launching",
    "offer",
    "offered",
    "offering",
    "offers",
    "order",
    "ordered",
    "ordering",
    "orders",
    "release",
    "released",
    "releases",
    "releasing",
    "sign",
    "signaled",
    "signaling",
    "signalled",
    "signalling",
    "signals",
    "signed",
    "signing",
    "signs",
    "vote",
    "vote against",
    "vote for",
    "voted",
    "votes",
    "votes for",
    "voting",
    "voting for",
];

pub fn is_action_cue(w: &str) -> bool {
    ACTION_CUES.contains(w)
}

/// Nouns of a decision made known ("announced his retirement"): with one, a cue's object is a
/// deed, not a claim.
static DEED_NOUNS: WordList = words![
    "bid",
    "candidacy",
    "departure",
    "engagement",
    "resignation",
    "retirement",
    "withdrawal",
];

pub fn is_deed_noun(w: &str) -> bool {
    DEED_NOUNS.contains(w)
}

/// Prepositions after a hearer that give only what was spoken of ("informed the ministry of the
/// arrest", "asked him about poverty", "informed me as governor").
static TOPIC_PREPOSITIONS: WordList = words!["about", "as", "of"];

pub fn is_topic_preposition(w: &str) -> bool {
    TOPIC_PREPOSITIONS.contains(w)
}

/// Words that take "of" for a part of something ("most of", "none of").
static QUANTIFIERS: WordList = words![
    "all", "any", "both", "each", "few", "half", "many", "more", "most", "much", "none", "one",
    "part", "rest", "several", "some",
];

pub fn is_quantifier(w: &str) -> bool {
    QUANTIFIERS.contains(w)
}

/// Words after a hearer that open what was said or asked ("asked him whether", "told them that",
/// "urged them to").
static AFTER_HEARER_CLAUSE: WordList = words!["if", "that", "to", "whether"];

pub fn goes_on_after_hearer(w: &str) -> bool {
    AFTER_HEARER_CLAUSE.contains(w)
}

/// Words that open the question put to a speaker ("Asked about the aid, …"): what follows is
/// the asker's, no claim of the speaker's.
static QUESTION_CONTEXT: WordList = words!["asked"];

pub fn is_question_context(w: &str) -> bool {
    QUESTION_CONTEXT.contains(w)
}

/// Prepositions that open an adjunct after a cue ("said on Tuesday", "voted before the
/// deadline"): a short phrase opened by one is no content.
static ADJUNCT_PREPOSITIONS: WordList = words![
    "after", "at", "before", "by", "during", "for", "from", "in", "of", "on", "over", "since",
    "to", "until", "with"
];

pub fn is_adjunct_preposition(w: &str) -> bool {
    ADJUNCT_PREPOSITIONS.contains(w)
}

/// Head nouns of things that cannot speak, though they stand where a speaker would: states,
/// events and pictures ("The crisis pushed …", "Video footage showed …").
static MUTE_NOUNS: WordList = words![
    "crisis",
    "desire",
    "economy",
    "exports",
    "fear",
    "fears",
    "footage",
    "growth",
    "images",
    "name",
    "photo",
    "photos",
    "situation",
    "video",
    "videos",
    "violence",
    "war",
];

pub fn is_mute_noun(w: &str) -> bool {
    MUTE_NOUNS.contains(w)
}

/// A pronoun standing alone as the object of a cue ("revealed it", "said so") names no claim.
static OBJECT_PRONOUNS: WordList = words!["her", "him", "it", "so", "that", "them", "this"];

pub fn is_object_pronoun(w: &str) -> bool {
    OBJECT_PRONOUNS.contains(w)
}

/// Words that negate the cue after them: "did not respond", "made no mention of", "declined to
/// comment". Forms in "n't" are negators too.
static NEGATORS: WordList =
    words!["declined", "failed", "neither", "never", "no", "nor", "not", "refused", "without"];

pub fn is_negator(w: &str) -> bool {
    NEGATORS.contains(w)
}

/// Words of a source's anonymity ("who did not want to be named", "not authorized to speak"): a
/// negation before one is not the cue's.
static ANONYMITY_WORDS: WordList = words![
    "authorised",
    "authorized",
    "identified",
    "named",
    "permitted"
];

pub fn is_anonymity_word(w: &str) -> bool {
    ANONYMITY_WORDS.contains(w)
}

/// Conjunctions that join a second cue to the first ("said … and added").
static CUE_JOINERS: WordList = words!["and", "but"];

pub fn is_cue_joiner(w: &str) -> bool {
    CUE_JOINERS.contains(w)
}

/// Prepositions that end a two-word cue ("talked about", "criticism of"); the learned table has
/// such pairs as one key. Same list as PARTICLES in scripts/train_attribution.py.
static CUE_PARTICLES: WordList = words![
    "about", "against", "as", "at", "by", "for", "from", "in", "of", "on", "over", "to", "with",
];

pub fn is_cue_particle(w: &str) -> bool {
    CUE_PARTICLES.contains(w)
}

/// [`is_cue_particle`] for a word in any case, without allocating (a hot path).
pub fn is_cue_particle_ignoring_case(w: &str) -> bool {
    let mut lower = [0u8; 7];
    let Some(lower) = lower.get_mut(..w.len()) else {
        return false;
    };
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    // ASCII lowercasing leaves the bytes of other characters alone, so `lower` is still UTF-8.
    std::str::from_utf8(lower).is_ok_and(is_cue_particle)
}

/// Determiners and possessives (a context class of the cue model). Same as DETERMINERS in
/// scripts/train_attribution.py.
static DETERMINERS: WordList = words![
    "a", "an", "another", "her", "his", "its", "my", "our", "the", "their", "these", "this",
    "those", "your",
];
/// Auxiliaries, "to" and "not" (a context class of the cue model). Same as AUXILIARIES there.
static AUXILIARIES: WordList = words![
    "also", "are", "be", "been", "can", "could", "did", "do", "does", "had", "has", "have", "is",
    "may", "might", "not", "should", "to", "was", "were", "will", "would",
];

/// Relative pronouns that may close an apposition to a source ("a close friend of hers who died
/// in 2000,"); not "that", which opens a content as often.
static APPOSITION_RELATIVES: WordList = words!["which", "who", "whose"];

pub fn is_apposition_relative(w: &str) -> bool {
    APPOSITION_RELATIVES.contains(w)
}

/// Words that titles of works keep in lowercase ("Face the Nation", "Flip the Script with Liz
/// Plank").
static TITLE_SMALL_WORDS: WordList = words![
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "the", "to", "vs", "with",
];

pub fn is_title_small_word(w: &str) -> bool {
    TITLE_SMALL_WORDS.contains(w)
}

/// Words that go with a time word in a phrase that is only a time ("on Thursday", "just today",
/// "earlier this week").
static TIME_MODIFIERS: WordList = words![
    "at", "early", "in", "just", "last", "late", "more", "next", "on", "recently", "since", "that",
    "the", "this", "until",
];

/// Prepositions of a place that may make up a whole content ("reported from Los Angeles").
static PLACE_PREPOSITIONS: WordList = words!["from", "in"];

pub fn is_place_preposition(w: &str) -> bool {
    PLACE_PREPOSITIONS.contains(w)
}

pub fn is_time_modifier(w: &str) -> bool {
    TIME_MODIFIERS.contains(w)
}

/// Verbs whose object is the channel of what is said ("issued a statement saying …"); after
/// other cues the object with its participle is the content ("said Trump's tweet saying … was").
static CHANNEL_OBJECT_VERBS: WordList = words![
    "blasted",
    "circulated",
    "issue",
    "issued",
    "issues",
    "issuing",
    "post",
    "posted",
    "posting",
    "posts",
    "publish",
    "published",
    "publishes",
    "release",
    "released",
    "releases",
    "releasing",
    "send",
    "sending",
    "sends",
    "sent",
    "tweeted",
];

pub fn is_channel_object_verb(w: &str) -> bool {
    CHANNEL_OBJECT_VERBS.contains(w)
}

/// Participles that report what their clause's subject said through the object before them
/// ("issued a statement saying …", "posted a video claiming …").
static REPORTING_PARTICIPLES: WordList = words![
    "announcing",
    "arguing",
    "asserting",
    "claiming",
    "declaring",
    "denying",
    "explaining",
    "insisting",
    "noting",
    "saying",
    "stating",
    "suggesting",
    "warning",
];

pub fn is_reporting_participle(w: &str) -> bool {
    REPORTING_PARTICIPLES.contains(w)
}

/// Words that open the writer's own clause after a quotation and its comma, where a mixed
/// content ends (`… "about right," though voters …`).
static AFTER_QUOTATION_OPENERS: WordList = words![
    "according",
    "although",
    "and",
    "as",
    "because",
    "but",
    "in",
    "on",
    "though",
    "when",
    "which",
    "while",
    "who",
];

pub fn is_after_quotation_opener(w: &str) -> bool {
    AFTER_QUOTATION_OPENERS.contains(w)
}

/// Speech verbs whose participle is not in -ed or -en: "It was said that …", "I was told …" are
/// passives, which name no speaker.
static IRREGULAR_PARTICIPLES: WordList = words!["said", "told"];

pub fn is_irregular_participle(w: &str) -> bool {
    IRREGULAR_PARTICIPLES.contains(w)
}

/// Verbs contracted onto a pronoun ("We’ve", "he’d", "I’m"), after the apostrophe.
static CONTRACTED_VERBS: WordList = words!["d", "ll", "m", "re", "ve"];

pub fn is_contracted_verb(w: &str) -> bool {
    CONTRACTED_VERBS.contains(w)
}

/// Set phrases that hold a cue word and report nothing ("All told, …", "That said, …"), when
/// they stand alone between punctuation (see `reported::in_set_phrase`).
pub static SET_PHRASES: &str = word_rows![
    ["all", "told"],
    ["having", "said", "that"],
    ["that", "being", "said"],
    ["that", "said"],
];

/// Idioms that hold a cue word and report nothing wherever they stand ("is easier said than
/// done", "needless to say", "adding to her lead"; a name: "the group known as ISIS"; "their
/// first known conversation").
pub static IDIOMS: &str = word_rows![
    ["add", "to"],
    ["added", "to"],
    ["adding", "to"],
    ["adds", "to"],
    ["easier", "said", "than", "done"],
    ["first", "known"],
    ["known", "as"],
    ["needless", "to", "say"],
    ["so", "to", "speak"],
    ["suffice", "it", "to", "say"],
    ["truth", "be", "told"],
];

/// Forms of "find": with a reflexive object ("found itself at the center of …") no report.
static FINDING_VERBS: WordList = words!["find", "finding", "finds", "found"];

pub fn is_finding_verb(w: &str) -> bool {
    FINDING_VERBS.contains(w)
}

static REFLEXIVES: WordList = words![
    "herself",
    "himself",
    "itself",
    "myself",
    "ourselves",
    "themselves",
    "yourself",
];

pub fn is_reflexive(w: &str) -> bool {
    REFLEXIVES.contains(w)
}

/// Prepositions before a speech or writing noun that make it the channel of the clause's cue
/// ("said in a statement that …", "on a call").
static CHANNEL_PREPOSITIONS: WordList = words!["in", "on"];

pub fn is_channel_preposition(w: &str) -> bool {
    CHANNEL_PREPOSITIONS.contains(w)
}

static ARTICLES: WordList = words!["a", "an", "the"];

pub fn is_article(w: &str) -> bool {
    ARTICLES.contains(w)
}
pub fn is_determiner(w: &str) -> bool {
    DETERMINERS.contains(w)
}
pub fn is_auxiliary(w: &str) -> bool {
    AUXILIARIES.contains(w)
}

/// Time words between a speaker and the cue ("Trump on Tuesday said"), skipped.
static TIME_WORDS: WordList = words![
    "afternoon",
    "april",
    "august",
    "december",
    "earlier",
    "evening",
    "february",
    "friday",
    "january",
    "july",
    "june",
    "march",
    "monday",
    "month",
    "morning",
    "night",
    "november",
    "october",
    "saturday",
    "september",
    "sunday",
    "thursday",
    "today",
    "tonight",
    "tuesday",
    "wednesday",
    "week",
    "weekend",
    "year",
    "yesterday",
];

pub fn is_time_word(w: &str) -> bool {
    TIME_WORDS.contains(w)
}

/// Capitalised labels before a colon that are page furniture, not a speaker ("Update: …").
static NOT_SPEAKER_LABELS: WordList = words![
    "breaking",
    "by",
    "contributing",
    "correction",
    "editor",
    "editor's",
    "exclusive",
    "foto",
    "fotos",
    "huffpollster",
    "interesar",
    "latest",
    "look",
    "note",
    "photo",
    "photos",
    "read",
    "related",
    "revealed",
    "source",
    "stat",
    "update",
    "video",
    "watch",
];

pub fn is_not_a_speaker_label(w: &str) -> bool {
    NOT_SPEAKER_LABELS.contains(w)
}

/// Words that open a subordinate clause at the start of a sentence ("Though X said …, it …").
static FRONTED_SUBORDINATORS: WordList = words![
    "after", "although", "as", "because", "before", "even", "if", "once", "since", "though",
    "unless", "until", "when", "whereas", "while",
];

pub fn is_fronted_subordinator(w: &str) -> bool {
    FRONTED_SUBORDINATORS.contains(w)
}

/// Verbs of speaking whose object is an audience ("spoke to reporters"), never what was said.
static AUDIENCE_VERBS: WordList =
    words!["speak", "speaking", "speaks", "spoke", "talk", "talked", "talking", "talks",];

pub fn is_audience_verb(w: &str) -> bool {
    AUDIENCE_VERBS.contains(w)
}

/// Participles that give a name ("a group called …", "a website dubbed …").
static NAMING_PARTICIPLES: WordList = words!["called", "dubbed", "named", "titled"];

pub fn is_naming_participle(w: &str) -> bool {
    NAMING_PARTICIPLES.contains(w)
}

/// Prepositions that continue a speaker's noun phrase ("a spokesman for the ministry").
static NP_PREPOSITIONS: WordList = words!["at", "for", "from", "of", "with"];

pub fn is_np_preposition(w: &str) -> bool {
    NP_PREPOSITIONS.contains(w)
}

/// Prepositions inside an apposition to a source, where a role may also say where it is held
/// ("a doctor in the department", an "analyst at Pivotal").
static APPOSITION_PREPOSITIONS: WordList = words!["at", "for", "from", "in", "of", "on", "with"];

pub fn is_apposition_preposition(w: &str) -> bool {
    APPOSITION_PREPOSITIONS.contains(w)
}

/// Words that open a complement clause, dropped from the content's start.
static COMPLEMENTISERS: WordList = words!["that"];

pub fn is_title_abbreviation(w: &str) -> bool {
    TITLE_ABBREVIATIONS.contains(w.trim_end_matches('.'))
}
pub fn is_np_breaker(w: &str) -> bool {
    NP_BREAKERS.contains(w)
}
pub fn is_cue_prefix(w: &str) -> bool {
    CUE_PREFIXES.contains(w) || (w.len() > 4 && w.ends_with("ly"))
}
pub fn is_cue_suffix_start(w: &str) -> bool {
    CUE_SUFFIX_STARTS.contains(w)
}
pub fn is_hearer_cue(w: &str) -> bool {
    HEARER_CUES.contains(w)
}
pub fn is_channel_verb(w: &str) -> bool {
    CHANNEL_VERBS.contains(w)
}
pub fn is_complementiser(w: &str) -> bool {
    COMPLEMENTISERS.contains(w)
}

/// What a speaker word tells about what it can refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refers {
    Person,
    Thing,
    Plural,
}

/// A pronoun that needs an antecedent, and what it may refer to.
pub fn anaphor(w: &str) -> Option<Refers> {
    if PERSON_PRONOUNS.contains(w) {
        Some(Refers::Person)
    } else if THING_PRONOUNS.contains(w) {
        Some(Refers::Thing)
    } else if PLURAL_PRONOUNS.contains(w) {
        Some(Refers::Plural)
    } else {
        None
    }
}
pub fn is_deictic(w: &str) -> bool {
    DEICTIC_PRONOUNS.contains(w)
}
/// The head of a definite nominal that points back ("the spokesman"), and what it refers to.
pub fn nominal(head: &str) -> Option<Refers> {
    if PERSON_NOMINALS.contains(head) {
        Some(Refers::Person)
    } else if THING_NOMINALS.contains(head) {
        Some(Refers::Thing)
    } else {
        None
    }
}
/// The role a word of a speaker's phrase carries, as a person nominal's head names it ("Sen." →
/// "senator", "spokeswoman" → "spokesman"); the word itself when no other form is listed.
pub fn role(w: &str) -> &str {
    ROLE_FORMS
        .split_terminator('\n')
        .find_map(|l| l.strip_prefix(w)?.strip_prefix(' '))
        .unwrap_or(w)
}
pub fn is_org_word(w: &str) -> bool {
    ORG_WORDS.contains(w)
}
pub fn is_media_word(w: &str) -> bool {
    MEDIA_WORDS.contains(w)
}
pub fn is_unnamed_word(w: &str) -> bool {
    UNNAMED_WORDS.contains(w)
}
