/**
 * File-name ids from words: lower-case ASCII letters and digits joined by single hyphens, the form the content
 * check requires of every id (src/lib/schema/common.ts, `slugId`).
 *
 * @example slugify('Putin’s aide, Yuri Ushakov') // → 'putins-aide-yuri-ushakov'
 */
export function slugify(text: string, maxWords = 8): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .slice(0, maxWords)
    .join('-');
}

/** Words too common to name a claim by. */
const STOP_WORDS = new Set(
  'a an the and or but of to in on at for with from by as is are was were be been has have had that this it its its he she they his her their said says according however also after before during'.split(
    ' ',
  ),
);

/**
 * A short slug for a claim file from its excerpt: its first few words that carry meaning.
 *
 * @example claimSlug('According to the NYT, Trump allegedly intends to meet with Putin next week.') // → 'nyt-trump-allegedly-intends'
 */
export function claimSlug(excerpt: string, maxWords = 4): string {
  const words = slugify(excerpt, 40)
    .split('-')
    .filter((word) => word !== '' && !STOP_WORDS.has(word));
  return words.slice(0, maxWords).join('-') || 'claim';
}
