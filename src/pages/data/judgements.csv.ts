import type { APIRoute } from 'astro';
import { loadJudgementRows } from '../../data/documents';
import { JUDGEMENT_FIELDS, toCsv } from '../../model/opendata';

export const GET: APIRoute = async () =>
  new Response(toCsv(JUDGEMENT_FIELDS, await loadJudgementRows()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
