/**
 * Geometry of a theme's balance chart: per document, three bars on one scale (our reading: positive,
 * mixed, negative), each series with its own fill pattern and each bar labelled at its end with its
 * count and reading, so no bar needs the
 * key. A zero is drawn too: the bars start from a drawn baseline, and a zero's label sits against it.
 * Laid out at two widths (the page's CSS shows one), with text never drawn below its size.
 */
import { scaleLinear } from 'd3';
import type { BalanceRow } from '../model/theme-balance';
import { CHART_WIDTH, chartFont, charsIn, textWidth, wrap } from './text';
import { READINGS } from '../model/readings';

/** The readings drawn as bars, in our words; background findings judge nothing and are counted in the table only. */
export const BALANCE_SERIES = (['positive', 'mixed', 'negative'] as const).map((key) => ({ key, label: READINGS[key].meaning, short: key }));

export const BALANCE_BAR = 12;
const BAR_GAP = 5;
const GROUP_GAP = 14;

export interface BalanceLayout {
  width: number;
  height: number;
  font: number;
  line: number;
  groups: (BalanceRow & {
    label: string;
    lines: string[];
    y: number;
    /** The baseline every bar of the group starts from. */
    axis: { y1: number; y2: number };
    bars: { series: (typeof BALANCE_SERIES)[number]['key']; value: number; y: number; width: number; text: string; textX: number }[];
  })[];
}

export function balanceLayout(rows: (BalanceRow & { label: string })[], width = CHART_WIDTH, font = chartFont(width)): BalanceLayout {
  const line = font + 3;
  const max = Math.max(1, ...rows.flatMap((r) => BALANCE_SERIES.map((s) => r[s.key])));
  const textOf = (value: number, s: (typeof BALANCE_SERIES)[number]) => `${value} ${s.short}`;
  const longest = Math.max(...rows.flatMap((r) => BALANCE_SERIES.map((s) => textWidth(textOf(r[s.key], s), font))));
  const x = scaleLinear().domain([0, max]).range([0, width - 2 - longest - 6]);
  let y = 0;
  const groups = rows.map((r, i) => {
    y += i === 0 ? 0 : GROUP_GAP;
    const lines = wrap(r.label, charsIn(width, font, true));
    const labelY = y + font;
    y += lines.length * line + 4;
    const top = y;
    const bars = BALANCE_SERIES.map((s, j) => {
      const barWidth = x(r[s.key]);
      return { series: s.key, value: r[s.key], y: top + j * (BALANCE_BAR + BAR_GAP), width: barWidth, text: textOf(r[s.key], s), textX: 2 + barWidth + 5 };
    });
    y = top + BALANCE_SERIES.length * (BALANCE_BAR + BAR_GAP) - BAR_GAP;
    return { ...r, lines, y: labelY, axis: { y1: top - 2, y2: y + 2 }, bars };
  });
  return { width, height: y + 4, font, line, groups };
}
