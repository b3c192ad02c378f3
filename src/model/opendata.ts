/**
 * The open data files: one row per judgement, and CSV written to RFC 4180 so any
 * spreadsheet reads it. Pure, so the files can be tested without a build.
 */
import type { Judgement } from './schema';
import { blockPath } from './paths';

export const JUDGEMENT_FIELDS = ['document', 'year', 'framework', 'group', 'area', 'grade', 'rank', 'source'] as const;
export interface JudgementRow {
  document: string;
  year: number;
  framework: string;
  group: string;
  area: string;
  grade: string;
  rank: number;
  source: string;
}

export interface JudgedDocument {
  id: string;
  year: number;
  framework?: string;
  judgements: Judgement[];
}

export function judgementRows(documents: JudgedDocument[]): JudgementRow[] {
  return documents.flatMap((doc) =>
    doc.judgements.map((j) => ({
      document: doc.id,
      year: doc.year,
      framework: doc.framework ?? '',
      group: j.group ?? '',
      area: j.area,
      grade: j.grade,
      rank: j.rank,
      source: blockPath(doc.id, j.source),
    })),
  );
}

const csvField = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv<F extends string>(fields: readonly F[], rows: Record<F, string | number>[]): string {
  return [fields.join(','), ...rows.map((row) => fields.map((f) => csvField(row[f])).join(','))].join('\r\n') + '\r\n';
}
