/**
 * Every built HTML page, found by walking dist/, as the URL path a reader would
 * use: dist/index.html → "/", dist/inspections/x/index.html → "/inspections/x/",
 * dist/404.html → "/404.html".
 *
 * Nothing is excluded: every .html file in dist/ is a page a reader can reach
 * (the 404 page included), so every one is held to the same checks. A test that
 * needs to treat a page differently says so itself, by path.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesUnder as walk } from '../../src/integrations/dist-in-place';
import { assertDistBuilt, DIST } from './server';

export interface BuiltPage {
  /** URL path, e.g. "/inspections/2012-safeguarding-and-looked-after-children/". */
  path: string;
  /** Absolute path of the HTML file. */
  file: string;
}

/** Every file under dir (absolute paths, sorted): the build's own walk (src/integrations/dist-in-place.ts), made absolute. */
export function filesUnder(dir: string): string[] {
  return walk(dir, []).map((file) => join(dir, file)).sort();
}

export function urlPathOf(file: string, root = DIST): string {
  const rel = relative(root, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** All built pages (of dist/, or of another build at `root`), sorted by path. Throws clearly when there is none. */
export function builtPages(root = DIST): BuiltPage[] {
  assertDistBuilt(root);
  return filesUnder(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: urlPathOf(file, root), file }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function readPage(page: BuiltPage): string {
  return readFileSync(page.file, 'utf8');
}

/** The search page may run JavaScript; every other page is a reading page. */
export const SEARCH_PATH = '/search/';

/**
 * Finding and document pages, which load one script: their copy-and-share buttons' (src/scripts/share.ts,
 * bundled by Astro from src/components/ShareLinks.astro). No other reading page has one.
 */
export const SHARE_PAGE = /^\/(findings\/[^/]+\/[^/]+|inspections\/[^/]+)\/$/;
export const isShareScript = (url: string) => /\/_astro\/ShareLinks\.[^/]*\.js$/.test(url);

/** The pages that each hold one inspection document (/inspections/<id>/). */
export function documentPages(pages = builtPages()): BuiltPage[] {
  return pages.filter((p) => /^\/inspections\/[^/]+\/$/.test(p.path));
}

/** A page holding one inspection document, or undefined if none is built yet. */
export function aDocumentPage(pages: BuiltPage[]): BuiltPage | undefined {
  return documentPages(pages)[0];
}

/**
 * The pages a real browser checks: every page except the finding and theme
 * pages, of which it takes a sample. The finding pages share one template (one
 * per document and kind of finding is taken), and so do the theme pages (the
 * first and the longest are taken); the static scans (tests/site/) check every
 * page as HTML, and a browser pass over all of them would cost minutes and find
 * nothing the sample does not.
 */
export function browserPages(pages = builtPages()): BuiltPage[] {
  const seen = new Set<string>();
  const themes = pages.filter((page) => /^\/themes\/[^/]+\/$/.test(page.path));
  const longestTheme = themes.reduce<BuiltPage | undefined>((a, b) => (a && statSync(a.file).size >= statSync(b.file).size ? a : b), undefined);
  const themeSample = new Set([themes[0], longestTheme]);
  return pages.filter((page) => {
    if (themes.includes(page)) return themeSample.has(page);
    const finding = /^\/findings\/([^/]+)\/([^/]+)\/$/.exec(page.path);
    if (!finding) return true;
    const kind = /class="finding-kind" data-kind="([a-z]+)"/.exec(readPage(page))?.[1] ?? 'unknown';
    const key = `${finding[1]} ${kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
