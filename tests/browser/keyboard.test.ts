/**
 * Keyboard use: the skip link is the first tab stop, shows when focused, and
 * takes focus to the main content; focus stays visible in forced colours
 * (Windows High Contrast), where backgrounds and box-shadows are dropped.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/browser';
import { aDocumentPage, builtPages } from '../support/pages';

const site = useSite();
const pages = builtPages();
const documentPage = aDocumentPage(pages);

/** What the focused element is, and whether a sighted keyboard user can see it. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return undefined;
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const clipped = style.getPropertyValue('clip') === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)';
    return {
      tag: el.localName,
      href: el.getAttribute('href'),
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      html: el.outerHTML.slice(0, 200),
      visible:
        rect.width > 1 &&
        rect.height > 1 &&
        rect.bottom > 0 &&
        rect.right > 0 &&
        rect.top < window.innerHeight &&
        rect.left < window.innerWidth &&
        style.visibility !== 'hidden' &&
        Number(style.opacity) > 0 &&
        !clipped,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
    };
  });
}

const skipLinkPages = ['/', ...(documentPage ? [documentPage.path] : [])];

describe('pages to check the keyboard on', () => {
  it('include a document page (/inspections/<id>/)', () => {
    expect(documentPage, `no /inspections/<id>/ page among: ${pages.map((p) => p.path).join(', ')}`).toBeDefined();
  });
});

for (const path of skipLinkPages) {
  describe(`keyboard on ${path}`, () => {
    it('focuses a visible skip link on the first Tab, and Enter moves focus to the main content', async () => {
      const { page, close } = await site.open(path);
      try {
        await page.keyboard.press('Tab');
        const skip = await focused(page);
        expect(skip, 'nothing took focus on the first Tab').toBeDefined();
        expect(skip!.tag, `first tab stop is not a link: ${skip!.html}`).toBe('a');
        expect(skip!.href ?? '', `first tab stop is not a skip link: ${skip!.html}`).toMatch(/^#./);
        expect(skip!.visible, `skip link is not visible when focused: ${skip!.html}`).toBe(true);

        await page.keyboard.press('Enter');
        const target = skip!.href!.slice(1);
        const after = await page.evaluate((id) => {
          const targetEl = document.getElementById(decodeURIComponent(id));
          const main = document.querySelector('main, [role="main"]');
          const active = document.activeElement;
          return {
            targetExists: !!targetEl,
            targetIsMain: !!targetEl && !!main && (targetEl === main || main.contains(targetEl)),
            focusOnTarget: !!active && active === targetEl,
            focusInMain: !!active && !!main && main.contains(active),
            active: active ? active.outerHTML.slice(0, 120) : 'none',
          };
        }, target);
        expect(after.targetExists, `skip link target #${target} does not exist`).toBe(true);
        expect(after.targetIsMain, `skip link target #${target} is not the main landmark (or inside it)`).toBe(true);
        expect(
          after.focusOnTarget || after.focusInMain,
          `after Enter on the skip link, focus is on ${after.active}, not #${target} / inside <main> ` +
            '(a <main> needs tabindex="-1" to take focus from a link)',
        ).toBe(true);
      } finally {
        await close();
      }
    });
  });
}

describe('keyboard on / in forced colours', () => {
  it('keeps a visible outline on the skip link and on every link reached by Tab', async () => {
    const { page, close } = await site.open('/', { forcedColors: 'active' });
    try {
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
    } finally {
      await close();
    }
  });
});
