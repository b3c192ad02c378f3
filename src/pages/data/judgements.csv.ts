import type { APIRoute } from 'astro';
import { loadJudgementRows } from '../../data/documents';
import { csvResponse } from '../../data/responses';
import { JUDGEMENT_FIELDS } from '../../model/opendata';

export const GET: APIRoute = async () => csvResponse(JUDGEMENT_FIELDS, await loadJudgementRows());
