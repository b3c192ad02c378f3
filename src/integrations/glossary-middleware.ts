/**
 * The glossary marks: the first use of each term on a page marked up (./glossary-marks.ts, markPage) as the
 * page is rendered, by the build and by `npm run dev` alike, so dev shows what the build writes. Marked as it
 * is rendered, a page is written once, and a page the incremental build copies from the last build (see
 * src/data/page-keys.ts) comes marked. Every page imports this module (./glossary.ts injects it), so the
 * glossary and the marking are part of every page's code: a change to either renders every page again.
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
