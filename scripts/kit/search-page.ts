/**
 * Driving the search page in the browser tests: its URL for a state, waiting for a
 * search to finish, typing a query, and reading the results and the live region.
 */
import type { Page } from 'playwright-core';
import { SEARCH_PATH } from './pages';

/** The search page's URL for some words and filters. */
export const searchPath = (params: Record<string, string | string[]>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const value of [v].flat()) p.append(k, value);
  return `${SEARCH_PATH}?${p}`;
};

/**
 * Wait until the page shows what its URL says: the script records, once results are
 * rendered, the state it rendered (in #search-results[data-shows]). Asked every 50 ms, not at every
 * animation frame (Playwright's default): a frame asked for is a frame Chromium draws, and waiting
 * that way cost about 0.1 s of CPU a second (on the two-core machine, 8 s of waiting: 1.6–2.0 s of CPU
 * against 1.0 s asked every 100 ms). search.test waits here 70 times.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const canonical = (query: string) => [...new URLSearchParams(query)].map(([k, v]) => `${k}=${v}`).sort().join('&');
      const shows = document.querySelector<HTMLElement>('#search-results')?.dataset.shows;
      return shows !== undefined && canonical(shows.split('?')[1] ?? '') === canonical(location.search);
    },
    undefined,
    { polling: 50 },
  );
}

/** Type a query as a reader would and press Enter; wait for its results. */
export async function query(page: Page, text: string): Promise<void> {
  await page.fill('#search-q', text);
  await page.press('#search-q', 'Enter');
  await settled(page);
}

/** The results' links, as listed: the page and block id, without the text directive. */
export const resultLinks = (page: Page) =>
  page.$$eval('#search-list a', (links) => links.map((a) => (a.getAttribute('href') ?? '').replace(/:~:.*$/, '')));

/** What the live region says (its count, then any note). */
export const statusText = (page: Page) =>
  page.evaluate(() => (document.querySelector<HTMLElement>('[role="status"]')?.innerText ?? '').replace(/\s+/g, ' ').trim());

/** A filter value's count, as its label shows it ("(12)", "(3 documents)"). */
export const filterCount = (page: Page, id: string) => page.textContent(`label[for="${id}"] .search-count`);

/** How many of the requests fetched a block's file (what a result shows: src/model/search-groups.ts), not the filters' values. */
export const blockFilesFetched = (requests: { url: string }[]) => requests.filter((r) => /^\/pagefind\/block\/[^/]+\/\d+\.json$/.test(new URL(r.url).pathname)).length;

/** Open a filter's fold (its choices are folded into a summary line until then). */
export async function openFacet(page: Page, name: string): Promise<void> {
  await page.click(`details:has(> fieldset input[name="${name}"]) > summary`);
}
