import type { APIRoute } from 'astro';
import { loadGlossary } from '../../data/glossary';
import { jsonResponse } from '../../data/responses';
import { glossaryPath } from '../../model/glossary';

/** The glossary as open data: each term, our definition, and every block of the documents that uses it. */
export const GET: APIRoute = async () =>
  jsonResponse(
    (await loadGlossary()).map(({ entry, uses }) => ({
      id: entry.id,
      term: entry.term,
      type: entry.type,
      ...(entry.expansion ? { expansion: entry.expansion, expansionInDocuments: entry.expansionInDocuments } : {}),
      aliases: entry.aliases,
      definition: entry.definition.replace(/\s+/g, ' ').trim(),
      url: glossaryPath(entry.id),
      appearsIn: uses.map((use) => ({ document: use.document.id, block: use.id, finding: use.finding, url: use.url })),
    })),
  );
