/** What each inspection looked at, as its document states it: one row per stated figure. */
import type { Evidence } from './schema';
import { blockPath } from './paths';
import { listAnd } from './collection';
import { lowerFirst } from './labels';

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

/** The evidence chart's summary: how many figures each document states, naming a lone one. */
export function evidenceSummary(rows: EvidenceRow[]): string {
  const parts = [...Map.groupBy(rows, (r) => String(r.inspection))].map(([inspection, own]) =>
    own.length === 1 ? `the ${inspection} states 1 figure (${lowerFirst(String(own[0]!.measure))})` : `the ${inspection} states ${own.length} figures`,
  );
  return `Each document states its own figures: ${listAnd(parts)}. A figure a document does not state is not shown.`;
}
