/**
 * Keyboard checks shared by the browser tests: what has focus, and the skip link every page starts
 * with (tests/browser/keyboard.test.ts with the site's styles, tests/browser/no-css.test.ts without).
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * What the focused element is, whether a sighted keyboard user can see it (`visible`: in the window, not
 * clipped or hidden) and see that it has focus (`indicated`: an outline, a box shadow, or the focus colour),
 * and whether it is inside the element `container` selects.
 */
export async function focused(page: Page, container?: string) {
  return page.evaluate((container) => {
    const el = document.activeElement;
    if (!el || el === document.body) return undefined;
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const clipped = style.getPropertyValue('clip') === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)';
    return {
      id: el.id,
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
      indicated:
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none' || style.backgroundColor === 'rgb(255, 221, 0)',
      inside: !!container && !!el.closest(container),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
    };
  }, container);
}

/**
 * On a freshly loaded page: the first Tab focuses a visible skip link, and Enter on it moves focus to
 * the main content.
 */
export async function expectSkipLinkToMain(page: Page): Promise<void> {
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
}
