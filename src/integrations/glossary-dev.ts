/**
 * `npm run dev`'s glossary marks. The build marks the first use of each term in the built pages (./glossary.ts),
 * which dev never writes; this middleware, added in dev alone, marks each page as it is served, with the
 * same rules (./glossary-marks.ts, markPage), so dev shows what the build will.
 */
import type { MiddlewareHandler } from 'astro';
import glossaryText from '../../content/glossary.yaml?raw';
import { createMatcher, parseGlossary } from '../model/glossary';
import { basePath } from '../model/paths';
import { markPage } from './glossary-marks';

const matcher = createMatcher(parseGlossary(glossaryText));
const base = basePath(import.meta.env.BASE_URL);

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const marked = markPage(html, `/${context.url.pathname.slice(base.length)}`, matcher, base);
  return new Response(marked?.html ?? html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
