import type { APIRoute } from 'astro';
import { loadEvidence } from '../../data/record';
import { csvResponse } from '../../data/responses';
import { EVIDENCE_FIELDS } from '../../model/evidence';

export const GET: APIRoute = async () => csvResponse(EVIDENCE_FIELDS, await loadEvidence());
