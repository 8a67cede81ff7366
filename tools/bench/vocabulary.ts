/**
 * Words for the benchmark corpus: a fictional region's local and national news (ports, rail, budgets, unions),
 * so that generated articles read like the kind of text Claimline analyses without naming real people.
 * Place and outlet names are invented; web addresses use the reserved `.example` top-level domain (RFC 2606).
 * Data, not code. No word here ends a sentence in a way the sentence splitter reads as an abbreviation.
 */

/** Outlets: the first `PUBLISHER_COUNT` publish articles; the others are re-reported or cited. */
export const OUTLETS = [
  { id: 'harbour-gazette', name: 'The Harbour Gazette', shortName: 'Gazette', country: 'Northland' },
  { id: 'northern-ledger', name: 'The Northern Ledger', shortName: 'Ledger', country: 'Northland' },
  { id: 'coastline-daily', name: 'Coastline Daily', shortName: 'Coastline', country: 'Northland' },
  { id: 'valley-broadcaster', name: 'Valley Broadcaster', shortName: 'VB', country: 'Northland' },
  { id: 'metro-observer', name: 'Metro Observer', shortName: 'Observer', country: 'Southmark' },
  { id: 'civic-monitor', name: 'The Civic Monitor', shortName: 'Monitor', country: 'Southmark' },
  { id: 'continental-wire', name: 'Continental Wire', shortName: 'CW', country: 'Southmark' },
  { id: 'baltic-business-review', name: 'Baltic Business Review', shortName: 'BBR', country: 'Eastreach' },
  { id: 'morning-courier', name: 'The Morning Courier', shortName: 'Courier', country: 'Eastreach' },
  { id: 'pan-european-press', name: 'Pan-European Press', shortName: 'PEP', country: 'Eastreach' },
  { id: 'open-harbour-radio', name: 'Open Harbour Radio', shortName: 'OHR', country: 'Northland' },
  { id: 'the-evening-standard-of-eastvale', name: 'The Evening Standard of Eastvale', country: 'Northland' },
] as const;

export const PUBLISHER_COUNT = 6;

export const PLACES = [
  'Northport',
  'Eastvale',
  'Kalmar Bay',
  'Riverside',
  'Oldbridge',
  'Westmarch',
  'Lindholm',
  'Southgate',
  'Fairhaven',
  'Greystone',
  'Marlow Heights',
  'Ashford Valley',
  'Brenning',
  'Halden Point',
] as const;

/** Subjects of events and predictions: bodies that act. */
export const ACTORS = [
  'the city council',
  'the transport ministry',
  'the port authority',
  'the regional government',
  'the central bank',
  "the dockworkers' union",
  'the opposition bloc',
  'the energy regulator',
  'the health ministry',
  'the finance committee',
  'the governing coalition',
  'the water utility',
  'the rail operator',
  "the teachers' union",
  'the environment agency',
  'the chamber of commerce',
] as const;

/** What the stories are about. */
export const PROJECTS = [
  'the harbour expansion',
  'the new tram line',
  'the flood barrier',
  'the hospital extension',
  'the offshore wind farm',
  'the bridge repairs',
  'the school meals programme',
  'the social housing plan',
  'the fuel subsidy',
  'the border crossing upgrade',
  'the water treatment plant',
  'the airport runway',
  'the steelworks rescue',
  'the grain terminal',
  'the ferry contract',
  'the northern power line',
] as const;

/** Things that happen to a project: the past form for events, the base form after a hedge for predictions. */
export const ACTIONS = [
  { past: 'approved {amount} for', base: 'approve {amount} for' },
  { past: 'postponed the vote on', base: 'postpone the vote on' },
  { past: 'rejected the latest proposal on', base: 'reject the latest proposal on' },
  { past: 'signed a contract for', base: 'sign a contract for' },
  { past: 'opened talks on', base: 'open talks on' },
  { past: 'cut {amount} from', base: 'cut {amount} from' },
  { past: 'asked for an audit of', base: 'ask for an audit of' },
  { past: 'delayed work on', base: 'delay work on' },
  { past: 'published its review of', base: 'publish its review of' },
  { past: 'raised safety concerns about', base: 'raise safety concerns about' },
  { past: 'agreed to share the costs of', base: 'agree to share the costs of' },
  { past: 'announced {jobs} new jobs linked to', base: 'announce {jobs} new jobs linked to' },
  { past: 'withdrew its support for', base: 'withdraw its support for' },
  { past: 'called for a public inquiry into', base: 'call for a public inquiry into' },
] as const;

/** Hedged openers for predictions; each is a hedge cue of src/lib/language/lexicon/hedge-cues.ts. */
export const HEDGES = ['may', 'could', 'is likely to', 'is expected to', 'might', 'plans to', 'would'] as const;

/** Judgements for assessments. */
export const JUDGEMENTS = [
  'too expensive for the region',
  'long overdue',
  'badly planned',
  'a risk to the city budget',
  'the best option available',
  'a political gift to the coalition',
  'unlikely to finish on time',
  'a model for other ports',
  'a costly distraction',
  'essential for local jobs',
] as const;

/** Speech verbs after a named or anonymous speaker; each is an attribution cue. */
export const SPEECH_VERBS = ['said', 'told reporters', 'stated', 'confirmed', 'noted', 'claimed'] as const;

export const FIRST_NAMES = [
  'Ana',
  'Marek',
  'Ingrid',
  'Tomas',
  'Leila',
  'Oskar',
  'Helena',
  'Viktor',
  'Sara',
  'Jonas',
  'Irena',
  'Pavel',
  'Maja',
  'Emil',
  'Katarina',
  'Lukas',
  'Noor',
  'Felix',
  'Agnes',
  'Rasmus',
  'Zofia',
  'Anton',
  'Elin',
  'Mikael',
  'Dalia',
  'Henrik',
  'Petra',
  'Nils',
  'Vera',
  'Adrian',
] as const;

export const LAST_NAMES = [
  'Ruiz',
  'Novak',
  'Lindqvist',
  'Berg',
  'Haddad',
  'Kowalski',
  'Jensen',
  'Moreau',
  'Petrova',
  'Sandberg',
  'Horvat',
  'Okafor',
  'Virtanen',
  'Castell',
  'Dahl',
  'Brandt',
  'Eriksen',
  'Falk',
  'Grieg',
  'Holm',
  'Ivanova',
  'Karlsson',
  'Lund',
  'Mayer',
  'Nyström',
  'Olsen',
  'Pereira',
  'Quist',
  'Rask',
  'Strand',
] as const;

/** Roles of named people; `{place}` is filled in. */
export const PERSON_ROLES = [
  { role: 'mayor of {place}', affiliation: '{place} city council' },
  { role: 'transport minister', affiliation: 'national government' },
  { role: 'finance minister', affiliation: 'national government' },
  { role: 'director of the {place} port authority', affiliation: '{place} port authority' },
  { role: 'leader of the opposition bloc', affiliation: 'opposition bloc' },
  { role: "head of the dockworkers' union", affiliation: "dockworkers' union" },
  { role: 'spokesperson for the regional government', affiliation: 'regional government' },
  { role: 'chair of the finance committee', affiliation: 'regional parliament' },
  { role: 'governor of the central bank', affiliation: 'central bank' },
  { role: 'chief executive of the rail operator', affiliation: 'rail operator' },
] as const;

/** Anonymous groups described by office or side: `anonymous-official`. */
export const OFFICIAL_GROUPS = [
  { name: 'a senior official in {place}', role: 'senior official', side: '{place} city council' },
  { name: 'two officials at the transport ministry', role: 'ministry officials', side: 'national government' },
  { name: 'a diplomat posted in {place}', role: 'diplomat', side: 'foreign service' },
  { name: "a person in the {place} mayor's office", role: 'mayoral staff', side: '{place} city council' },
  { name: 'officials at the {place} port authority', role: 'port officials', side: '{place} port authority' },
] as const;

/** Anonymous groups with no office given: `anonymous-source`. */
export const SOURCE_GROUPS = [
  { name: 'people familiar with the {place} talks', role: 'unnamed sources', side: 'unknown' },
  { name: 'sources close to the {place} negotiations', role: 'unnamed sources', side: 'unknown' },
  { name: 'a person with knowledge of the {place} plan', role: 'unnamed source', side: 'unknown' },
] as const;

/**
 * Sentences with no attribution of their own: they continue the one before. `{project}`, `{place}`, and `{n}` drawn
 * from the range `n` gives, so that figures stay plausible.
 */
export const CONTINUATIONS = [
  { text: '{Project} has been debated in {place} for {n} years.', kind: 'context', n: [2, 15] },
  { text: 'Work on {project} has already been delayed {n} times.', kind: 'event', n: [2, 6] },
  { text: 'The plan covers {n} kilometres of new track and road.', kind: 'context', n: [3, 120] },
  { text: 'About {n} households in {place} depend on it.', kind: 'context', n: [200, 40000] },
  { text: 'The first phase alone is budgeted at {n} million euros.', kind: 'context', n: [5, 600] },
  { text: 'Earlier estimates put the cost {n} percent lower.', kind: 'context', n: [5, 60] },
  { text: 'Talks with the contractors ran for {n} weeks without a deal.', kind: 'event', n: [2, 30] },
  { text: 'Residents of {place} have protested {n} times since the spring.', kind: 'event', n: [2, 12] },
  { text: 'Such a move would need the support of {n} council members.', kind: 'assessment', n: [12, 45] },
  { text: 'The decision puts {n} jobs in {place} at stake.', kind: 'assessment', n: [40, 5000] },
  { text: 'Opponents have gathered {n} signatures against it.', kind: 'event', n: [500, 90000] },
  { text: 'A final decision is not due for another {n} months.', kind: 'context', n: [2, 18] },
] as const;

/** Background sentences in the publisher's voice. `{year}` is a stated year. */
export const CONTEXTS = [
  { text: '{Place} is home to about {n} thousand people.', dated: false, n: [8, 400] },
  { text: '{Project} was first proposed in {year}.', dated: true, n: [0, 0] },
  { text: 'The region last held elections in {year}.', dated: true, n: [0, 0] },
  { text: '{Place} lost its main shipyard in {year}.', dated: true, n: [0, 0] },
  { text: 'The port handles about {n} million tonnes of cargo a year.', dated: false, n: [2, 90] },
] as const;

export const HEADINGS = [
  'What was decided',
  'The money',
  'Reactions in {place}',
  'What happens next',
  'Background',
  'The opposition responds',
  'Doubts about the timetable',
  'Who pays',
] as const;

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Month names, from the calendar code the site itself uses. */
export { MONTHS_LONG as MONTHS } from '../../src/lib/language/dates.ts';
