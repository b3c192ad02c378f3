/**
 * Every result link lands on its block: for every block file the search page fetches
 * (dist/pagefind/block/) and every word of its text searched alone, the link the
 * search page makes (src/scripts/search-link.ts) is read against the built page as
 * the browser reads a text fragment (src/model/text-fragment.ts): each of its text
 * fragments first matches inside the block, so the browser scrolls there and
 * highlights nothing elsewhere. tests/browser/search.test.ts follows a sample in Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockFile, blockId, VALUES_FILE, type BlockFile, type BlockValues } from '../../src/model/search-groups';
import { plainWords } from '../../src/model/search-words';
import { hitUrl, shownOf } from '../../src/scripts/search-link';
import { parseQuery } from '../../src/scripts/search-query';
import { DIST } from '../support/server';
import { missedLanding } from '../support/text-fragment';

const BUNDLE = join(DIST, 'pagefind');
const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

describe('result links', () => {
  it('land on their block for every word of every block searched alone, and highlight nothing elsewhere', () => {
    expect(existsSync(join(BUNDLE, VALUES_FILE)), 'dist/ is built').toBe(true);
    const { groups } = readJson<BlockValues>(join(BUNDLE, VALUES_FILE));
    const files = groups.flatMap(([id, list]) => list.map((_, i) => readJson<BlockFile>(join(BUNDLE, blockFile(blockId(id, i))))));
    let links = 0;
    const missed: string[] = [];
    for (const file of files) {
      const shown = shownOf(file);
      for (const word of new Set(plainWords(shown.text))) {
        const query = parseQuery(word);
        if (!query.terms.length) continue;
        const href = hitUrl(shown, query);
        links++;
        const why = missedLanding(href, { every: true });
        if (why) missed.push(`${word}: ${href}: ${why}`);
      }
    }
    expect(links, 'links checked').toBeGreaterThan(files.length);
    expect(missed).toEqual([]);
  });
});
