/**
 * For a theme's chart: per document, how many of its findings on the theme are
 * filed (content/finding-kinds.yaml and the import) as a strength, an area for
 * development or a recommendation, and how many are other findings (context,
 * judgements, and points filed neither way, such as the 2009 letter's "delivered
 * satisfactorily"). A document none of whose findings is filed as a strength (of
 * the 2012 report's, only its recommendations are) has its other findings counted
 * as other, never as zero strengths.
 */
import type { Finding } from './findings';
import type { FindingKind } from './vocabulary';

export interface BalanceRow {
  document: string;
  year: number;
  strengths: number;
  weaknesses: number;
  unlabelled: number;
}

export const BALANCE_FIELDS = ['theme', 'document', 'year', 'strengths', 'weaknesses', 'unlabelled'] as const;

export function themeBalance(findings: (Pick<Finding, 'document' | 'year' | 'kind'> & { themes: string[] })[], theme: string): BalanceRow[] {
  const rows: BalanceRow[] = [];
  for (const f of findings.filter((f) => f.themes.includes(theme))) {
    let row = rows.find((r) => r.document === f.document);
    if (!row) rows.push((row = { document: f.document, year: f.year, strengths: 0, weaknesses: 0, unlabelled: 0 }));
    if (f.kind === 'strength') row.strengths++;
    else if (f.kind === 'development' || f.kind === 'recommendation') row.weaknesses++;
    else row.unlabelled++;
  }
  return rows;
}

/**
 * The theme chart's summary: what it counts, then why a document's findings are mostly other
 * findings where that follows from how its findings are filed: none at all as a strength or an
 * area for development (`kinds`: every kind among its findings, on any theme), so only
 * its recommendations, if any, can count otherwise.
 */
export function balanceSummary(rows: (BalanceRow & { label: string })[], kinds: ReadonlyMap<string, ReadonlySet<FindingKind>>): string {
  const notes = rows.flatMap((r) => {
    const own = kinds.get(r.document) ?? new Set<FindingKind>();
    if (own.has('strength') || own.has('development') || r.unlabelled * 2 <= r.strengths + r.weaknesses + r.unlabelled) return [];
    return own.has('recommendation')
      ? [`Of the ${r.label}'s findings, only its recommendations are filed as one of these, so most of its findings on this theme count as other findings.`]
      : [`None of the ${r.label}'s findings is filed as a strength, an area for development or a recommendation, so all its findings count as other findings.`];
  });
  return [
    "How many of each document's findings on this theme are filed as a strength, and how many as an area for development or a recommendation; the rest count as other findings.",
    ...notes,
  ].join(' ');
}
