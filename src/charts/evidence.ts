/** Geometry of the evidence chart: one horizontal bar per stated figure, grouped by inspection, on one linear scale. */
import { scaleLinear } from 'd3';
import type { EvidenceRow } from '../model/evidence';

export const EVIDENCE_WIDTH = 400;
const GROUP_GAP = 30;
const ROW = 34;

export interface EvidenceLayout {
  width: number;
  height: number;
  groups: { label: string; y: number }[];
  bars: (EvidenceRow & { y: number; barWidth: number; labelY: number; valueX: number })[];
}

export function evidenceLayout(rows: EvidenceRow[]): EvidenceLayout {
  const max = Math.max(...rows.map((r) => Number(r.value)));
  const x = scaleLinear().domain([0, max]).range([0, EVIDENCE_WIDTH - 40]).nice();
  const groups: EvidenceLayout['groups'] = [];
  const bars: EvidenceLayout['bars'] = [];
  let y = 0;
  for (const row of rows) {
    if (groups.at(-1)?.label !== row.inspection) {
      y += groups.length ? GROUP_GAP : 18;
      groups.push({ label: String(row.inspection), y });
      y += 8;
    }
    const barWidth = Math.max(1, x(Number(row.value)));
    bars.push({ ...row, labelY: y + 12, y: y + 17, barWidth, valueX: barWidth + 4 });
    y += ROW;
  }
  return { width: EVIDENCE_WIDTH, height: y + 4, groups, bars };
}
