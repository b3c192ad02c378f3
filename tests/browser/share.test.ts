/**
 * Copy and share where a finding or a document is read (src/components/ShareLinks.astro,
 * src/scripts/share.ts). In Chromium with clipboard permission, "Copy citation" and "Copy link" put the
 * page's citation and permanent address on the clipboard and say so in a live region; "Share" shows only
 * where the browser offers navigator.share. With JavaScript off there are no buttons, and the citation
 * and the link, a real link, are there all the same.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite, type Tab } from '../support/browser';

const site = useSite();
const FINDING = '/findings/2012-safeguarding-and-looked-after-children/p39/';
const DOCUMENT = '/inspections/2015-council-letter-to-stakeholders/';

/** What the share box shows: its citation, its link, which buttons show, its status. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('[data-share]')!;
    const link = box.querySelector('a[data-link]') as HTMLAnchorElement | null;
    return {
      canonical: document.querySelector('link[rel=canonical]')!.getAttribute('href'),
      citation: box.querySelector('.cite')!.textContent!.trim(),
      citationShown: box.querySelector('.cite')!.checkVisibility(),
      link: link && { href: link.getAttribute('href'), text: link.textContent!.trim(), shown: link.checkVisibility() },
      buttons: [...box.querySelectorAll('button')].filter((b) => b.checkVisibility()).map((b) => b.textContent!.trim()),
      canShare: typeof navigator.share === 'function',
    };
  });

describe('copy and share', () => {
  // One tab for each setting, going from page to page: with JavaScript and clipboard permission (granted to the
  // file's own context), and without JavaScript.
  let withJs: Tab;
  let noJs: Tab;
  beforeAll(async () => {
    [withJs, noJs] = await Promise.all([site.tab(), site.tab({ javaScriptEnabled: false })]);
    await withJs.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    return async () => {
      await withJs.close();
      await noJs.close();
    };
  });

  it.each([FINDING, DOCUMENT])('%s: Copy citation and Copy link put them on the clipboard and say so in a live region', async (path) => {
    const { page } = withJs;
    const { consoleErrors, pageErrors } = await withJs.visit(path);
    const before = await shown(page);
    expect(before.buttons).toEqual(['Copy citation', 'Copy link', ...(before.canShare ? ['Share…'] : [])]);
    const status = page.getByRole('status');
    await page.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => status.textContent()).toBe('Citation copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(before.citation);
    expect(before.citation).toContain(before.canonical);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => status.textContent()).toBe('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(before.canonical);
    expect(await status.isVisible()).toBe(true);
    expect([...consoleErrors, ...pageErrors]).toEqual([]);
  });

  it.each([FINDING, DOCUMENT])('%s: with JavaScript off, the citation shows and the permanent link is a link, with no buttons', async (path) => {
    const { page } = noJs;
    await noJs.visit(path);
    const off = await shown(page);
    expect(off.citationShown).toBe(true);
    expect(off.link).toEqual({ href: off.canonical, text: off.canonical, shown: true });
    expect(off.buttons).toEqual([]);
    // One click selects the whole citation, ready to copy.
    await page.locator('[data-share] .cite').click();
    expect(await page.evaluate(() => getSelection()!.toString().trim())).toBe(off.citation);
  });
});
