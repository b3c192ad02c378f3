/** What each inspection looked at, as its document states it: one row per stated figure. */
import type { Evidence } from './schema';
import { blockPath } from './paths';

export const EVIDENCE_FIELDS = ['document', 'year', 'inspection', 'measure', 'value', 'source'] as const;
export type EvidenceRow = Record<(typeof EVIDENCE_FIELDS)[number], string | number>;

export function evidenceRows(documents: { id: string; year: number; shortTitle: string; evidence: Evidence[] }[]): EvidenceRow[] {
  return documents.flatMap((d) =>
    d.evidence.map((e) => ({
      document: d.id,
      year: d.year,
      inspection: d.shortTitle,
      measure: e.measure,
      value: e.value,
      source: blockPath(d.id, e.source),
    })),
  );
}
