import type { APIRoute } from 'astro';
import { loadJudgementRows } from '../../data/documents';
import { jsonResponse } from '../../data/responses';

export const GET: APIRoute = async () => jsonResponse(await loadJudgementRows());
