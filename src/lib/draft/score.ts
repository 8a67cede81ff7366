/**
 * How far a draft agrees with an editor's labels, sentence by sentence. Used by the accuracy test and by
 * `npm run claims:accuracy`, which print the same figures.
 *
 * Which sentences "carry a date": those whose own words give the date of the claimed thing, which the editor
 * records as `date.asWritten`. A sentence whose only date phrase dates something else (Ushakov "said … in the
 * coming days": the phrase dates the meeting, the claim is dated when he spoke) does not carry its claim's date,
 * and the editor's label gives no phrase. That rule decides the headline date figure. A stricter figure also
 * counts every sentence where the drafter proposed a date, so that dates the drafter reads into such phrases, or
 * invents, count against it.
 */

export interface LabelledDate {
  start: string;
  end: string;
  precision: string;
  asWritten?: string | null | undefined;
}

/** One sentence's labels: the editor's, or the drafter's. */
export interface SentenceLabels {
  text: string;
  category: string;
  kind: string;
  date: LabelledDate | null;
}

export interface Tally {
  agree: number;
  total: number;
}

export interface SentenceComparison {
  index: number;
  text: string;
  expected: SentenceLabels;
  drafted: SentenceLabels | undefined;
  category: boolean;
  kind: boolean;
  /** undefined when the sentence is outside the date figure. */
  date: boolean | undefined;
  dateStrict: boolean | undefined;
}

export interface DraftScore {
  sentences: number;
  /** Sentences whose text differs between the draft and the labels (a splitting disagreement). */
  misaligned: number;
  category: Tally;
  kind: Tally;
  /** Sentences that carry a date (the label records the phrase): same start and end. */
  date: Tally;
  /** Sentences where the label records a phrase or the drafter proposed a date: same start and end. */
  dateStrict: Tally;
  /** Every sentence the editor dated, from the text or from context: same start and end. */
  dateAll: Tally;
  rows: SentenceComparison[];
}

const sameRange = (a: LabelledDate | null | undefined, b: LabelledDate | null | undefined) =>
  a?.start !== undefined && a.start === b?.start && a.end === b.end;

const carriesDate = (labels: SentenceLabels) =>
  typeof labels.date?.asWritten === 'string' && labels.date.asWritten !== '';

const tally = (values: (boolean | undefined)[]): Tally => ({
  agree: values.filter((value) => value === true).length,
  total: values.filter((value) => value !== undefined).length,
});

export function scoreDraft(expected: readonly SentenceLabels[], drafted: readonly SentenceLabels[]): DraftScore {
  const rows = expected.map((labels, index): SentenceComparison => {
    const draft = drafted[index];
    const aligned = draft?.text === labels.text;
    const draftDate = aligned ? draft.date : null;
    return {
      index,
      text: labels.text,
      expected: labels,
      drafted: draft,
      category: aligned && draft.category === labels.category,
      kind: aligned && draft.kind === labels.kind,
      date: carriesDate(labels) ? sameRange(labels.date, draftDate) : undefined,
      dateStrict:
        carriesDate(labels) || draftDate !== null
          ? labels.date === null
            ? false
            : sameRange(labels.date, draftDate)
          : undefined,
    };
  });
  return {
    sentences: expected.length,
    misaligned:
      rows.filter((row) => row.drafted?.text !== row.text).length + Math.max(0, drafted.length - expected.length),
    category: tally(rows.map((row) => row.category)),
    kind: tally(rows.map((row) => row.kind)),
    date: tally(rows.map((row) => row.date)),
    dateStrict: tally(rows.map((row) => row.dateStrict)),
    dateAll: tally(
      rows.map((row) => (row.expected.date === null ? undefined : sameRange(row.expected.date, row.drafted?.date))),
    ),
    rows,
  };
}

export const ratio = (value: Tally) => (value.total === 0 ? 1 : value.agree / value.total);

export const percent = (value: Tally) => `${value.agree}/${value.total} (${(ratio(value) * 100).toFixed(1)}%)`;
