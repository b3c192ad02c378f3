import type { APIRoute } from 'astro';
import { loadJudgementRows } from '../../data/documents';
import { csvResponse } from '../../data/responses';
import { journeyMarks } from '../../model/journey';
import { JUDGEMENT_FIELDS } from '../../model/opendata';

export const GET: APIRoute = async () => csvResponse(JUDGEMENT_FIELDS, journeyMarks(await loadJudgementRows()));
