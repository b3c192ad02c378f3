/**
 * `npm run dev` shows what the build will: the glossary's marks are made in dev as each page is served, by the
 * middleware that marks each page the build renders (src/integrations/glossary-middleware.ts); and search works, from the last
 * build's index, which dev serves at /pagefind/ (src/integrations/search-index.ts), saying so when there is none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentPath } from '../../src/model/paths';
import { startDev, type DevServer } from '../support/project';
import { builtPages, readPage } from '../support/pages';
import { DIST } from '../support/server';

const PAGE = documentPath('2012-safeguarding-and-looked-after-children');
/** A page's glossary marks, in order, each with what it links to. */
const marks = (html: string) => [...html.matchAll(/<(?:abbr|a) class="glossary-term"[^>]*>(?:<a href="[^"]+")?/g)].map((m) => m[0]);

let dev: DevServer;

// In this checkout, with its last build in dist/, as a developer runs it (it writes no file the other tests read).
beforeAll(async () => {
  dev = await startDev();
}, 240_000);
afterAll(() => dev?.stop());

describe('npm run dev', () => {
  it('marks the glossary’s terms on a document page as the build does', async () => {
    const built = readPage(builtPages().find((p) => p.path === PAGE)!);
    const served = await (await fetch(dev.url(PAGE))).text();
    expect(marks(built).length).toBeGreaterThan(40);
    expect(marks(served)).toEqual(marks(built));
  }, 180_000);

  it('serves the last build’s search index, so search works, and says it does', async () => {
    expect(dev.output()).toContain('Search in dev uses the index of the last build');
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json']) {
      const response = await fetch(dev.url(`/${file}`));
      expect(response.status, file).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(DIST, file))), file).toBe(true);
    }
  }, 60_000);
});
