import { describe, expect, it } from 'vitest';
import { barChart, percentages } from '../../src/lib/site/chart.ts';
import { sourcingSummary, wordCount } from '../../src/lib/site/sourcing-summary.ts';

describe('percentages', () => {
  it('rounds to whole numbers that add up to 100', () => {
    expect(percentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(percentages([45, 167, 89, 79, 59]).reduce((sum, value) => sum + value, 0)).toBe(100);
    expect(percentages([0, 3, 0])).toEqual([0, 100, 0]);
    expect(percentages([0, 0])).toEqual([0, 0]);
  });
});

describe('barChart', () => {
  const rows = [
    { key: 'a', label: 'A', value: 3, valueText: '75%' },
    { key: 'b', label: 'B', value: 1, valueText: '25%' },
    { key: 'c', label: 'C', value: 0, valueText: '0%' },
  ];

  it('sizes bars by share of the total and stacks rows', () => {
    const chart = barChart(rows, { width: 200, valueWidth: 100, labelHeight: 20, barHeight: 10, gap: 5 });
    expect(chart.bars.map((bar) => bar.width)).toEqual([75, 25, 0]);
    expect(chart.bars.map((bar) => bar.y)).toEqual([20, 55, 90]);
    expect(chart.height).toBe(3 * 35 - 5);
    expect(chart.bars[0]?.valueX).toBe(81);
  });

  it('keeps a sliver for a tiny non-zero value and refuses a chart with no room for bars', () => {
    const chart = barChart([
      { key: 'a', label: 'A', value: 1000, valueText: '' },
      { key: 'b', label: 'B', value: 1, valueText: '' },
    ]);
    expect(chart.bars[1]?.width).toBe(2);
    expect(() => barChart(rows, { width: 100, valueWidth: 100 })).toThrow(RangeError);
  });

  it('leaves room for icons left of the bars', () => {
    const chart = barChart(rows, { width: 200, iconWidth: 20 });
    expect(chart.width).toBe(220);
    expect(chart.bars.every((bar) => bar.x === 20)).toBe(true);
  });
});

describe('sourcingSummary', () => {
  it('counts words and claims per category, every category listed', () => {
    expect(wordCount("Putin's aide, Yuri Ushakov, said a US-Russian deal—maybe.")).toBe(9);
    const summary = sourcingSummary([
      { excerpt: 'One two three.', attribution: { category: 'named', chain: [] } },
      { excerpt: 'Four.', attribution: { category: 'outlet', chain: [] } },
    ]);
    expect(summary.map((row) => [row.category, row.claims, row.words, row.percent])).toEqual([
      ['named', 1, 3, 75],
      ['anonymous-official', 0, 0, 0],
      ['anonymous-source', 0, 0, 0],
      ['outlet', 1, 1, 25],
      ['unattributed', 0, 0, 0],
    ]);
  });
});
