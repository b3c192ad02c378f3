import type { APIRoute } from 'astro';
import { loadJudgementRows } from '../../data/documents';
import { loadAreas, loadInspections } from '../../data/record';
import { jsonResponse } from '../../data/responses';
import { buildMatrix, matrixRecords } from '../../model/matrix';

export const GET: APIRoute = async () => {
  const inspections = await loadInspections();
  return jsonResponse(matrixRecords(buildMatrix(await loadAreas(), inspections, await loadJudgementRows()), inspections));
};
