import type { APIRoute } from 'astro';
import { loadJudgementRows } from '../../data/documents';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadJudgementRows(), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
