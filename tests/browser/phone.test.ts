/**
 * The site on a phone, measured in Chromium at 320 and 375 CSS px (and, for the charts, up to
 * 1920): the header's height, the page's width with every <details> open, chart text as drawn and
 * chart labels clear of each other, the judgement matrix inside the screen, and table scroll boxes
 * whose focus leaves their text readable. One test per property, each collecting every offender over
 * one page of each template (tests/support/page-types.ts).
 */
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/browser';
import { pageTypeSample } from '../support/page-types';

const site = useSite();
const pages = pageTypeSample().map((p) => p.path);
const PHONES = [320, 375];
const HEIGHT = 812;
const WIDE = 1280;
/** The page with the judgement matrix. */
const MATRIX_PAGE = '/journey/';
/** The pages that draw charts: the journey (journey chart), a theme (balance chart). The home page's journey is HTML. */
const CHART_PAGES = pages.filter((p) => p === '/journey/' || /^\/themes\/[^/]+\/$/.test(p));
// Both sides of the 40rem switch between the phone and wide drawings (src/components/charts/ChartFigure.astro), and of the journey's own at 50rem.
const CHART_WIDTHS = [320, 375, 639, 640, 799, 800, 1280, 1920];
/** Chart text must be drawn at least this large (CSS px). */
const MIN_CHART_TEXT = 12;

/** What each sampled page measures at each phone width: the header folded, then its sections with the menu open, then the page's width with every <details> open. */
const survey: { where: string; header: number; hiddenSections: number; widthWithDetailsOpen: number; screen: number }[] = [];
/** Every chart, measured at every width. */
const charts: { where: string; chart: ChartMeasure }[] = [];
/** Section links hidden on a wide screen, where the sections are in view without opening anything. */
let hiddenWide: number | undefined;
/** What is wrong with the judgement matrix at each phone width, and with its focus ring in light and dark. */
const matrixOffenders: string[] = [];
const focusOffenders: string[] = [];

/** The section links that take no room (hidden). */
const hiddenSectionLinks = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.site-nav a')].filter((a) => a.getBoundingClientRect().height === 0).length);

/**
 * Each page is loaded once, at the first phone width, and measured at every width by resizing its window: reading
 * pages run no script, so the stylesheet alone lays a page out for a width, and a resized page is laid out as one
 * loaded at that width (every element's box and computed style, dumped on every sampled page both ways, were
 * identical). What the checks do to a page (a tap on the menu, every <details> opened) comes after every width
 * has been measured without it. Only page.evaluate reads the page: the first locator on a page costs Playwright's
 * selector script, about 0.2 s of CPU.
 */
beforeAll(async () => {
  const tab = await site.tab();
  const page = tab.page;
  const resize = (width: number) => page.setViewportSize({ width, height: HEIGHT });
  try {
    for (const path of pages) {
      await resize(PHONES[0]!);
      await tab.visit(path);
      const header = new Map<number, number>();
      // As loaded: the header, the charts at each of their widths, the matrix folded, and on the home page the wide screen.
      const widths = [...new Set([...PHONES, ...(CHART_PAGES.includes(path) ? CHART_WIDTHS : []), ...(path === '/' ? [WIDE] : [])])].sort((a, b) => a - b);
      for (const width of widths) {
        await resize(width);
        if (PHONES.includes(width)) header.set(width, await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height));
        if (CHART_PAGES.includes(path) && CHART_WIDTHS.includes(width)) charts.push(...(await measureCharts(page)).map((chart) => ({ where: `${path} at ${width} px`, chart })));
        if (path === MATRIX_PAGE && PHONES.includes(width)) matrixOffenders.push(...(await matrixFolded(page, width)).map((o) => `${path} at ${width} px: ${o}`));
        if (path === '/' && width === WIDE) hiddenWide = await hiddenSectionLinks(page);
      }
      // The sections are a tap away: the Menu toggle opens them (a tap where it shows, as a reader's).
      await resize(PHONES[0]!);
      const toggle = await page.evaluate(() => {
        const box = document.querySelector('.site-menu__toggle')?.getBoundingClientRect();
        return box && { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      // With no toggle the sections stay as they are, and any hidden is reported.
      if (toggle) await page.mouse.click(toggle.x, toggle.y);
      const hidden = new Map<number, number>();
      for (const width of PHONES) {
        await resize(width);
        hidden.set(width, await hiddenSectionLinks(page));
      }
      if (path === MATRIX_PAGE) {
        // The matrix's folds opened, and nothing else (a note opened in the subject column would widen it).
        await page.evaluate(() => {
          for (const details of document.querySelectorAll<HTMLDetailsElement>('.matrix details.fold')) details.open = true;
        });
        for (const width of PHONES) {
          await resize(width);
          matrixOffenders.push(...(await matrixUnfolded(page, width)).map((o) => `${path} at ${width} px: ${o}`));
        }
      }
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      for (const width of PHONES) {
        await resize(width);
        const widthWithDetailsOpen = await page.evaluate(() => document.documentElement.scrollWidth);
        survey.push({ where: `${path} at ${width} px`, header: header.get(width)!, hiddenSections: hidden.get(width)!, widthWithDetailsOpen, screen: width });
      }
      if (path === MATRIX_PAGE) {
        await resize(WIDE);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          focusOffenders.push(...(await matrixFocus(page)).map((o) => `${path} at ${WIDE} px: ${colorScheme}: ${o}`));
        }
      }
    }
  } finally {
    await tab.close();
  }
}, 600_000);

it('keeps the header to a quarter of a 375×812 screen (and of 320×812), its sections reachable without script', () => {
  const offenders = survey.flatMap((s) => [
    ...(s.header > HEIGHT / 4 ? [`${s.where}: header ${Math.round(s.header)} px tall`] : []),
    ...(s.hiddenSections ? [`${s.where}: ${s.hiddenSections} section links still hidden with the menu open`] : []),
  ]);
  // On a wide screen the sections are in view without opening anything.
  if (hiddenWide === undefined) offenders.push(`/ at ${WIDE} px: not measured`);
  else if (hiddenWide) offenders.push(`/ at ${WIDE} px: ${hiddenWide} section links hidden`);
  expect(survey.length).toBe(pages.length * PHONES.length);
  expect(offenders).toEqual([]);
});

it('never makes the page wider than the screen, with every <details> open', () => {
  expect(survey.filter((s) => s.widthWithDetailsOpen > s.screen).map((s) => `${s.where}: page is ${s.widthWithDetailsOpen} px wide`)).toEqual([]);
});

/** Every chart drawn on the page (the drawing the stylesheet shows), as measured in the browser. */
type ChartMeasure = Awaited<ReturnType<typeof measureCharts>>[number];
function measureCharts(page: Page) {
  return page.evaluate(() => {
    const visible = [...document.querySelectorAll<SVGSVGElement>('svg.chart__svg')].filter((svg) => svg.getBoundingClientRect().width > 0);
    return visible.map((svg) => {
      const scale = svg.getScreenCTM()!.a;
      const boxes = (selector: string) =>
        [...svg.querySelectorAll<SVGGraphicsElement>(selector)].map((el) => {
          const r = el.getBoundingClientRect();
          return { text: el.textContent?.trim() ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        });
      return {
        name: `${svg.closest('figure')?.id} (${svg.classList.contains('chart__svg--phone') ? 'phone' : 'wide'})`,
        sizes: [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent?.trim() ?? '', px: parseFloat(getComputedStyle(t).fontSize) * scale })),
        // Each line of a label separately: a <tspan> box is the line's own.
        labels: boxes('text > tspan, text:not(:has(tspan))'),
        marks: boxes('.mark, .bar'),
        bands: boxes('.band'),
        width: svg.getBoundingClientRect().width,
      };
    });
  });
}

type Box = { text: string; left: number; right: number; top: number; bottom: number };
/** Overlap of two boxes, allowing half a pixel of antialiasing. */
const overlaps = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
const inside = (a: Box, b: Box) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;

it(`draws chart text at least ${MIN_CHART_TEXT} CSS px at every width from 320 to 1920 px`, () => {
  const drawn = new Set(charts.map((c) => c.where));
  const offenders = CHART_PAGES.flatMap((path) => CHART_WIDTHS.map((w) => `${path} at ${w} px`)).filter((where) => !drawn.has(where)).map((where) => `${where}: no chart drawn`);
  for (const { where, chart } of charts) {
    offenders.push(...chart.sizes.filter((s) => s.px < MIN_CHART_TEXT - 0.01).map((s) => `${where}: ${chart.name} “${s.text}” drawn at ${s.px.toFixed(1)} px`));
  }
  expect(offenders).toEqual([]);
});

it('keeps every chart label clear of other labels, of marks and bars, and of band edges, at every width', () => {
  const offenders: string[] = [];
  for (const { where, chart } of charts) {
    const { labels, marks, bands, name } = chart;
    labels.forEach((a, i) => {
      for (const b of labels.slice(i + 1)) if (overlaps(a, b)) offenders.push(`${where}: ${name}: “${a.text}” overlaps “${b.text}”`);
      for (const m of marks) if (overlaps(a, m)) offenders.push(`${where}: ${name}: “${a.text}” overlaps a mark or bar`);
      for (const band of bands) if (overlaps(a, band) && !inside(a, band)) offenders.push(`${where}: ${name}: “${a.text}” crosses a band's edge`);
    });
  }
  expect(charts.length).toBeGreaterThan(0);
  expect(offenders).toEqual([]);
});

it('shows the judgement matrix on a phone: the subjects the current framework grades first, within two screens; every year inside the screen once unfolded; still a table', () => {
  expect(pages).toContain(MATRIX_PAGE);
  expect(matrixOffenders).toEqual([]);
});

it('rings a focused table scroll box without repainting its text, in light and dark', () => {
  expect(pages).toContain(MATRIX_PAGE);
  expect(focusOffenders).toEqual([]);
});

/** The matrix as loaded: folded, the graded rows shown and the summary of the folded group's grades fit in two screens. */
function matrixFolded(page: Page, width: number) {
  return page.evaluate((screen) => {
    const matrix = document.querySelector('.matrix');
    if (!matrix) return ['no matrix'];
    const out: string[] = [];
    const tall = matrix.getBoundingClientRect().height;
    if (tall > 2 * screen.height) out.push(`the matrix is ${Math.round(tall)} px tall, more than two ${screen.height} px screens`);
    const folds = [...matrix.querySelectorAll<HTMLDetailsElement>('details.fold')];
    if (folds.length === 0 || folds.some((d) => d.getBoundingClientRect().height === 0)) out.push('no visible fold for the groups only earlier frameworks graded');
    return out;
  }, { width, height: HEIGHT });
}

/** The matrix unfolded: every year inside the screen, and still a table to a screen reader. */
async function matrixUnfolded(page: Page, width: number) {
  const found = await page.evaluate((screen) => {
    const matrix = document.querySelector('.matrix');
    if (!matrix) return ['no matrix'];
    const out: string[] = [];
    // A year that did not grade a subject is left out on a phone, as the caption says (and a group's empty cells).
    for (const el of matrix.querySelectorAll('caption, tbody th, tr:not(.group-row) > td:not(.not-judged)')) {
      const r = el.getBoundingClientRect();
      if (r.left < 0 || r.right > screen.width || r.width === 0) out.push(`“${el.textContent?.trim().slice(0, 40)}” spans ${Math.round(r.left)}–${Math.round(r.right)} px`);
    }
    return out;
  }, { width, height: HEIGHT });
  if (found.includes('no matrix')) return found;
  // Screen readers still meet a table, with its column headers (the years) and cells.
  const tree = await page.locator('.matrix table').ariaSnapshot();
  for (const role of ['table', 'columnheader "2018', 'rowheader', 'cell']) if (!tree.includes(role)) found.push(`no ${role} in the matrix's accessibility tree`);
  return found;
}

/** The matrix's scroll box focused from the keyboard: a ring, and its background and text as they were. */
async function matrixFocus(page: Page) {
  const before = await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    const text = document.querySelector('.matrix .framework');
    return text && getComputedStyle(text).color;
  });
  if (!before) return ['no matrix with a framework name'];
  await page.keyboard.press('Tab'); // focus-visible comes from the keyboard
  const after = await page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('.matrix')!;
    el.focus();
    return {
      focused: document.activeElement === el,
      background: getComputedStyle(el).backgroundColor,
      outline: getComputedStyle(el).outlineStyle,
      text: getComputedStyle(el.querySelector('.framework')!).color,
    };
  });
  const found: string[] = [];
  if (!after.focused) found.push('the matrix box does not take focus');
  if (after.outline === 'none') found.push('no focus outline');
  if (after.background !== 'rgba(0, 0, 0, 0)') found.push(`focus paints the box ${after.background}`);
  if (after.text !== before) found.push(`focus turns its text from ${before} to ${after.text}`);
  return found;
}
