/**
 * The open data files: the judgements' columns (one row per judgement, ./judgements.ts), and CSV
 * written to RFC 4180 so any spreadsheet reads it. Pure, so the files can be tested without a build.
 */
import type { JudgementRow } from './judgements';

export const JUDGEMENT_FIELDS = ['document', 'year', 'framework', 'group', 'area', 'grade', 'rank', 'source'] as const satisfies readonly (keyof JudgementRow)[];

const csvField = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv<F extends string>(fields: readonly F[], rows: Record<F, string | number>[]): string {
  return [fields.join(','), ...rows.map((row) => fields.map((f) => csvField(row[f])).join(','))].join('\r\n') + '\r\n';
}
