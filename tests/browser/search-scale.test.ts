/**
 * Search as the record grows, in a real browser: the built site with every document
 * there twelve times (scripts/kit/scaled-site.ts), each block in the index twelve times. A search fetches the index files that hold its words and the
 * blocks it shows, never more: the count is the total, a filter's count is exact,
 * "Show more results" fetches the next blocks only, and a misspelt word is still corrected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSite, type PageRecord } from '../support/browser';
import { removeScaledSite, scaledSite } from '../support/scaled-site';
import { blockFilesFetched, filterCount, resultLinks, searchPath as search, settled, statusText } from '../support/search-page';

const COPIES = 12;
let root = '';
beforeAll(async () => {
  root = await scaledSite(COPIES);
});
afterAll(() => removeScaledSite(root));
const site = useSite(() => root);

const listed = (page: PageRecord['page']) => page.$$eval('#search-list > li', (li) => li.length);

describe(`search at ${COPIES} times the record`, () => {
  it('fetches only the blocks it shows, and counts every result', async () => {
    const { page, close, requests } = await site.open(search({ q: 'Royal Lancaster Infirmary' }));
    try {
      await settled(page);
      const total = Number(/^(\d+) results for/.exec(await statusText(page))?.[1]);
      expect(total % COPIES).toBe(0);
      expect(total).toBeGreaterThanOrEqual(10 * COPIES);
      expect(await listed(page)).toBe(10);
      expect(blockFilesFetched(requests)).toBe(10);
      // Every copy of the best block ranks alike: the first results are its copies.
      const first = (await resultLinks(page)).slice(0, 5).map((l) => l.replace(/-copy-\d+\//, '/'));
      expect(new Set(first).size).toBe(1);

      await page.click('#search-more');
      await page.waitForFunction(() => document.querySelectorAll('#search-list > li').length === 20);
      expect(blockFilesFetched(requests)).toBe(20);
      expect(await page.textContent('#search-more')).toBe(`Show more results (${total - 20} more)`);
    } finally {
      await close();
    }
  });

  it('counts each filter’s results exactly once the filters are opened', async () => {
    const { page, close } = await site.open(search({ q: 'Trafford' }));
    try {
      await settled(page);
      await page.click('#search-filters > summary');
      await page.waitForFunction(() => document.querySelector('label[for="filter-year-2015"] .search-count')?.textContent !== '');
      expect(await filterCount(page, 'filter-year-2015')).toBe(`(${COPIES})`);
      expect(await filterCount(page, 'filter-year-2012')).toBe('(0)');
    } finally {
      await close();
    }
  });

  it('still corrects a misspelt word', async () => {
    const { page, close } = await site.open(search({ q: 'Royal Lancaster Infirmery' }));
    try {
      await settled(page);
      expect(await statusText(page)).toMatch(/so these are the results for “Royal Lancaster Infirmary”\.$/);
    } finally {
      await close();
    }
  });
});
