/**
 * The glossary marks: the first use of each term on a page marked up (./glossary-marks.ts, markPage) as the
 * page is rendered, by the build and by `npm run dev` alike, so dev shows what the build writes. Marked as it
 * is rendered, a page is written once, and a page the incremental build copies from the last build (see
 * src/data/page-keys.ts) comes marked. Every page imports this module (./glossary.ts injects it), so the
 * glossary (read and checked with the record, src/data/record.ts) and the marking are part of every page's
 * code: a change to either renders every page again.
 */
import type { MiddlewareHandler } from 'astro';
import { loadRecord } from '../data/record';
import { createMatcher, type GlossaryEntry, type GlossaryMatcher } from '../model/glossary';
import { basePath } from '../model/paths';
import { markPage } from './glossary-marks';

const base = basePath(import.meta.env.BASE_URL);

/** One matcher per glossary the record read (in dev, the record is read again when the content changes). */
const matchers = new WeakMap<GlossaryEntry[], GlossaryMatcher>();
async function glossaryMatcher(): Promise<GlossaryMatcher> {
  const { glossary } = await loadRecord();
  let matcher = matchers.get(glossary);
  if (!matcher) matchers.set(glossary, (matcher = createMatcher(glossary)));
  return matcher;
}

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const marked = markPage(html, `/${context.url.pathname.slice(base.length)}`, await glossaryMatcher(), base);
  return new Response(marked?.html ?? html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
