/**
 * The browser's sample of built pages (browserPages: every page but the finding
 * and theme pages, of which a sample), each opened once, in turn in one tab, in a real browser against
 * the built dist/ (`npm test` builds it first). Each property is one test that
 * lists every page breaking it. What the HTML alone shows (the
 * Content-Security-Policy's rules, no script outside search) is checked on every
 * page by tests/site/policy.test.ts; here the browser confirms it on the sample:
 * a violation of the policy is a console error. On one page of each template (tests/support/page-types.ts),
 * in the same visit, a second accessibility engine: HTML_CodeSniffer's WCAG2AA errors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { axeInEveryDocument, axeViolations, COLOUR_RULES, formatViolations } from '../support/axe';
import { useSite, type Tab } from '../support/browser';
import { htmlCodeSnifferErrors } from '../support/html-codesniffer';
import { pageTypeSample } from '../support/page-types';
import { browserPages, builtPages, isShareScript, SEARCH_PATH, SHARE_PAGE } from '../support/pages';

const site = useSite();
/** The pages HTML_CodeSniffer checks: one of each template. */
const sniffed = new Set(pageTypeSample().map((p) => p.path));
/** The browser's sample and the template sample (today the one holds the other), each visited once. */
const sampled = new Set(browserPages().map((p) => p.path));
const pages = builtPages().filter((p) => sampled.has(p.path) || sniffed.has(p.path));

/** WCAG 1.4.10 Reflow: content at 320 CSS px wide must not need sideways scrolling. */
const REFLOW_WIDTH = 320;
/** WCAG 2.2, 2.5.8 Target Size (Minimum): a link outside a sentence is at least this wide and high (CSS px). */
const MIN_TARGET = 24;
/** Playwright's own default viewport, where each page is first seen. */
const DESKTOP = { width: 1280, height: 720 };

interface Seen {
  path: string;
  status: number | undefined;
  outside: string[];
  failed: string[];
  errors: string[];
  scripts: string[];
  axeLight: string;
  axeDark: string;
  /** HTML_CodeSniffer's errors, on a page of the template sample (none elsewhere). */
  htmlcs: string[];
  sideways: string;
  smallTargets: string[];
}

/**
 * Every link or disclosure toggle outside a sentence smaller than `min` CSS px either way, with every <details>
 * open where `open` says (not on the search page, whose filters fetch their choices when opened, a request the
 * next page's visit would abort). A link is in a sentence when the block around it has four or more words of its own (not in a link): a
 * label and separators ("Download citation: BibTeX · RIS"), a list item or a table cell holding only links, is not.
 */
function smallTargets({ min, open }: { min: number; open: boolean }): string[] {
  if (open) for (const details of document.querySelectorAll('details')) details.open = true;
  const blockOf = (el: Element) => {
    let block = el.parentElement!;
    while (block.parentElement && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    return block;
  };
  const ownWords = (block: Element) => {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let own = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement!.closest('a, summary, .visually-hidden')) own += ` ${node.textContent}`;
    return own.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  };
  const found: string[] = [];
  for (const target of document.querySelectorAll('a[href], summary')) {
    const r = target.getBoundingClientRect();
    if ((r.width === 0 && r.height === 0) || (r.width >= min && r.height >= min) || ownWords(blockOf(target)) >= 4) continue;
    found.push(`${Math.round(r.width)}×${Math.round(r.height)} px at ${innerWidth} px wide: ${target.localName} "${(target.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}"`);
  }
  return found;
}

/** Why a page at its current viewport scrolls sideways, or '' when it does not. */
function sideways(): { scrollWidth: number; innerWidth: number; outermost: string[]; causes: string[] } {
  const root = document.documentElement;
  const width = window.innerWidth;
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = [...el.classList].slice(0, 3).map((c) => `.${c}`).join('');
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    const right = Math.round(el.getBoundingClientRect().right);
    return `<${el.localName}${id}${cls}> right edge ${right}px${text ? ` "${text}"` : ''}`;
  };
  // Inside a box that scrolls or clips sideways, wide content does not move the page.
  const contained = (el: Element) => {
    for (let a = el.parentElement; a && a !== document.body && a !== root; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible') return true;
    }
    return false;
  };
  const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > width + 0.5 && !contained(el));
  // Where the overflow shows: wide elements whose parent is not itself too wide.
  const outermost = wide.filter((el) => !el.parentElement || !wide.includes(el.parentElement));
  // What causes it, usually: text that cannot wrap (a long URL or word), or an image, svg, table or pre.
  const causes = new Set<Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!node.parentElement || contained(node.parentElement)) continue;
    // A run of text with no space in it that is most of the screen wide or more cannot wrap.
    for (const token of text.matchAll(/\S{12,}/g)) {
      range.setStart(node, token.index);
      range.setEnd(node, token.index + token[0].length);
      const rect = range.getBoundingClientRect();
      if (rect.right > width + 0.5 && rect.width > width * 0.75) causes.add(node.parentElement);
    }
  }
  for (const el of wide) if (/^(img|svg|video|iframe|canvas|table|pre|input|textarea|select)$/.test(el.localName)) causes.add(el);
  return { scrollWidth: root.scrollWidth, innerWidth: width, outermost: outermost.slice(0, 6).map(describe), causes: [...causes].slice(0, 6).map(describe) };
}

/**
 * Visit the page once: axe in light mode (and HTML_CodeSniffer, where the template sample has the page), axe's
 * colour rules in dark mode, the page at 320 px, then what it loaded and logged.
 */
async function see(tab: Tab, path: string): Promise<Seen> {
  const { page } = tab;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(DESKTOP);
  const visit = await tab.visit(path);
  const axeLight = formatViolations(await axeViolations(page));
  // Both engines read the page as loaded; neither changes it.
  const htmlcs = sniffed.has(path) ? await htmlCodeSnifferErrors(page) : [];
  await page.emulateMedia({ colorScheme: 'dark' });
  const axeDark = formatViolations(await axeViolations(page, COLOUR_RULES));
  await page.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
  const wide = await page.evaluate(sideways);
  // Requests made after the load event (the icon) are seen too: every request made by now has finished. Nothing
  // on the site loads lazily (every resource a page names is checked statically, tests/site/policy.test.ts), so
  // there is nothing to scroll into view.
  await tab.idle();
  // Last, as it opens every disclosure: target sizes on a phone and on a desktop.
  const measure = { min: MIN_TARGET, open: path !== SEARCH_PATH };
  const small = await page.evaluate(smallTargets, measure);
  await page.setViewportSize(DESKTOP);
  small.push(...(await page.evaluate(smallTargets, measure)));
  return {
    path,
    status: visit.status,
    outside: visit.requests.map((r) => r.url).filter((url) => !url.startsWith('data:') && new URL(url).origin !== site.server.origin),
    failed: visit.failedRequests,
    errors: [...visit.consoleErrors, ...visit.pageErrors],
    scripts: visit.requests.filter((r) => r.type === 'script').map((r) => r.url),
    axeLight,
    axeDark,
    htmlcs,
    smallTargets: small,
    sideways:
      wide.scrollWidth > wide.innerWidth
        ? `scrolls sideways at ${wide.innerWidth}px: the document is ${wide.scrollWidth}px wide.\n` +
          `Content too wide to wrap (the likely cause):\n  ${wide.causes.join('\n  ') || '(none found; look at fixed widths, margins and pseudo-elements)'}\n` +
          `Outermost elements sticking out:\n  ${wide.outermost.join('\n  ') || '(none found outside scroll boxes)'}`
        : '',
  };
}

let seen: Seen[] = [];
beforeAll(async () => {
  seen = [];
  // One tab for every page: a fresh context per page would start a cold renderer each time.
  const tab = await site.tab({ viewport: DESKTOP });
  await axeInEveryDocument(tab.page);
  try {
    for (const { path } of pages) seen.push(await see(tab, path));
  } finally {
    await tab.close();
  }
}, 20 * 60_000);

/** "path: problem" for every page where `problem` says something. */
const offenders = (problem: (s: Seen) => unknown) =>
  seen.flatMap((s) => {
    const found = problem(s);
    return (Array.isArray(found) ? found.length : found) ? [`${s.path}: ${Array.isArray(found) ? found.join('\n    ') : String(found)}`] : [];
  });

describe('every page of the browser sample', () => {
  it('is in the sample, home and search included', () => {
    expect(seen.map((s) => s.path)).toEqual(pages.map((p) => p.path));
    expect(seen.map((s) => s.path)).toEqual(expect.arrayContaining(['/', SEARCH_PATH, ...sniffed]));
  });

  it('is served (200)', () => {
    expect(offenders((s) => (s.status === 200 ? '' : `status ${s.status}`))).toEqual([]);
  });

  it('makes no request outside the site', () => {
    expect(offenders((s) => s.outside)).toEqual([]);
  });

  it('loads every resource it asks for', () => {
    expect(offenders((s) => s.failed)).toEqual([]);
  });

  it('logs no console error (a Content-Security-Policy violation is one) and throws no page error', () => {
    expect(offenders((s) => s.errors)).toEqual([]);
  });

  it(`requests no script, ${SEARCH_PATH} aside, but a finding or document page its share buttons'`, () => {
    expect(offenders((s) => (s.path === SEARCH_PATH ? [] : s.scripts.filter((url) => !(SHARE_PAGE.test(s.path) && isShareScript(url)))))).toEqual([]);
  });

  it('has no axe violations in light mode', () => {
    expect(offenders((s) => s.axeLight)).toEqual([]);
  });

  it(`has no colour violations in dark mode (axe's ${COLOUR_RULES.join(', ')})`, () => {
    expect(offenders((s) => s.axeDark)).toEqual([]);
  });

  it('finds no WCAG2AA errors with HTML_CodeSniffer on one page of each template', () => {
    expect(offenders((s) => s.htmlcs)).toEqual([]);
  });

  it(`does not scroll sideways at ${REFLOW_WIDTH} CSS px wide`, () => {
    expect(offenders((s) => s.sideways)).toEqual([]);
  });

  it(`makes every link and toggle outside a sentence at least ${MIN_TARGET}×${MIN_TARGET} CSS px, at ${REFLOW_WIDTH} and ${DESKTOP.width} px with every disclosure open (but search's)`, () => {
    expect(offenders((s) => s.smallTargets)).toEqual([]);
  });
});
