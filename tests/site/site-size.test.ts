/**
 * A site a static host takes (docs/publishing.md): on average at most 55 kB and 6.3 files on disk a page,
 * everything in dist/ counted. The bench (`npm run bench`) measures the same at 10× and 100×.
 */
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, filesUnder } from '../support/pages';
import { DIST } from '../support/server';

describe('the built site', () => {
  it('weighs at most 55 kB and 6.3 files a page, on average', () => {
    const pages = builtPages().length;
    const files = filesUnder(DIST);
    const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
    expect(bytes / pages / 1024, 'kB on disk a page').toBeLessThanOrEqual(55);
    expect(files.length / pages, 'files a page').toBeLessThanOrEqual(6.3);
  });
});
