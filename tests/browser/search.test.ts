/**
 * Search in a real browser, against the built site: the page lists what the search pipeline ranks (the
 * quality of its results, for a set of queries from all five documents, is checked in Node against the
 * built index: tests/site/search-quality.test.ts), accessibility (axe, keyboard alone, focus, the live
 * region, 320 px, no JavaScript), state in the URL and the back button, landing on a result, and search
 * JavaScript on the search page only.
 *
 * The file works in one tab (and one with JavaScript off): a state of the search page is reached as a reader
 * reaches it, by typing, choosing a filter or going back in the page already open, and a page is loaded afresh
 * only where what is tested is the load itself (the state read from the URL, what a first search fetches, Tab
 * order from the top, landing on a block). On the two-core machine a new page cost Chromium about 1.5 s of
 * CPU, a load of the search page 1.2 s, and a search typed in the page 0.3 to 0.7 s.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { axeViolations, COLOUR_RULES, expectNoAxeViolations, formatViolations } from '../support/axe';
import { useSite, type Tab } from '../support/browser';
import { focused } from '../support/keyboard';
import { aDocumentPage, builtPages, documentPages, isShareScript, readPage, SEARCH_PATH } from '../support/pages';
import { blockFilesFetched, filterCount, openFacet, query, resultLinks, searchPath as search, settled, statusText } from '../support/search-page';
import { firstPageLinks, nodeSearch } from '../support/search-node';
import { ALL_CASES } from '../support/search-queries';
import { builtBlockFiles, builtRecords, DIST } from '../support/site';
import { landingKind, landingSample, MORE_CONTEXT } from '../support/text-fragment';

const site = useSite();

type Viewport = { width: number; height: number };
/** A new page's size (Playwright's default), a phone's, and the window the landing tests look through. */
const DESKTOP: Viewport = { width: 1280, height: 720 };
const PHONE: Viewport = { width: 320, height: 640 };
const LANDING: Viewport = { width: 1000, height: 700 };

/** The file's tab, and what its last load has requested and logged (it grows until the next load). */
let tab: Tab;
let page: Page;
let lastLoad: Awaited<ReturnType<Tab['visit']>>;
beforeAll(async () => {
  tab = await site.tab();
  page = tab.page;
});
afterAll(() => tab?.close());

/** Resize `p` to `viewport` unless it is that size already. */
async function fit(p: Page, viewport: Viewport) {
  const now = p.viewportSize();
  if (now?.width !== viewport.width || now.height !== viewport.height) await p.setViewportSize(viewport);
}

/**
 * `path` loaded afresh in `t` (a path that differs from the open page's only in its #fragment is loaded
 * from a blank page, as going to it would only scroll).
 */
async function loadIn(t: Tab, path: string) {
  const here = new URL(t.page.url());
  const there = new URL(path, here.origin === 'null' ? 'http://x' : here.origin);
  if (there.hash && here.pathname === there.pathname && here.search === there.search) await t.page.goto('about:blank');
  return t.visit(path);
}

/** `path` loaded afresh in the file's tab at `viewport`; on the search page, once its search is done. */
async function load(path: string, viewport = DESKTOP) {
  await fit(page, viewport);
  lastLoad = await loadIn(tab, path);
  if (path.startsWith(SEARCH_PATH)) await settled(page);
  return lastLoad;
}

const filtersOpen = () => page.$eval('#search-filters', (d) => (d as HTMLDetailsElement).open);

/** The fold of a facet's choices. */
const fold = (facet: string) => page.locator(`details:has(> fieldset input[name="${facet}"])`);

/**
 * The search page as a load leaves it, but for the words, at `viewport`: no filter chosen, every fold closed.
 * Where the search page is open, reached in it as a reader does (clearing the filters, closing the folds);
 * loaded where it is not.
 */
async function searchPage(viewport = DESKTOP) {
  await fit(page, viewport);
  if (new URL(page.url()).pathname !== SEARCH_PATH) {
    await load(SEARCH_PATH, viewport);
    return;
  }
  const chosen = await page.locator('#search-form input[type="checkbox"]:checked').count();
  const openFold = page.locator('#search-filters details[open] > summary');
  if (!chosen && !(await openFold.count()) && !(await filtersOpen())) return;
  if (!(await filtersOpen())) await page.click('#search-filters > summary');
  if (chosen) {
    await page.click('#search-clear');
    await settled(page);
  }
  while (await openFold.count()) await openFold.first().click();
  await page.click('#search-filters > summary');
}

/** Open a facet's fold unless it is open. */
async function unfold(facet: string) {
  if (!(await fold(facet).evaluate((d) => (d as HTMLDetailsElement).open))) await openFacet(page, facet);
}

/** Choose a filter's value as a reader does: open the filters and its fold, and tick it. */
async function choose(facet: string, value: string) {
  if (!(await filtersOpen())) await page.click('#search-filters > summary');
  await unfold(facet);
  await page.check(`#filter-${facet}-${value}`);
  await settled(page);
}

/** Where focus is (src/scripts/search.ts moves it), and whether it is among the results. */
const focus = (p: Page) => focused(p, '#search-list');

/**
 * Pixels of the highlight colour (::target-text, the focus yellow) in the part of an element on screen (where
 * the browser scrolls the words it highlights).
 */
async function highlighted(p: Page, selector: string): Promise<number> {
  const clip = await p.$eval(selector, (e) => {
    const r = e.getBoundingClientRect();
    const [x, y] = [Math.max(0, r.left), Math.max(0, r.top)];
    return { x, y, width: Math.min(innerWidth, r.right) - x, height: Math.min(innerHeight, r.bottom) - y };
  });
  if (clip.width < 1 || clip.height < 1) return 0;
  const png = await p.screenshot({ clip });
  return p.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    const d = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i]! > 240 && d[i + 1]! > 205 && d[i + 1]! < 235 && d[i + 2]! < 40) n++;
    return n;
  }, png.toString('base64'));
}

/** Press Tab until `test` holds for the focused element (or give up after `max` presses). */
async function tabTo(p: Page, test: (f: NonNullable<Awaited<ReturnType<typeof focus>>>) => boolean, max = 80, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < max; i++) {
    await p.keyboard.press(key);
    const f = await focus(p);
    if (f && test(f)) return f;
  }
  throw new Error('never reached by Tab');
}

describe('search results', () => {
  // The quality set is checked in Node, through the page's own pipeline; this proves the page lists exactly what it ranks.
  it('are, for a query of each kind in the quality set, the first page the search pipeline gives in Node: the same links, text fragments and all', async () => {
    await searchPage();
    const sample = ALL_CASES.filter((c, i) => ALL_CASES.findIndex((d) => d.kind === c.kind) === i);
    expect(sample.length).toBeGreaterThanOrEqual(10);
    const node = await nodeSearch(DIST);
    const want = new Map<string, string[]>();
    try {
      for (const c of sample) want.set(c.query, await firstPageLinks(node, c.query));
    } finally {
      node.close();
    }
    const differ: string[] = [];
    for (const c of sample) {
      await query(page, c.query);
      const links = await page.$$eval('#search-list a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      if (links.join('\n') !== want.get(c.query)!.join('\n')) differ.push(`${c.query} (${c.kind}):\n  page: ${links.join('\n        ')}\n  Node: ${want.get(c.query)!.join('\n        ')}`);
    }
    expect(want.get(sample[0]!.query)!.length).toBeGreaterThan(0);
    expect(differ).toEqual([]);
  });

  it('are counted in the live region, and the counts per year add up to it', async () => {
    await searchPage();
    await query(page, 'care leavers');
    await page.click('#search-filters > summary');
    await page.waitForFunction(() => document.querySelector('label[for="filter-year-2018"] .search-count')?.textContent !== '');
    const text = await statusText(page);
    const total = Number(/^(\d+) results for “care leavers”/.exec(text)?.[1]);
    expect(total, text).toBeGreaterThan(20);
    const perYear = await page.$$eval('input[name="year"] + label .search-count', (counts) => counts.map((c) => Number(/\d+/.exec(c.textContent ?? '')?.[0] ?? 0)));
    expect(perYear.reduce((a, b) => a + b, 0)).toBe(total);
    expect(await page.$$eval('#search-list > li', (li) => li.length)).toBe(10);
  });

  it('say which word was misspelt, and what was searched instead', async () => {
    await searchPage();
    await query(page, 'Royal Lancaster Infirmery');
    expect(await statusText(page)).toMatch(/^\d+ results for “Royal Lancaster Infirmary” No paragraph contains “infirmery”, so these are the results for “Royal Lancaster Infirmary”\.$/);
  });

  it('say when a word is in no paragraph, and list those with the others', async () => {
    await searchPage();
    await query(page, 'zebra crossing');
    expect(await statusText(page)).toMatch(/^\d+ results? for “zebra crossing” No paragraph contains “zebra”: these results have the other words\.$/);
  });

  it('say so when nothing matches, with links to browse the documents', async () => {
    await searchPage();
    await query(page, 'zebra giraffe');
    expect(await statusText(page)).toBe('No results for “zebra giraffe”');
    expect(await page.isVisible('#search-empty')).toBe(true);
    expect(await page.isVisible('#search-start')).toBe(true);
    expect(await page.$$eval('#search-start a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort())).toEqual(documentPages().map((p) => p.path).sort());
  });

  it('mark, for a word the text does not use, the words it stands for: IRO marks “independent reviewing officers”', async () => {
    await searchPage();
    await query(page, 'IRO caseloads');
    const want = '/inspections/2012-safeguarding-and-looked-after-children/#p97-4';
    const marks = await page.$$eval(
      '#search-list li',
      (items, w) => {
        const item = items.find((li) => li.querySelector('a')!.getAttribute('href')!.startsWith(`${w}:~:`));
        return item ? [...item.querySelectorAll('.search-result__excerpt mark')].map((m) => m.textContent) : undefined;
      },
      want,
    );
    expect(marks).toEqual(['independent', 'reviewing', "officers'", 'caseloads']);
  });

  it('say what a word was searched as', async () => {
    await searchPage();
    await query(page, 'CSE');
    expect(await page.textContent('#search-note')).toContain('CSE: searched as child sexual exploitation.');
  });

  it('narrow by a judgement area to the paragraphs of that area', async () => {
    await searchPage();
    await query(page, 'health');
    await choose('area', 'being-healthy');
    expect(new URL(page.url()).searchParams.getAll('area')).toEqual(['being-healthy']);
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(3);
    expect(links).toContain('/inspections/2012-safeguarding-and-looked-after-children/#p98');
    const allowed = builtRecords()
      .filter((r) => r.filters.area.includes('being-healthy'))
      .map((r) => r.url);
    expect(allowed).toContain('/inspections/2012-safeguarding-and-looked-after-children/#being-healthy-grade');
    expect(links.filter((l) => !allowed.includes(l))).toEqual([]);
  });

  it('narrow by a kind of finding and by a theme', async () => {
    await searchPage();
    await query(page, 'health');
    await choose('kind', 'recommendation');
    await choose('theme', 'health');
    const links = await resultLinks(page);
    const allowed = builtRecords()
      .filter((r) => r.filters.kind.includes('recommendation') && r.filters.theme.includes('health'))
      .map((r) => r.url);
    expect(links).toContain('/inspections/2012-safeguarding-and-looked-after-children/#p97-1');
    expect(links.filter((l) => !allowed.includes(l))).toEqual([]);
  });
});

describe('search state in the URL', () => {
  it('with no words, lists every block the filters allow, in the documents’ order, and clearing them lists nothing', async () => {
    await searchPage();
    await query(page, '');
    await choose('year', '2012');
    await choose('kind', 'recommendation');
    expect(new URL(page.url()).search).toBe('?year=2012&kind=recommendation');
    const want = builtRecords()
      .filter((r) => r.filters.year.includes('2012') && r.filters.kind.includes('recommendation'))
      .map((r) => r.url);
    expect(want.length).toBeGreaterThan(10);
    expect(await statusText(page)).toBe(`${want.length} results, with 2 filters`);
    expect(await resultLinks(page)).toEqual(want.slice(0, 10));
    await page.click('#search-clear');
    await settled(page);
    expect(await page.$$eval('#search-list li', (li) => li.length)).toBe(0);
    expect(await page.isVisible('#search-results-heading')).toBe(false);
  });

  it('adds a history entry for each filter change, which back and forward undo and redo', async () => {
    await searchPage();
    await query(page, 'care leavers');
    const all = await statusText(page);
    await choose('year', '2015');
    expect(page.url()).toContain('year=2015');
    const only2015 = await statusText(page);
    expect(only2015).not.toBe(all);
    await page.goBack();
    await settled(page);
    expect(await page.isChecked('#filter-year-2015')).toBe(false);
    expect(await statusText(page)).toBe(all);
    await page.goForward();
    await settled(page);
    expect(await page.isChecked('#filter-year-2015')).toBe(true);
    expect(await statusText(page)).toBe(only2015);
  });

  it('follows typing without adding a history entry per keystroke', async () => {
    await searchPage();
    await query(page, '');
    const before = await page.evaluate(() => history.length);
    await page.click('#search-q');
    await page.keyboard.type('CAMHS', { delay: 30 });
    await page.waitForURL(/q=CAMHS/);
    await settled(page);
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
  });
});

describe('on a phone, 320 × 640', () => {
  it('the answer to a grade question is above the results, from the record, on screen, focus on it; and another question’s first result is on screen', async () => {
    await searchPage(PHONE);
    const onScreen = (selector: string) =>
      page.$eval(selector, (e) => {
        const r = e.getBoundingClientRect();
        return r.top >= 0 && r.top < innerHeight - 40;
      });
    await query(page, 'what was Lancashire rated in 2015');
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('#search-answer')!.hidden);
    const items = await page.$$eval('#search-answer li', (li) => li.map((l) => ({ text: l.textContent ?? '', href: l.querySelector('a')?.getAttribute('href') })));
    expect(items).toEqual([{ text: expect.stringMatching(/^Inadequate: Overall effectiveness, 2015, Single inspection framework\. “.*judged as inadequate\.”/), href: '/inspections/2015-council-letter-to-stakeholders/#p1' }]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-answer');
    expect(await onScreen('#search-answer')).toBe(true);
    expect(await statusText(page)).toMatch(/^\d+ results for “what was Lancashire rated in 2015”/);

    await query(page, 'care leavers council tax');
    expect(await page.isHidden('#search-answer')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-results-heading');
    expect(await onScreen('#search-list > li:first-child')).toBe(true);

    // Arriving with words, as every other page's search box and a shared link send a reader: the same, no key pressed here.
    await load(`${SEARCH_PATH}?q=care+leavers`, PHONE);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-results-heading');
    expect(await statusText(page)).toMatch(/^\d+ results for “care leavers”/);
    expect(await onScreen('#search-list > li:first-child')).toBe(true);
    // Nothing on screen moved as they came: with no key pressed, a move is a layout shift (Lighthouse's CLS).
    const shifts = await page.evaluate(() => {
      const o = new PerformanceObserver(() => undefined);
      o.observe({ type: 'layout-shift', buffered: true });
      return o.takeRecords().map((e) => (e as PerformanceEntry & { sources: { node?: Element }[] }).sources.map((s) => s.node?.className ?? '?').join());
    });
    expect(shifts, 'elements that moved on screen').toEqual([]);
    // A shared link to filters alone lists what they allow, and is arrived at the same way.
    await load(`${SEARCH_PATH}?year=2012`, PHONE);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-results-heading');
    expect(await onScreen('#search-list > li:first-child')).toBe(true);
  });

  it('with no words, the room kept for results holds the documents searched, each linked, not a screen of blank; a search replaces it, and nothing moves', async () => {
    await load(SEARCH_PATH, PHONE);
    const room = await page.evaluate(() => {
      const start = document.querySelector<HTMLElement>('#search-start')!;
      const r = start.getBoundingClientRect();
      return {
        shown: !start.hidden && r.height > 0,
        links: start.querySelectorAll('a[href^="/inspections/"]').length,
        blank: document.querySelector('.site-footer')!.getBoundingClientRect().top - r.bottom,
      };
    });
    expect(room.shown).toBe(true);
    expect(room.links).toBe(documentPages().length);
    expect(room.blank, 'blank px between the documents and the footer').toBeLessThan(PHONE.height / 4);
    const shifts = await page.evaluate(() => {
      const o = new PerformanceObserver(() => undefined);
      o.observe({ type: 'layout-shift', buffered: true });
      return o.takeRecords().length;
    });
    expect(shifts, 'layout shifts as the page loaded').toBe(0);
    await query(page, 'care leavers');
    expect(await page.isHidden('#search-start')).toBe(true);
  });

  it('a filter changed with the filters open keeps the count in view and a way to the results: focus stays, nothing moves unasked, no control hidden under it', async () => {
    await searchPage(PHONE);
    await query(page, 'care leavers');
    await choose('year', '2012');
    // The results are below the open filters; at the filters' foot, held on screen, a button says how many there are now.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-year-2012');
    const count = (await statusText(page)).match(/^(\d+) results/)?.[1];
    expect(count).toBeDefined();
    const show = await page.$eval('#search-show', (b) => ({ text: b.textContent, top: b.getBoundingClientRect().top, bottom: b.getBoundingClientRect().bottom }));
    expect(show.text).toBe(`Show ${count} results`);
    expect(show.top).toBeGreaterThanOrEqual(0);
    expect(show.bottom).toBeLessThanOrEqual(PHONE.height);
    // Tab from the choice to that button: no control on the way is hidden under it (WCAG 2.4.11).
    const hidden: string[] = [];
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'search-show'; i++) {
      await page.keyboard.press('Tab');
      hidden.push(
        ...(await page.evaluate(() => {
          const a = document.activeElement!;
          const r = a.getBoundingClientRect();
          const foot = document.querySelector('.search-filters__actions')!.getBoundingClientRect().top;
          return a.id !== 'search-show' && (r.bottom > foot + 1 || r.top < 0) ? [a.id || (a.textContent ?? '').trim()] : [];
        })),
      );
    }
    expect(hidden, 'controls under the held button when tabbed to').toEqual([]);
    // Pressed: the filters fold, the results' heading takes focus at the top of the screen, the first result below it.
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-results-heading');
    expect(await filtersOpen()).toBe(false);
    const [heading, first] = await page.$$eval('#search-results-heading, #search-list > li:first-child', (e) => e.map((x) => x.getBoundingClientRect().top));
    expect(heading).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(PHONE.height - 40);
    expect(new URL(page.url()).searchParams.getAll('year')).toEqual(['2012']);
    const unasked = await page.evaluate(() => {
      const o = new PerformanceObserver(() => undefined);
      o.observe({ type: 'layout-shift', buffered: true });
      return o.takeRecords().filter((e) => !(e as PerformanceEntry & { hadRecentInput: boolean }).hadRecentInput).length;
    });
    expect(unasked, 'layout shifts with no key or tap before them').toBe(0);
  });

  it('the page does not scroll sideways with results and filters open', async () => {
    await searchPage(PHONE);
    await query(page, 'Royal Lancaster Infirmary');
    await choose('year', '2012');
    await unfold('area');
    expect(await page.isVisible('#filter-area-being-healthy')).toBe(true);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
  });
});

describe('landing on a result', () => {
  const cases = [
    { q: 'Royal Lancaster Infirmary governance', href: '/inspections/2012-safeguarding-and-looked-after-children/#p23' },
    { q: 'care leavers council tax', href: '/inspections/2018-post-inspection-update/#p12' },
    { q: '"honour based violence"', href: '/inspections/2015-council-letter-to-stakeholders/#p9-7' },
    { q: 'Emergency Duty Team', href: '/inspections/2009-unannounced-inspection-contact-referral-assessment/#p4-2' },
    { q: 'fortnightly Ofsted Preparation group', href: '/inspections/2018-scrutiny-committee-inspection-and-review/#p17' },
    // Through the reader's abbreviation: the text says "independent reviewing officers".
    { q: 'IRO caseloads', href: '/inspections/2012-safeguarding-and-looked-after-children/#p97-4' },
  ];
  it(`from each of ${cases.map((c) => c.q).join('; ')}: scrolls to the block, marks it as the target and highlights the words in it, and loads no script there but the share buttons' (the last followed by a click, the others by going to the link the page lists)`, async () => {
    const wrong: string[] = [];
    await searchPage(LANDING);
    // Each search typed in the page: its result's link, with the text fragment the page gives it.
    const links: { q: string; href: string; link: string }[] = [];
    for (const c of cases) {
      await query(page, c.q);
      const listed = (await page.$$eval('#search-list a', (as) => as.map((a) => a.getAttribute('href') ?? ''))).filter((l) => l.startsWith(`${c.href}:~:`));
      if (listed.length === 1) links.push({ ...c, link: listed[0]! });
      else wrong.push(`${c.q}: no result links to ${c.href} with a text fragment`);
    }
    // The last search's result is followed as a reader follows it, by a click; the others by going to the link the page listed.
    const clicked = links.at(-1)?.q === cases.at(-1)!.q ? links.pop() : undefined;
    if (clicked) {
      const before = lastLoad.requests.length;
      await Promise.all([page.waitForURL(/\/inspections\//), page.click(`#search-list a[href="${clicked.link}"]`)]);
      await page.waitForLoadState('load');
      const since = lastLoad;
      wrong.push(...(await landingProblems(clicked, () => since.requests.slice(before))));
    }
    for (const l of links) {
      const visit = await load(l.link, LANDING);
      wrong.push(...(await landingProblems(l, () => visit.requests)));
    }
    expect(wrong).toEqual([]);

    /** What is wrong with the landing on `href` now shown, `requests` what its page has requested. */
    async function landingProblems({ q, href }: { q: string; href: string }, requests: () => { url: string; type: string }[]): Promise<string[]> {
      const id = href.split('#')[1]!;
      const target = await page.evaluate(() => {
        // The browser makes the element around the matched words the :target: the block, or a link inside it.
        const el = document.querySelector(':target')?.closest('[id]');
        const r = el?.getBoundingClientRect();
        return { id: el?.id, top: r?.top ?? -1, height: innerHeight, background: el ? getComputedStyle(el).backgroundColor : '' };
      });
      const problems = [
        ...(target.id === id ? [] : [`the target is #${target.id}`]),
        ...(target.top >= 0 && target.top < target.height ? [] : [`the block is not scrolled into view (its top at ${Math.round(target.top)} px)`]),
        ...(target.background !== 'rgba(0, 0, 0, 0)' ? [] : ['the block has no :target background']),
        ...((await highlighted(page, `[id="${id}"]`)) > 50 ? [] : ['no words highlighted in the block']),
        // The reading page loads no script of any kind, search's included, but its copy-and-share buttons'.
        ...requests().filter((r) => r.type === 'script' && !isShareScript(r.url)).map((r) => `loads the script ${r.url}`),
      ];
      return problems.length ? [`${q} → ${href}: ${problems.join('; ')}`] : [];
    }
  });
});

describe('landing from a result link', () => {
  it('in Chromium, on a block of each form and on repeated words: the block is the target, in view, its words highlighted where the link names them', async () => {
    const wrong: string[] = [];
    const sample = landingSample();
    expect(sample.map((s) => s.kind).sort(), 'a block of each kind').toEqual([...new Set(builtBlockFiles().map(landingKind)), MORE_CONTEXT].sort());
    for (const { href, kind, why } of sample) {
      const id = decodeURIComponent(href.replace(/:~:.*$/, '').split('#')[1]!);
      await load(href, LANDING);
      const seen = await page.evaluate((id) => {
        const block = document.getElementById(id)!;
        const r = block.getBoundingClientRect();
        return { target: document.querySelector(':target')?.closest('[id]')?.id, inView: r.top < innerHeight && r.bottom > 0 };
      }, id);
      const lit = href.includes(':~:text=') ? await highlighted(page, `[id="${id}"]`) : undefined;
      if (seen.target !== id || !seen.inView || lit === 0) wrong.push(`${kind} (${why}): ${href}: target #${seen.target}, ${seen.inView ? 'in view' : 'not in view'}${lit === 0 ? ', no words highlighted' : ''}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the search page, loaded with words and filters in its URL', () => {
  beforeAll(() => load(search({ q: 'supervision', year: ['2009', '2012'], publisher: 'ofsted' })));

  it('is restored from the URL: words, filters, and the results they give', async () => {
    expect(await page.inputValue('#search-q')).toBe('supervision');
    for (const box of ['#filter-year-2009', '#filter-year-2012', '#filter-publisher-ofsted']) expect(await page.isChecked(box), box).toBe(true);
    expect(await page.textContent('#search-filters > summary')).toBe('Filter the results (3 chosen)');
    const sources = await page.$$eval('.search-result__source', (s) => s.map((x) => x.textContent ?? ''));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((s) => s.endsWith('(Ofsted)'))).toBe(true);
  });

  // The first state is the one loaded from the URL; the others are reached from it as a reader does, in the page.
  const states: { name: string; reach: () => Promise<void> }[] = [
    { name: 'with filters chosen, filters open', reach: () => page.click('#search-filters > summary') },
    {
      name: 'with results',
      reach: async () => {
        await searchPage();
        await query(page, 'care leavers');
      },
    },
    { name: 'with a corrected misspelling', reach: () => query(page, 'Addacton drop in') },
    { name: 'with no results', reach: () => query(page, 'zebra giraffe') },
  ];
  it(`has no axe violations in any of these states, in light mode, nor colour violations in dark mode (axe's ${COLOUR_RULES.join(', ')}): ${states.map((s) => s.name).join('; ')}`, async () => {
    const offenders: string[] = [];
    try {
      for (const { name, reach } of states) {
        await page.emulateMedia({ colorScheme: 'light' });
        await reach();
        // Dark mode changes colours only: its pass runs the colour rules (as the page sample does).
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          const violations = await axeViolations(page, colorScheme === 'dark' ? COLOUR_RULES : undefined);
          if (violations.length) offenders.push(`${name} (${page.url()}), ${colorScheme}:\n${formatViolations(violations)}`);
        }
      }
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
    expect(offenders).toEqual([]);
  });
});

describe('the search page for “children” in 2012, loaded from its URL', () => {
  beforeAll(() => load(search({ q: 'children', year: '2012' })));

  it('fetches only the blocks it shows, and counts them all, each filter’s count a count of results', async () => {
    expect(await statusText(page)).toMatch(/^\d+ results for “children”, with a filter$/);
    expect(blockFilesFetched(lastLoad.requests)).toBe(10);
    expect(await filterCount(page, 'filter-year-2012')).toMatch(/^\(\d+\)$/);
    expect(await filterCount(page, 'filter-kind-recommendation')).toMatch(/^\(\d+\)$/);
    expect(await filterCount(page, 'filter-theme-health')).toMatch(/^\(\d+\)$/);
    expect(await page.textContent('#search-more')).toMatch(/^Show more results \(\d+ more\)$/);
  });

  it('loads search JavaScript from the site, with the index in chunks, and logs no error', async () => {
    const paths = lastLoad.requests.map((r) => new URL(r.url).pathname);
    expect(paths).toContain('/pagefind/pagefind.js');
    expect(paths.some((p) => p.startsWith('/pagefind/index/'))).toBe(true);
    expect(blockFilesFetched(lastLoad.requests)).toBe(await page.$$eval('#search-list > li', (li) => li.length));
    expect({ consoleErrors: lastLoad.consoleErrors, pageErrors: lastLoad.pageErrors }).toEqual({ consoleErrors: [], pageErrors: [] });
  });

  it('keeps focus on the page: after showing more results, clearing filters, and going back from inside the results', async () => {
    await page.click('#search-filters > summary');
    await page.focus('#search-more');
    await page.keyboard.press('Enter');
    // The next results' blocks are fetched first (a few hundred bytes each), then focus moves.
    await page.waitForFunction(() => document.activeElement?.closest('#search-list') !== null);
    const f = await focus(page);
    expect(f?.inside, 'focus did not move to the first of the results added').toBe(true);
    expect(await page.$$eval('#search-list > li', (li) => li.length)).toBe(20);
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('#search-list > li a')[10])).toBe(true);

    await page.focus('#search-clear');
    await page.keyboard.press('Enter');
    await settled(page);
    expect((await focus(page))?.id, 'focus after clearing the filters').toBe('search-q');
    expect(new URL(page.url()).searchParams.getAll('year')).toEqual([]);

    // Going back re-renders the results; focus was in them, so it goes to their heading, not to the page's start.
    await page.focus('#search-list a');
    await page.goBack();
    await settled(page);
    expect(new URL(page.url()).searchParams.getAll('year')).toEqual(['2012']);
    expect((await focus(page))?.id).toBe('search-results-heading');
  });
});

describe('the search page, by keyboard', () => {
  it('works by keyboard alone, focus always visible: search, filter, reach a result and open it', async () => {
    await load(SEARCH_PATH);
    const input = await tabTo(page, (f) => f.id === 'search-q');
    expect(input.indicated, 'focus on the search box is not visible').toBe(true);
    await page.keyboard.type('care leavers');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('care leavers');
    // A search asked for brings its results into view, focus on their heading.
    expect((await focus(page))?.id, 'focus did not move to the results').toBe('search-results-heading');

    // Back to the filters (a <details>), open them and the year's, and choose 2018 with the space bar.
    await tabTo(page, (f) => f.id === 'search-q', 80, 'Shift+Tab');
    const summary = await tabTo(page, (f) => f.tag === 'summary');
    expect(summary.indicated, 'focus on the filters’ summary is not visible').toBe(true);
    await page.keyboard.press('Enter');
    await tabTo(page, (f) => f.tag === 'summary');
    await page.keyboard.press('Enter');
    const box = await tabTo(page, (f) => f.id === 'filter-year-2018');
    expect(box.indicated, 'focus on a checkbox is not visible').toBe(true);
    await page.keyboard.press('Space');
    await settled(page);
    expect(new URL(page.url()).searchParams.getAll('year')).toEqual(['2018']);
    expect((await focus(page))?.id, 'focus left the checkbox it was on').toBe('filter-year-2018');
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.startsWith('/inspections/2018-'))).toBe(true);

    // On to the first result, and into the document.
    const first = await tabTo(page, (f) => f.inside);
    expect(first.indicated, 'focus on a result is not visible').toBe(true);
    const expectedId = decodeURIComponent(first.href!.replace(/:~:.*$/, '').split('#')[1]!);
    await Promise.all([page.waitForURL(/\/inspections\//), page.keyboard.press('Enter')]);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => document.querySelector(':target')?.closest('[id]')?.id)).toBe(expectedId);

    // Back: the search comes back as it was.
    await page.goBack();
    await settled(page);
    expect(await page.inputValue('#search-q')).toBe('care leavers');
    expect(await page.isChecked('#filter-year-2018')).toBe(true);
    expect((await resultLinks(page))[0]).toBe(first.href!.replace(/:~:.*$/, ''));
  });
});

describe('search JavaScript', () => {
  const documentPage = aDocumentPage(builtPages());
  const paths = ['/', '/about/', ...(documentPage ? [documentPage.path] : [])];
  it(`is not loaded on ${paths.join(', ')}, nor when a reader types in their search box`, async () => {
    const loaded: string[] = [];
    for (const path of paths) {
      const visit = await load(path);
      await tab.idle();
      await page.focus('#site-search-q');
      await page.keyboard.type('care');
      await tab.idle();
      // A document page's one script is its copy-and-share buttons'.
      loaded.push(...visit.requests.filter((r) => (r.type === 'script' && !isShareScript(r.url)) || r.url.includes('/pagefind/')).map((r) => `${path}: ${r.url}`));
    }
    expect(loaded).toEqual([]);
  });

  it('is what the search box on every other page sends', async () => {
    // The last test leaves a page other than the search page open (loaded here if it did not).
    if ([SEARCH_PATH, 'blank'].includes(new URL(page.url()).pathname)) await load('/about/');
    await page.fill('#site-search-q', 'Trafford');
    await Promise.all([page.waitForURL(/\/search\/\?q=Trafford$/), page.press('#site-search-q', 'Enter')]);
    await settled(page);
    expect((await resultLinks(page))[0]).toBe('/inspections/2015-council-letter-to-stakeholders/#p6-6');
  });
});

describe('the search page without JavaScript', () => {
  it('passes axe as it renders without JavaScript', async () => {
    // axe needs script in the page to run, so serve the page as a browser without JavaScript
    // renders it: its script left out and the <noscript> content shown.
    const withoutScript = async (route: Parameters<Parameters<Page['route']>[1]>[0]) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<\/?noscript>/gi, '');
      await route.fulfill({ response, body: html });
    };
    await fit(page, DESKTOP);
    await page.route(`**${SEARCH_PATH}*`, withoutScript);
    try {
      await tab.visit(search({ q: 'care leavers' }));
      expect(await page.isVisible('h2:has-text("Search needs JavaScript")')).toBe(true);
      await expectNoAxeViolations(page, `${SEARCH_PATH} without JavaScript`);
    } finally {
      await page.unroute(`**${SEARCH_PATH}*`, withoutScript);
    }
  });
});

describe('with JavaScript off', () => {
  /**
   * JavaScript off in the file's tab for this block's tests, as Playwright turns it off in a page of a context made
   * with `javaScriptEnabled: false` (Emulation.setScriptExecutionDisabled): a context of its own, and its first page,
   * would cost Chromium about 2 s of CPU. The setting lasts while its session is attached.
   */
  let session: CDPSession | undefined;
  beforeAll(async () => {
    session = await page.context().newCDPSession(page);
    await session.send('Emulation.setScriptExecutionDisabled', { value: true });
  });
  afterAll(async () => {
    await session?.send('Emulation.setScriptExecutionDisabled', { value: false });
    await session?.detach();
  });

  it('the search page says search needs JavaScript and links to every document', async () => {
    const visit = await loadIn(tab, search({ q: 'care leavers' }));
    expect(await page.isVisible('noscript h2:has-text("Search needs JavaScript")')).toBe(true);
    const links = await page.$$eval('main a[href^="/inspections/"]', (as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.getAttribute('href')));
    expect(links).toHaveLength(5);
    expect(await page.isVisible('#search-q')).toBe(true);
    expect(await page.isVisible('#search-filters')).toBe(false);
    await tab.idle();
    expect(visit.requests.filter((r) => r.url.includes('/pagefind/'))).toEqual([]);
  });

  // The last row of every document table with a header row: the one furthest from its header.
  const lastRows = builtPages()
    .filter((p) => p.path.startsWith('/inspections/'))
    .flatMap((p) =>
      [...readPage(p).matchAll(/<table[^>]*>[\s\S]*?<\/table>/g)]
        .filter((t) => t[0].includes('<thead'))
        .flatMap((t) => [...t[0].matchAll(/<tr id="([^"]+)"/g)].slice(-1).map((m) => `${p.path}#${m[1]}`)),
    );

  it('landing on a table row at 320 × 640 and 1280 × 800 shows the table’s header above the row, the page no wider than the screen', async () => {
    expect(lastRows.length).toBeGreaterThan(3);
    const wrong: string[] = [];
    const check = async (href: string, viewport: Viewport, how: string) => {
      const seen = await page.evaluate((id) => {
        const row = document.getElementById(id)!;
        // The header's cells stick (the row group itself stays put).
        const head = row.closest('table')!.querySelector('thead th')!.getBoundingClientRect();
        const r = row.getBoundingClientRect();
        return { head: [head.top, head.bottom], row: [r.top, r.bottom], wide: document.documentElement.scrollWidth > innerWidth };
      }, decodeURIComponent(href.split('#')[1]!));
      const [headTop, headBottom] = seen.head;
      const [rowTop, rowBottom] = seen.row;
      if (!(headTop! >= 0 && headBottom! <= rowTop! + 1 && rowBottom! <= viewport.height) || seen.wide) wrong.push(`${viewport.width} px, ${how}, ${href}: header ${seen.head.map(Math.round)}, row ${seen.row.map(Math.round)}${seen.wide ? ', page wider than the screen' : ''}`);
    };
    // Each row is landed on afresh at 320 px. At 1280 px the page is widened where it is and the row gone to
    // again from the page's top: the browser scrolls to a #fragment in the page as it does on landing (the
    // row's scroll margin against the header that sticks), and each page is loaded once, not once a width.
    const wide = { width: 1280, height: 800 };
    const pages = Map.groupBy(lastRows, (href) => href.split('#')[0]!);
    for (const rows of pages.values()) {
      await fit(page, PHONE);
      for (const href of rows) {
        await loadIn(tab, href);
        await check(href, PHONE, 'landing');
      }
      await fit(page, wide);
      for (const href of rows) {
        await page.evaluate(() => scrollTo(0, 0));
        await page.goto(site.server.url(href));
        await check(href, wide, 'gone to in the page');
      }
    }
    expect(wrong).toEqual([]);
  });
});
