/**
 * Geometry for the sourcing summary: a horizontal bar chart drawn as SVG at build time. Plain numbers in,
 * rectangles and text positions out, so that the page only places what this computes.
 */

/**
 * Whole percentages that add up to 100 (largest remainder method), so that a text equivalent never reads
 * 33% + 33% + 33%. All zeros give all zeros.
 *
 * @example percentages([1, 1, 1]) // → [34, 33, 33]
 */
export function percentages(values: readonly number[]): number[] {
  const total = values.reduce((sum, value) => sum + value, 0);
  if (total === 0) return values.map(() => 0);
  const exact = values.map((value) => (value * 100) / total);
  const floors = exact.map(Math.floor);
  let missing = 100 - floors.reduce((sum, value) => sum + value, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    missing--;
  }
  return floors;
}

export interface BarInput {
  key: string;
  label: string;
  value: number;
  /** Text shown after the bar ("38% · 4 claims"). */
  valueText: string;
}

export interface Bar extends BarInput {
  /** Baseline of the row's label, drawn above its bar. */
  labelY: number;
  /** The bar's top-left corner and size. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value text starts (just past the bar) and its baseline. */
  valueX: number;
  valueY: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  bars: Bar[];
}

export interface ChartOptions {
  /** The view box's width; the SVG scales to its container. */
  width?: number;
  /** Height of a label line, drawn above each bar. */
  labelHeight?: number;
  barHeight?: number;
  /** Space between one row's bar and the next row's label. */
  gap?: number;
  /** Room kept right of the longest bar for its value text. */
  valueWidth?: number;
  /** Room kept left of each label for an icon. */
  iconWidth?: number;
}

/**
 * Lay out one row per input, a label line above a bar, bar lengths in proportion to each value's share of the
 * total (the full track is the whole article). Labels sit above bars so that the chart stays legible when it
 * is scaled down to a 320 px screen. A non-zero value gets at least a sliver, so that it never looks like none.
 */
export function barChart(rows: readonly BarInput[], options: ChartOptions = {}): ChartLayout {
  const { width = 340, labelHeight = 20, barHeight = 14, gap = 12, valueWidth = 120, iconWidth = 0 } = options;
  const track = width - valueWidth;
  if (track <= 0) throw new RangeError('the chart is narrower than its value text');
  const total = rows.reduce((sum, row) => sum + row.value, 0);
  const rowHeight = labelHeight + barHeight + gap;
  const bars = rows.map((row, index) => {
    const top = index * rowHeight;
    const share = total === 0 ? 0 : row.value / total;
    const barWidth = row.value > 0 ? Math.max(2, Math.round(share * track * 10) / 10) : 0;
    const y = top + labelHeight;
    return {
      ...row,
      labelY: top + labelHeight - 5,
      x: iconWidth,
      y,
      width: barWidth,
      height: barHeight,
      valueX: iconWidth + barWidth + 6,
      valueY: y + barHeight - 2,
    };
  });
  return { width: width + iconWidth, height: rows.length * rowHeight - gap, bars };
}
