/**
 * With CSS off (turned off by the reader, or a stylesheet that fails to arrive) every page still
 * reads, in a sensible order: the skip link first, then the header, the main content with its h1
 * first, then the footer; nothing that shows with the site's styles is hidden without them; and the
 * charts stay a readable size.
 *
 * Each page is loaded once at 1280 × 720, read with the site's stylesheets, and then read again with
 * every stylesheet turned off in the page. That is what a reader sees whose stylesheets fail to arrive,
 * as long as every CSS rule the page has comes from a stylesheet file (checked below): on every page of
 * the sample, the layout, computed styles, focus, picture stacks and key swatches read this way were
 * identical to those of a second load with every stylesheet request refused. Not checked without CSS:
 * reflow at 320 px. Unstyled, a browser lays out tables at their content's width and does not break
 * long words or URLs, so a narrow screen scrolls sideways; that is the browser's default, not something
 * the markup can prevent, and the styled site meets reflow at 320 px (tests/browser/pages.test.ts).
 * At 1280 px, unstyled content must fit.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite, type Tab } from '../support/browser';
import { Offenders } from '../support/site';
import { expectSkipLinkToMain } from '../support/keyboard';
import { browserPages } from '../support/pages';

const site = useSite();
const VIEWPORT = { width: 1280, height: 720 };

/**
 * Every non-blank text node in <body> that shows, by its place among all of them (the DOM is the same
 * with or without CSS). With `folded`, text inside a closed <details> counts as shown: it is one
 * activation of a visible summary away (the header's section menu, which the wide layout's CSS unfolds).
 */
function shownText(page: Page, folded = false): Promise<[number, string][]> {
  return page.evaluate((folded) => {
    const shown: [number, string][] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let i = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode(), i++) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text && folded && node.parentElement?.closest('details:not([open])')?.querySelector(':scope > summary')?.checkVisibility()) {
        shown.push([i, text]);
        continue;
      }
      if (!text || !node.parentElement?.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      range.selectNodeContents(node);
      if ([...range.getClientRects()].some((r) => r.width > 0 && r.height > 0)) shown.push([i, text]);
    }
    return shown;
  }, folded);
}

describe('with CSS off', () => {
  // One tab going from page to page (reading pages keep no state); each page read with its styles, then without.
  let tab: Tab;
  beforeAll(async () => {
    tab = await site.tab({ viewport: VIEWPORT });
    return () => tab.close();
  });
  /** The text the page shows with its styles, read before they are turned off. */
  let styledText: [number, string][] = [];

  // Each page is visited once, and every property checked there; each property is then one test that lists
  // every page failing it.
  const found = new Offenders();
  const paths = browserPages().map((page) => page.path);
  const PROPERTIES = {
    styles: 'takes every CSS rule from a stylesheet file of the site, so that none applies when they are refused',
    text: 'shows all the text it shows with CSS',
    order: 'puts the header, then the main content with its h1 first, then the footer',
    pictures: 'draws every picture within the window',
    words: 'keeps every word of a picture readable',
    key: "tells apart every entry of a chart's key",
    width: `does not scroll sideways at ${VIEWPORT.width} px`,
    skip: 'starts with the skip link, which takes focus to the main content',
  } as const;

  /** Each property's check of the page the tab is on, its stylesheets turned off. */
  const checks: Record<keyof typeof PROPERTIES, (path: string) => Promise<void>> = {
    // First, on the fresh load: it moves focus and scrolls the page (the key's screenshots below scroll it too,
    // and Chromium (150) then starts the Tab order from where they left it).
    skip: () => expectSkipLinkToMain(tab.page),

    // Read before the stylesheets are turned off (below). A rule from anywhere but a stylesheet file (a <style>
    // element, a constructed sheet, a data: URL) would still apply when the files fail to arrive.
    styles: async () => {
      const { notFiles, stillOn } = await tab.page.evaluate(() => ({
        notFiles: [
          ...[...document.styleSheets]
            .filter((sheet) => !(sheet.ownerNode instanceof HTMLLinkElement && sheet.href && new URL(sheet.href).origin === location.origin))
            .map((sheet) => `<${sheet.ownerNode?.nodeName.toLowerCase()}> ${sheet.href ?? 'inline'}`),
          ...document.adoptedStyleSheets.map(() => 'a constructed stylesheet'),
        ],
        stillOn: [...document.styleSheets].filter((sheet) => !sheet.disabled).map((sheet) => sheet.href),
      }));
      expect(notFiles, 'CSS that does not come from a stylesheet file of the site').toEqual([]);
      expect(stillOn, 'stylesheets still on').toEqual([]);
    },

    text: async () => {
      const without = new Set((await shownText(tab.page, true)).map(([i]) => i));
      const withCss = styledText;
      expect(withCss.length).toBeGreaterThan(0);
      const hidden = withCss.filter(([i]) => !without.has(i)).map(([, text]) => text.slice(0, 80));
      expect(hidden, 'text that shows with CSS but not without it').toEqual([]);
    },

    order: async () => {
      const order = await tab.page.evaluate(() => {
        const header = document.querySelector('body > header');
        const main = document.querySelector('main');
        const footer = document.querySelector('body > footer');
        if (!header || !main || !footer) return { missing: true };
        const box = (el: Element) => el.getBoundingClientRect();
        const follows = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
        const h1 = main.querySelector('h1');
        const firstHeading = main.querySelector('h1, h2, h3, h4, h5, h6');
        // Everything in <main> that shows, except the breadcrumbs (the way here) and the h1 itself, must come after the h1.
        const before: string[] = [];
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = (node.textContent ?? '').trim();
          const parent = node.parentElement!;
          if (!text || !h1 || parent.closest('.breadcrumbs') || h1.contains(parent)) continue;
          range.selectNodeContents(node);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
          if (rects.length && (follows(node, h1) || rects.some((r) => r.top < box(h1).bottom - 1))) before.push(text.slice(0, 60));
        }
        return {
          missing: false,
          inSourceOrder: follows(header, main) && follows(main, footer),
          onScreenInOrder: box(header).bottom <= box(main).top + 1 && box(main).bottom <= box(footer).top + 1,
          firstHeading: firstHeading?.localName,
          before,
        };
      });
      expect(order.missing, 'no <header>, <main> or <footer> in <body>').toBe(false);
      expect(order.inSourceOrder, 'header, main and footer in the source').toBe(true);
      expect(order.onScreenInOrder, 'header, main and footer on screen, top to bottom').toBe(true);
      expect(order.firstHeading, 'the first heading in <main>').toBe('h1');
      expect(order.before, `text in <main> before or beside the h1`).toEqual([]);
    },

    // Without CSS an <svg> with only a viewBox fills the line (1184 px here, inside a figure) and grows in proportion:
    // a tall chart would be a screenful or more of picture with its words several times their size.
    // Its width and height attributes give it its drawn size instead, so it fits the window.
    pictures: async () => {
      const tooBig = await tab.page.evaluate(() =>
        [...document.querySelectorAll('svg')]
          .filter((svg) => !svg.parentElement?.closest('svg'))
          .map((svg) => ({ svg, box: svg.getBoundingClientRect() }))
          .filter(({ box }) => box.width > window.innerWidth || box.height > window.innerHeight)
          .map(({ svg, box }) => `<svg class="${svg.getAttribute('class')}" viewBox="${svg.getAttribute('viewBox')}">: ${Math.round(box.width)} × ${Math.round(box.height)} px`),
      );
      expect(tooBig, `pictures larger than the ${VIEWPORT.width} × ${VIEWPORT.height} window`).toEqual([]);
    },

    // Unstyled, an SVG shape is filled black: a shape whose fill was left to the stylesheet hides the
    // words drawn on it (black on black) or over it. At the middle of each line of a picture's words,
    // the words must be on top, and whatever shape lies under them must, over the white page, give
    // them the contrast WCAG asks of text (4.5:1).
    words: async () => {
      const unreadable = await tab.page.evaluate(() => {
        const rgb = (paint: string) => {
          const m = /^rgba?\(([^)]+)\)$/.exec(paint);
          const [r = 0, g = 0, b = 0, a = 1] = m ? m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number) : [];
          return m ? { r, g, b, a } : undefined;
        };
        const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
          const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        const onWhite = (el: Element) => {
          const style = getComputedStyle(el);
          const c = rgb(style.fill);
          if (!c) return undefined;
          const alpha = c.a * Number(style.fillOpacity) * Number(style.opacity);
          const mix = (v: number) => v * alpha + 255 * (1 - alpha);
          return { r: mix(c.r), g: mix(c.g), b: mix(c.b) };
        };
        const found: string[] = [];
        const range = document.createRange();
        for (const svg of document.querySelectorAll('svg')) {
          svg.scrollIntoView({ block: 'start' });
          const walker = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = (node.textContent ?? '').trim();
            const words = node.parentElement?.closest('text');
            if (!text || !words) continue;
            range.selectNodeContents(node);
            for (const r of range.getClientRects()) {
              if (r.width === 0 || r.height === 0) continue;
              const stack = document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2);
              const at = stack.findIndex((el) => words.contains(el));
              if (at !== 0) {
                found.push(`"${text}" is under <${stack[0]?.localName} class="${stack[0]?.getAttribute('class')}">`);
                continue;
              }
              const shape = stack.slice(at).find((el) => el instanceof SVGGeometryElement && getComputedStyle(el).fill !== 'none');
              if (!shape) continue;
              const [ink, ground] = [onWhite(words), onWhite(shape)];
              const [hi, lo] = ink && ground ? [luminance(ink), luminance(ground)].sort((a, b) => b - a) : [0, 0];
              const ratio = (hi! + 0.05) / (lo! + 0.05);
              if (ratio < 4.5) found.push(`"${text}" on <${shape.localName} class="${shape.getAttribute('class')}">: contrast ${ratio.toFixed(1)}:1`);
            }
          }
        }
        return found;
      });
      expect(unreadable, `words in pictures that cannot be read without CSS,`).toEqual([]);
    },

    // A chart's key is only of use if its swatches look different: unstyled, any fill left to the
    // stylesheet turns black, and a solid, a hatched and an empty bar all become the same black bar.
    key: async () => {
      // Asked of the page first: the first locator on a page costs Playwright's selector script (about 0.1 s of CPU),
      // and most pages have no key.
      if (!(await tab.page.evaluate(() => !!document.querySelector('[aria-label="Key"]')))) return;
      for (const key of await tab.page.locator('[aria-label="Key"]').all()) {
        const swatches = await key.locator('svg').all();
        const looks = await Promise.all(swatches.map((svg) => svg.screenshot().then((png) => png.toString('base64'))));
        const entries = await key.locator('li').allInnerTexts();
        const alike = entries.filter((_, i) => looks.indexOf(looks[i]!) !== i);
        expect(alike, `key entries drawn the same as an earlier one, without CSS,`).toEqual([]);
      }
    },

    width: async () => {
      const widths = await tab.page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
      expect(widths.page, `the page's width at ${widths.window} px`).toBeLessThanOrEqual(widths.window);
    },
  };

  beforeAll(async () => {
    for (const path of paths) {
      await tab.visit(path);
      styledText = await shownText(tab.page);
      await tab.page.evaluate(() => {
        for (const sheet of document.styleSheets) sheet.disabled = true;
      });
      for (const [property, check] of Object.entries(checks) as [keyof typeof PROPERTIES, (path: string) => Promise<void>][]) {
        await found.check(property, path, () => check(path));
      }
    }
  }, 900_000);

  for (const [property, title] of Object.entries(PROPERTIES)) {
    it(`${title}, on every page of the sample`, () => {
      const { checked, failed } = found.of(property);
      expect(checked).toBe(paths.length);
      expect(failed).toEqual([]);
    });
  }

});
