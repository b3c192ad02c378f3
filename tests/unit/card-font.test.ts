/** The preview cards' type (src/data/card-font.ts): lines drawn as DejaVu Sans outlines, as wide as measured. */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { measure, typesetter } from '../../src/data/card-font';
import type { CardLine } from '../../src/model/preview-card';

const line: CardLine = { role: 'words', text: 'Children & <young> people’s service', x: 64, y: 200, size: 60, bold: false, fill: '#0b0c0c' };

describe('card type', () => {
  it('draws a line as glyph outlines that need no font, each glyph defined once', () => {
    const type = typesetter();
    const drawn = type.draw(line) + type.draw({ ...line, bold: true, y: 300 });
    const defs = type.defs();
    expect(drawn).not.toMatch(/<text|Children/);
    const ids = [...defs.matchAll(/<path id="([rb]\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // Every glyph that is placed is defined, in both weights; a space is placed by its advance only.
    const placed = new Set([...drawn.matchAll(/href="#([rb]\d+)"/g)].map((m) => m[1]));
    expect([...placed].sort()).toEqual([...ids].sort());
    expect(ids.some((id) => id.startsWith('b')) && ids.some((id) => id.startsWith('r'))).toBe(true);
  });

  it('measures a line as its words and spaces, each as wide as its glyphs', () => {
    const words = ['Children', '&', '<young>', 'people’s', 'service'];
    const sum = words.reduce((w, word) => w + measure(word, 60, true), 0) + 4 * measure(' ', 60, true);
    expect(measure(words.join(' '), 60, true)).toBeCloseTo(sum, 9);
    expect(measure('people’s', 60, true)).toBeGreaterThan(measure('people’s', 60, false));
    expect(measure('ab', 30, false)).toBeCloseTo(measure('a', 30, false) + measure('b', 30, false), 9);
  });

  it('draws ink exactly where it measured, with no font given to the renderer', () => {
    const type = typesetter();
    const drawn = type.draw(line);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="300">${type.defs()}${drawn}</svg>`;
    const bbox = new Resvg(svg, { font: { loadSystemFonts: false } }).getBBox()!;
    const width = measure(line.text, line.size, line.bold);
    expect(bbox.x).toBeGreaterThanOrEqual(line.x);
    expect(bbox.x + bbox.width).toBeLessThanOrEqual(line.x + width);
    // The last glyph's ink ends within a few pixels of its advance: nothing is lost or shifted.
    expect(bbox.x + bbox.width).toBeGreaterThan(line.x + width - 10);
    expect(bbox.y).toBeLessThan(line.y);
    expect(bbox.y + bbox.height).toBeGreaterThan(line.y);
  });
});
