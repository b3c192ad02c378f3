/** Geometry of a theme's balance chart: per document, three bars on one scale, each series with its own fill pattern. */
import { scaleBand, scaleLinear } from 'd3';
import type { BalanceRow } from '../model/theme-balance';

export const BALANCE_SERIES = [
  { key: 'strengths', label: 'Labelled strengths' },
  { key: 'weaknesses', label: 'Labelled areas for development or recommendations' },
  { key: 'unlabelled', label: 'Other findings: context, judgements, and any the document labels neither way' },
] as const;

export const BALANCE_WIDTH = 360;
const LABEL_HEIGHT = 16;
const BAR = 11;

export function balanceLayout(rows: (BalanceRow & { label: string })[]) {
  const max = Math.max(1, ...rows.flatMap((r) => [r.strengths, r.weaknesses, r.unlabelled]));
  const x = scaleLinear().domain([0, max]).range([0, BALANCE_WIDTH - 30]).nice();
  const groupHeight = LABEL_HEIGHT + BALANCE_SERIES.length * (BAR + 3) + 10;
  const y = scaleBand<string>().domain(rows.map((r) => r.document)).range([0, rows.length * groupHeight]);
  return {
    width: BALANCE_WIDTH,
    height: rows.length * groupHeight,
    groups: rows.map((r) => ({
      ...r,
      y: y(r.document)! + 12,
      bars: BALANCE_SERIES.map((s, i) => ({
        series: s.key,
        value: r[s.key],
        y: y(r.document)! + LABEL_HEIGHT + i * (BAR + 3),
        width: Math.max(r[s.key] ? 1 : 0, x(r[s.key])),
      })),
    })),
  };
}
