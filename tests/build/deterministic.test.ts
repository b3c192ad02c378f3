/**
 * Two builds of the same commit give the same site, byte for byte, whether the second is built cold or
 * incrementally (experimental.incrementalBuild: a page whose key and code are unchanged is copied from the
 * last build, src/data/page-keys.ts). A paragraph's #id is a link someone has cited, and the files under
 * /data/ and /cite/ are what others download and compare: neither may change when nothing in the record did,
 * and a page copied from the last build must be the page a cold build writes.
 *
 * dist/ (built by `npm test` from this checkout) is compared with a build of the same sources in a copy in a
 * temporary folder (another path, caches of its own), made in two steps, as a correction is published and then
 * undone: the copy is built cold with one document's short title changed (its page, its findings' pages, their
 * cards and citations, the theme pages, the pages of findings it relates to and the search index show it), then
 * the change is undone and the copy built again, incrementally. That second build must be dist/, byte for byte:
 * a page copied from the first build that shows the document would still carry the change. Nothing legitimately
 * differs: Vite names stylesheets and scripts by a hash of their content, Pagefind names its index files by a
 * hash of theirs, and no page carries a build time. If that ever changes, keep the first three checks (what
 * must be equal) and say in the fourth what may differ and why.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, startTags } from '../support/html';
import { filesUnder } from '../support/pages';
import { copyProject, type ProjectCopy } from '../support/project';
import { assertDistBuilt, DIST } from '../support/server';

/** The files others reuse as data: open data, citations, the sitemap and robots.txt. */
const isData = (path: string) => /^(data|cite)\//.test(path) || /^sitemap[^/]*\.xml$/.test(path) || path === 'robots.txt';

/** Every file under a built site, by its path in the site ("data/judgements.csv"). */
function siteFiles(dir: string): string[] {
  return filesUnder(dir).map((file) => relative(dir, file).split(sep).join('/'));
}

/** Every element id on a page, in document order (duplicates kept: the order is what a reader meets). */
const idsOf = (file: string) => startTags(readFileSync(file, 'utf8')).flatMap((t) => attr(t.attrs, 'id') ?? []);

/** The pages a build's log says it rendered ("├─ /findings/…/index.html (+4ms)") and copied from the last build ("… (restored)"). */
function pagesOf(log: string) {
  const lines = [...log.matchAll(/[├└]─ (\/\S+) \((restored|cached|\+[\d.]+m?s)\)/g)];
  return {
    rendered: lines.filter((m) => m[2]!.startsWith('+')).map((m) => m[1]!),
    copied: lines.filter((m) => !m[2]!.startsWith('+')).map((m) => m[1]!),
  };
}

/** The document whose short title the first build changes, and the change. */
const DOCUMENT = '2009-unannounced-inspection-contact-referral-assessment';
const CHANGE = '(changed for a test)';

let copy: ProjectCopy | undefined;
let again = '';
let changedPage = '';
let files: string[] = [];
let incremental: ReturnType<typeof pagesOf>;

beforeAll(() => {
  assertDistBuilt();
  copy = copyProject('second-build');
  const entry = join(copy.dir, 'content/inspections', `${DOCUMENT}.mdx`);
  const original = readFileSync(entry, 'utf8');
  writeFileSync(entry, original.replace(/^shortTitle: (.*)$/m, `shortTitle: ${CHANGE} $1`));
  const changed = copy.build();
  if (changed.status !== 0) throw new Error(`the build with one document changed failed:\n${changed.output}`);
  changedPage = readFileSync(join(copy.dir, 'dist/inspections', DOCUMENT, 'index.html'), 'utf8');
  writeFileSync(entry, original);
  const run = copy.build();
  if (run.status !== 0) throw new Error(`the second build failed:\n${run.output}`);
  incremental = pagesOf(run.output);
  again = join(copy.dir, 'dist');
  files = siteFiles(DIST);
});

afterAll(() => copy?.remove());

/** The files (of those given) whose bytes differ between the two builds. */
const differing = (paths: string[]) =>
  paths.filter((path) => !readFileSync(join(DIST, path)).equals(readFileSync(join(again, path))));

describe('a second build of the same commit, after a build with one document changed', () => {
  it('was incremental: it rendered the changed document\'s pages again and copied the rest', () => {
    expect(changedPage, 'the changed build shows the change').toContain(CHANGE);
    const findings = readdirSync(join(DIST, 'findings', DOCUMENT)).map((id) => `/findings/${DOCUMENT}/${id}/index.html`);
    expect(incremental.rendered).toEqual(expect.arrayContaining([`/inspections/${DOCUMENT}/index.html`, ...findings]));
    const otherFindings = incremental.copied.filter((path) => path.startsWith('/findings/') && !path.startsWith(`/findings/${DOCUMENT}/`));
    expect(otherFindings.length, 'finding pages of other documents copied from the last build').toBeGreaterThan(0);
  });

  it('writes the same files', () => {
    // dist/ built from other sources or settings (SITE_URL, BASE_PATH) than this checkout's fails here first.
    expect(siteFiles(again), 'files in the second build (left) and in dist/ (right)').toEqual(files);
  });

  it('gives every HTML page the same element ids, in the same order', () => {
    const pages = files.filter((path) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    // A page's ids are read from its bytes, so only a page whose bytes differ can differ in its ids: the others are not parsed.
    const changed = differing(pages).flatMap((path) => {
      const [first, second] = [idsOf(join(DIST, path)), idsOf(join(again, path))];
      if (first.join(' ') === second.join(' ')) return [];
      const lost = first.filter((id) => !second.includes(id));
      const gained = second.filter((id) => !first.includes(id));
      return [`${path}: ${lost.length || gained.length ? `only in dist/: ${lost.join(' ')}; only in the second: ${gained.join(' ')}` : 'the same ids in another order'}`];
    });
    expect(changed, 'pages whose ids differ between two builds').toEqual([]);
  });

  it('writes the open data, citations, sitemap and robots.txt byte for byte the same', () => {
    const data = files.filter(isData);
    expect(data).toEqual(expect.arrayContaining(['data/judgements.csv', 'data/datapackage.json', 'robots.txt', 'sitemap-index.xml']));
    expect(data.some((path) => path.startsWith('cite/'))).toBe(true);
    expect(differing(data), 'data files that differ between two builds').toEqual([]);
  });

  it('writes every other file byte for byte the same too: pages, cards, stylesheets, the search script and index', () => {
    const rest = files.filter((path) => !isData(path));
    expect(rest).toEqual(expect.arrayContaining(['index.html', '404.html', 'pagefind/pagefind-entry.json']));
    expect(differing(rest), 'files that differ between two builds').toEqual([]);
  });
});
