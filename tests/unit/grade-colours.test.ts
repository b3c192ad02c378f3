/**
 * The grade colours of src/styles/global.css, light and dark: each fill stands out from the page and from
 * the shaded panel (--bg-subtle) at 3:1 or more (WCAG 1.4.11, non-text contrast), and the words on it at
 * 4.5:1 or more (1.4.3). Computed from the stylesheet's own tokens.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

/** The custom properties set in a block of declarations. */
const tokens = (block: string) => Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
const light = tokens(/^:root\s*\{([^}]*)\}/m.exec(css)![1]!);
const dark = { ...light, ...tokens(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)![1]!) };

/** WCAG relative luminance and contrast ratio. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('grade colours', () => {
  it('each fill is 3:1 or more against the page and the shaded panel, its words 4.5:1 or more on it, in light and dark', () => {
    const offenders: string[] = [];
    for (const [mode, t] of Object.entries({ light, dark })) {
      for (const rank of [1, 2, 3, 4]) {
        const fill = t[`grade-${rank}`]!;
        for (const bg of ['bg', 'bg-subtle']) if (contrast(fill, t[bg]!) < 3) offenders.push(`${mode}: grade ${rank} ${fill} on --${bg} ${t[bg]}: ${contrast(fill, t[bg]!).toFixed(2)}:1`);
        const text = t[`grade-${rank}-text`]!;
        if (contrast(fill, text) < 4.5) offenders.push(`${mode}: grade ${rank} words ${text} on ${fill}: ${contrast(fill, text).toFixed(2)}:1`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('is read from the stylesheet: four fills, the page and the panel in each mode, dark differing from light', () => {
    for (const t of [light, dark]) for (const key of ['bg', 'bg-subtle', 'grade-1', 'grade-2', 'grade-3', 'grade-4']) expect(t[key], key).toMatch(/^#[0-9a-f]{6}$/);
    expect(dark.bg).not.toBe(light.bg);
  });
});
