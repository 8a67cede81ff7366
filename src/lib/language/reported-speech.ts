/**
 * Where "would" and "could" are no hedge: in reported speech after a past-tense reporting verb, "would" is the
 * backshifted "will" ("She said the union would not return": the tense of indirect speech, not the reporter
 * hedging), and "could not verify", "could not be reached" say what someone was unable to do, which looks back.
 * "could" after "said" stays a hedge: it weighs a possibility ("traders said the stoppage could cost…").
 */

/** Past-tense reporting verbs that backshift the clause after them (AP, "said"). */
const PAST_REPORTING_VERBS =
  '(?<![\\p{L}])(?:said|told|added|noted|stated|announced|warned|insisted|explained|argued|replied|wrote|claimed|acknowledged|confirmed|promised|vowed|predicted)(?![\\p{L}])';
const PAST_REPORTING = new RegExp(PAST_REPORTING_VERBS, 'iu');
const PAST_REPORTING_ALL = new RegExp(PAST_REPORTING_VERBS, 'giu');

/**
 * Words that open a clause of its own inside the reported one: an indirect question or a relative clause ("said
 * the crews had accepted the rota but not who would cover the night shifts"). A "would" after one belongs to that
 * clause, not to what was said.
 */
const INNER_CLAUSE = /(?<![\p{L}])(?:who|whom|whose|what|which|whether|where|why|how)(?![\p{L}])/iu;

/** "could not (independently) verify / confirm / be reached for comment": an inability, reported. */
const INABILITY =
  /^\s+(?:not|n['’]t)\s+(?:\p{Ll}+ly\s+)?(?:verify|confirm|be\s+reached|reach|establish|corroborate|determine|independently)/u;

/**
 * Whether the modal at `start` in `text` ("would", "could") is tense or inability rather than a hedge.
 * `end` is where the modal ends.
 */
export function isBackshiftedModal(text: string, start: number, end: number): boolean {
  const modal = text.slice(start, end).toLowerCase();
  if (modal === 'could') return INABILITY.test(text.slice(end));
  return modal === 'would' && PAST_REPORTING.test(text.slice(0, start));
}

/**
 * Whether a backshifted "would" at `start` is what the reported clause itself says will happen ("nine said rates
 * would fall": a reported forecast), rather than tense inside a clause of its own within it ("said the crews had
 * accepted the rota but not who would cover the night shifts": the accepting is what was said, and it looks back).
 */
export function reportsForecast(text: string, start: number, end: number): boolean {
  if (!isBackshiftedModal(text, start, end) || text.slice(start, end).toLowerCase() !== 'would') return false;
  const before = text.slice(0, start);
  const verb = [...before.matchAll(PAST_REPORTING_ALL)].at(-1);
  const reported = verb ? before.slice(verb.index + verb[0].length) : before;
  return !INNER_CLAUSE.test(reported);
}
