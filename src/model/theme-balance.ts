/**
 * For a theme's chart: per document, how many of its findings on the theme our reading finds
 * positive, mixed, negative or background (src/model/readings.ts). The counts are our reading,
 * reviewed against each passage, never the documents' own labels, and the chart says so.
 */
import type { Finding } from './findings';
import type { ReadingOf } from './readings';

export interface BalanceRow {
  document: string;
  year: number;
  positive: number;
  mixed: number;
  negative: number;
  background: number;
}

export const BALANCE_FIELDS = ['theme', 'document', 'year', 'positive', 'mixed', 'negative', 'background'] as const;

export function themeBalance(findings: (Pick<Finding, 'document' | 'year'> & Pick<ReadingOf, 'reading' | 'themes'>)[], theme: string): BalanceRow[] {
  const rows: BalanceRow[] = [];
  for (const f of findings.filter((f) => f.themes.includes(theme) && f.reading)) {
    let row = rows.find((r) => r.document === f.document);
    if (!row) rows.push((row = { document: f.document, year: f.year, positive: 0, mixed: 0, negative: 0, background: 0 }));
    row[f.reading!]++;
  }
  return rows;
}

/** The theme chart's summary: what it counts, whose reading it is, and what it leaves out of the bars. */
export function balanceSummary(rows: (BalanceRow & { label: string })[]): string {
  const background = rows.reduce((n, r) => n + r.background, 0);
  return [
    "Our reading of each document's findings on this theme: how many praise it (positive), how many criticise it (negative) and how many do both (mixed).",
    'Each count is our reading, reviewed against the passage, not a label the document gives.',
    background ? `${background === 1 ? 'One finding sets' : `${background} findings set`} out background without judging; ${background === 1 ? 'it is' : 'they are'} counted in the table, not drawn.` : '',
  ].filter(Boolean).join(' ');
}
