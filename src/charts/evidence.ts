/**
 * Geometry of the evidence chart: one horizontal bar per stated figure, grouped by inspection, on one
 * linear scale, each labelled above and valued at its end. Laid out at two widths, the page column on
 * a wide screen and on a phone (the page's CSS shows one), with text never drawn below its size.
 */
import { scaleLinear } from 'd3';
import type { EvidenceRow } from '../model/evidence';
import { CHART_WIDTH, chartFont, charsIn, textWidth, wrap } from './text';

const GROUP_GAP = 18;
const BAR = 10;

export interface EvidenceLayout {
  width: number;
  height: number;
  font: number;
  line: number;
  groups: { label: string; lines: string[]; y: number }[];
  bars: (EvidenceRow & { y: number; barWidth: number; labelY: number; lines: string[]; valueX: number })[];
}

export function evidenceLayout(rows: EvidenceRow[], width = CHART_WIDTH, font = chartFont(width)): EvidenceLayout {
  const line = font + 3;
  const max = Math.max(...rows.map((r) => Number(r.value)));
  // Room after the longest bar for its value.
  const x = scaleLinear().domain([0, max]).range([0, width - textWidth(String(max), font, true) - 6]);
  const groups: EvidenceLayout['groups'] = [];
  const bars: EvidenceLayout['bars'] = [];
  let y = 0;
  for (const row of rows) {
    if (groups.at(-1)?.label !== row.inspection) {
      y += groups.length ? GROUP_GAP : 0;
      const lines = wrap(String(row.inspection), charsIn(width, font, true));
      groups.push({ label: String(row.inspection), lines, y: y + font });
      y += lines.length * line + 4;
    }
    const lines = wrap(String(row.measure), charsIn(width, font));
    const labelY = y + font;
    y += lines.length * line;
    const barWidth = Math.max(1, x(Number(row.value)));
    // The bar starts clear of its label's descenders, so the value beside a short bar clears the label too.
    bars.push({ ...row, labelY, lines, y: y + 4, barWidth, valueX: barWidth + 4 });
    y += 4 + BAR + 10;
  }
  return { width, height: y, font, line, groups, bars };
}
