/**
 * Keyboard use: the skip link is the first tab stop, shows when focused, and
 * takes focus to the main content; focus stays visible in forced colours
 * (Windows High Contrast), where backgrounds and box-shadows are dropped.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useSite, type Tab } from '../support/browser';
import { expectSkipLinkToMain, focused } from '../support/keyboard';
import { aDocumentPage, builtPages } from '../support/pages';

const site = useSite();
const pages = builtPages();
const documentPage = aDocumentPage(pages);

const skipLinkPages = ['/', ...(documentPage ? [documentPage.path] : [])];

describe('pages to check the keyboard on', () => {
  it('include a document page (/inspections/<id>/)', () => {
    expect(documentPage, `no /inspections/<id>/ page among: ${pages.map((p) => p.path).join(', ')}`).toBeDefined();
  });
});

// One tab for the file, each test starting from a fresh load of its page.
let tab: Tab;
beforeAll(async () => {
  tab = await site.tab();
  return () => tab.close();
});

for (const path of skipLinkPages) {
  describe(`keyboard on ${path}`, () => {
    it('focuses a visible skip link on the first Tab, and Enter moves focus to the main content', async () => {
      await tab.page.emulateMedia({ forcedColors: 'none' });
      await tab.visit(path);
      await expectSkipLinkToMain(tab.page);
    });
  });
}

describe('keyboard on / in forced colours', () => {
  it('keeps a visible outline on the skip link and on every link reached by Tab', async () => {
    const { page } = tab;
    await page.emulateMedia({ forcedColors: 'active' });
    await tab.visit('/');
    const seen: string[] = [];
    const problems: string[] = [];
    let links = 0;
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const el = await focused(page);
      if (!el) break; // Tabbed past the last stop.
      const key = el.html;
      if (seen.includes(key)) break; // Wrapped round.
      seen.push(key);
      if (el.tag !== 'a') continue;
      links++;
      if (el.outlineStyle === 'none' || !(el.outlineWidth > 0)) {
        problems.push(
          `${i === 0 ? 'skip link' : `tab stop ${i + 1}`} "${el.text}" (${el.href}): outline ${el.outlineStyle} ${el.outlineWidth}px`,
        );
      }
    }
    expect(links, 'no links were reached by Tab on /').toBeGreaterThan(1);
    expect(problems, 'links with no outline when focused in forced colours (use a transparent outline, which forced colours paints)').toEqual([]);
  });
});
