import type { APIRoute } from 'astro';
import { loadDocuments } from '../../data/documents';
import { judgementRows } from '../../model/opendata';

export const GET: APIRoute = async () => {
  const documents = await loadDocuments();
  const rows = judgementRows(documents.map((d) => ({ id: d.id, year: d.year, framework: d.data.framework, judgements: d.data.judgements })));
  return new Response(JSON.stringify(rows, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
