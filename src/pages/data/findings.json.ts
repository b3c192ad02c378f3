import type { APIRoute } from 'astro';
import { loadDocuments } from '../../data/documents';
import { jsonResponse } from '../../data/responses';

export const GET: APIRoute = async () => jsonResponse((await loadDocuments()).flatMap((d) => d.findings));
