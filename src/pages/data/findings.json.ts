import type { APIRoute } from 'astro';
import { loadDocuments } from '../../data/documents';

export const GET: APIRoute = async () => {
  const findings = (await loadDocuments()).flatMap((d) => d.findings);
  return new Response(JSON.stringify(findings, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
