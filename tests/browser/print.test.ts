/**
 * In print, a document keeps its paragraph numbers (a committee says "see paragraph 130"),
 * drops what only a screen can use (the ¶ signs, "Cite or share"), and every in-page link
 * reads as a reference on paper; a finding page prints its citation and full address.
 * Chromium with print media emulated, on the document with the most of each.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useSite, type Tab } from '../support/browser';

const site = useSite();
const REPORT = '/inspections/2012-safeguarding-and-looked-after-children/';

describe('printed', () => {
  // One tab for the file, going from page to page (reading pages keep no state).
  let tab: Tab;
  beforeAll(async () => {
    tab = await site.tab();
    return () => tab.close();
  });
  /** `path` loaded on screen, at the default window, then shown as printed. */
  async function printed(path: string) {
    await tab.page.emulateMedia({ media: null });
    await tab.page.setViewportSize({ width: 1280, height: 720 });
    await tab.visit(path);
    await tab.page.emulateMedia({ media: 'print' });
    return tab.page;
  }

  it('a document shows every paragraph number and no ¶ sign or cite link, and its in-page links name what they lead to', async () => {
    const page = await printed(REPORT);
    const found = await page.evaluate(() => {
      const shown = (e: Element) => e.checkVisibility();
      const numbers = [...document.querySelectorAll('p.numbered > a.anchor')];
      return {
        numbers: numbers.length,
        hiddenNumbers: numbers.filter((a) => !shown(a)).map((a) => a.getAttribute('href')),
        shownSymbols: [...document.querySelectorAll('.anchor--symbol')].filter(shown).map((a) => a.getAttribute('href')),
        shownCiteLinks: [...document.querySelectorAll('.cite-link')].filter(shown).length,
        // The links that jump within the page ("Read the full text", "Also on this page") are for a screen.
        shownJumps: [...document.querySelectorAll('main a[href^="#"]')].filter((a) => shown(a) && /^(Read the full text|Judgements|About this document|How to cite|Notes on this text)$/.test(a.textContent!.trim())).map((a) => a.textContent),
        // In-page links outside the document's own contents list, as they read on paper.
        references: [...document.querySelectorAll('main a[href^="#"]:not(.anchor):not(.skip-link)')]
          .filter((a) => shown(a) && !a.closest('nav, .contents'))
          .map((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim()),
      };
    });
    expect(found.numbers).toBeGreaterThan(100);
    expect(found.hiddenNumbers).toEqual([]);
    expect(found.shownSymbols, '¶ links shown').toEqual([]);
    expect(found.shownCiteLinks).toBe(0);
    expect(found.shownJumps).toEqual([]);
    expect(found.references.length).toBeGreaterThan(10);
    expect(found.references.filter((text) => /^(table row|row|¶)$/i.test(text) || text.length < 5), 'links that say nothing on paper').toEqual([]);
  });

  it('a finding page shows its citation and full address right under its words, and the full address of the links that lead on', async () => {
    const page = await printed('/findings/2012-safeguarding-and-looked-after-children/p130/');
    const found = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const shown = [...main.querySelectorAll('h2, p, dl, blockquote, nav')].filter((e) => e.checkVisibility() && !e.parentElement!.closest('blockquote'));
      return {
        text: document.body.innerText,
        url: document.querySelector('link[rel=canonical]')!.getAttribute('href')!,
        // What comes between the finding's words and its citation on paper.
        between: shown.slice(shown.findIndex((e) => e.matches('blockquote')) + 1, shown.findIndex((e) => e.matches('.cite'))).map((e) => e.textContent!.trim()),
        printedAddresses: [...main.querySelectorAll('a[data-print-address]')].map((a) => ({
          text: a.textContent!.trim(),
          after: getComputedStyle(a, '::after').content,
          href: (a as HTMLAnchorElement).href,
        })),
        screenOnly: [...main.querySelectorAll('.citation-downloads, .pager')].filter((e) => e.checkVisibility()).length,
      };
    });
    expect(found.text).toMatch(/Ofsted, “Inspection of safeguarding and looked after children services: Lancashire”, paragraph 130\. Published 9 March 2012\./);
    expect(found.text).toContain(found.url);
    expect(found.between).toEqual(['Read it in context, in the full text', 'Cite this']);
    expect(found.printedAddresses.map((a) => a.text)).toContain('Read it in context, in the full text');
    const origin = new URL(found.url).origin;
    for (const a of found.printedAddresses) {
      // The address printed is the link's own, in full, under the site's address.
      expect(a.after, a.text).toBe(`" (${a.href.replace(/^http:\/\/[^/]+/, origin)})"`);
    }
    expect(found.screenOnly, 'downloads and previous/next links printed').toBe(0);
  });

  it("the journey prints the matrix's notes after it, not in its subject column where a note makes its row a page long", async () => {
    const page = await printed('/journey/');
    const found = await page.evaluate(() => ({
      inTable: [...document.querySelectorAll('.matrix .note')].filter((e) => e.checkVisibility()).length,
      notes: [...document.querySelectorAll('.matrix .note p')].map((p) => p.textContent!.trim()),
      printed: [...document.querySelectorAll('.print-notes dd')].filter((e) => e.checkVisibility()).map((dd) => dd.textContent!.trim()),
    }));
    expect(found.inTable).toBe(0);
    expect(found.notes.length).toBeGreaterThan(0);
    expect(found.printed).toEqual(found.notes);
  });

  // The longest findings, and one of each other document: their words, citation, facts and our reading.
  const LONGEST = ['p89', 'p57', 'p36'].map((id) => `/findings/2012-safeguarding-and-looked-after-children/${id}/`);
  const OTHERS = ['2009-unannounced-inspection-contact-referral-assessment/p3', '2015-council-letter-to-stakeholders/p10', '2018-scrutiny-committee-inspection-and-review/p10'].map((f) => `/findings/${f}/`);

  it('a finding page prints on at most two A4 pages, its citation and permanent link on the first', async () => {
    const problems: string[] = [];
    for (const path of [...LONGEST, ...OTHERS]) {
      await tab.page.emulateMedia({ media: null });
      await tab.visit(path);
      const pdf = await tab.page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
      if (pages < 1 || pages > 2) problems.push(`${path}: ${pages} pages`);
      // Where the permanent link ends on paper: A4 less its margins is 180 mm wide, 267 mm high (96 px an inch).
      await tab.page.setViewportSize({ width: Math.floor((180 / 25.4) * 96), height: 800 });
      await tab.page.emulateMedia({ media: 'print' });
      const bottom = await tab.page.evaluate(() => document.querySelector('[data-share] .share__link')!.getBoundingClientRect().bottom + scrollY);
      if (bottom > (267 / 25.4) * 96) problems.push(`${path}: the permanent link ends ${Math.round(bottom)} px down, past the first page`);
    }
    expect(problems).toEqual([]);
  });
});
