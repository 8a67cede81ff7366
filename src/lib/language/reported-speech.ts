/**
 * Where "would" and "could" are no hedge: in reported speech after a past-tense reporting verb, "would" is the
 * backshifted "will" ("She said the union would not return": the tense of indirect speech, not the reporter
 * hedging), and "could not verify", "could not be reached" say what someone was unable to do, which looks back.
 * "could" after "said" stays a hedge: it weighs a possibility ("traders said the stoppage could cost…").
 */

/** Past-tense reporting verbs that backshift the clause after them (AP, "said"). */
const PAST_REPORTING =
  /(?<![\p{L}])(?:said|told|added|noted|stated|announced|warned|insisted|explained|argued|replied|wrote|claimed|acknowledged|confirmed|promised|vowed|predicted)(?![\p{L}])/iu;

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
