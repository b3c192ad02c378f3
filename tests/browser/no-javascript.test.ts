/**
 * With JavaScript turned off, every page reads in full. Reading pages ship no script
 * (tests/browser/pages.test.ts), so their text must be the same with it off as on: a script added
 * later that writes or reveals content would show here. On a document page, every block of the
 * document's text shows. The search page, the one page that needs a script, says so and offers every
 * document instead.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { identifiedBlocks, parseBody } from '../../src/model/body';
import { useSite, type PageRecord } from '../support/browser';
import { browserPages, documentPages, SEARCH_PATH } from '../support/pages';
import { readEntry } from '../support/entries';

const site = useSite();
const NO_JS = { javaScriptEnabled: false };

/** The text of <main> as the reader sees it (innerText leaves out what does not show). */
const mainText = (page: Page) => page.locator('main').innerText();

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
  // One tab with JavaScript and one without, each going from page to page: a context per page would
  // double the time for nothing (reading pages keep no state).
  let on: PageRecord;
  let off: PageRecord;
  beforeAll(async () => {
    [on, off] = await Promise.all([site.open('/'), site.open('/', NO_JS)]);
    return async () => {
      await on.close();
      await off.close();
    };
  });
  const visit = (tab: PageRecord, path: string) => tab.page.goto(site.server.url(path), { waitUntil: 'load' });

  for (const { path } of browserPages()) {
    if (path === SEARCH_PATH) continue;
    it(`${path} shows the same text as with it on`, async () => {
      await Promise.all([visit(on, path), visit(off, path)]);
      const text = await mainText(on.page);
      expect(text.length, `no text in <main> on ${path}`).toBeGreaterThan(0);
      expect(await mainText(off.page)).toBe(text);
    });
  }

  for (const { path } of documentPages()) {
    const documentId = path.split('/')[2]!;
    it(`${path} shows every block of the document's text`, async () => {
      const ids = identifiedBlocks(parseBody(readEntry(documentId).body)).map((b) => b.id);
      expect(ids.length).toBeGreaterThan(0);
      await visit(off, path);
      expect(await unseen(off.page, ids), `blocks missing or hidden on ${path}`).toEqual([]);
    });
  }

  describe(`the search page ${SEARCH_PATH}`, () => {
    it('says search needs JavaScript and links to every document instead', async () => {
      const { page, close } = await site.open(SEARCH_PATH, NO_JS);
      try {
        const message = page.locator('main .panel', { has: page.getByRole('heading', { name: 'Search needs JavaScript' }) });
        expect(await message.isVisible(), 'the no-JavaScript message does not show').toBe(true);
        const links = await message.locator('a').evaluateAll((as) =>
          as.map((a) => ({ path: new URL((a as HTMLAnchorElement).href).pathname, shown: a.checkVisibility() })),
        );
        expect(links.map((l) => l.path).sort()).toEqual(documentPages().map((p) => p.path).sort());
        expect(links.filter((l) => !l.shown), 'links that do not show').toEqual([]);
      } finally {
        await close();
      }
    });

    it('shows none of the controls that only a script can make work', async () => {
      const { page, close } = await site.open(SEARCH_PATH, NO_JS);
      try {
        const shown = await page.evaluate(() =>
          ['search-filters', 'search-clear', 'search-results-heading', 'search-results', 'search-more', 'search-empty', 'search-failed'].filter(
            (id) => document.getElementById(id)?.checkVisibility() ?? false,
          ),
        );
        expect(shown).toEqual([]);
      } finally {
        await close();
      }
    });
  });
});
