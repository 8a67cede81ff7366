/**
 * Attribution cues: words that say whose word a sentence rests on. Data, not code. Sources:
 * - AP: the AP Stylebook on attribution ("said" is the neutral verb; "according to" for documents and reports) and
 *   on anonymous sources ("people familiar with", "officials").
 * - REUTERS: the Reuters Handbook of Journalism, "Sourcing" (describe anonymous sources by their position) and its
 *   list of loaded verbs of saying that need care ("admitted", "claimed", "insisted", "warned").
 * - BBC: BBC Editorial Guidelines, section 3 ("Accuracy"), on labelling anonymous allegations.
 * `role` says what the cue tells: a verb of saying, a phrase that introduces a source, or a word that names an
 * anonymous source by office (official) or not at all (source).
 */
export interface AttributionCue {
  cue: string;
  role: 'verb' | 'introducer' | 'anonymous-official' | 'anonymous-source';
  source: 'AP' | 'REUTERS' | 'BBC';
}

export const ATTRIBUTION_CUES: readonly AttributionCue[] = [
  { cue: 'according to', role: 'introducer', source: 'AP' },
  { cue: 'citing', role: 'introducer', source: 'AP' },
  // The neutral verbs (AP, "said").
  { cue: 'said', role: 'verb', source: 'AP' },
  { cue: 'says', role: 'verb', source: 'AP' },
  { cue: 'told', role: 'verb', source: 'AP' },
  { cue: 'tells', role: 'verb', source: 'AP' },
  { cue: 'reported', role: 'verb', source: 'AP' },
  { cue: 'reports', role: 'verb', source: 'AP' },
  { cue: 'noted', role: 'verb', source: 'AP' },
  { cue: 'stated', role: 'verb', source: 'AP' },
  { cue: 'added', role: 'verb', source: 'AP' },
  { cue: 'wrote', role: 'verb', source: 'AP' },
  { cue: 'asked', role: 'verb', source: 'AP' },
  { cue: 'replied', role: 'verb', source: 'AP' },
  { cue: 'spoke', role: 'verb', source: 'AP' },
  { cue: 'announced', role: 'verb', source: 'AP' },
  { cue: 'confirmed', role: 'verb', source: 'AP' },
  { cue: 'denied', role: 'verb', source: 'AP' },
  // Verbs of saying that carry a judgement (Reuters: use them only when the speaker's stance is reported).
  { cue: 'claimed', role: 'verb', source: 'REUTERS' },
  { cue: 'admitted', role: 'verb', source: 'REUTERS' },
  { cue: 'insisted', role: 'verb', source: 'REUTERS' },
  { cue: 'warned', role: 'verb', source: 'REUTERS' },
  { cue: 'urged', role: 'verb', source: 'REUTERS' },
  { cue: 'demanded', role: 'verb', source: 'REUTERS' },
  { cue: 'promised', role: 'verb', source: 'REUTERS' },
  { cue: 'vowed', role: 'verb', source: 'REUTERS' },
  { cue: 'argued', role: 'verb', source: 'REUTERS' },
  // Anonymous sources (Reuters, AP).
  { cue: 'sources', role: 'anonymous-source', source: 'REUTERS' },
  { cue: 'source', role: 'anonymous-source', source: 'REUTERS' },
  { cue: 'people familiar with', role: 'anonymous-source', source: 'AP' },
  { cue: 'person familiar with', role: 'anonymous-source', source: 'AP' },
  { cue: 'people with knowledge of', role: 'anonymous-source', source: 'REUTERS' },
  { cue: 'official', role: 'anonymous-official', source: 'REUTERS' },
  { cue: 'officials', role: 'anonymous-official', source: 'REUTERS' },
  { cue: 'diplomat', role: 'anonymous-official', source: 'REUTERS' },
  { cue: 'diplomats', role: 'anonymous-official', source: 'REUTERS' },
  { cue: 'spokesperson', role: 'anonymous-official', source: 'BBC' },
  { cue: 'spokesman', role: 'anonymous-official', source: 'BBC' },
  { cue: 'spokeswoman', role: 'anonymous-official', source: 'BBC' },
];
