import { describe, expect, it } from 'vitest';
import { COLOUR_RULES, onlyColours } from '../../tools/gates/colour-scheme.ts';

describe('onlyColours', () => {
  it('accepts design tokens and paint properties', () => {
    expect(onlyColours(['--bg', '--fg', 'color', 'background-color', 'border-top-color', 'fill', 'Color'])).toBe(true);
    expect(onlyColours([])).toBe(true);
  });

  it('rejects anything that may change what is on the page or where', () => {
    expect(onlyColours(['--bg', 'display'])).toBe(false);
    expect(onlyColours(['font-size'])).toBe(false);
    expect(onlyColours(['visibility'])).toBe(false);
    expect(onlyColours(['content'])).toBe(false);
  });

  it('names axe-core rules that exist in its WCAG A/AA set', async () => {
    const axe = (await import('axe-core')).default;
    const ids = axe.getRules(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).map((rule) => rule.ruleId);
    for (const rule of COLOUR_RULES) expect(ids).toContain(rule);
  });
});
