/**
 * `npm run dev`'s glossary marks. The build marks the first use of each term in the built pages (./glossary.ts),
 * which dev never writes; this middleware, added in dev alone, marks each page as it is served, with the
 * same rules (./glossary-marks.ts, markPage), so dev shows what the build will.
 */
import type { MiddlewareHandler } from 'astro';
import { loadRecord } from '../data/record';
import { createMatcher } from '../model/glossary';
import { basePath } from '../model/paths';
import { markPage } from './glossary-marks';

const base = basePath(import.meta.env.BASE_URL);

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  // The glossary the pages read (the record is read once, and again when the content changes).
  const matcher = createMatcher((await loadRecord()).glossary);
  const marked = markPage(html, `/${context.url.pathname.slice(base.length)}`, matcher, base);
  return new Response(marked?.html ?? html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
