/** The open data files' responses: pretty JSON and RFC 4180 CSV, both UTF-8. */
import { toCsv } from '../model/opendata';

export const jsonResponse = (value: unknown) =>
  new Response(JSON.stringify(value, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

export const csvResponse = <F extends string>(fields: readonly F[], rows: Record<F, string | number>[]) =>
  new Response(toCsv(fields, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
