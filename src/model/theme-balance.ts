/**
 * For a theme's chart: per document, how many of its findings on the theme the
 * document itself labels a strength, an area for development or a
 * recommendation, and how many are other findings (context, judgements, and
 * points it labels neither way, such as the 2009 letter's "delivered
 * satisfactorily"). The 2012 report does not label its paragraphs, so its
 * findings count as other findings, never as zero strengths.
 */
import type { Finding } from './findings';

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
