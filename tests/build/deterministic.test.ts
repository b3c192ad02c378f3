/**
 * Two builds of the same commit give the same site, byte for byte. A paragraph's #id is a link
 * someone has cited, and the files under /data/ and /cite/ are what others download and compare:
 * neither may change when nothing in the record did.
 *
 * dist/ (built by `npm test` from this checkout) is compared with a second build of the same
 * sources, by the same `npm run build`, in a copy in a temporary folder: another path and no build
 * cache, as a fresh clone or CI builds it. Nothing legitimately differs: Vite names stylesheets and
 * scripts by a hash of their content, Pagefind names its index files by a hash of theirs, and no page
 * carries a build time. If that ever changes, keep the first three checks (what must be equal) and
 * say in the last what may differ and why.
 */
import { readFileSync } from 'node:fs';
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

let copy: ProjectCopy | undefined;
let again = '';
let files: string[] = [];

beforeAll(() => {
  assertDistBuilt();
  copy = copyProject('second-build');
  const run = copy.build({}, { search: true });
  if (run.status !== 0) throw new Error(`the second build failed:\n${run.output}`);
  again = join(copy.dir, 'dist');
  files = siteFiles(DIST);
});

afterAll(() => copy?.remove());

/** The files (of those given) whose bytes differ between the two builds. */
const differing = (paths: string[]) =>
  paths.filter((path) => !readFileSync(join(DIST, path)).equals(readFileSync(join(again, path))));

describe('a second build of the same commit', () => {
  it('writes the same files', () => {
    // dist/ built from other sources or settings (SITE_URL, BASE_PATH) than this checkout's fails here first.
    expect(siteFiles(again), 'files in the second build (left) and in dist/ (right)').toEqual(files);
  });

  it('gives every HTML page the same element ids, in the same order', () => {
    const pages = files.filter((path) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    const changed = pages.flatMap((path) => {
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

  it('writes every other file byte for byte the same too: pages, stylesheets, the search script and index', () => {
    const rest = files.filter((path) => !isData(path));
    expect(rest).toEqual(expect.arrayContaining(['index.html', '404.html', 'pagefind/pagefind-entry.json']));
    expect(differing(rest), 'files that differ between two builds').toEqual([]);
  });
});
