import type { SourcingCategory } from '../schema/claim.ts';
import { categoryForChain, type SourceData } from '../schema/source.ts';
import type { Mention } from './mentions.ts';
import { slugify } from './slug.ts';

/**
 * The sources a draft can name: those already in content/sources/, matched by name or short name, and the new ones
 * the draft proposes. It also remembers who was named last, so that "she said", "the official" and "the sources"
 * point back to the right source.
 */

export interface BookSource {
  id: string;
  data: SourceData;
  /** Proposed by this draft (a new file), rather than found in content/sources/. */
  isNew: boolean;
  /** For a new source: the words it was drafted from. */
  from?: string | undefined;
  /** For a new source: why the drafter read it so (its `drafterNotes`). */
  notes?: string[] | undefined;
}

export interface ResolvedAttribution {
  /** Source ids, from the publisher inward. */
  chain: BookSource[];
  category: SourcingCategory;
}

/** Fold a name for comparison: lower case, no leading determiner or quantifier, no punctuation. */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s\b/gu, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/^\s*(?:(?:one|two|three|some|several)\s+of\s+)?(?:the|a|an|one|two|three|four|five|several|some)\s+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Demonyms and place words → the side a group speaks for (docs/editing.md: groups are described by role and side). */
const SIDES: readonly (readonly [RegExp, string])[] = [
  [/\b(?:us|u\.s\.|american|white house|washington)\b/iu, 'United States'],
  [/\b(?:russian|russia|kremlin|moscow)\b/iu, 'Russia'],
  [/\b(?:ukrainian|ukraine|kyiv)\b/iu, 'Ukraine'],
  [/\b(?:european|europe|eu)\b/iu, 'Europe'],
  [/\b(?:british|uk|u\.k\.|london)\b/iu, 'United Kingdom'],
  [/\b(?:chinese|china|beijing)\b/iu, 'China'],
];

function sideOf(text: string): string {
  const sides = SIDES.filter(([pattern]) => pattern.test(text)).map(([, side]) => side);
  return sides.length > 0 ? sides.join(' and ') : 'unknown';
}

/** An acronym short name for an outlet written in capitals ("NYT"), when the text gives one. */
const acronym = (name: string) => (/^[\p{Lu}&-]{2,6}$/u.test(name) ? name : undefined);

/** "The Wall Street Journal" → "wsj": the initials of a name's words, small words aside. */
const initials = (name: string) =>
  name
    .split(/\s+/u)
    .filter((word) => !/^(?:the|of|and|a|an)$/iu.test(word))
    .map((word) => word.charAt(0).toLowerCase())
    .join('');

/** "port authority" → "Port authority": a source's name opens with a capital, as a heading would. */
const capitalFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

export class SourceBook {
  readonly #sources: BookSource[];
  readonly #publisher: BookSource;
  /** Most recent source of each kind named in the draft, for words that point back. */
  #lastPerson: BookSource | undefined;
  #lastInstitution: BookSource | undefined;
  #lastGroup = new Map<SourcingCategory, BookSource>();
  /** A person the text has named (opening a sentence) but not yet quoted: "Anja Holt, who heads…". */
  #pendingPerson: { name: string; role?: string | undefined } | undefined;
  /** The outlet whose story the article re-reports, when it does: its anonymous sources are that outlet's. */
  reReports: BookSource | undefined;

  constructor(existing: readonly { id: string; data: SourceData }[], publisherName: string) {
    this.#sources = existing.map((source) => ({ ...source, isNew: false }));
    this.#publisher =
      this.#findOutlet(publisherName) ??
      this.#add({ type: 'outlet', name: publisherName, shortName: acronym(publisherName) }, publisherName);
  }

  get publisher(): BookSource {
    return this.#publisher;
  }

  /** New sources proposed so far, in the order first named. */
  get proposed(): BookSource[] {
    return this.#sources.filter((source) => source.isNew);
  }

  #findOutlet(name: string): BookSource | undefined {
    const folded = foldName(name);
    if (folded === '') return undefined;
    const outlets = this.#sources.filter((source) => source.data.type === 'outlet');
    const byName = outlets.find(
      (source) =>
        source.data.type === 'outlet' &&
        (foldName(source.data.name) === folded ||
          (source.data.shortName !== undefined && foldName(source.data.shortName) === folded)),
    );
    if (byName) return byName;
    // "WSJ" for "The Wall Street Journal": an acronym of the name's words is the same outlet.
    const bareName = name.replace(/^the\s+/iu, '');
    if (!acronym(bareName)) return undefined;
    const found = outlets.find((source) => initials(source.data.name) === bareName.toLowerCase());
    if (found?.isNew && found.data.type === 'outlet') found.data = { ...found.data, shortName: bareName };
    return found;
  }

  isOutletName(name: string): boolean {
    return this.#findOutlet(name) !== undefined;
  }

  isKnownSurname(word: string): boolean {
    const folded = foldName(word);
    return this.#sources.some(
      (source) => source.data.type === 'person' && foldName(source.data.name).split(' ').at(-1) === folded,
    );
  }

  /** Remember a person the text names before quoting them ("Anja Holt, who heads …, warned …"). */
  notePerson(name: string, role?: string): void {
    this.#pendingPerson = { name, role };
    this.learnName(name);
  }

  /** Full names met in the text, by surname, so that a later "Putin" is the "Vladimir Putin" named before. */
  readonly #fullNames = new Map<string, string>();

  /** The full name met last in the text: who a "he" or "she" with no one quoted before most likely is. */
  #lastNamed: string | undefined;

  learnName(fullName: string): void {
    const surname = foldName(fullName).split(' ').at(-1);
    if (surname && fullName.includes(' ')) {
      this.#fullNames.set(surname, fullName);
      this.#lastNamed = fullName;
    }
  }

  knowsSurname(word: string): boolean {
    return this.isKnownSurname(word) || this.#fullNames.has(foldName(word));
  }

  #add(data: SourceData, from: string): BookSource {
    const base = slugify(foldName(data.name)) || 'source';
    let id = base;
    for (let n = 2; this.#sources.some((source) => source.id === id); n++) id = `${base}-${n}`;
    const source: BookSource = { id, data, isNew: true, from };
    this.#sources.push(source);
    return source;
  }

  #person(name: string, role: string | undefined, from: string): BookSource {
    const single = !name.trim().includes(' ');
    const fullName = (single ? this.#fullNames.get(foldName(name)) : undefined) ?? name;
    const folded = foldName(fullName);
    const found = this.#sources.find(
      (source) =>
        source.data.type === 'person' &&
        (foldName(source.data.name) === folded || (single && foldName(source.data.name).split(' ').at(-1) === folded)),
    );
    return (
      found ??
      this.#add(
        {
          type: 'person',
          name: fullName,
          role: role ?? 'not given in the article',
          affiliation: 'not given in the article',
        },
        from,
      )
    );
  }

  #group(
    name: string,
    sourcing: 'anonymous-official' | 'anonymous-source',
    from: string,
    aliases: readonly string[] = [],
  ): BookSource {
    const folded = new Set([name, ...aliases].map(foldName));
    const found = this.#sources.find(
      (source) =>
        source.data.type === 'group' && source.data.sourcing === sourcing && folded.has(foldName(source.data.name)),
    );
    if (found) return found;
    const role = /\bsources?$/iu.test(name)
      ? 'unnamed sources'
      : foldName(name)
          .split(' ')
          .filter((word) => !/^(?:a|an|the)$/u.test(word) && !SIDES.some(([pattern]) => pattern.test(word)))
          .join(' ') || 'unnamed sources';
    return this.#add({ type: 'group', name, sourcing, role, side: sideOf(name) }, from);
  }

  #institution(name: string, from: string): BookSource {
    const folded = foldName(name);
    const found = this.#sources.find((source) => source.data.type !== 'group' && foldName(source.data.name) === folded);
    if (found) return found;
    const source = this.#add({ type: 'institution', name: capitalFirst(name) }, from);
    source.notes = ['An organisation speaking in its own name: on the record (named).'];
    return source;
  }

  #chain(...links: (BookSource | undefined)[]): ResolvedAttribution {
    const chain = [this.#publisher];
    for (const link of links) if (link && link.id !== chain.at(-1)?.id) chain.push(link);
    return { chain, category: categoryForChain(chain.map((source) => source.data)) };
  }

  /** The attribution a mention gives, with the sources it names (found or proposed). */
  resolve(mention: Mention): ResolvedAttribution {
    switch (mention.kind) {
      case 'outlet': {
        const outlet =
          this.#findOutlet(mention.name) ??
          this.#add({ type: 'outlet', name: mention.name, shortName: acronym(mention.name) }, mention.text);
        return this.#chain(outlet);
      }
      case 'person': {
        let person: BookSource | undefined;
        if (mention.refersBack) {
          const pending = this.#pendingPerson;
          person = pending
            ? this.#person(pending.name, pending.role, mention.text)
            : (this.#lastPerson ??
              (this.#lastNamed === undefined ? undefined : this.#person(this.#lastNamed, undefined, mention.text)));
        } else {
          person = this.#person(mention.name, mention.role, mention.text);
        }
        if (!person) return this.#chain();
        this.#lastPerson = person;
        this.#pendingPerson = undefined;
        return this.#chain(person);
      }
      case 'institution': {
        const institution =
          mention.refersBack && this.#lastInstitution
            ? this.#lastInstitution
            : this.#institution(mention.name, mention.text);
        this.#lastInstitution = institution;
        return this.#chain(institution);
      }
      case 'official':
      case 'unnamed': {
        const sourcing = mention.kind === 'official' ? 'anonymous-official' : 'anonymous-source';
        const via = mention.via
          ? (this.#findOutlet(mention.via) ??
            this.resolve({ ...mention, kind: 'outlet', name: mention.via }).chain.at(-1))
          : this.reReports;
        let group: BookSource | undefined = mention.refersBack
          ? /\b(?:they|them)$/iu.test(mention.text)
            ? [...this.#lastGroup.values()].at(-1)
            : this.#lastGroup.get(sourcing)
          : undefined;
        if (!group) {
          const outletName = via?.data.type === 'outlet' ? (via.data.shortName ?? via.data.name) : undefined;
          const name = mention.refersBack
            ? sourcing === 'anonymous-source'
              ? outletName
                ? `${outletName} sources`
                : 'unnamed sources'
              : 'an unnamed official'
            : mention.via && outletName && mention.name.startsWith(mention.via)
              ? `${outletName}${mention.name.slice(mention.via.length)}`
              : mention.name;
          // "WSJ sources" and "The Wall Street Journal sources" are the same group.
          const aliases =
            via?.data.type === 'outlet' && /\bsources$/iu.test(name)
              ? [via.data.name, via.data.shortName].flatMap((alias) => (alias ? [`${alias} sources`] : []))
              : [];
          group = this.#group(name, sourcing, mention.text, aliases);
        }
        const groupSourcing = group.data.type === 'group' ? group.data.sourcing : sourcing;
        this.#lastGroup.delete(groupSourcing);
        this.#lastGroup.set(groupSourcing, group);
        return this.#chain(via, group);
      }
    }
  }

  /** The publisher's own voice: a chain of one. */
  unattributed(): ResolvedAttribution {
    return this.#chain();
  }
}
