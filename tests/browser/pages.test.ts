/**
 * Every built page, in a real browser, against the built dist/ (`npm test`
 * builds it first). One describe per page, so a failure names the page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { useSite, type PageRecord } from '../support/browser';
import { browserPages, SEARCH_PATH } from '../support/pages';

const site = useSite();
const pages = browserPages();

/** WCAG 1.4.10 Reflow: content at 320 CSS px wide must not need sideways scrolling. */
const REFLOW_WIDTH = 320;

describe('the built site', () => {
  it('has pages to check', () => {
    expect(pages.map((p) => p.path)).toContain('/');
  });
});

for (const { path } of pages) {
  describe(`page ${path}`, () => {
    // One plain visit, shared by the checks that only watch what the page does.
    let visit: PageRecord;
    beforeAll(async () => {
      visit = await site.open(path);
      await visit.page.waitForLoadState('networkidle');
      // Bring anything lazy into view, so its requests are seen too.
      await visit.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await visit.page.waitForLoadState('networkidle');
      return () => visit.close();
    });

    it('is served (200)', () => {
      expect(visit.status, `status of ${path}`).toBe(200);
    });

    it('makes no request outside the site', () => {
      const outside = visit.requests
        .map((r) => r.url)
        .filter((url) => !url.startsWith('data:') && new URL(url).origin !== site.server.origin);
      expect(outside, `requests from ${path} to other origins`).toEqual([]);
    });

    it('loads every resource it asks for', () => {
      expect(visit.failedRequests, `failed requests from ${path}`).toEqual([]);
    });

    it('logs no console errors and throws no page errors', () => {
      expect({ consoleErrors: visit.consoleErrors, pageErrors: visit.pageErrors }).toEqual({
        consoleErrors: [],
        pageErrors: [],
      });
    });

    if (path !== SEARCH_PATH) {
      it('ships no JavaScript (a reading page: only JSON-LD scripts)', async () => {
        const found = await visit.page.evaluate(() => {
          const scripts = [...document.querySelectorAll('script')]
            .filter((s) => (s.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json')
            .map((s) => s.outerHTML.slice(0, 160));
          const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
            [...el.attributes]
              .filter((a) => /^on/i.test(a.name))
              .map((a) => `<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`),
          );
          const jsUrls = [...document.querySelectorAll('[href], [src], [action], [formaction]')]
            .flatMap((el) => ['href', 'src', 'action', 'formaction'].map((n) => el.getAttribute(n) ?? ''))
            .filter((v) => /^\s*javascript:/i.test(v));
          return { scripts, handlers, jsUrls };
        });
        const scriptRequests = visit.requests.filter((r) => r.type === 'script').map((r) => r.url);
        expect({ ...found, scriptRequests }, `JavaScript on ${path}`).toEqual({
          scripts: [],
          handlers: [],
          jsUrls: [],
          scriptRequests: [],
        });
      });
    }

    it('has no axe violations in light mode', async () => {
      const { page, close } = await site.open(path, { colorScheme: 'light' });
      try {
        await expectNoAxeViolations(page, `${path} (light)`);
      } finally {
        await close();
      }
    });

    it('has no axe violations in dark mode', async () => {
      const { page, close } = await site.open(path, { colorScheme: 'dark' });
      try {
        await expectNoAxeViolations(page, `${path} (dark)`);
      } finally {
        await close();
      }
    });

    it(`does not scroll sideways at ${REFLOW_WIDTH} CSS px wide`, async () => {
      const { page, close } = await site.open(path, { viewport: { width: REFLOW_WIDTH, height: 640 } });
      try {
        const result = await page.evaluate(() => {
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
          const wide = [...document.body.querySelectorAll('*')].filter(
            (el) => el.getBoundingClientRect().right > width + 0.5 && !contained(el),
          );
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
          return {
            scrollWidth: root.scrollWidth,
            innerWidth: width,
            outermost: outermost.slice(0, 6).map(describe),
            causes: [...causes].slice(0, 6).map(describe),
          };
        });
        if (result.scrollWidth > result.innerWidth) {
          throw new Error(
            `${path} scrolls sideways at ${result.innerWidth}px: the document is ${result.scrollWidth}px wide.\n` +
              `Content too wide to wrap (the likely cause):\n  ${result.causes.join('\n  ') || '(none found; look at fixed widths, margins and pseudo-elements)'}\n` +
              `Outermost elements sticking out:\n  ${result.outermost.join('\n  ') || '(none found outside scroll boxes)'}`,
          );
        }
      } finally {
        await close();
      }
    });
  });
}
