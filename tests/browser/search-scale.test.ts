/**
 * Search as the record grows, in a real browser: the built site with every document there `COPIES` times
 * (scripts/kit/scaled-site.ts), each block in the index that many times. A search fetches the blocks it
 * shows, never more: the count is the total, a filter's count is exact, "Show more results" fetches the next
 * blocks only, and a misspelt word is still corrected.
 *
 * Three copies are enough for each of those to fail: the best block's copies must rank first together, each
 * count must be a multiple of the copies (a filter's, the copies exactly), and "Show more results" must fetch
 * the next ten while more remain (over 30 results). Each copy costs Pagefind about 1.5 s of CPU to index (at
 * twelve, the index took 20 s); how search's time and bytes grow with the record is the benchmark's, at 10 and
 * 100 times (scripts/bench/search.ts).
 *
 * One tab, one load: the later searches are typed in the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSite, type Tab } from '../support/browser';
import { SEARCH_PATH } from '../support/pages';
import { removeScaledSite, scaledSite } from '../support/scaled-site';
import { blockFilesFetched, filterCount, query, resultLinks, searchPath as search, settled, statusText } from '../support/search-page';

const COPIES = 3;
let root = '';
beforeAll(async () => {
  root = await scaledSite(COPIES);
});
afterAll(() => removeScaledSite(root));
const site = useSite(() => root);

let tab: Tab;
beforeAll(async () => {
  tab = await site.tab();
});
afterAll(() => tab?.close());

/** The search page, as the first test leaves it (loaded if it did not). */
async function searchPage() {
  if (new URL(tab.page.url()).pathname !== SEARCH_PATH) {
    await tab.visit(SEARCH_PATH);
    await settled(tab.page);
  }
  return tab.page;
}

describe(`search at ${COPIES} times the record`, () => {
  it('fetches only the blocks it shows, and counts every result', async () => {
    // (What the visit requested is read as it grows: the blocks are fetched after the load.)
    const visit = await tab.visit(search({ q: 'Royal Lancaster Infirmary' }));
    const { page } = tab;
    await settled(page);
    const total = Number(/^(\d+) results for/.exec(await statusText(page))?.[1]);
    expect(total % COPIES).toBe(0);
    expect(total).toBeGreaterThanOrEqual(10 * COPIES);
    expect(await page.$$eval('#search-list > li', (li) => li.length)).toBe(10);
    // The ten shown, and a second copy of the first: two results alike to the ranking are read to check they are copies.
    expect(blockFilesFetched(visit.requests)).toBe(11);
    // Every copy of a block ranks alike, and the first page holds one of each text: ten different blocks, their copies after.
    const first = (await resultLinks(page)).slice(0, 10).map((l) => l.replace(/-copy-\d+\//, '/'));
    expect(new Set(first).size).toBe(10);

    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-list > li').length === 20);
    expect(blockFilesFetched(visit.requests)).toBe(20);
    expect(await page.textContent('#search-more')).toBe(`Show more results (${total - 20} more)`);
  });

  it('counts each filter’s results exactly once the filters are opened', async () => {
    const page = await searchPage();
    await query(page, 'Trafford');
    await page.click('#search-filters > summary');
    await page.waitForFunction(() => document.querySelector('label[for="filter-year-2015"] .search-count')?.textContent !== '');
    expect(await filterCount(page, 'filter-year-2015')).toBe(`(${COPIES})`);
    expect(await filterCount(page, 'filter-year-2012')).toBe('(0)');
  });

  it('still corrects a misspelt word', async () => {
    const page = await searchPage();
    await query(page, 'Royal Lancaster Infirmery');
    expect(await statusText(page)).toMatch(/so these are the results for “Royal Lancaster Infirmary”\.$/);
  });
});
