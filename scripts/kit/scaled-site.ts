/**
 * The built site at a larger size, to test search as the record grows: a copy of
 * dist/ in a temporary folder in which every document page is there `copies` times
 * (the original, and /inspections/<id>-copy-<n>/), and the search index is written
 * afresh from the build's records (builtRecords, kept out of dist/) with each block there
 * `copies` times, each copy's record pointing at its copy's page, with its
 * original's filters, as the build's own index step does (src/integrations/search-index.ts).
 * The benchmark (scripts/bench/search.ts) makes one of another build, without the
 * document pages, which searching does not fetch.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSearchIndex } from '../../src/integrations/search-index';
import { builtRecords } from './records';
import { assertDistBuilt, DIST } from './server';

/** Build the copy and return its folder; `removeScaledSite` removes it. */
export async function scaledSite(copies: number, { dist = DIST, pages = true }: { dist?: string; pages?: boolean } = {}): Promise<string> {
  if (dist === DIST) assertDistBuilt();
  const root = mkdtempSync(join(tmpdir(), 'scaled-site-'));
  const left = [join(dist, 'pagefind'), ...(pages ? [] : [join(dist, 'inspections')])];
  cpSync(dist, root, { recursive: true, filter: (source) => !left.includes(source) });
  const documents = pages ? readdirSync(join(dist, 'inspections'), { withFileTypes: true }).filter((d) => d.isDirectory()) : [];
  for (const { name: id } of documents) {
    const page = join(root, 'inspections', id, 'index.html');
    for (let n = 2; n <= copies; n++) {
      const copy = join(root, 'inspections', `${id}-copy-${n}`);
      mkdirSync(copy);
      cpSync(page, join(copy, 'index.html'));
    }
  }
  // The search page says how many blocks the index holds (a word's rarity is weighed by it), as a build of that many would.
  const searchPage = join(root, 'search', 'index.html');
  writeFileSync(searchPage, readFileSync(searchPage, 'utf8').replace(/data-records="(\d+)"/, (_, n: string) => `data-records="${Number(n) * copies}"`));
  const records = builtRecords(dist);
  const copied = records.flatMap((r) => [
    r,
    ...Array.from({ length: copies - 1 }, (_, i) => ({ ...r, url: r.url.replace(/^(\/inspections\/[^/]+)\//, `$1-copy-${i + 2}/`) })),
  ]);
  await writeSearchIndex(copied, join(root, 'pagefind'), pages ? { dir: root, base: '/' } : undefined);
  return root;
}

export function removeScaledSite(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
