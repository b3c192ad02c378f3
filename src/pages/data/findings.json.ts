import type { APIRoute } from 'astro';
import { loadFindings } from '../../data/findings';
import { jsonResponse } from '../../data/responses';

export const GET: APIRoute = async () => jsonResponse((await loadFindings()).findings);
