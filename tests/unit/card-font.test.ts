/** The preview cards' type (src/data/card-font.ts): DejaVu Sans, lines measured and their glyphs placed by the same advances. */
import { describe, expect, it } from 'vitest';
import { measure, placeGlyphs } from '../../src/data/card-font';

const text = 'Children & <young> people’s service';

describe('card type', () => {
  it('measures a line as its words and spaces, each as wide as its glyphs', () => {
    const words = ['Children', '&', '<young>', 'people’s', 'service'];
    const sum = words.reduce((w, word) => w + measure(word, 60, true), 0) + 4 * measure(' ', 60, true);
    expect(measure(words.join(' '), 60, true)).toBeCloseTo(sum, 9);
    expect(measure('people’s', 60, true)).toBeGreaterThan(measure('people’s', 60, false));
    expect(measure('ab', 30, false)).toBeCloseTo(measure('a', 30, false) + measure('b', 30, false), 9);
  });

  it('places each glyph with ink where the text before it ends, as measured, in either weight', () => {
    for (const bold of [false, true]) {
      const { unitsPerEm, glyphs } = placeGlyphs(text, bold);
      // A space has no ink and is left out; every other character is a glyph of its own.
      const inked = [...text].flatMap((char, i) => (char === ' ' ? [] : [i]));
      expect(glyphs.length).toBe(inked.length);
      glyphs.forEach((glyph, n) => {
        expect((glyph.x / unitsPerEm) * 60).toBeCloseTo(measure([...text].slice(0, inked[n]).join(''), 60, bold), 6);
        expect(glyph.key).toMatch(bold ? /^b\d+$/ : /^r\d+$/);
      });
    }
  });
});
