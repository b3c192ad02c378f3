/**
 * What each built page costs a reader: Chromium opens every page with an empty
 * cache, and the server's log says what it fetched (the page, its stylesheets,
 * any script, icons ...), each counted at its gzip size.
 */
import type { Browser, Page } from 'playwright-core';
import { builtPages, SEARCH_PATH } from '../kit/pages';
import { median, sum } from './bytes';
import type { BenchServer, Served } from './server';

export interface PageWeight {
  path: string;
  type: string;
  requests: number;
  /** Gzip bytes by kind of response. */
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  /** Executable inline scripts (JSON-LD is data, not script). */
  inlineScripts: number;
}

/** The kind of page a path is, for the summary: each document page on its own, the rest by template. */
export function pageType(path: string): string {
  if (path === '/') return 'home';
  if (path === '/404.html') return '404';
  const [section, name] = path.split('/').filter(Boolean);
  if (section === 'inspections' && name) return `document ${name}`;
  if (section === 'findings') return 'finding';
  if (section === 'themes') return name ? 'theme' : 'themes';
  return section ?? path;
}

function kindOf(path: string, pagePath: string): 'html' | 'css' | 'js' | 'other' {
  if (path === pagePath) return 'html';
  if (path.endsWith('.css')) return 'css';
  if (/\.m?js$/.test(path)) return 'js';
  return 'other';
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Until no request has been open for 100 ms (at most 10 s). Playwright's "networkidle"
 * waits 500 ms, which over 376 pages is three minutes of waiting for nothing.
 */
function settled(page: Page) {
  let open = 0;
  page.on('request', () => open++);
  page.on('requestfinished', () => open--);
  page.on('requestfailed', () => open--);
  return async () => {
    for (let quiet = 0, tries = 0; quiet < 2 && tries < 200; tries++) {
      await sleep(50);
      quiet = open === 0 ? quiet + 1 : 0;
    }
  };
}

async function weigh(browser: Browser, server: BenchServer, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const quiet = settled(page);
  server.take();
  await page.goto(server.url(path), { waitUntil: 'load' });
  // Anything lazy asks once it is in view.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await quiet();
  const inlineScripts = await page.evaluate(
    () => [...document.querySelectorAll('script:not([src])')].filter((s) => (s.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json').length,
  );
  const served: Served[] = server.take();
  await context.close();
  const by = (kind: ReturnType<typeof kindOf>) => sum(served.filter((s) => kindOf(s.path, path) === kind).map((s) => s.gzip));
  const weight = { html: by('html'), css: by('css'), js: by('js'), other: by('other') };
  return { path, type: pageType(path), requests: served.length, ...weight, total: sum(Object.values(weight)), inlineScripts };
}

/** Every page of the build the server serves, one after another (in parallel they would share 2 cores with Chromium). */
export async function weighPages(browser: Browser, server: BenchServer, root: string, progress: (done: number, of: number) => void) {
  const paths = builtPages(root).map((p) => p.path);
  const pages: PageWeight[] = [];
  for (const path of paths) {
    pages.push(await weigh(browser, server, path));
    progress(pages.length, paths.length);
  }
  return pages;
}

/** Reading pages (all but search) that ship any JavaScript: fetched or inline. */
/** Finding and document pages may load the copy-and-share enhancement (src/scripts/share.ts), at most this many bytes gzipped. */
export const SHARE_SCRIPT_BYTES = 1024;
const mayShare = (p: PageWeight) => p.type === 'finding' || p.type.startsWith('document ');
/** Reading pages with any script beyond that. */
export const pagesWithScript = (pages: PageWeight[]) =>
  pages.filter((p) => p.path !== SEARCH_PATH && (p.inlineScripts > 0 || p.js > (mayShare(p) ? SHARE_SCRIPT_BYTES : 0)));

export interface TypeSummary {
  type: string;
  pages: number;
  /** Median and largest, in gzip bytes, over the pages of this type. */
  html: { median: number; max: number };
  css: { median: number; max: number };
  js: { median: number; max: number };
  other: { median: number; max: number };
  total: { median: number; max: number };
}

/** One row per page type, in the order the types first appear among the pages, findings last. */
export function summariseByType(pages: PageWeight[]): TypeSummary[] {
  const types = [...new Set(pages.map((p) => p.type))].sort((a, b) => Number(a === 'finding') - Number(b === 'finding'));
  return types.map((type) => {
    const of = pages.filter((p) => p.type === type);
    const stat = (key: 'html' | 'css' | 'js' | 'other' | 'total') => {
      const xs = of.map((p) => p[key]);
      return { median: median(xs), max: Math.max(...xs) };
    };
    return { type, pages: of.length, html: stat('html'), css: stat('css'), js: stat('js'), other: stat('other'), total: stat('total') };
  });
}
