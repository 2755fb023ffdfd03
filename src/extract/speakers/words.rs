//! The word lists the speaker rules read: pronouns, nouns for people and
//! bodies, the words that open, stop or join a clause, and the kinds of
//! body a description may mean.

pub(super) const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we", "you"];

/// Pronouns that stand for no one in particular (`Someone called it "…"`).
pub(super) const INDEFINITE_PRONOUNS: &[&str] = &[
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "everyone",
    "everybody",
    "nobody",
    "no one",
];

/// The letters of a member of a parliament or an assembly (`MP`, `TD`).
pub(crate) const MEMBER_LETTERS: &[&str] = &["MP", "MEP", "MSP", "TD", "MLA"];

/// Words of a party, a side or a standing before `MP` (`Conservative MP`,
/// `Lib Dem MPs`, `Senior Labour MPs`), which make a member's role of it,
/// not a name.
pub(super) const MEMBER_QUALIFIERS: &[&str] = &[
    "Conservative",
    "Tory",
    "Labour",
    "Liberal",
    "Lib",
    "Dem",
    "Democrat",
    "Democratic",
    "Green",
    "SNP",
    "Independent",
    "Reform",
    "Plaid",
    "DUP",
    "SDLP",
    "Alliance",
    "Unionist",
    "Republican",
    "Opposition",
    "Government",
    "Backbench",
    "Senior",
    // `the Woman MP for Kassanda District`, a seat held by a woman.
    "Woman",
    "Former",
    "Veteran",
    // `Elected MP for Hexley North in 1974, he …`.
    "Elected",
    "Re-elected",
    "Welsh",
    "Scottish",
    "Irish",
    "English",
    "British",
    "Fianna",
    "Fáil",
    "Fine",
    "Gael",
    "Sinn",
    "Féin",
];

/// Nouns in `-ing` that may stand just before a subject's name (`On
/// Monday morning Hendry said`).
pub(super) const ING_NOUNS: &[&str] = &[
    "morning", "evening", "building", "meeting", "briefing", "hearing", "sitting", "wedding",
    "funding", "ceiling", "opening", "setting", "feeling", "offering", "spring",
];

/// Modal verbs: a reporting verb after one may have no subject of its own
/// (`would not call off`), or be inside what an earlier verb reports.
pub(super) const MODALS: &[&str] = &["would", "will", "could", "should", "might", "must"];

/// Forms of verbs that report only weakly: inside a clause that `said`
/// reports, their subject is not whom the quotation is from.
#[rustfmt::skip]
pub(super) const WEAK_REPORTING: &[&str] = &[
    "attacked", "attacks", "continued", "continues", "agreed", "agrees", "maintained", "maintains",
    "signalled", "signaled", "signals", "estimated", "estimates", "indicated", "indicates",
    "forecast", "forecasts", "predicted", "predicts", "proposed", "proposes", "recommended",
    "recommends",
];

/// Prepositions: a name after one is an object, and a reporting word after
/// one a noun.
pub(super) const PREPOSITIONS: &[&str] =
    &["for", "of", "in", "at", "from", "with", "by", "to", "near"];

/// People of a kind who speak for no body, even at one (`Residents of
/// South Uist`, `Staff at Merebrook General Hospital`).
#[rustfmt::skip]
pub(super) const LAY_PLURALS: &[&str] = &[
    "residents", "villagers", "locals", "neighbours", "neighbors", "passengers", "commuters",
    "shoppers", "swimmers", "islanders", "staff", "workers", "employees", "parents", "pupils",
    "students", "patients", "families", "fans", "supporters", "voters", "tenants", "traders",
    "farmers", "customers", "users", "owners", "drivers", "protesters", "mourners", "onlookers",
    "bystanders", "visitors", "holidaymakers", "motorists", "cyclists", "walkers", "fishermen",
    "teachers", "nurses", "doctors", "homeowners", "householders", "crofters",
];

/// Numbers in words, before which a reporting word is a noun (`nine
/// states`).
pub(super) const NUMBERS: &[&str] = &[
    "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "fifty",
    "hundred", "dozen",
];

/// Bodies that speak as one, besides organisations' generic nouns.
pub(super) const SPEAKING_BODIES: &[&str] = &[
    "jury", "panel", "police", "inquiry", "tribunal", "league", "cabinet",
];

/// Plural nouns for people who speak unnamed (`officials`, `residents`).
#[rustfmt::skip]
pub(crate) const PEOPLE_PLURALS: &[&str] = &[
    "officials", "sources", "residents", "villagers", "researchers", "scientists", "analysts",
    "economists", "experts", "critics", "campaigners", "activists", "protesters", "witnesses",
    "doctors", "nurses", "teachers", "parents", "pupils", "students", "investigators",
    "prosecutors", "forecasters", "observers", "supporters", "opponents", "lawmakers",
    "legislators", "diplomats", "insiders", "organisers", "organizers", "locals", "neighbours",
    "neighbors", "shoppers", "commuters", "passengers", "patients", "fans", "voters", "workers",
    "employees", "staff", "colleagues", "relatives", "families", "survivors", "volunteers",
    "inspectors", "engineers", "traders", "farmers", "aides", "advisers", "advisors", "people",
    "others", "users", "customers", "tenants", "rescuers", "authors", "academics", "historians",
    "mourners", "onlookers", "bystanders", "demonstrators", "participants", "delegates",
];

/// Institutions known by one word, named without their article (`the
/// Treasury said`).
pub(super) const INSTITUTIONS: &[&str] = &[
    "Treasury",
    "Pentagon",
    "Kremlin",
    "Vatican",
    "Élysée",
    "Elysee",
    "Bundesbank",
    "Bundestag",
    "Knesset",
    "Duma",
    "Admiralty",
];

/// One-word names of papers that keep their article.
pub(super) const PUBLICATION_WORDS: &[&str] = &[
    "Times", "Post", "News", "Herald", "Gazette", "Tribune", "Journal", "Ledger", "Review", "Press",
];

/// Nouns ending like an agent's (`-er`, `-or`) that name no person.
#[rustfmt::skip]
pub(super) const NOT_PERSON_AGENTS: &[&str] = &[
    "number", "letter", "paper", "matter", "water", "corner", "border", "chapter", "poster",
    "computer", "order", "quarter", "winter", "summer", "other", "power", "centre", "center",
    "meter", "later", "cancer", "disaster", "river", "tower", "chamber", "character", "register",
    "banner", "cluster", "folder", "container", "trailer", "thriller", "answer", "ever", "never",
    "after", "under", "over", "weather", "layer", "proper", "offer", "shelter", "theater",
    "theatre", "flower", "dinner", "lunch", "floor", "door", "error", "factor", "sector", "motor",
    "mirror", "color", "colour", "major", "minor", "interior", "exterior", "favor", "labor",
    "labour", "honor", "honour", "rumor", "rumour", "tumor", "corridor", "harbour",
    "harbor", "monitor", "refrigerator", "elevator", "generator", "indicator", "upper", "lower",
    "inner", "outer", "greater", "silver", "copper", "amber", "timber", "clover", "super",
    "newspaper", "newsletter", "flyer", "sticker",
];

/// People an unnamed source is often described as.
#[rustfmt::skip]
pub(super) const PERSON_NOUNS: &[&str] = &[
    "accountant", "assistant", "attendant", "merchant", "participant", "claimant", "servant",
    "informant", "occupant", "defendant", "respondent", "resident", "client", "correspondent",
    "constituent", "applicant", "migrant", "immigrant", "contestant", "graduate", "delegate",
    "pilot", "chef", "nurse", "analyst", "midwife",
    "official", "consultant", "surgeon", "source", "witness", "neighbour", "neighbor", "passenger", "worker", "employee",
    "parent", "student", "driver", "customer", "shopper", "voter", "survivor", "relative", "friend",
    "colleague", "aide", "diplomat", "insider", "trader", "farmer", "villager", "local", "person",
    "user", "tenant", "agent", "guard", "soldier", "teenager", "pupil", "patient", "victim",
    "bystander", "onlooker", "protester", "demonstrator", "volunteer", "mourner", "regular",
    "commuter", "traveller", "traveler", "rescuer", "engineer", "employer", "candidate", "juror",
    "caller", "viewer", "reader", "listener", "supporter", "opponent", "critic", "pal", "advocate",
    // Trades and offices often capitalised before a name (`Welder Jamie
    // Rafferty`, `Councilor Meredith Salk`).
    "welder", "builder", "carpenter", "electrician", "labourer", "laborer", "cleaner",
    "caretaker", "instructor", "supervisor", "treasurer", "councilor", "auditor", "investor",
    "donor", "ringleader", "radiographer", "photographer", "designer", "lecturer", "tutor",
    "headmaster", "headmistress", "landowner", "homeowner", "shepherd", "gardener", "butcher",
    "garda", "frontman", "frontwoman", "playwright", "architect", "bandmate", "teammate",
    "astronaut", "cosmonaut", "poet", "medic", "mechanic", "lifeguard", "crofter", "roofer",
    "promoter", "conductor", "moderator", "counsellor", "recorder", "winner", "keeper",
    "master", "maker", "goer", "painter", "potter", "dancer", "songwriter", "fisher", "ranger",
    "logger", "brewer", "grower", "rancher", "trucker", "dispatcher", "preacher", "sculptor",
    "hawker", "herder", "cobbler", "docker", "sweeper",
    // People of learning, sport and faith (`Polling expert Siddharth
    // Menon`, `the Catholic priest said`).
    "expert", "academic", "scholar", "athlete", "priest", "monk", "nun", "cleric",
    // Players by position or sport (`the fly-half said`).
    "fly-half", "scrum-half", "full-back", "fullback", "flanker", "hooker", "lock", "centre",
    "spinner", "seamer", "paceman", "all-rounder", "wicketkeeper", "quarterback", "receiver",
    "linebacker", "shortstop", "catcher", "jockey", "sprinter", "swimmer", "golfer", "ruckman",
    "boxer", "fighter", "trainer", "rower", "racer", "runner", "jumper", "thrower",
];

/// Adverbs and auxiliaries that may stand between a subject and its verb.
#[rustfmt::skip]
pub(super) const ADVERBS: &[&str] = &[
    "also", "later", "earlier", "previously", "once", "again", "then", "now", "has", "have", "had", "was",
    "nevertheless", "nonetheless", "however", "therefore", "meanwhile", "too", "though", "instead",
    "were", "is", "are", "will", "would", "could", "should", "might", "may", "did", "does", "do",
    "repeatedly", "reportedly", "publicly", "privately", "simply", "recently", "further", "subsequently",
    "quickly", "angrily", "firmly", "calmly", "bluntly", "flatly", "openly", "separately", "first",
    "finally", "twice", "never", "not", "always", "often", "still", "already", "even", "only", "just",
    "to", "used", "liked", "likes", "wanted", "wants", "tried", "tries", "began", "went", "decided",
    "since", "yesterday", "today", "tonight", "declined", "declines", "refused", "refuses", "agreed",
    "agrees", "promised", "vowed", "hoped", "planned", "sought", "failed", "offered", "chose",
    "threatened", "pledged", "needed", "needs", "seemed", "seems", "appeared", "appears",
];

/// Last words of a place's name (`Marsh Road`, `Wendle Valley`, `Benton
/// County`): a place is no one a pronoun can mean.
#[rustfmt::skip]
pub(super) const PLACE_WORDS: &[&str] = &[
    "Road", "Street", "Avenue", "Lane", "Boulevard", "Square", "Terrace", "Crescent", "Estate",
    "Motorway", "Highway", "Valley", "Vale", "Lawn", "Forks", "Heights", "Springs", "Falls", "Bay",
    "County", "Borough", "Township", "Parish", "Island", "Islands", "Mountains", "River", "Beach",
    "Quay", "Gardens", "Basin", "Coast", "Delta", "Plains", "Peninsula", "Hills", "Lake", "Forest",
    "Moor", "Downs", "Dales", "Fens", "Gulf", "Sea", "Strait", "Creek", "Harbour", "Harbor",
    "Quarter",
];

/// Words after `a` or `one` that open a phrase of time or quantity (`A few
/// minutes later`, `A number of`), not a person.
#[rustfmt::skip]
pub(super) const NOT_SOMEONE: &[&str] = &[
    "few", "little", "lot", "number", "couple", "bit", "while", "moment", "day", "week", "month",
    "year", "decade", "minute", "hour", "series", "range", "total", "handful", "majority", "third",
    "quarter", "half", "further", "new", "recent", "report", "study", "statement", "survey", "poll",
    "spokesperson", "representative", "way", "time", "decision", "vote", "ruling", "letter", "filing",
    "release", "notice", "document", "memo", "email", "post", "press",
];

/// Words that, after `last`, `this`, `next` or `on`, make a time phrase
/// between a subject and its verb (`The company last year described`).
#[rustfmt::skip]
pub(super) const TIME_WORDS: &[&str] = &[
    "week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "spring", "summer",
    "autumn", "fall", "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "time",
];

/// Family relations, which tell a person's sex (`His sister, Kayla Munro`).
#[rustfmt::skip]
pub(super) const RELATIONS: &[(&str, bool)] = &[
    ("mother", true), ("wife", true), ("daughter", true), ("sister", true), ("grandmother", true),
    ("mum", true), ("mom", true), ("aunt", true), ("niece", true), ("granddaughter", true),
    ("widow", true), ("father", false), ("husband", false), ("son", false), ("brother", false),
    ("grandfather", false), ("dad", false), ("uncle", false), ("nephew", false),
    ("grandson", false), ("widower", false),
];

/// Nouns that tell a person's sex, for pronouns: (word, female).
#[rustfmt::skip]
pub(super) const GENDERED_NOUNS: &[(&str, bool)] = &[
    ("spokeswoman", true), ("chairwoman", true), ("congresswoman", true), ("councilwoman", true),
    ("actress", true), ("mother", true), ("wife", true), ("daughter", true), ("sister", true),
    ("woman", true), ("girl", true), ("grandmother", true), ("mum", true), ("mom", true),
    ("spokesman", false), ("chairman", false), ("congressman", false), ("councilman", false),
    ("father", false), ("husband", false), ("son", false), ("brother", false), ("man", false),
    ("boy", false), ("grandfather", false), ("dad", false),
];

/// Words of saying that are nouns after `a` and a word or two, ending
/// their clause (`gave a one-word answer:`).
#[rustfmt::skip]
pub(super) const SAYING_NOUNS: &[&str] = &[
    "answer", "reply", "comment", "claim", "post", "tweet", "report", "promise", "retort", "quip",
    "remark", "appeal", "request", "demand", "vow", "pledge", "boast", "joke", "note", "message",
    "warning", "response",
];

/// Words after `a` that are no adjective of a noun after them: a count
/// (`a few claim`), a conjunction or a relative.
#[rustfmt::skip]
pub(super) const NO_ADJECTIVES: &[&str] = &[
    "few", "lot", "number", "handful", "couple", "majority", "minority", "dozen", "host", "group",
    "series", "hundred", "thousand", "million", "and", "or", "who", "that", "which",
];

/// Words for someone's age or stage of life, which refer back to the
/// person last spoken of (`the teenager said`).
pub(super) const LIFE_STAGES: &[&str] = &[
    "teenager",
    "youngster",
    "pensioner",
    "octogenarian",
    "nonagenarian",
    "centenarian",
    "schoolboy",
    "schoolgirl",
    "toddler",
    "widow",
    "widower",
    "retiree",
    "grandmother",
    "grandfather",
    "newcomer",
    "debutant",
];

/// Nouns for places, before `of` and a place's name (`the town of`).
pub(super) const PLACE_NOUNS: &[&str] = &[
    "town",
    "city",
    "village",
    "province",
    "region",
    "state",
    "county",
    "district",
    "island",
    "port",
    "suburb",
    "capital",
    "municipality",
    "borough",
    "hamlet",
    "valley",
    "area",
];

/// Verbs of judgement whose agent, after a quotation, said it (`rated
/// "inadequate" by Ofsted`, `described as "…" by the judge`).
pub(super) const PASSIVE_JUDGEMENTS: &[&str] = &[
    "rated",
    "described",
    "branded",
    "labelled",
    "labeled",
    "called",
    "deemed",
    "judged",
    "graded",
    "dubbed",
    "hailed",
    "criticised",
    "criticized",
    "condemned",
    "praised",
    "slammed",
    "found",
    "dismissed",
    "rejected",
    "derided",
    "denounced",
    "ridiculed",
    "characterised",
    "characterized",
];

/// Words that start a new clause: the subject of a verb is after them.
#[rustfmt::skip]
pub(super) const CLAUSE_STOPS: &[&str] = &[
    "and", "but", "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "if",
    "although", "though", "so", "than", "whether", "what", "or", "nor", "yet", "as",
];

/// Words that open a clause or a phrase: a clause when a subject follows
/// them straight up to its verb (`after Khanyisa Power said`), a phrase
/// otherwise (`after admitting`, `before the incident, read`).
pub(super) const CLAUSE_OR_PHRASE: &[&str] = &["after", "before", "until", "unless"];

/// Lower-case words that open an aside between a subject and its verb
/// (`X, in a letter to …, said`).
pub(super) const ASIDE_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "with",
    "by",
    "during",
    "after",
    "before",
    "from",
    "speaking",
    "writing",
    "asked",
    "interviewed",
    "according",
    "despite",
    "under",
    "via",
    "through",
    "following",
    "addressing",
];

/// Players' positions, by which a report refers back to the player last
/// spoken of (`said the flanker`).
#[rustfmt::skip]
pub(super) const SPORT_POSITIONS: &[&str] = &[
    "flanker", "fly-half", "scrum-half", "hooker", "prop", "lock", "winger", "centre", "full-back",
    "fullback", "number eight", "striker", "midfielder", "defender", "goalkeeper", "keeper",
    "centre-back", "centre-half", "left-back", "right-back", "playmaker", "forward", "opener",
    "batter", "batsman", "batswoman", "bowler", "spinner", "paceman", "seamer", "all-rounder",
    "wicketkeeper", "wicket-keeper", "quarterback", "pitcher", "catcher", "shortstop",
    "point guard", "netballer", "shooter", "goal attack", "goal shooter", "jockey", "rider",
    "sprinter", "swimmer", "golfer", "cyclist",
];

/// Words naming a people, used as `the Swede said` for a person named before.
pub(super) const DEMONYMS: &[&str] = &[
    "swede",
    "dane",
    "finn",
    "scot",
    "briton",
    "brit",
    "pole",
    "czech",
    "slovak",
    "turk",
    "greek",
    "swiss",
    "thai",
    "spaniard",
    "dutchman",
    "dutchwoman",
    "frenchman",
    "frenchwoman",
    "englishman",
    "englishwoman",
    "irishman",
    "irishwoman",
    "welshman",
    "welshwoman",
    "scotsman",
    "scotswoman",
    "kiwi",
    "aussie",
    "yank",
    "serb",
    "croat",
    "bosnian",
    "argentine",
    "filipino",
    "filipina",
    "basque",
    "german",
    "american",
    "mexican",
    "african",
    "moroccan",
    "kenyan",
    "ugandan",
    "jamaican",
    "dominican",
    "cuban",
    "venezuelan",
    "afghan",
    "pakistani",
    "bangladeshi",
    "iraqi",
    "israeli",
    "kuwaiti",
    "qatari",
    "saudi",
    "somali",
    "nepali",
    "kazakh",
    "uzbek",
    "omani",
    "yemeni",
    "emirati",
    "bahraini",
    "rwandan",
    "angolan",
    "samoan",
    "tongan",
    "texan",
    "nebraskan",
    "oklahoman",
    "kansan",
    "iowan",
    "ohioan",
    "alaskan",
    "arizonan",
    "coloradan",
    "minnesotan",
    "montanan",
    "nevadan",
    "idahoan",
    "utahn",
    "michigander",
    "vermonter",
    "marylander",
    "wisconsinite",
    "hoosier",
];

/// Regions', cities' and a few nations' people, as `the Breton said` only
/// (not alone, where `Fleming said` and `Breton said` are surnames, nor
/// before a noun, `the Fleming report`).
pub(super) const PEOPLES_OF_PLACES: &[&str] = &[
    "breton",
    "catalan",
    "fleming",
    "walloon",
    "bavarian",
    "sicilian",
    "corsican",
    "cornishman",
    "yorkshireman",
    "glaswegian",
    "dubliner",
    "corkman",
    "kerryman",
    "ulsterman",
    "geordie",
    "scouser",
    "italian",
    "australian",
    "canadian",
    "norwegian",
    "brazilian",
    "chilean",
    "peruvian",
    "colombian",
    "nigerian",
    "ghanaian",
];

/// Words that open a phrase that is not the subject (`In Tehran, …`,
/// `Asked about …, X said`).
#[rustfmt::skip]
pub(super) const OPENERS: &[&str] = &[
    "in", "on", "at", "after", "before", "during", "outside", "inside", "at", "from", "for", "with",
    "without", "speaking", "asked", "writing", "reached", "later", "earlier", "meanwhile", "however",
    "according", "as", "by", "under", "over", "since", "until", "despite", "like", "unlike", "aged",
    "within", "amid", "among", "across", "around", "throughout", "following", "through", "against",
    "back", "told", "pressed", "challenged", "questioned", "confronted", "beneath", "beside", "behind",
    "below", "above", "along", "beyond", "upon", "toward", "towards", "amongst", "shortly", "moments",
];

/// Words that open a clause of time, reason or condition (`When I ask
/// Mary …`, `… when Ms Ostrowski sat down`).
#[rustfmt::skip]
pub(super) const SUBORDINATORS: &[&str] = &[
    "when", "as", "after", "before", "while", "if", "although", "though", "once", "since",
    "until", "whenever",
];

/// Determiners and possessives that may start a subject phrase.
#[rustfmt::skip]
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "one", "another", "two", "three",
    "both", "this", "these", "those", "some", "many", "several",
];

/// Verbs after which the speaker may follow: `said X`, `added X`.
#[rustfmt::skip]
pub(super) const INVERTING: &[&str] = &[
    "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "continued", "explained",
    "replied", "recalled", "noted", "argued", "insisted", "warned", "remarked", "observed", "declared",
    "announced", "tweeted", "posted", "concluded", "countered", "conceded", "admitted", "acknowledged",
    "stressed", "cautioned", "quipped", "joked", "shouted", "whispered", "responded", "answered",
    "warns", "insists", "argues", "claims", "admits", "concedes", "notes", "explains", "recalls",
    "reveals", "declares", "tweets", "posts", "replies", "continues", "posed", "queried", "wondered",
    "laughed", "laughs", "called", "cried", "yelled", "exclaimed", "sighed", "smiled", "grinned",
    "chuckled", "boasted", "urged", "stated", "confirmed", "shouts", "whispers", "responds",
    "answers", "quips", "jokes", "remarks", "observes", "announces", "concludes", "counters",
    "acknowledges", "stresses", "cautions", "cries", "yells", "exclaims", "sighs", "smiles", "grins",
    "chuckles", "boasts", "urges", "states", "confirms", "wonders", "calls", "read", "reads",
    // (`"This is murder," alleged Ramvati Devi`: common in South Asian copy.)
    "alleged", "alleges", "claimed", "asserted", "asserts", "maintained", "maintains", "pleaded",
    "demanded", "demands", "agreed", "agrees",
    // (`…," fumed Mokoena`: the tabloid's verbs of feeling.)
    "fumed", "ranted", "seethed", "groaned", "moaned", "grumbled", "sobbed", "bellowed",
    "sneered", "murmured", "gasped",
];

/// Of [`INVERTING`], verbs that put their subject after them with no
/// object between (`…, admits the group's adviser, Grace Otim.`), as
/// `asked`, `urged` or `told` do not.
#[rustfmt::skip]
pub(super) const SUBJECT_AFTER: &[&str] = &[
    "says", "said", "admits", "admitted", "insists", "insisted", "argues", "argued", "adds",
    "added", "notes", "noted", "explains", "explained", "concedes", "conceded", "recalls",
    "recalled", "counters", "countered", "writes", "wrote",
];

/// Words that end a name phrase read rightwards after a verb.
#[rustfmt::skip]
pub(super) const AFTER_STOPS: &[&str] = &[
    "on", "in", "at", "during", "after", "before", "to", "from", "with", "without", "while", "and", "but",
    "that", "as", "when", "who", "which", "whose", "last", "this", "yesterday", "today", "tonight", "of",
    "for", "via", "through", "about",
];

/// Words after a name phrase that show it is the subject of a reported
/// clause (`said Ottawa would …`), not the speaker.
#[rustfmt::skip]
pub(super) const AUXILIARIES: &[&str] = &[
    "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "can", "did",
    "does", "do", "might", "may", "must",
];

/// Verbs of answering: their pronoun subject is the one last asked.
pub(super) const REPLIES: &[&str] = &[
    "replied",
    "answered",
    "responded",
    "retorted",
    "replies",
    "answers",
    "responds",
];

/// Number words, capitalised, which end no person's name (`Formula One`).
pub(super) const NUMBER_WORDS: &[&str] = &[
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
];

/// Documents whose words are their author's (`the report`, `an
/// inspection`, `the review`).
pub(super) const DOCUMENTS: &[&str] = &[
    "report",
    "review",
    "inspection",
    "investigation",
    "audit",
    "analysis",
    "assessment",
    "evaluation",
    "study",
    "readout",
    "estimate",
    "survey",
    "projection",
    "submission",
];

/// Things sent or put out whose words are their sender's (`a statement
/// from the trust`, `a letter signed by …`).
pub(super) const SENT_WORDS: &[&str] = &[
    "statement",
    "release",
    "letter",
    "note",
    "notice",
    "message",
    "post",
    "email",
];

/// Nouns by which copy refers back to an organisation it has named.
#[rustfmt::skip]
pub(super) const GENERIC_BODIES: &[&str] = &[
    "company", "firm", "group", "business", "airline", "carrier", "retailer", "bank", "agency", "council",
    "authority", "ministry", "department", "government", "club", "party", "union", "trust", "charity",
    "organisation", "organization", "committee", "board", "court", "school", "university", "hospital",
    "campaign", "team", "insurer", "lender", "regulator", "watchdog", "startup", "developer", "publisher",
    "network", "broadcaster", "manufacturer", "carmaker", "supermarket", "chain", "operator", "utility",
    "office", "force", "inspectorate", "commission", "association", "federation", "society",
    "foundation", "partnership", "coalition", "alliance", "institute", "practice", "centre", "center",
    "museum", "clinic", "college", "library", "gallery", "surgery", "bureau", "forum", "service",
    "fund", "airport", "festival", "zoo", "prison", "tribunal", "cooperative", "co-operative",
    "co-op", "constabulary", "directorate", "secretariat", "observatory", "station", "newspaper",
    "housebuilder", "chamber", "guild", "league", "academy", "distillery", "exchange", "unit",
    "body", "corporation", "start-up", "military", "army", "navy", "coastguard", "embassy",
    "consulate", "presidency", "palace", "administration", "militia", "faction", "regime",
    "junta", "parliament", "senate", "assembly", "legislature", "mission", "delegation",
    "movement", "church", "diocese", "orchestra", "choir", "band", "label", "channel", "panel",
    "studio", "magazine", "streamer", "platform", "theatre", "theater", "hotel", "restaurant",
    "brewery", "winery", "outlet", "website", "consultancy", "think-tank", "thinktank", "giant",
    "provider", "supplier", "maker", "brand", "lab", "laboratory", "cafe", "café", "bar", "pub",
    "shop", "store", "bakery", "cinema", "venue", "factory", "bookshop", "consortium", "collective",
    "nonprofit", "non-profit", "conglomerate", "syndicate", "taskforce", "institution",
    "confederation", "municipality", "franchise",
];

/// Words in a body's name that show what kind of body it is, for a noun
/// its name lacks (`the station` for `Radio Westmarch`, `the regulator`
/// for `Water Standards Authority`).
pub(super) const BODY_KINDS: &[(&str, &[&str])] = &[
    ("station", &["Radio", "FM", "TV", "Television"]),
    ("channel", &["TV", "Television", "Channel"]),
    (
        "broadcaster",
        &["Radio", "TV", "Television", "Broadcasting"],
    ),
    ("regulator", &["Authority", "Commission", "Regulator"]),
    (
        "watchdog",
        &["Authority", "Commission", "Ombudsman", "Regulator"],
    ),
    ("airline", &["Airways", "Airlines", "Air"]),
    ("carrier", &["Airways", "Airlines", "Air"]),
    ("carmaker", &["Motors", "Automotive", "Cars"]),
    ("insurer", &["Insurance", "Assurance"]),
    ("lender", &["Bank", "Bancorp", "Finance"]),
    (
        "operator",
        &["Rail", "Railways", "Trains", "Buses", "Transit", "Ferries"],
    ),
    ("utility", &["Water", "Power", "Energy", "Electric", "Gas"]),
    (
        "developer",
        &["Homes", "Developments", "Properties", "Estates"],
    ),
    ("housebuilder", &["Homes", "Developments"]),
    ("retailer", &["Stores", "Retail"]),
    ("supermarket", &["Stores", "Supermarkets", "Foods"]),
    ("charity", &["Trust", "Foundation", "Appeal"]),
    (
        "union",
        &[
            "Union",
            "Federation",
            "Association",
            "Guild",
            "Confederation",
        ],
    ),
    ("force", &["Police", "Constabulary"]),
    ("newspaper", NEWSPAPER_WORDS),
    ("paper", NEWSPAPER_WORDS),
    (
        "club",
        &[
            "FC",
            "United",
            "City",
            "Rovers",
            "Rangers",
            "Athletic",
            "Wanderers",
            "Albion",
        ],
    ),
    ("school", &["Academy", "Primary", "College"]),
    (
        "agency",
        &[
            "Administration",
            "Authority",
            "Service",
            "Office",
            "Bureau",
            "Commission",
        ],
    ),
    ("company", COMPANY_WORDS),
    ("firm", COMPANY_WORDS),
];

/// Nouns that mean a company (`the company said`), which no public body,
/// charity or newspaper is.
pub(super) const COMPANY_NOUNS: &[&str] = &[
    "company",
    "firm",
    "business",
    "startup",
    "retailer",
    "carmaker",
    "manufacturer",
    "supermarket",
    "housebuilder",
    "insurer",
    "lender",
    "airline",
    "chain",
    "developer",
    "publisher",
    "operator",
];

/// Words (lower case) in a body's name that show it is no company.
#[rustfmt::skip]
pub(super) const NOT_COMPANY_WORDS: &[&str] = &[
    "ministry", "department", "council", "authority", "agency", "government", "police",
    "constabulary", "court", "tribunal", "commission", "parliament", "assembly", "senate", "congress",
    "university", "college", "school", "hospital", "trust", "charity", "foundation", "union",
    "federation", "association", "alliance", "coalition", "society", "party", "committee",
    "institute", "inspectorate", "office", "service", "centre", "center", "centres", "centers", "nhs", "states", "republic",
    "kingdom", "nations", "campaign", "army", "navy",
];

/// Words in a newspaper's name (`Harbour Town Gazette`).
pub(super) const NEWSPAPER_WORDS: &[&str] = &[
    "Times",
    "Post",
    "Herald",
    "Courier",
    "Gazette",
    "Chronicle",
    "Echo",
    "Journal",
    "Tribune",
    "Mail",
    "Express",
    "Telegraph",
    "Observer",
];

/// Words that end a company's name (`Dalesway Coaches`, `Kallistos
/// Maritime`), for `the company` and `the firm`.
pub(super) const COMPANY_WORDS: &[&str] = &[
    "Ltd",
    "Ltd.",
    "Limited",
    "PLC",
    "Plc",
    "plc",
    "Inc",
    "Inc.",
    "LLC",
    "Co",
    "Co.",
    "Corp",
    "Corp.",
    "Corporation",
    "Holdings",
    "Group",
    "Coaches",
    "Buses",
    "Industries",
    "Motors",
    "Foods",
    "Airways",
    "Airlines",
    "Systems",
    "Technologies",
    "Energy",
    "Pharmaceuticals",
    "Ferries",
    "Shipbuilders",
    "Homes",
    "Stores",
    "Maritime",
    "Logistics",
    "Shipping",
    "Mining",
    "Petroleum",
    "Chemicals",
    "Labs",
    "Software",
    "Networks",
    "Telecom",
    "Insurance",
    "Capital",
    "Ventures",
    "Brands",
    "Retail",
    "Enterprises",
    "Solutions",
    "Properties",
];

/// Nouns for bodies that are not in [`GENERIC_BODIES`] but, before a
/// name, make it a body's (`the consultancy Andes Risk`).
#[rustfmt::skip]
pub(super) const MORE_BODY_NOUNS: &[&str] = &[
    "consultancy", "site", "website", "outlet", "magazine", "think-tank",
    "thinktank", "platform", "giant", "provider", "supplier", "producer", "maker", "brand", "label",
    "studio", "streamer", "broadcaster", "channel", "lab", "laboratory",
    "restaurant", "cafe", "café", "bar", "pub", "hotel", "shop", "store", "bakery",
    "theatre", "theater", "cinema", "venue", "farm", "factory", "brewery", "winery", "bookshop",
];

/// Verbs by which a subject rejects words that are someone else's
/// (`rejected suggestions that it was "too little, too late"`).
pub(super) const REJECTING: &[&str] = &[
    "rejected",
    "rejects",
    "dismissed",
    "dismisses",
    "disputed",
    "disputes",
    "refuted",
    "rebuffed",
    "denied",
    "denies",
];

/// Bodies of their own kind whose names often add their word to another
/// body's (`Kent Police Federation`, `Harbour Trust Foundation`).
pub(super) const OTHER_BODIES: &[&str] = &[
    "federation",
    "foundation",
    "association",
    "union",
    "society",
    "institute",
    "committee",
    "commission",
    "ombudsman",
    "inspectorate",
];

/// Words by which a draft says a source is not named (`a farmer who asked
/// not to be named`, `speaking on condition of anonymity`).
pub(super) const ANONYMITY: &[&str] = &[
    "not to be named",
    "not be named",
    "not want to be named",
    "not wish to be named",
    "declined to be named",
    "condition of anonymity",
    "requested anonymity",
    "requesting anonymity",
    "granted anonymity",
    "not to be identified",
    "not be identified",
    "not authorised to speak",
    "not authorized to speak",
    "not authorised to comment",
    "not authorized to comment",
    "declined to give",
    "declining to give",
    "not give his name",
    "not give her name",
    "not give their name",
    "name not be used",
];

/// A word each of [`ANONYMITY`]'s phrases holds: a sentence with none of
/// them needs no search for the phrases.
pub(super) const ANONYMITY_CUES: &[&str] = &["name", "anonym", "authori", "identif", "give"];

/// Nouns for a wording, which may stand in apposition to quoted words
/// (`"visionary", a word few residents would use`).
pub(super) const WORDING_NOUNS: &[&str] = &[
    "phrase",
    "word",
    "description",
    "characterisation",
    "characterization",
    "charge",
    "accusation",
    "assessment",
    "line",
    "sentiment",
    "view",
    "verdict",
];

/// Verbs in lower case, irregular or plain, that make a phrase a clause
/// rather than a name (`Almaris saw off competition`, `Fiji beat Wales`).
#[rustfmt::skip]
pub(super) const CLAUSE_VERBS: &[&str] = &[
    "saw", "sees", "see", "put", "puts", "beat", "beats", "spent", "spends", "won", "wins",
    "split", "splits", "took", "takes", "made", "makes", "gave", "gives", "went", "goes", "came",
    "comes", "left", "leaves", "kept", "keeps", "held", "holds", "began", "begins", "ran", "runs",
    "found", "finds", "got", "gets", "brought", "brings", "paid", "pays", "sent", "sends",
    "showed", "shows", "works", "hosts", "is", "was", "are", "were", "has", "had", "have",
];

/// Regions' and blocs' words before `states` (`the Gulf states`, `other
/// EU states`), which make it a noun.
#[rustfmt::skip]
pub(super) const REGIONS: &[&str] = &[
    "Gulf", "EU", "Baltic", "Arab", "Nordic", "Balkan", "Pacific", "Caribbean", "African",
    "Asian", "European", "Asean", "ASEAN", "Opec", "OPEC", "Nato", "NATO", "Sahel", "Andean",
    "Island", "Commonwealth", "Member", "Southern", "Northern", "Western", "Eastern", "Central",
    "Frontline", "Border", "Coastal", "Mediterranean", "Arctic",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_with_the_subject_after_them_invert() {
        for verb in SUBJECT_AFTER {
            assert!(INVERTING.contains(verb), "{verb}");
        }
    }

    #[test]
    fn every_phrase_of_anonymity_holds_a_cue() {
        for phrase in ANONYMITY {
            assert!(
                ANONYMITY_CUES.iter().any(|c| phrase.contains(c)),
                "{phrase}"
            );
        }
    }
}
