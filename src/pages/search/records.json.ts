/**
 * The search index's records (src/model/search-records.ts), one per block, for
 * src/integrations/search-index.ts to give to Pagefind after the build. Written
 * from the content collection, like every page, so search indexes what the pages show.
 */
import type { APIRoute } from 'astro';
import { loadSearchRecords } from '../../data/search';

export const GET: APIRoute = async () => new Response(JSON.stringify(await loadSearchRecords()));
