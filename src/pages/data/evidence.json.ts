import type { APIRoute } from 'astro';
import { loadEvidence } from '../../data/record';
import { jsonResponse } from '../../data/responses';

export const GET: APIRoute = async () => jsonResponse(await loadEvidence());
