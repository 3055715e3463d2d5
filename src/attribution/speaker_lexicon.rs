//! Word tables for finding a cue's speaker (data, not rules; `speakers.rs` reads them). Every
//! table is lowercase and sorted ([`words!`](crate::wordlist), checked when the crate compiles).

use crate::wordlist::WordList;

/// Relative pronouns: in "officials who have questioned …" the speaker is "who" (standing for
/// the noun phrase before it), not whatever opens the sentence.
static RELATIVE_PRONOUNS: WordList = words!["that", "which", "who", "whom"];

/// Verb forms (not past tenses in -ed, listed apart) that take a clause with "that": after them
/// "that" opens the clause ("said that …") or is a determiner ("told that story"), never a
/// relative pronoun.
static VERBS_BEFORE_THAT: WordList = words![
    "argue", "argues", "believe", "believes", "feel", "feels", "felt", "find", "finds", "found",
    "hear", "heard", "insist", "insists", "knew", "know", "knows", "mean", "means", "meant",
    "said", "saw", "say", "says", "see", "sees", "tell", "tells", "think", "thinks", "thought",
    "told", "write", "writes", "wrote",
];

/// Words that stand between a subject and its cue without ever being the subject's head:
/// adverbs, auxiliaries and modals, quantifiers floated off the subject ("Democrats both said"),
/// and verbs or adjectives that take the cue as their complement ("began dismissing", "could not
/// resist pointing out", "stopped short of calling", "should be able to expect"). A walk from the
/// cue steps over them to reach the subject.
static BETWEEN_SUBJECT_AND_CUE: WordList = words![
    "able",
    "actually",
    "afraid",
    "again",
    "all",
    "almost",
    "already",
    "also",
    "always",
    "am",
    "apparently",
    "are",
    "be",
    "been",
    "began",
    "begin",
    "begins",
    "begun",
    "being",
    "both",
    "can",
    "careful",
    "certainly",
    "clearly",
    "continue",
    "continued",
    "continues",
    "could",
    "decided",
    "did",
    "do",
    "does",
    "each",
    "eager",
    "even",
    "eventually",
    "ever",
    "finally",
    "first",
    "frequently",
    "further",
    "going",
    "got",
    "had",
    "has",
    "have",
    "having",
    "immediately",
    "initially",
    "is",
    "just",
    "keep",
    "keeps",
    "kept",
    "later",
    "less",
    "long",
    "may",
    "might",
    "more",
    "much",
    "must",
    "need",
    "needed",
    "needs",
    "never",
    "not",
    "now",
    "of",
    "often",
    "once",
    "only",
    "perhaps",
    "plan",
    "planned",
    "plans",
    "previously",
    "probably",
    "quick",
    "quickly",
    "rarely",
    "ready",
    "really",
    "recently",
    "refuse",
    "refused",
    "refuses",
    "repeatedly",
    "reportedly",
    "resist",
    "seldom",
    "shall",
    "short",
    "should",
    "similarly",
    "simply",
    "so",
    "sometimes",
    "soon",
    "start",
    "started",
    "starts",
    "still",
    "stopped",
    "then",
    "together",
    "too",
    "tried",
    "tries",
    "try",
    "trying",
    "unable",
    "usually",
    "very",
    "want",
    "wanted",
    "wants",
    "was",
    "went",
    "were",
    "will",
    "willing",
    "would",
];

/// Conjunctions that join a verb phrase to the one before it: right before a cue, the cue's
/// subject is the clause's ("She declared victory and said …").
static VERB_PHRASE_JOINERS: WordList = words!["and", "but", "or", "then"];

/// Subordinators and conjunctions that open an adverbial or coordinate clause with a subject of
/// its own ("when Cruz knocked Rubio …", "but his speech was …").
static ADVERBIAL_OPENERS: WordList = words![
    "although", "because", "but", "if", "once", "though", "unless", "when", "whenever", "where",
    "while",
];

/// Words that open a clause or, as prepositions, a phrase ("after he asked" / "after a lunch",
/// "as they pushed" / "as a hero"): only a pronoun after them is surely a subject.
static CLAUSE_OR_PHRASE_OPENERS: WordList = words!["after", "as", "before", "since", "until"];

/// Pronouns contracted with "is" or "has" that do not name a speaker (apostrophes normalised
/// to '); "he's" and "she's" do ("He's also praising …").
static PRONOUNS_WITH_IS: WordList =
    words!["here's", "it's", "that's", "there's", "what's", "where's"];

/// Modals that are also names: capitalised next to a cue they are the name ("Theresa May
/// said", "Will wrote" for George Will), not an auxiliary.
static MODAL_NAMES: WordList = words!["may", "will"];

/// Prepositions that open a fronted clause around a participle ("In describing …,", "After
/// thanking …,", "By offering …,"): the subject after the clause's comma is the cue's.
static PARTICIPLE_CLAUSE_OPENERS: WordList = words![
    "after", "before", "besides", "by", "despite", "in", "since", "upon", "when", "while",
    "without",
];

/// Prepositions that never open a speaker's noun phrase but are not clause breakers either:
/// a phrase that starts with one ("Despite his low standing", "Amid the din") names no one.
static PHRASE_PREPOSITIONS: WordList = words![
    "across",
    "alongside",
    "amid",
    "among",
    "amongst",
    "around",
    "atop",
    "behind",
    "beneath",
    "beside",
    "beyond",
    "concerning",
    "despite",
    "following",
    "including",
    "inside",
    "like",
    "outside",
    "regarding",
    "throughout",
    "toward",
    "towards",
    "underneath",
    "unlike",
    "upon",
    "via",
    "with",
    "within",
    "without",
];

/// Where one speaks "on", stepped over between a subject and its cue ("Trump on Twitter said",
/// "Sanders on television said"), never a speaker, nor what was said ("posted on its website").
static PLATFORMS: WordList = words![
    "air",
    "blog",
    "camera",
    "facebook",
    "instagram",
    "radio",
    "stage",
    "telegram",
    "television",
    "tiktok",
    "tv",
    "twitter",
    "website",
    "youtube",
];

/// Nouns that make an adverb with "in" ("in general", "in particular", "in fact"): stepped over
/// between a subject and its cue, never a speaker.
static ADVERBIAL_NOUNS: WordList = words![
    "addition",
    "effect",
    "essence",
    "fact",
    "general",
    "part",
    "particular",
    "person",
    "private",
    "public",
    "response",
    "return",
    "short",
    "total",
    "turn",
];

/// Titles and common first names that tell a man: "he" may stand for the name, "she" not.
static MALE_WORDS: WordList = words![
    "aaron",
    "abdul",
    "abdullah",
    "adam",
    "adrian",
    "ahmad",
    "ahmed",
    "akira",
    "alan",
    "albert",
    "alberto",
    "aleksandr",
    "alex",
    "alexander",
    "alexei",
    "alexis",
    "ali",
    "alistair",
    "amir",
    "anatoly",
    "andre",
    "andrei",
    "andres",
    "andrew",
    "andrzej",
    "angelo",
    "anthony",
    "antoine",
    "anton",
    "antonio",
    "antony",
    "arnold",
    "arthur",
    "ashraf",
    "barack",
    "ben",
    "benjamin",
    "bernard",
    "bernie",
    "bill",
    "bob",
    "boris",
    "boyd",
    "brad",
    "brandon",
    "brett",
    "brian",
    "bruce",
    "bryan",
    "carl",
    "carlos",
    "charles",
    "chris",
    "christian",
    "christopher",
    "chuck",
    "clarence",
    "colin",
    "conor",
    "craig",
    "dan",
    "daniel",
    "danny",
    "darren",
    "dave",
    "david",
    "dennis",
    "derek",
    "dieter",
    "dmitri",
    "dmitry",
    "donald",
    "doug",
    "douglas",
    "duncan",
    "dwight",
    "ed",
    "eddie",
    "edward",
    "emmanuel",
    "enrique",
    "eric",
    "erik",
    "ernesto",
    "evan",
    "evgeny",
    "fabio",
    "farid",
    "fernando",
    "francesco",
    "francis",
    "francisco",
    "franz",
    "frederick",
    "gabriel",
    "gareth",
    "gary",
    "gavin",
    "geoffrey",
    "george",
    "gerald",
    "gerhard",
    "giorgio",
    "giovanni",
    "giuseppe",
    "gordon",
    "graham",
    "greg",
    "gregory",
    "gustavo",
    "hans",
    "harold",
    "harry",
    "hassan",
    "heinrich",
    "henri",
    "henry",
    "hiroshi",
    "hugh",
    "hugo",
    "ian",
    "igor",
    "ilya",
    "imran",
    "isaac",
    "ivan",
    "jacob",
    "jacques",
    "jake",
    "james",
    "jamie",
    "jan",
    "jared",
    "jason",
    "javier",
    "jean",
    "jeb",
    "jeff",
    "jeffrey",
    "jeremy",
    "jerome",
    "jim",
    "jimmy",
    "joe",
    "joel",
    "johann",
    "johannes",
    "john",
    "jon",
    "jonathan",
    "jorge",
    "jose",
    "joseph",
    "josh",
    "joshua",
    "juan",
    "julian",
    "justin",
    "kamal",
    "karl",
    "keith",
    "ken",
    "kenneth",
    "kevin",
    "khalid",
    "klaus",
    "kurt",
    "larry",
    "lars",
    "leon",
    "leonid",
    "lloyd",
    "louis",
    "luca",
    "lucas",
    "luis",
    "luke",
    "malcolm",
    "manuel",
    "marc",
    "marco",
    "marcus",
    "mario",
    "martin",
    "mateo",
    "matt",
    "matthew",
    "maurice",
    "max",
    "maxim",
    "michael",
    "miguel",
    "mike",
    "mikhail",
    "mitch",
    "mohamed",
    "mohammad",
    "mohammed",
    "mr",
    "muhammad",
    "nathan",
    "neil",
    "nicholas",
    "nick",
    "nicolas",
    "nigel",
    "nikolai",
    "noah",
    "olaf",
    "oleg",
    "oliver",
    "omar",
    "oscar",
    "owen",
    "pablo",
    "patrick",
    "paul",
    "pavel",
    "pedro",
    "peter",
    "philip",
    "philippe",
    "pierre",
    "piotr",
    "rafael",
    "rahul",
    "rajesh",
    "ralph",
    "ramon",
    "rand",
    "randy",
    "raul",
    "ray",
    "raymond",
    "reince",
    "ricardo",
    "richard",
    "rick",
    "robert",
    "roberto",
    "rodrigo",
    "roger",
    "roland",
    "ron",
    "ronald",
    "ross",
    "roy",
    "rudy",
    "russell",
    "ryan",
    "salman",
    "sam",
    "samuel",
    "scott",
    "sean",
    "sebastian",
    "sergei",
    "sergey",
    "sergio",
    "shane",
    "shawn",
    "simon",
    "stanislav",
    "stefan",
    "stephen",
    "steve",
    "steven",
    "stuart",
    "sultan",
    "tariq",
    "ted",
    "terry",
    "thomas",
    "tim",
    "timothy",
    "tobias",
    "todd",
    "tom",
    "tommy",
    "tony",
    "travis",
    "valentin",
    "valery",
    "victor",
    "vikram",
    "vincent",
    "vitali",
    "vitaly",
    "vladimir",
    "vladislav",
    "volodymyr",
    "walter",
    "warren",
    "wayne",
    "wolfgang",
    "xavier",
    "yaroslav",
    "yevgeny",
    "youssef",
    "yuri",
    "yusuf",
    "zachary",
];

/// Titles and common first names that tell a woman.
static FEMALE_WORDS: WordList = words![
    "abigail",
    "ada",
    "adriana",
    "agnes",
    "aisha",
    "alexandra",
    "alice",
    "alicia",
    "alina",
    "alison",
    "amanda",
    "amelia",
    "amy",
    "ana",
    "anastasia",
    "andrea",
    "angela",
    "angelina",
    "anita",
    "ann",
    "anna",
    "anne",
    "annette",
    "antonia",
    "barbara",
    "beata",
    "beatrice",
    "betty",
    "beverly",
    "brenda",
    "bridget",
    "brigitte",
    "camilla",
    "carla",
    "carly",
    "carmen",
    "carol",
    "caroline",
    "catherine",
    "cecilia",
    "charlotte",
    "chelsea",
    "christina",
    "christine",
    "claire",
    "claudia",
    "cristina",
    "cynthia",
    "dana",
    "daniela",
    "deborah",
    "debra",
    "denise",
    "diana",
    "diane",
    "donna",
    "dorothy",
    "eleanor",
    "elena",
    "elisabeth",
    "elise",
    "eliza",
    "elizabeth",
    "ella",
    "ellen",
    "emily",
    "emma",
    "erika",
    "eva",
    "evelyn",
    "fatima",
    "fiona",
    "florence",
    "frances",
    "francesca",
    "gabriela",
    "gabrielle",
    "gloria",
    "greta",
    "hanna",
    "hannah",
    "harriet",
    "heather",
    "heidi",
    "helen",
    "helena",
    "hillary",
    "huma",
    "ilse",
    "ingrid",
    "irina",
    "isabel",
    "isabella",
    "jacqueline",
    "jane",
    "janet",
    "janice",
    "jennifer",
    "jessica",
    "jill",
    "joan",
    "joanna",
    "joanne",
    "josephine",
    "joyce",
    "judith",
    "judy",
    "julia",
    "julie",
    "karen",
    "katarzyna",
    "kate",
    "katherine",
    "kathleen",
    "kathryn",
    "katie",
    "kelly",
    "kellyanne",
    "kimberly",
    "kristen",
    "kristina",
    "laura",
    "lauren",
    "leila",
    "linda",
    "lisa",
    "liz",
    "lorraine",
    "louise",
    "lucia",
    "lucy",
    "lydia",
    "madeleine",
    "magdalena",
    "maria",
    "marie",
    "marina",
    "marine",
    "marion",
    "marta",
    "martha",
    "mary",
    "megan",
    "megyn",
    "melania",
    "melanie",
    "melissa",
    "mia",
    "michelle",
    "mila",
    "miriam",
    "miss",
    "monica",
    "mrs",
    "ms",
    "nadia",
    "nancy",
    "naomi",
    "natalia",
    "natalie",
    "natasha",
    "nicola",
    "nicole",
    "nina",
    "nora",
    "olga",
    "olivia",
    "pamela",
    "patricia",
    "paula",
    "pauline",
    "penelope",
    "priya",
    "rachel",
    "rebecca",
    "renate",
    "rita",
    "roberta",
    "ruth",
    "sabine",
    "sally",
    "samantha",
    "sandra",
    "sara",
    "sarah",
    "sharon",
    "sheila",
    "silvia",
    "simone",
    "sofia",
    "sonia",
    "sophia",
    "sophie",
    "stephanie",
    "susan",
    "susanne",
    "svetlana",
    "sylvia",
    "tamara",
    "tanya",
    "teresa",
    "theresa",
    "tina",
    "ulrike",
    "ursula",
    "valentina",
    "valeria",
    "vanessa",
    "vera",
    "veronica",
    "wendy",
    "yana",
    "yulia",
    "yvonne",
    "zainab",
];

/// Words that open a clause of their own: a phrase after them is that clause's subject, not the
/// object of a verb before them ("Obama warned that Republicans …", "…, because officials said").
static CLAUSE_OPENERS: WordList = words![
    "after", "although", "and", "as", "because", "before", "but", "for", "how", "if", "nor", "of",
    "once", "or", "since", "so", "than", "that", "though", "unless", "until", "what", "when",
    "whenever", "where", "whether", "which", "while", "who", "whom", "whose", "why",
];

/// Verbs whose object is the subject of a following infinitive or participle ("led some allies
/// to worry", "heard a reporter asking"): that object is the speaker, not the verb's subject.
static OBJECT_CONTROL_VERBS: WordList = words![
    "allow",
    "allowed",
    "allowing",
    "ask",
    "asked",
    "asking",
    "cause",
    "caused",
    "causing",
    "encourage",
    "encouraged",
    "encouraging",
    "expect",
    "expected",
    "force",
    "forced",
    "forcing",
    "get",
    "getting",
    "got",
    "hear",
    "heard",
    "hearing",
    "lead",
    "leading",
    "leave",
    "leaving",
    "led",
    "left",
    "let",
    "letting",
    "persuade",
    "persuaded",
    "prompt",
    "prompted",
    "prompting",
    "push",
    "pushed",
    "pushing",
    "saw",
    "see",
    "seeing",
    "seen",
    "tell",
    "telling",
    "told",
    "urge",
    "urged",
    "urging",
    "want",
    "wanted",
    "wanting",
    "watch",
    "watched",
    "watching",
];

/// Prepositions whose object, right before the "to" of an infinitive cue, is not its subject
/// ("appeared on news shows to tout", "pointed to a case to say"). Not "for" ("for him to say").
static PURPOSE_OBJECT_PREPOSITIONS: WordList =
    words!["at", "from", "in", "into", "on", "through", "to", "with"];

/// Words before such a preposition that make its object the infinitive's subject ("called on
/// the party to denounce", "pressure on the board to explain").
static CONTROL_BEFORE_PREPOSITION: WordList = words![
    "call", "called", "calling", "calls", "count", "counting", "pressure", "relied", "relies",
    "rely", "relying",
];

/// Object pronouns: before an infinitive cue they are its subject ("asked him to explain").
static OBJECT_PRONOUNS: WordList = words!["her", "him", "me", "them", "us", "you"];

/// Verbs with a dummy "it" before a cue adjective ("made it clear that", "makes it plain"):
/// the verb's subject speaks, not "it".
static DUMMY_IT_VERBS: WordList = words!["made", "make", "makes", "making"];

/// News agencies named in parentheses in a dateline ("Washington (Reuters) -"), besides those
/// in capitals ("(AFP)", "(AP)").
static NEWS_AGENCIES: WordList = words!["bloomberg", "reuters", "xinhua"];

/// Forms of "be": after them a phrase with a determiner is a predicate ("It was a tweet
/// pushing …"), not an object.
static COPULAS: WordList = words!["am", "are", "be", "been", "being", "is", "was", "were"];

/// Words that fill a subject slot without naming anyone ("There are reasons …").
static EXPLETIVES: WordList = words!["here", "there"];

/// Words that, with the time words, make a phrase a time phrase ("Last week", "A few minutes
/// later", "In the past"): such a phrase at a clause start names no one.
static TIME_UNITS: WordList = words![
    "day", "days", "decade", "decades", "hour", "hours", "minute", "minutes", "months", "point",
    "time", "weeks", "years",
];

/// Adverbs that make a phrase a time phrase, capitalised or not ("Later in the day", "Hours
/// later").
static TIME_ADVERBS: WordList = words!["ago", "last", "later", "next", "past", "recently"];

/// Prepositions before a time phrase between a subject and its cue ("who in the past has").
static TIME_PREPOSITIONS: WordList = words![
    "after", "at", "before", "by", "during", "for", "from", "in", "on", "over", "since", "through",
    "until", "within",
];

/// Words that may fill out a time phrase ("a few", "that", "early"), with numbers.
static TIME_PHRASE_WORDS: WordList = words![
    "a", "an", "couple", "each", "early", "every", "few", "first", "late", "of", "one", "several",
    "some", "that", "the", "this",
];

/// Words that open a sentence as an adverb, set off by a comma ("Instead, …", "Essentially, …"):
/// never a speaker on their own.
static SENTENCE_ADVERBS: WordList = words![
    "additionally",
    "again",
    "already",
    "also",
    "anyway",
    "basically",
    "besides",
    "certainly",
    "clearly",
    "despite",
    "essentially",
    "even",
    "eventually",
    "finally",
    "first",
    "fortunately",
    "furthermore",
    "hence",
    "however",
    "indeed",
    "instead",
    "ironically",
    "likewise",
    "meanwhile",
    "moreover",
    "nevertheless",
    "nonetheless",
    "now",
    "obviously",
    "otherwise",
    "overall",
    "perhaps",
    "regardless",
    "second",
    "separately",
    "similarly",
    "still",
    "then",
    "therefore",
    "thus",
    "ultimately",
    "unfortunately",
    "yet",
];

/// Closed-class words that may open a sentence capitalised without being a name ("Back in
/// Iowa, …", "Soon, …", "Nobody …"), besides the adverbs, prepositions and time words of the
/// other tables: never remembered as a person.
static NOT_NAMES: WordList = words![
    "afterward",
    "afterwards",
    "ahead",
    "all",
    "alone",
    "along",
    "anybody",
    "anyone",
    "back",
    "both",
    "each",
    "earlier",
    "either",
    "elsewhere",
    "everybody",
    "everyone",
    "few",
    "latest",
    "less",
    "many",
    "more",
    "most",
    "neither",
    "nobody",
    "nothing",
    "rather",
    "several",
    "some",
    "somebody",
    "someone",
    "something",
    "soon",
    "thereafter",
    "together",
];

/// Lowercase nouns ending in -ly, which the adverb rule must not step over ("the family said").
static LY_NOUNS: WordList =
    words!["ally", "anomaly", "assembly", "bully", "family", "monopoly", "rally", "supply",];

/// Verbs that take an object between them and a later cue ("Trump and Ryan issued a statement
/// describing …", "Clinton avoided all mention of …"): the noun phrase after them is not the
/// speaker, the one before them is. Regular past tenses (-ed) count without being listed.
static OBJECT_VERBS: WordList = words![
    "delivered",
    "emailed",
    "gave",
    "give",
    "gives",
    "got",
    "held",
    "holds",
    "issued",
    "lent",
    "made",
    "makes",
    "offered",
    "placed",
    "posted",
    "put",
    "puts",
    "released",
    "revised",
    "sent",
    "showed",
    "shows",
    "spent",
    "took",
    "used",
    "wrote",
];

/// Prepositions that open a phrase about a quotation between it and its cue (`"…," of the
/// Clinton proposals, Mr. Holtz-Eakin said`).
static PHRASE_AFTER_QUOTE: WordList = words!["about", "after", "during", "of", "on", "regarding"];

/// Words that may follow `X said` when it closes a quotation from the next sentence
/// (`"Is it?" Hannity asked of the plan.`), rather than opening reported speech of its own
/// (`Trump said the plan …`): prepositions, time words and manner adverbs.
static AFTER_QUOTE_CUE: WordList = words![
    "about",
    "after",
    "again",
    "angrily",
    "as",
    "at",
    "before",
    "during",
    "finally",
    "flatly",
    "for",
    "from",
    "in",
    "later",
    "laughing",
    "of",
    "on",
    "quietly",
    "recently",
    "simply",
    "smiling",
    "then",
    "through",
    "to",
    "today",
    "when",
    "while",
    "with",
    "yesterday",
];

/// Small words inside a personal name (`Charles de Gaulle`, `Ludwig van Beethoven`).
static NAME_PARTICLES: WordList =
    words!["al", "bin", "da", "de", "del", "der", "du", "la", "le", "of", "van", "von",];

pub fn opens_phrase_after_quote(w: &str) -> bool {
    PHRASE_AFTER_QUOTE.contains(w)
}

pub fn follows_quote_cue(w: &str) -> bool {
    AFTER_QUOTE_CUE.contains(w)
}

pub fn is_name_particle(w: &str) -> bool {
    NAME_PARTICLES.contains(w)
}

pub fn is_time_adverb(w: &str) -> bool {
    TIME_ADVERBS.contains(w)
}

pub fn is_time_unit(w: &str) -> bool {
    TIME_UNITS.contains(w)
}

pub fn is_time_preposition(w: &str) -> bool {
    TIME_PREPOSITIONS.contains(w)
}

pub fn is_time_phrase_word(w: &str) -> bool {
    TIME_PHRASE_WORDS.contains(w)
}

pub fn is_sentence_adverb(w: &str) -> bool {
    SENTENCE_ADVERBS.contains(w)
}

pub fn joins_verb_phrases(w: &str) -> bool {
    VERB_PHRASE_JOINERS.contains(w)
}

pub fn opens_adverbial_clause(w: &str) -> bool {
    ADVERBIAL_OPENERS.contains(w)
}

pub fn opens_clause_or_phrase(w: &str) -> bool {
    CLAUSE_OR_PHRASE_OPENERS.contains(w)
}

pub fn is_modal_name(w: &str) -> bool {
    MODAL_NAMES.contains(w)
}

pub fn opens_participle_clause(w: &str) -> bool {
    PARTICIPLE_CLAUSE_OPENERS.contains(w)
}

pub fn is_phrase_preposition(w: &str) -> bool {
    PHRASE_PREPOSITIONS.contains(w)
}

pub fn is_platform(w: &str) -> bool {
    PLATFORMS.contains(w)
}

pub fn is_adverbial_noun(w: &str) -> bool {
    ADVERBIAL_NOUNS.contains(w)
}

pub fn is_male_word(w: &str) -> bool {
    MALE_WORDS.contains(w)
}

/// Titles that stand before a surname alone and tell a gender.
pub fn is_title_of_address(w: &str) -> bool {
    matches!(w, "mr" | "mrs" | "ms" | "miss")
}

pub fn is_female_word(w: &str) -> bool {
    FEMALE_WORDS.contains(w)
}

/// A common first name (of the gender tables, without their titles).
pub fn is_first_name(w: &str) -> bool {
    (is_male_word(w) || is_female_word(w)) && !is_title_of_address(w)
}

pub fn opens_clause(w: &str) -> bool {
    CLAUSE_OPENERS.contains(w)
}

pub fn is_object_control_verb(w: &str) -> bool {
    OBJECT_CONTROL_VERBS.contains(w)
}

pub fn is_purpose_object_preposition(w: &str) -> bool {
    PURPOSE_OBJECT_PREPOSITIONS.contains(w)
}

pub fn is_control_before_preposition(w: &str) -> bool {
    CONTROL_BEFORE_PREPOSITION.contains(w)
}

pub fn is_object_pronoun(w: &str) -> bool {
    OBJECT_PRONOUNS.contains(w)
}

pub fn takes_dummy_it(w: &str) -> bool {
    DUMMY_IT_VERBS.contains(w)
}

pub fn is_news_agency(w: &str) -> bool {
    NEWS_AGENCIES.contains(w)
}

pub fn is_copula(w: &str) -> bool {
    COPULAS.contains(w)
}

pub fn is_expletive(w: &str) -> bool {
    EXPLETIVES.contains(w)
}

/// Can this word, alone and capitalised at a sentence start, not be a name: a closed-class
/// word, an adverb (-ly), a participle (-ing), a preposition or a time word?
pub fn is_not_name(w: &str) -> bool {
    NOT_NAMES.contains(w)
        || SENTENCE_ADVERBS.contains(w)
        || EXPLETIVES.contains(w)
        || PHRASE_PREPOSITIONS.contains(w)
        || TIME_ADVERBS.contains(w)
        || BETWEEN_SUBJECT_AND_CUE.contains(w)
        || w.len() > 4 && w.ends_with("ly") && !LY_NOUNS.contains(w)
        || w.len() > 5 && w.ends_with("ing")
}

pub fn is_verb_before_that(w: &str) -> bool {
    VERBS_BEFORE_THAT.contains(w)
}

pub fn is_relative_pronoun(w: &str) -> bool {
    RELATIVE_PRONOUNS.contains(w)
}

/// See [`BETWEEN_SUBJECT_AND_CUE`]; also negated auxiliaries ("didn't") and -ly adverbs.
pub fn is_between_subject_and_cue(w: &str) -> bool {
    BETWEEN_SUBJECT_AND_CUE.contains(w)
        || w.contains("n't")
        || (w.len() > 5 && w.ends_with("ly") && !LY_NOUNS.contains(w))
}

/// A listed verb that takes an object even when it is also a cue ("issued a statement saying").
pub fn takes_object(w: &str) -> bool {
    OBJECT_VERBS.contains(w)
}

/// "there's", "it's": a pronoun with "is" or "has", never part of a speaker's name.
pub fn is_pronoun_with_is(w: &str) -> bool {
    PRONOUNS_WITH_IS.contains(w)
}

pub fn is_object_verb(w: &str) -> bool {
    OBJECT_VERBS.contains(w) || (w.len() > 4 && w.ends_with("ed"))
}

/// Heads of a definite nominal that names one person by a role ("the Conservative MP", "the
/// former mayor", "the father"): with no one given that role in the text, it is the last named
/// person (see [`is_proxy_role`] for the exceptions).
static PERSON_ROLES: WordList = words![
    "ambassador",
    "analyst",
    "anchor",
    "author",
    "candidate",
    "captain",
    "ceo",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "coach",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "councillor",
    "councilman",
    "councilwoman",
    "daughter",
    "democrat",
    "director",
    "doctor",
    "economist",
    "envoy",
    "executive",
    "father",
    "founder",
    "governor",
    "husband",
    "judge",
    "lawmaker",
    "leader",
    "legislator",
    "mayor",
    "minister",
    "mother",
    "mp",
    "nominee",
    "physician",
    "premier",
    "president",
    "professor",
    "prosecutor",
    "republican",
    "researcher",
    "senator",
    "sheriff",
    "son",
    "superintendent",
    "wife",
];

/// Roles of someone who speaks for another person or body: "Trump said … the spokesman said" is
/// someone else, so these never fall back to the last named person.
static PROXY_ROLES: WordList = words![
    "adviser",
    "advisor",
    "agent",
    "aide",
    "aides",
    "assistant",
    "attorney",
    "lawyer",
    "official",
    "officials",
    "representative",
    "source",
    "sources",
    "spokesman",
    "spokespeople",
    "spokesperson",
    "spokeswoman",
    "staffer",
];

pub fn is_person_role(w: &str) -> bool {
    PERSON_ROLES.contains(w)
}

pub fn is_proxy_role(w: &str) -> bool {
    PROXY_ROLES.contains(w)
}

/// Irregular past tenses, never nouns: "Mateen met …" is a name and its verb (regular ones end
/// in -ed).
static IRREGULAR_PASTS: WordList = words![
    "became", "began", "broke", "brought", "built", "came", "chose", "drove", "fell", "flew",
    "fought", "found", "gave", "got", "grew", "had", "held", "kept", "knew", "led", "left", "lost",
    "made", "met", "paid", "ran", "rose", "sat", "saw", "sent", "sought", "spent", "stood",
    "struck", "taught", "threw", "took", "went", "won",
];

/// A past tense: irregular, or a regular one ending in -ed.
pub fn is_past_tense(w: &str) -> bool {
    IRREGULAR_PASTS.contains(w) || (w.len() > 4 && w.ends_with("ed"))
}
