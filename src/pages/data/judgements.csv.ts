import type { APIRoute } from 'astro';
import { loadDocuments } from '../../data/documents';
import { JUDGEMENT_FIELDS, judgementRows, toCsv } from '../../model/opendata';

export const GET: APIRoute = async () => {
  const documents = await loadDocuments();
  const rows = judgementRows(documents.map((d) => ({ id: d.id, year: d.year, framework: d.data.framework, judgements: d.data.judgements })));
  return new Response(toCsv(JUDGEMENT_FIELDS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
