/**
 * Search in a real browser, against the built site: the quality of results for a
 * set of queries from all five documents, accessibility (axe, keyboard alone,
 * focus, the live region, 320 px, no JavaScript), state in the URL and the back
 * button, landing on a result, and search JavaScript on the search page only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { COLOUR_RULES, expectNoAxeViolations } from '../support/axe';
import { useSite, type PageRecord } from '../support/browser';
import { focused } from '../support/keyboard';
import { aDocumentPage, builtPages, isShareScript, readPage, SEARCH_PATH } from '../support/pages';
import { blockFilesFetched, filterCount, openFacet, query, resultLinks, searchPath as search, settled, statusText } from '../support/search-page';
import { HELD_OUT_QUESTION_CASES, PROBE_CASES, QUESTION_CASES, SEARCH_CASES } from '../support/search-queries';
import { builtBlockFiles, builtRecords } from '../support/site';
import { landingKind, landingSample, missedLanding, MORE_CONTEXT } from '../support/text-fragment';

const site = useSite();

/** The link each query's expected result has on the search page, kept for the landing checks. */
const landings = new Map<string, string>();

/** Where focus is (src/scripts/search.ts moves it), and whether it is among the results. */
const focus = (page: Page) => focused(page, '#search-list');

/** Pixels of the highlight colour (::target-text, the focus yellow) inside an element. */
async function highlighted(page: Page, selector: string): Promise<number> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (b64) => {
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
async function tabTo(page: Page, test: (f: NonNullable<Awaited<ReturnType<typeof focus>>>) => boolean, max = 80, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focus(page);
    if (f && test(f)) return f;
  }
  throw new Error('never reached by Tab');
}

describe('search results', () => {
  let visit: PageRecord;
  beforeAll(async () => {
    visit = await site.open(SEARCH_PATH);
    await settled(visit.page);
  });
  afterAll(() => visit?.close());

  it('cover all five documents in the query set', () => {
    expect(new Set(SEARCH_CASES.map((c) => c.document)).size).toBe(5);
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(20);
    expect(SEARCH_CASES.some((c) => c.kind === 'typo')).toBe(true);
    expect(SEARCH_CASES.some((c) => c.kind === 'phrase')).toBe(true);
    expect(SEARCH_CASES.some((c) => c.kind === 'acronym')).toBe(true);
    expect(QUESTION_CASES.length).toBeGreaterThanOrEqual(40);
  });

  // One test collecting every miss: its hundred and more searches need longer than the default timeout.
  it('for every query in the set, include its block among the first five', async () => {
    const misses: string[] = [];
    for (const c of [...SEARCH_CASES, ...QUESTION_CASES, ...PROBE_CASES, ...HELD_OUT_QUESTION_CASES]) {
      await query(visit.page, c.query);
      const top = (await resultLinks(visit.page)).slice(0, 5);
      const want = `/inspections/${c.document}/#${c.id}`;
      if (!top.includes(want)) misses.push(`${c.query} (${c.kind}): ${want} not in ${top.join(', ')}`);
      const href = await visit.page.$$eval('#search-list a', (links, w) => links.map((a) => a.getAttribute('href') ?? '').find((h) => h.replace(/:~:.*$/, '') === w), want);
      if (href) landings.set(c.query, href);
    }
    expect(misses).toEqual([]);
  }, 300_000);

  it('are counted in the live region, and the counts per year add up to it', async () => {
    await query(visit.page, 'care leavers');
    await visit.page.click('#search-filters > summary');
    await visit.page.waitForFunction(() => document.querySelector('label[for="filter-year-2018"] .search-count')?.textContent !== '');
    const text = await statusText(visit.page);
    const total = Number(/^(\d+) results for “care leavers”/.exec(text)?.[1]);
    expect(total, text).toBeGreaterThan(20);
    const perYear = await visit.page.$$eval('input[name="year"] + label .search-count', (counts) =>
      counts.map((c) => Number(/\d+/.exec(c.textContent ?? '')?.[0] ?? 0)),
    );
    expect(perYear.reduce((a, b) => a + b, 0)).toBe(total);
    expect(await visit.page.$$eval('#search-list > li', (li) => li.length)).toBe(10);
    await visit.page.click('#search-filters > summary');
  });

  it('fetch only the blocks they show, and count them all, each filter’s count a count of results', async () => {
    const { page, close, requests } = await site.open(search({ q: 'children', year: '2012' }));
    try {
      await settled(page);
      expect(await statusText(page)).toMatch(/^\d+ results for “children”, with a filter$/);
      expect(blockFilesFetched(requests)).toBe(10);
      expect(await filterCount(page, 'filter-year-2012')).toMatch(/^\(\d+\)$/);
      expect(await filterCount(page, 'filter-kind-recommendation')).toMatch(/^\(\d+\)$/);
      expect(await filterCount(page, 'filter-theme-health')).toMatch(/^\(\d+\)$/);
      expect(await page.textContent('#search-more')).toMatch(/^Show more results \(\d+ more\)$/);
    } finally {
      await close();
    }
  });

  it('say which word was misspelt, and what was searched instead', async () => {
    await query(visit.page, 'Royal Lancaster Infirmery');
    expect(await statusText(visit.page)).toMatch(
      /^\d+ results for “Royal Lancaster Infirmary” No paragraph contains “infirmery”, so these are the results for “Royal Lancaster Infirmary”\.$/,
    );
  });

  it('say when a word is in no paragraph, and list those with the others', async () => {
    await query(visit.page, 'zebra crossing');
    expect(await statusText(visit.page)).toMatch(/^\d+ results? for “zebra crossing” No paragraph contains “zebra”: these results have the other words\.$/);
  });

  it('say so when nothing matches, with links to browse the documents', async () => {
    await query(visit.page, 'zebra giraffe');
    expect(await statusText(visit.page)).toBe('No results for “zebra giraffe”');
    expect(await visit.page.isVisible('#search-empty')).toBe(true);
    expect(await visit.page.$$eval('#search-empty a', (a) => a.length)).toBe(5);
  });

  it('mark, for a word the text does not use, the words it stands for: IRO marks “independent reviewing officers”', async () => {
    await query(visit.page, 'IRO caseloads');
    const want = '/inspections/2012-safeguarding-and-looked-after-children/#p97-4';
    const marks = await visit.page.$$eval('#search-list li', (items, w) => {
      const item = items.find((li) => li.querySelector('a')!.getAttribute('href')!.startsWith(`${w}:~:`));
      return item ? [...item.querySelectorAll('.search-result__excerpt mark')].map((m) => m.textContent) : undefined;
    }, want);
    expect(marks).toEqual(['independent', 'reviewing', "officers'", 'caseloads']);
  });

  it('narrow by a judgement area to the paragraphs of that area', async () => {
    await visit.page.goto(site.server.url(search({ q: 'health', area: 'being-healthy' })));
    await settled(visit.page);
    const links = await resultLinks(visit.page);
    expect(links.length).toBeGreaterThan(3);
    expect(links).toContain('/inspections/2012-safeguarding-and-looked-after-children/#p98');
    const records = builtRecords();
    const allowed = records.filter((r) => r.filters.area.includes('being-healthy')).map((r) => r.url);
    expect(allowed).toContain('/inspections/2012-safeguarding-and-looked-after-children/#being-healthy-grade');
    expect(links.filter((l) => !allowed.includes(l))).toEqual([]);
  });

  it('narrow by a kind of finding and by a theme', async () => {
    await visit.page.goto(site.server.url(search({ q: 'health', kind: 'recommendation', theme: 'health' })));
    await settled(visit.page);
    const links = await resultLinks(visit.page);
    const records = builtRecords();
    const allowed = records.filter((r) => r.filters.kind.includes('recommendation') && r.filters.theme.includes('health')).map((r) => r.url);
    expect(links).toContain('/inspections/2012-safeguarding-and-looked-after-children/#p97-1');
    expect(links.filter((l) => !allowed.includes(l))).toEqual([]);
  });
});

describe('the answer above the results, on a phone', () => {
  it('answers a grade question from the record above the results, on screen at 320 × 640, focus on it; and another question with its first result on screen', async () => {
    const { page, close } = await site.open(SEARCH_PATH, { viewport: { width: 320, height: 640 } });
    try {
      await settled(page);
      const onScreen = (selector: string) => page.$eval(selector, (e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight - 40; });
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
    } finally {
      await close();
    }
  });

  it('says what a word was searched as', async () => {
    const { page, close } = await site.open(search({ q: 'CSE' }));
    try {
      await settled(page);
      expect(await page.textContent('#search-note')).toContain('CSE: searched as child sexual exploitation.');
    } finally {
      await close();
    }
  });
});

describe('the search page, for accessibility', () => {
  const states = [
    { name: 'with results', path: search({ q: 'care leavers' }) },
    { name: 'with filters chosen', path: search({ q: 'supervision', year: ['2009', '2012'], publisher: 'ofsted' }), open: true },
    { name: 'with a corrected misspelling', path: search({ q: 'Addacton drop in' }) },
    { name: 'with no results', path: search({ q: 'zebra giraffe' }) },
  ];
  for (const { name, path, open } of states) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no axe violations ${name}${open ? ', filters open' : ''}, in ${colorScheme} mode`, async () => {
        const { page, close } = await site.open(path, { colorScheme });
        try {
          await settled(page);
          if (open) await page.click('#search-filters > summary');
          // Dark mode changes colours only: its pass runs the colour rules (as the page sample does).
          await expectNoAxeViolations(page, `${path} (${colorScheme})`, colorScheme === 'dark' ? COLOUR_RULES : undefined);
        } finally {
          await close();
        }
      });
    }
  }

  it('does not scroll sideways at 320 CSS px with results and filters open', async () => {
    const { page, close } = await site.open(search({ q: 'Royal Lancaster Infirmary', year: '2012' }), { viewport: { width: 320, height: 640 } });
    try {
      await settled(page);
      await page.click('#search-filters > summary');
      await openFacet(page, 'area');
      expect(await page.isVisible('#filter-area-being-healthy')).toBe(true);
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    } finally {
      await close();
    }
  });

  it('works by keyboard alone, focus always visible: search, filter, reach a result and open it', async () => {
    const { page, close } = await site.open(SEARCH_PATH);
    try {
      await settled(page);
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
    } finally {
      await close();
    }
  });

  it('keeps focus on the page: after showing more results, clearing filters, and going back from inside the results', async () => {
    const { page, close } = await site.open(search({ q: 'children', year: '2012' }));
    try {
      await settled(page);
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
    } finally {
      await close();
    }
  });
});

describe('search state in the URL', () => {
  it('with no words, lists every block the filters allow, in the documents’ order, and clearing them lists nothing', async () => {
    const { page, close } = await site.open(search({ year: '2012', kind: 'recommendation' }));
    try {
      await settled(page);
      const records = builtRecords();
      const want = records.filter((r) => r.filters.year.includes('2012') && r.filters.kind.includes('recommendation')).map((r) => r.url);
      expect(want.length).toBeGreaterThan(10);
      expect(await statusText(page)).toBe(`${want.length} results, with 2 filters`);
      expect(await resultLinks(page)).toEqual(want.slice(0, 10));
      await page.click('#search-filters > summary');
      await page.click('#search-clear');
      await settled(page);
      expect(await page.$$eval('#search-list li', (li) => li.length)).toBe(0);
      expect(await page.isVisible('#search-results-heading')).toBe(false);
    } finally {
      await close();
    }
  });

  it('is restored from the URL: words, filters, and the results they give', async () => {
    const { page, close } = await site.open(search({ q: 'supervision', publisher: 'ofsted' }));
    try {
      await settled(page);
      expect(await page.inputValue('#search-q')).toBe('supervision');
      expect(await page.isChecked('#filter-publisher-ofsted')).toBe(true);
      expect(await page.textContent('#search-filters > summary')).toBe('Filter the results (1 chosen)');
      const sources = await page.$$eval('.search-result__source', (s) => s.map((x) => x.textContent ?? ''));
      expect(sources.length).toBeGreaterThan(0);
      expect(sources.every((s) => s.endsWith('(Ofsted)'))).toBe(true);
    } finally {
      await close();
    }
  });

  it('adds a history entry for each filter change, which back and forward undo and redo', async () => {
    const { page, close } = await site.open(search({ q: 'care leavers' }));
    try {
      await settled(page);
      const all = await statusText(page);
      await page.click('#search-filters > summary');
      await openFacet(page, 'year');
      await page.check('#filter-year-2015');
      await settled(page);
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
    } finally {
      await close();
    }
  });

  it('follows typing without adding a history entry per keystroke', async () => {
    const { page, close } = await site.open(SEARCH_PATH);
    try {
      await settled(page);
      const before = await page.evaluate(() => history.length);
      await page.click('#search-q');
      await page.keyboard.type('CAMHS', { delay: 30 });
      await page.waitForURL(/q=CAMHS/);
      await settled(page);
      expect(await page.evaluate(() => history.length)).toBe(before);
      expect((await resultLinks(page)).length).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  it('is what the search box on every other page sends', async () => {
    const { page, close } = await site.open('/about/');
    try {
      await page.fill('#site-search-q', 'Trafford');
      await Promise.all([page.waitForURL(/\/search\/\?q=Trafford$/), page.press('#site-search-q', 'Enter')]);
      await settled(page);
      expect((await resultLinks(page))[0]).toBe('/inspections/2015-council-letter-to-stakeholders/#p6-6');
    } finally {
      await close();
    }
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
  for (const c of cases) {
    it(`from ${c.q}: scrolls to ${c.href.split('#')[1]}, marks it as the target and highlights the words in it`, async () => {
      const { page, close, requests } = await site.open(search({ q: c.q }), { viewport: { width: 1000, height: 700 } });
      try {
        await settled(page);
        const link = page.locator(`#search-list a[href^="${c.href}:~:"]`);
        expect(await link.count(), `no result links to ${c.href} with a text fragment`).toBe(1);
        const scriptsBefore = requests.length;
        await Promise.all([page.waitForURL(/\/inspections\//), link.click()]);
        await page.waitForLoadState('load');
        const id = c.href.split('#')[1]!;
        const target = await page.evaluate(() => {
          // The browser makes the element around the matched words the :target: the block, or a link inside it.
          const el = document.querySelector(':target')?.closest('[id]');
          const r = el?.getBoundingClientRect();
          return { id: el?.id, top: r?.top ?? -1, bottom: r?.bottom ?? -1, height: innerHeight, background: el ? getComputedStyle(el).backgroundColor : '' };
        });
        expect(target.id).toBe(id);
        expect(target.top, 'the paragraph is not scrolled into view').toBeGreaterThanOrEqual(0);
        expect(target.top).toBeLessThan(target.height);
        expect(target.background, 'the paragraph has no :target background').not.toBe('rgba(0, 0, 0, 0)');
        expect(await highlighted(page, `[id="${id}"]`), 'no words highlighted in the paragraph').toBeGreaterThan(50);
        // The reading page loads no script of any kind, search's included, but its copy-and-share buttons'.
        expect(requests.slice(scriptsBefore).filter((r) => r.type === 'script' && !isShareScript(r.url))).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});

const ALL_CASES = [...SEARCH_CASES, ...QUESTION_CASES, ...PROBE_CASES, ...HELD_OUT_QUESTION_CASES];

describe('landing from every query in the set', () => {
  it('lands on the block it should find: its first text fragment that matches, read as the browser reads it, is in that block', async () => {
    // The results tests above record each expected result's link; find any they did not (a filtered run).
    const missing = ALL_CASES.filter((c) => !landings.has(c.query));
    if (missing.length) {
      const { page, close } = await site.open(SEARCH_PATH);
      try {
        await settled(page);
        for (const c of missing) {
          await query(page, c.query);
          const want = `/inspections/${c.document}/#${c.id}`;
          const href = await page.$$eval('#search-list a', (links, w) => links.map((a) => a.getAttribute('href') ?? '').find((h) => h.replace(/:~:.*$/, '') === w), want);
          expect(href, `no result links to ${want} for ${c.query}`).toBeDefined();
          landings.set(c.query, href!);
        }
      } finally {
        await close();
      }
    }
    // Against the built page's text (tests/support/text-fragment.ts); the sample below proves in Chromium that such a link lands and highlights.
    const missed = [...landings].flatMap(([q, href]) => {
      const why = missedLanding(href);
      return why ? [`${q}: ${href}: ${why}`] : [];
    });
    expect(missed).toEqual([]);
  }, 120_000);

  it('in Chromium, on a block of each form and on repeated words: the block is the target, in view, its words highlighted where the link names them', async () => {
    const { page, close } = await site.open('/', { viewport: { width: 1000, height: 700 } });
    const wrong: string[] = [];
    const sample = landingSample();
    expect(sample.map((s) => s.kind).sort(), 'a block of each kind').toEqual([...new Set(builtBlockFiles().map(landingKind)), MORE_CONTEXT].sort());
    try {
      for (const { href, kind, why } of sample) {
        const id = decodeURIComponent(href.replace(/:~:.*$/, '').split('#')[1]!);
        await page.goto('about:blank');
        await page.goto(site.server.url(href));
        const seen = await page.evaluate((id) => {
          const block = document.getElementById(id)!;
          const r = block.getBoundingClientRect();
          return { target: document.querySelector(':target')?.closest('[id]')?.id, inView: r.top < innerHeight && r.bottom > 0 };
        }, id);
        const lit = href.includes(':~:text=') ? await highlighted(page, `[id="${id}"]`) : undefined;
        if (seen.target !== id || !seen.inView || lit === 0) wrong.push(`${kind} (${why}): ${href}: target #${seen.target}, ${seen.inView ? 'in view' : 'not in view'}${lit === 0 ? ', no words highlighted' : ''}`);
      }
    } finally {
      await close();
    }
    expect(wrong).toEqual([]);
  });
});

describe('landing on a table row', () => {
  // The last row of every document table with a header row: the one furthest from its header.
  const lastRows = builtPages()
    .filter((p) => p.path.startsWith('/inspections/'))
    .flatMap((p) =>
      [...readPage(p).matchAll(/<table[^>]*>[\s\S]*?<\/table>/g)]
        .filter((t) => t[0].includes('<thead'))
        .flatMap((t) => [...t[0].matchAll(/<tr id="([^"]+)"/g)].slice(-1).map((m) => `${p.path}#${m[1]}`)),
    );

  it('in Chromium at 320 × 640 and 1280 × 800, shows the table’s header above the row, the page no wider than the screen, with no script', async () => {
    expect(lastRows.length).toBeGreaterThan(3);
    const wrong: string[] = [];
    for (const viewport of [{ width: 320, height: 640 }, { width: 1280, height: 800 }]) {
      const { page, close } = await site.open('/', { viewport, javaScriptEnabled: false });
      try {
        for (const href of lastRows) {
          await page.goto('about:blank');
          await page.goto(site.server.url(href));
          const seen = await page.evaluate((id) => {
            const row = document.getElementById(id)!;
            // The header's cells stick (the row group itself stays put).
            const head = row.closest('table')!.querySelector('thead th')!.getBoundingClientRect();
            const r = row.getBoundingClientRect();
            return { head: [head.top, head.bottom], row: [r.top, r.bottom], wide: document.documentElement.scrollWidth > innerWidth };
          }, decodeURIComponent(href.split('#')[1]!));
          const [headTop, headBottom] = seen.head;
          const [rowTop, rowBottom] = seen.row;
          if (!(headTop! >= 0 && headBottom! <= rowTop! + 1 && rowBottom! <= viewport.height) || seen.wide) wrong.push(`${viewport.width} px, ${href}: header ${seen.head.map(Math.round)}, row ${seen.row.map(Math.round)}${seen.wide ? ', page wider than the screen' : ''}`);
        }
      } finally {
        await close();
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('search JavaScript', () => {
  it('loads on the search page, from the site, with the index in chunks', async () => {
    const { page, close, requests, consoleErrors, pageErrors } = await site.open(search({ q: 'LADO' }));
    try {
      await settled(page);
      const paths = requests.map((r) => new URL(r.url).pathname);
      expect(paths).toContain('/pagefind/pagefind.js');
      expect(paths.some((p) => p.startsWith('/pagefind/index/'))).toBe(true);
      expect(blockFilesFetched(requests)).toBe(await page.$$eval('#search-list > li', (li) => li.length));
      expect({ consoleErrors, pageErrors }).toEqual({ consoleErrors: [], pageErrors: [] });
    } finally {
      await close();
    }
  });

  const documentPage = aDocumentPage(builtPages());
  for (const path of ['/', '/about/', ...(documentPage ? [documentPage.path] : [])]) {
    it(`is not loaded on ${path}`, async () => {
      const { page, close, requests } = await site.open(path);
      try {
        await page.waitForLoadState('networkidle');
        await page.focus('#site-search-q');
        await page.keyboard.type('care');
        // A document page's one script is its copy-and-share buttons'.
        expect(requests.filter((r) => (r.type === 'script' && !isShareScript(r.url)) || r.url.includes('/pagefind/')).map((r) => r.url)).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});

describe('the search page without JavaScript', () => {
  it('says search needs JavaScript and links to every document', async () => {
    const { page, close, requests } = await site.open(search({ q: 'care leavers' }), { javaScriptEnabled: false });
    try {
      expect(await page.isVisible('noscript h2:has-text("Search needs JavaScript")')).toBe(true);
      const links = await page.$$eval('main a[href^="/inspections/"]', (as) =>
        as.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.getAttribute('href')),
      );
      expect(links).toHaveLength(5);
      expect(await page.isVisible('#search-q')).toBe(true);
      expect(await page.isVisible('#search-filters')).toBe(false);
      expect(requests.filter((r) => r.url.includes('/pagefind/'))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('passes axe as it renders without JavaScript', async () => {
    // axe needs script in the page to run, so serve the page as a browser without JavaScript
    // renders it: its script left out and the <noscript> content shown.
    const { page, close } = await site.open('/about/');
    try {
      await page.route(`**${SEARCH_PATH}*`, async (route) => {
        const response = await route.fetch();
        const html = (await response.text())
          .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
          .replace(/<\/?noscript>/gi, '');
        await route.fulfill({ response, body: html });
      });
      await page.goto(site.server.url(search({ q: 'care leavers' })));
      expect(await page.isVisible('h2:has-text("Search needs JavaScript")')).toBe(true);
      await expectNoAxeViolations(page, `${SEARCH_PATH} without JavaScript`);
    } finally {
      await close();
    }
  });
});
