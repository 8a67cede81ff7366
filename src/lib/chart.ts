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
  /** Top of the row. */
  y: number;
  /** The bar's left edge and size. */
  x: number;
  width: number;
  height: number;
  /** Baseline of the row's label and value text. */
  textY: number;
  /** Left edge of the value text. */
  valueX: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Right edge of the labels (they are drawn right-aligned against it). */
  labelX: number;
  bars: Bar[];
}

export interface ChartOptions {
  width?: number;
  rowHeight?: number;
  gap?: number;
  labelWidth?: number;
  valueWidth?: number;
}

/**
 * Lay out one bar per input, widths in proportion to each value's share of the total (a full-width bar is the
 * whole article). A non-zero value gets at least a sliver, so that it never looks like none.
 */
export function barChart(rows: readonly BarInput[], options: ChartOptions = {}): ChartLayout {
  const { width = 560, rowHeight = 24, gap = 10, labelWidth = 170, valueWidth = 130 } = options;
  const track = width - labelWidth - valueWidth;
  if (track <= 0) throw new RangeError('the chart is narrower than its labels');
  const total = rows.reduce((sum, row) => sum + row.value, 0);
  const bars = rows.map((row, index) => {
    const y = index * (rowHeight + gap);
    const share = total === 0 ? 0 : row.value / total;
    const barWidth = row.value > 0 ? Math.max(2, Math.round(share * track * 10) / 10) : 0;
    const x = labelWidth;
    return {
      ...row,
      y,
      x,
      width: barWidth,
      height: rowHeight,
      textY: y + Math.round(rowHeight * 0.7),
      valueX: x + barWidth + 8,
    };
  });
  return { width, height: rows.length * (rowHeight + gap) - gap, labelX: labelWidth - 8, bars };
}
