/**
 * Word lists the drafter reads sentences with. Data, not code: each list says where it comes from. The shared cue
 * lists (src/lib/language/lexicon/) give the core reporting verbs, introducers and anonymous-source words; these lists add
 * what only drafting needs (more reporting verbs, the nouns that tell a speaker's standing, date words).
 * Sources:
 * - STOVALL: J. G. Stovall, "Verbs of attribution" (jprof.com, 2013): the verbs of attribution used in news writing.
 * - UWC: "Verbs of attribution: going beyond 'so-and-so says'", a university writing centre's list of attributive
 *   verbs (past tense taken here, as news copy uses it).
 * - REUTERS: the Reuters Handbook of Journalism, "Sourcing": describe an anonymous source by position ("a senior
 *   official at the ministry") and say what kind of people unnamed sources are.
 * - AP: the AP Stylebook, "said", "anonymous sources", "datelines", "months", "days of the week", "titles".
 * - HYLAND: K. Hyland (2005), "Metadiscourse": attitude markers and non-forward hedges that mark a judgement.
 */

import { MONTH_NAMES, WEEKDAY_NAMES } from '../language/lexicon/calendar-words.ts';

/** Reporting verbs beyond the shared lexicon's (STOVALL, UWC), in the forms news copy uses. */
export const EXTRA_REPORTING_VERBS: readonly string[] = [
  // The plural present of "said"/"says" ("analysts say"), missing from the shared list (AP, "said").
  'say',
  // STOVALL
  'explained',
  'pointed out',
  'declared',
  'revealed',
  'disclosed',
  // UWC (past tense)
  'acknowledged',
  'admitted',
  'affirmed',
  'alleged',
  'argued',
  'asserted',
  'conceded',
  'contended',
  'insisted',
  'maintained',
  'mentioned',
  'observed',
  'remarked',
  'replied',
  'responded',
  'emphasized',
  'emphasised',
  // STOVALL and UWC, more of the verbs news copy uses to report speech and writing.
  'tweeted',
  'posted',
  'recalled',
  'stressed',
  'reiterated',
  'predicted',
  'accused',
  'pledged',
  'testified',
  'answered',
  'countered',
  'complained',
  'cautioned',
  'concluded',
  'conceded',
  'boasted',
  'joked',
  'quipped',
  'lamented',
  'retorted',
  'proclaimed',
  'estimated',
  // The present tense news copy uses for what someone says in print or on air (AP, "said").
  'adds',
  'notes',
  'writes',
  'argues',
  'explains',
  'insists',
  'warns',
  'claims',
  'tweets',
  'asks',
  'continued',
  // "called" is speech ("called the plan a mistake", "called for talks") but not when it convenes something
  // ("called a meeting", "called an election"): attribution.ts skips it before "a"/"an".
  'called',
  'described',
  'charged',
  // Participles that open a reporting clause after a comma ("…, saying the talks had failed").
  'saying',
  'adding',
  'noting',
  'arguing',
  'telling',
  'insisting',
  'explaining',
];

/**
 * Nouns that describe an unnamed person by office or side (REUTERS): a claim resting on them is
 * `anonymous-official`. The shared lexicon has official(s), diplomat(s) and the spokes- words.
 */
export const OFFICE_NOUNS: readonly string[] = [
  'aide',
  'aides',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'negotiator',
  'negotiators',
  'lawmaker',
  'lawmakers',
  'officer',
  'officers',
  'minister',
  'ministers',
  'envoy',
  'envoys',
  'commander',
  'commanders',
  // Elected offices below the title words: an unnamed councillor or legislator speaks from an office too.
  'councillor',
  'councillors',
  'councilor',
  'councilors',
  'legislator',
  'legislators',
  'senator',
  'senators',
];

/**
 * Unnamed people described by what they do but not by an office (REUTERS asks that unnamed sources be described;
 * the sourcing rules (docs/editing.md) count those without an office as anonymous sources): "analysts said", "investors say".
 */
export const UNNAMED_GROUP_NOUNS: readonly string[] = [
  'analysts',
  'experts',
  'economists',
  'observers',
  'witnesses',
  'residents',
  'insiders',
  'investors',
  'traders',
  'bankers',
  'executives',
];

/** Phrases that name unnamed sources outright (AP, REUTERS), beyond the shared lexicon's. */
export const UNNAMED_SOURCE_PHRASES: readonly string[] = [
  'people briefed on',
  'person briefed on',
  'people close to',
  'person close to',
  'people with direct knowledge of',
  'a person with knowledge of',
];

/**
 * Head nouns of institutions that speak on the record ("the ministry said in a statement"). Such a claim is
 * `named`: a body puts its name to it (docs/editing.md: "someone put their name to it").
 */
export const INSTITUTION_NOUNS: readonly string[] = [
  'authority',
  'authorities',
  'ministry',
  'office',
  'company',
  'government',
  'bank',
  'union',
  'agency',
  'department',
  'police',
  'army',
  'military',
  'court',
  'council',
  'committee',
  'commission',
  'board',
  'parliament',
  'kremlin',
  'white house',
  'pentagon',
  'embassy',
  'firm',
  'administration',
  'presidency',
  'cabinet',
  'holdings',
  'group',
  'corporation',
  'corp',
  'inc',
  'ltd',
  'party',
  'institute',
  'university',
  'fund',
  'association',
  'federation',
  'organisation',
  'organization',
  'service',
  'statistics office',
];

/**
 * Words in the names of news organisations, and names of wire services (AP, "news agencies"), so that an outlet
 * not yet in content/sources/ is still recognised as one: "reports The Daily Post", "according to Interfax".
 */
export const OUTLET_NAME_WORDS: readonly string[] = [
  'journal',
  'times',
  'post',
  'news',
  'press',
  'herald',
  'guardian',
  'telegraph',
  'gazette',
  'tribune',
  'daily',
  'newspaper',
  'broadcaster',
  'magazine',
  // Short names the wires and the big papers go by.
  'wsj',
  'nyt',
  'ft',
  'ap',
  'npr',
  'dpa',
  'reuters',
  'bloomberg',
  'associated press',
  'agence france-presse',
  'afp',
  'tass',
  'interfax',
  'xinhua',
  'bbc',
  'cnn',
  'axios',
  'politico',
  'semafor',
];

/**
 * Capitalised words that begin a title before a name rather than the name itself (AP, "titles"): "Transport
 * Minister Lena Varga", "Governor Ilse Marek". Lower-case titles ("union leader") are never taken for a name.
 */
export const TITLE_WORDS: readonly string[] = [
  'president',
  'prime',
  'minister',
  'secretary',
  'governor',
  'chancellor',
  'senator',
  'sen.',
  'rep.',
  'representative',
  'mayor',
  'general',
  'gen.',
  'admiral',
  'ambassador',
  'envoy',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'chief',
  'director',
  'deputy',
  'vice',
  'foreign',
  'defence',
  'defense',
  'finance',
  'interior',
  'economy',
  'transport',
  'justice',
  'health',
  'trade',
  'energy',
  'special',
  'chairman',
  'chairwoman',
  'chair',
  'ceo',
  'judge',
  'king',
  'queen',
  'pope',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
];

/**
 * Nouns that head a title before a name (AP, "titles"): in a capitalised run, the words up to the last of them are
 * the title with its modifiers ("Deputy Fisheries Commissioner", "Senate Majority Leader", "Chief Financial
 * Officer") and the words after it the name. An abbreviation counts with or without its full stop.
 */
export const TITLE_NOUNS: readonly string[] = [
  'minister',
  'secretary',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'ambassador',
  'envoy',
  'president',
  'president-elect',
  'premier',
  'chancellor',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'director',
  'governor',
  'senator',
  'representative',
  'congressman',
  'congresswoman',
  'mayor',
  'councillor',
  'councilor',
  'commissioner',
  'general',
  'admiral',
  'commander',
  'colonel',
  'captain',
  'chief',
  'executive',
  'officer',
  'ceo',
  'leader',
  'speaker',
  'judge',
  'justice',
  'prosecutor',
  'adviser',
  'advisor',
  'king',
  'queen',
  'pope',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
];

/** Capitalised words that are demonyms or acronyms of places, never a name on their own: "the US president". */
export const PLACE_WORDS: readonly string[] = [
  'us',
  'u.s.',
  'uk',
  'u.k.',
  'eu',
  'un',
  'u.n.',
  'nato',
  'american',
  // Days and months are capitalised too, and are never a speaker (AP, "days of the week", "months"); "may" is left
  // out, as it is far more often the verb.
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES.filter((month) => month !== 'may'),
];

/**
 * Attitude markers and judgement words (HYLAND), plus the shared lexicon's non-forward hedges: a sentence with one,
 * and no stronger signal, is drafted as an `assessment`.
 */
export const ASSESSMENT_CUES: readonly string[] = [
  'usually',
  'typically',
  'generally',
  'concern',
  'concerns',
  'concerned',
  'fear',
  'fears',
  'worry',
  'worries',
  'worried',
  'believe',
  'believes',
  'think',
  'thinks',
  'clearly',
  'obviously',
  'surprisingly',
  'unfortunately',
  'importantly',
  'arguably',
  'remarkably',
  'significant',
  'significantly',
];

/** Words that put a sentence in the future (AP, "future tense"; REUTERS, forecasts): "will", "is due to". */
export const FUTURE_MARKERS: readonly string[] = [
  'will',
  "won't",
  'shall',
  'is to',
  'are to',
  'is due to',
  'are due to',
  'scheduled',
  'upcoming',
  'next',
];

/**
 * Verbs of expectation and belief, which attribute what follows only when a plural unnamed group is their subject
 * ("analysts expect", "economists forecast", "traders believe", "experts warn"): the group is an unnamed source
 * (REUTERS: say what kind of people unnamed sources are). UWC lists "believes", "thinks", "predicts" and "warns"
 * among the verbs of attribution; "expect", "anticipate" and "forecast" are the active forms of what REUTERS calls
 * forecasts ("expected to"). The present plural only: the past of a verb of expectation most often measures an
 * outcome against what was expected ("more than analysts expected", "as traders had feared"), which reports the
 * outcome, not the expectation.
 */
export const GROUP_BELIEF_VERBS: readonly string[] = [
  'expect',
  'anticipate',
  'forecast',
  'predict',
  'believe',
  'think',
  'warn',
  // The present of "estimated" (STOVALL, UWC above).
  'estimate',
];

/** Verbs that forecast: what they attribute looks ahead, so the claim is a prediction (REUTERS, forecasts). */
export const FORECAST_VERBS: readonly string[] = ['expect', 'anticipate', 'forecast', 'predict', 'predicted'];
