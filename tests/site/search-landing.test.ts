/**
 * Every result link lands on its block: for every block file the search page fetches
 * (dist/pagefind/block/) and every word of its text searched alone, the link the
 * search page makes (src/scripts/search-link.ts) is read against the built page as
 * the browser reads a text fragment (src/model/text-fragment.ts): each of its text
 * fragments first matches inside the block, so the browser scrolls there and
 * highlights nothing elsewhere. tests/browser/search.test.ts follows a sample in Chromium.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALUES_FILE } from '../../src/model/search-groups';
import { plainWords } from '../../src/model/search-words';
import { hitUrl, shownOf } from '../../src/scripts/search-link';
import { parseQuery } from '../../src/scripts/search-query';
import { DIST } from '../support/server';
import { builtBlockFiles } from '../support/site';
import { missedLanding } from '../support/text-fragment';

describe('result links', () => {
  it('land on their block for every word of every block searched alone, and highlight nothing elsewhere', () => {
    expect(existsSync(join(DIST, 'pagefind', VALUES_FILE)), 'dist/ is built').toBe(true);
    const files = builtBlockFiles();
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
