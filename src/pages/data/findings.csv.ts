import type { APIRoute } from 'astro';
import { loadFindings } from '../../data/findings';
import { csvResponse } from '../../data/responses';

/** The same findings as findings.json, one per row; themes are separated by semicolons. */
const FIELDS = ['document', 'id', 'year', 'position', 'section', 'form', 'kind', 'timescale', 'number', 'themes', 'text', 'url'] as const;

export const GET: APIRoute = async () =>
  csvResponse(
    FIELDS,
    (await loadFindings()).findings.map((f) => ({
      ...f,
      timescale: f.timescale ?? '',
      number: f.number ?? '',
      themes: f.themes.join(';'),
    })),
  );
