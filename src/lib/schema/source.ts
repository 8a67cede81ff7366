import { z } from 'astro/zod';
import type { SourcingCategory } from './claim.ts';
import { draftFlag, drafterNotes, text, webAddress } from './common.ts';

/**
 * Sources: anyone a claim can be attributed to. One YAML file each under `content/sources/`; the file name is the
 * source's stable id. The `type` decides which other fields apply and, for anonymous groups, which sourcing
 * category a claim resting on them gets.
 */

/** A news organisation reporting in its own name: WSJ, NYT, RBC-Ukraine. */
export const outletSource = z.strictObject({
  /** Always `outlet`. */
  type: z.literal('outlet'),
  /** The outlet's name as readers know it ("The Wall Street Journal"). */
  name: text,
  /** A short form for badges ("WSJ"). */
  shortName: text.optional(),
  /** The outlet's home page. */
  homepage: webAddress.optional(),
  /** Where the outlet is based, in words ("United States"). */
  country: text.optional(),
  /** `true` while the entry is a machine draft no editor has reviewed; remove it once reviewed. */
  draft: draftFlag.optional(),
  /** The drafter's notes on how it read the text; never shown to readers or exported. */
  drafterNotes: drafterNotes.optional(),
});

/** A named person speaking on the record: Yuri Ushakov, Vladimir Putin. */
export const personSource = z.strictObject({
  /** Always `person`. */
  type: z.literal('person'),
  /** Full name as printed ("Yuri Ushakov"). */
  name: text,
  /** The role that gives them standing at the time of the claim ("foreign-policy aide to the Russian president"). */
  role: text,
  /** The government, party or organisation they speak for ("Kremlin"). */
  affiliation: text,
  /** `true` while the entry is a machine draft no editor has reviewed; remove it once reviewed. */
  draft: draftFlag.optional(),
  /** The drafter's notes on how it read the text; never shown to readers or exported. */
  drafterNotes: drafterNotes.optional(),
});

/**
 * An organisation speaking on the record in its own name: a ministry, a company, an association, a port authority,
 * a union. As the innermost link of a chain it gives the category `named`, worded for readers as an institution.
 */
export const institutionSource = z.strictObject({
  /** Always `institution`. */
  type: z.literal('institution'),
  /** The organisation's name as readers know it ("Terminal Operators' Association"). */
  name: text,
  /** A short form for badges ("TOA"). */
  shortName: text.optional(),
  /** The organisation's home page. */
  homepage: webAddress.optional(),
  /** Where the organisation is based, in words ("Denmark"). */
  country: text.optional(),
  /** `true` while the entry is a machine draft no editor has reviewed; remove it once reviewed. */
  draft: draftFlag.optional(),
  /** The drafter's notes on how it read the text; never shown to readers or exported. */
  drafterNotes: drafterNotes.optional(),
});

/** The two anonymous sourcing categories a group can carry (docs/editing.md, "Sourcing categories"). */
export const anonymousSourcing = z.enum(['anonymous-official', 'anonymous-source']);

/** An unnamed person or group, described only by role and side ("a senior US official", "WSJ sources"). */
export const groupSource = z.strictObject({
  /** Always `group`. */
  type: z.literal('group'),
  /** The description as the text gives it ("a senior US official"). */
  name: text,
  /** `anonymous-official` when the text gives an office or side; `anonymous-source` for bare "sources". */
  sourcing: anonymousSourcing,
  /** The office or standing the text gives, in words ("senior official"), or "unnamed sources". */
  role: text,
  /** Whose side they are on, in words ("United States", "Europe and Ukraine"), or "unknown". */
  side: text,
  /** `true` while the entry is a machine draft no editor has reviewed; remove it once reviewed. */
  draft: draftFlag.optional(),
  /** The drafter's notes on how it read the text; never shown to readers or exported. */
  drafterNotes: drafterNotes.optional(),
});

/** Any source; the `type` field picks the shape. */
export const sourceSchema = z.discriminatedUnion('type', [outletSource, personSource, institutionSource, groupSource]);

export type SourceData = z.infer<typeof sourceSchema>;

/** The sourcing category a chain implies, read off its innermost source (docs/editing.md, "Sourcing categories"). */
export function categoryForChain(chain: readonly SourceData[]): SourcingCategory {
  const innermost = chain.at(-1);
  if (!innermost) return 'unattributed';
  switch (innermost.type) {
    case 'person':
    case 'institution':
      // An organisation speaking in its own name is on the record just as a named person is.
      return 'named';
    case 'group':
      return innermost.sourcing;
    case 'outlet':
      // The publisher alone: the publisher speaking in its own voice.
      return chain.length === 1 ? 'unattributed' : 'outlet';
  }
}
