/**
 * Search as the record grows, in a real browser: the built site with every document
 * page there twelve times (tests/support/scaled-site.ts), so that a query matches more
 * pages than a step loads. The search page loads the best pages only, says how many
 * documents its results are from, loads more when asked, narrows by the filters
 * before loading, and still corrects a misspelt word and falls back to any of the words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEP } from '../../src/scripts/search-rank';
import { useSite, type PageRecord } from '../support/browser';
import { scaledSite, removeScaledSite } from '../support/scaled-site';
import { filterCount, resultLinks, searchPath as search, settled, statusText } from '../support/search-page';

const COPIES = 12;
let root = '';
beforeAll(() => {
  root = scaledSite(COPIES);
});
afterAll(() => removeScaledSite(root));
const site = useSite(() => root);

const fragmentsFetched = (requests: PageRecord['requests']) =>
  requests.filter((r) => new URL(r.url).pathname.startsWith('/pagefind/fragment/')).length;

/** The live region's count while not every matching page is loaded: results, pages loaded, pages matching. */
function partialCount(status: string, words: string, filtered = '') {
  const match = new RegExp(`^(\\d+) results? in the first (\\d+) of (\\d+) documents that match “${words}”${filtered}(?: |$)`).exec(status);
  expect(match, status).not.toBeNull();
  return { results: Number(match![1]), loaded: Number(match![2]), matching: Number(match![3]) };
}

/** A result link's document (a copy counted as its original) and block. */
const documentAndBlock = (link: string) => {
  const [, document = '', block = ''] = /^\/inspections\/(.+?)(?:-copy-\d+)?\/#(.+)$/.exec(link) ?? [];
  return { document, block: decodeURIComponent(block) };
};

describe(`search at ${COPIES} times the record`, () => {
  it('loads the best pages only, and says how many of the matching documents its results are from', async () => {
    const { page, close, requests } = await site.open(search({ q: 'children' }));
    try {
      await settled(page);
      const count = partialCount(await statusText(page), 'children');
      expect(count.matching).toBe(5 * COPIES);
      expect(count.loaded).toBeLessThanOrEqual(STEP.pages);
      expect(fragmentsFetched(requests)).toBe(count.loaded);
      expect(count.results).toBeGreaterThan(20);
      expect(await page.$$eval('#search-list > li', (li) => li.length)).toBe(20);
      // The total is not known, so the button promises no number.
      expect(await page.textContent('#search-more')).toBe('Show more results');
      // A filter's count is of the documents it would give, which Pagefind's filter index knows without loading them.
      expect(await filterCount(page, 'filter-year-2012')).toBe(`(${COPIES} documents)`);
      expect(await filterCount(page, 'filter-year-2018')).toBe(`(${2 * COPIES} documents)`);
    } finally {
      await close();
    }
  });

  it('shows more from further documents: those shown stay, the new follow, focus moves to the first, and the count is told', async () => {
    const { page, close, requests } = await site.open(search({ q: 'children' }));
    try {
      await settled(page);
      const before = partialCount(await statusText(page), 'children');
      const shown = await resultLinks(page);
      await page.focus('#search-more');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('#search-list > li').length > 20);
      const links = await resultLinks(page);
      expect(links.slice(0, 20)).toEqual(shown);
      expect(links).toHaveLength(40);
      expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('#search-list > li a')[20])).toBe(true);
      const after = partialCount(await statusText(page), 'children');
      expect(after.loaded).toBeGreaterThan(before.loaded);
      expect(after.results).toBeGreaterThan(before.results);
      expect(fragmentsFetched(requests)).toBe(after.loaded);
      // Some of the results added come from the documents just loaded.
      const pagesShown = new Set(shown.map((l) => l.split('#')[0]));
      expect(links.slice(20).some((l) => !pagesShown.has(l.split('#')[0]))).toBe(true);
    } finally {
      await close();
    }
  });

  it('narrows to the pages a filter allows before loading them: a year’s results come from that year alone', async () => {
    const { page, close } = await site.open(search({ q: 'children', year: '2009' }));
    try {
      await settled(page);
      const count = partialCount(await statusText(page), 'children', ', with a filter');
      expect(count.matching).toBe(COPIES);
      const documents = new Set((await resultLinks(page)).map((l) => documentAndBlock(l).document));
      expect([...documents]).toEqual(['2009-unannounced-inspection-contact-referral-assessment']);
      // A filter's own choices aside: every year still says what it would give.
      expect(await filterCount(page, 'filter-year-2012')).toBe(`(${COPIES} documents)`);
    } finally {
      await close();
    }
  });

  it('keeps the area filter to the blocks of that area', async () => {
    const { page, close } = await site.open(search({ q: 'health', area: 'being-healthy' }));
    try {
      await settled(page);
      const links = await resultLinks(page);
      expect(links.length).toBeGreaterThan(3);
      const inArea = await page.$eval('#search-areas', (el) =>
        (JSON.parse((el as HTMLElement).dataset.blocks!) as Record<string, Record<string, string[]>>)['being-healthy']!,
      );
      for (const link of links) {
        const { document, block } = documentAndBlock(link);
        expect(inArea[document] ?? [], link).toContain(block);
      }
    } finally {
      await close();
    }
  });

  it('still corrects a misspelt word, saying which documents it looked in', async () => {
    const { page, close } = await site.open(search({ q: 'Royal Lancaster Infirmery' }));
    try {
      await settled(page);
      const status = await statusText(page);
      partialCount(status, 'Royal Lancaster Infirmary');
      expect(status).toMatch(/ No paragraph in the first \d+ matching documents contains “infirmery”, so these are the results for “Royal Lancaster Infirmary”\.$/);
      expect(documentAndBlock((await resultLinks(page))[0]!).document).toBe('2012-safeguarding-and-looked-after-children');
    } finally {
      await close();
    }
  });

  it('still finds the pages with any of the words when none has them all, saying which documents it looked in', async () => {
    const { page, close } = await site.open(search({ q: 'zebra crossing' }));
    try {
      await settled(page);
      const status = await statusText(page);
      expect(partialCount(status, 'zebra crossing').results).toBeGreaterThan(0);
      expect(status).toMatch(/ No paragraph in the first \d+ matching documents contains “zebra”: these results have the other words\.$/);
    } finally {
      await close();
    }
  });
});
