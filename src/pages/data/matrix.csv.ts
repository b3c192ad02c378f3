import type { APIRoute } from 'astro';
import { loadJudgementRows } from '../../data/documents';
import { loadAreas, loadInspections } from '../../data/record';
import { csvResponse } from '../../data/responses';
import { buildMatrix, matrixRecords, MATRIX_FIELDS } from '../../model/matrix';

export const GET: APIRoute = async () => {
  const inspections = await loadInspections();
  return csvResponse(MATRIX_FIELDS, matrixRecords(buildMatrix(await loadAreas(), inspections, await loadJudgementRows()), inspections));
};
