import type { APIRoute } from 'astro';
import { loadJudgementRows } from '../../data/documents';
import { jsonResponse } from '../../data/responses';
import { journeyMarks } from '../../model/journey';

/** The journey chart's data: the overall judgements, exactly the rows of judgements.json it plots. */
export const GET: APIRoute = async () => jsonResponse(journeyMarks(await loadJudgementRows()));
