import { describe, expect, it } from 'vitest';
import { documentTitle, MAX_TITLE_LENGTH, SITE_NAME, writtenLength } from '../../src/lib/site/document-title.ts';

describe('writtenLength', () => {
  it('counts characters, and each escaped character as its reference', () => {
    expect(writtenLength('Putin')).toBe(5);
    expect(writtenLength("Putin's")).toBe('Putin&#39;s'.length);
    expect(writtenLength('A & B <c> "d"')).toBe('A &amp; B &lt;c&gt; &quot;d&quot;'.length);
    expect(writtenLength('𝐀’')).toBe(2);
  });
});

describe('documentTitle', () => {
  it("adds the site's name to a short title", () => {
    expect(documentTitle('Methodology', { home: false })).toBe(`Methodology · ${SITE_NAME}`);
  });

  it("leaves the home page's title as it is", () => {
    const home = `${SITE_NAME}: what the news claims, on whose word, and when`;
    expect(documentTitle(home, { home: true })).toBe(home);
  });

  it("drops the site's name rather than cut a title that fits alone", () => {
    const title = 'Territory for peace? WSJ reveals Putin’s possible ultimatum to Trump';
    expect(writtenLength(`${title} · ${SITE_NAME}`)).toBeGreaterThan(MAX_TITLE_LENGTH);
    expect(documentTitle(title, { home: false })).toBe(title);
  });

  it('cuts a title too long even alone at a word, within the limit as written', () => {
    for (const title of [
      'Putin pressed for recognition of Russia’s control over Crimea and occupied land in the east',
      "Territory for peace? WSJ reveals Putin's possible ultimatum to Trump",
      "Putin's aide's 'territory' & 'peace': the Kremlin's 'offer', Trump's 'deal', Kyiv's 'no'",
    ]) {
      const result = documentTitle(title, { home: false });
      expect(writtenLength(result), result).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
      expect(result.endsWith('…'), result).toBe(true);
      const kept = result.slice(0, -1);
      expect(title.startsWith(kept), result).toBe(true);
      // The cut falls between words: what follows the kept part starts with a space (or dropped punctuation).
      expect(title.slice(kept.length), result).toMatch(/^[\s,;:.–—-]*\s/u);
    }
  });

  it("keeps a title that fits exactly with the site's name whole", () => {
    const title = 'x'.repeat(MAX_TITLE_LENGTH - writtenLength(` · ${SITE_NAME}`));
    expect(documentTitle(title, { home: false })).toBe(`${title} · ${SITE_NAME}`);
    expect(documentTitle(`${title}y`, { home: false })).toBe(`${title}y`);
  });
});
