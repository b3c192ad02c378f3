/**
 * With JavaScript turned off, every page reads in full. A reading page ships no script, no event
 * handler, no javascript: URL and no <noscript> (tests/site/policy.test.ts checks every built page
 * statically), so it cannot read differently with JavaScript on or off; here a real browser with
 * JavaScript off confirms that every block of each document's text shows. The search page, the one
 * page that needs a script, says so and offers every document instead.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { identifiedBlocks, parseBody } from '../../src/model/body';
import { useSite, type PageRecord } from '../support/browser';
import { documentPages, SEARCH_PATH } from '../support/pages';
import { readEntry } from '../support/entries';

const site = useSite();
const NO_JS = { javaScriptEnabled: false };

/** The ids (of those given) whose elements are missing or do not show. */
async function unseen(page: Page, ids: string[]): Promise<string[]> {
  return page.evaluate(
    (all) =>
      all.filter((id) => {
        const el = document.getElementById(id);
        if (!el) return true;
        const rect = el.getBoundingClientRect();
        return !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || rect.width === 0 || rect.height === 0;
      }),
    ids,
  );
}

describe('with JavaScript off', () => {
  it("shows every block of each document's text", async () => {
    // One tab without JavaScript going from page to page: a context per page would cost time for nothing (reading pages keep no state).
    const tab = await site.tab(NO_JS);
    const missing: string[] = [];
    try {
      for (const { path } of documentPages()) {
        const ids = identifiedBlocks(parseBody(readEntry(path.split('/')[2]!).body)).map((b) => b.id);
        expect(ids.length, path).toBeGreaterThan(0);
        await tab.visit(path);
        missing.push(...(await unseen(tab.page, ids)).map((id) => `${path}#${id}`));
      }
    } finally {
      await tab.close();
    }
    expect(missing, 'blocks missing or hidden').toEqual([]);
  });

  describe(`the search page ${SEARCH_PATH}`, () => {
    // One visit serves both tests, which only read the page.
    let visit: PageRecord;
    beforeAll(async () => {
      visit = await site.open(SEARCH_PATH, NO_JS);
      return () => visit.close();
    });

    it('says search needs JavaScript and links to every document instead', async () => {
      const { page } = visit;
      const message = page.locator('main .panel', { has: page.getByRole('heading', { name: 'Search needs JavaScript' }) });
      expect(await message.isVisible(), 'the no-JavaScript message does not show').toBe(true);
      const links = await message.locator('a').evaluateAll((as) =>
        as.map((a) => ({ path: new URL((a as HTMLAnchorElement).href).pathname, shown: a.checkVisibility() })),
      );
      expect(links.map((l) => l.path).sort()).toEqual(documentPages().map((p) => p.path).sort());
      expect(links.filter((l) => !l.shown), 'links that do not show').toEqual([]);
    });

    it('shows none of the controls that only a script can make work', async () => {
      const shown = await visit.page.evaluate(() =>
        ['search-filters', 'search-clear', 'search-results-heading', 'search-results', 'search-more', 'search-empty', 'search-failed'].filter(
          (id) => document.getElementById(id)?.checkVisibility() ?? false,
        ),
      );
      expect(shown).toEqual([]);
    });
  });
});
