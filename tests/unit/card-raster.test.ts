/**
 * A card's picture (src/data/card-raster.ts): drawn from its layout into its own four colours, written as a 2-bit
 * palette PNG and read back by another decoder; the words where they were measured; and the same picture as resvg
 * makes of the card's outlines drawn whole, but for the shade of some edge pixels.
 */
import * as upngModule from '@pdf-lib/upng';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { measure, placeGlyphs } from '../../src/data/card-font';
import { drawCard, palettePng, shades } from '../../src/data/card-raster';
import { CARD_HEIGHT, CARD_PALETTE, CARD_WIDTH, layoutCard, type CardLayout, type CardLine } from '../../src/model/preview-card';

// Its types name the functions as the module's exports; its CommonJS build hangs them on `default`.
type Upng = typeof upngModule;
let upng = upngModule as Upng & { default?: unknown };
while (typeof upng.decode !== 'function' && upng.default) upng = upng.default as typeof upng;

const [WHITE, INK, BLUE, GREY] = CARD_PALETTE;
const hex = (rgb: number) => `#${rgb.toString(16).padStart(6, '0')}`;

/** The colour "#rrggbb" of each pixel of RGBA bytes, each colour matched once, by `colour` (its red, green and blue as one number). */
function colours(rgba: Uint8Array, count: number, colour: (rgb: number) => string): string[] {
  const known = new Map<number, string>();
  return Array.from({ length: count }, (_, i) => {
    const rgb = (rgba[i * 4]! << 16) | (rgba[i * 4 + 1]! << 8) | rgba[i * 4 + 2]!;
    return known.get(rgb) ?? known.set(rgb, colour(rgb)).get(rgb)!;
  });
}

/** The palette colour nearest `rgb`. */
const nearest = (rgb: number) => {
  const distance = (c: string) => [16, 8, 0].reduce((sum, shift, j) => sum + (parseInt(c.slice(1 + 2 * j, 3 + 2 * j), 16) - ((rgb >> shift) & 255)) ** 2, 0);
  return CARD_PALETTE.reduce((best, c) => (distance(c) < distance(best) ? c : best));
};

/** A PNG as decoded by upng: its header, and each pixel's colour as "#rrggbb". */
function decoded(png: Buffer) {
  const image = upng.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer);
  const pixels = colours(new Uint8Array(upng.toRGBA8(image)[0]!), image.width * image.height, hex);
  return { header: [image.width, image.height, image.depth, image.ctype], colours: pixels, at: (x: number, y: number) => pixels[y * image.width + x]! };
}

const draw = (layout: CardLayout, width = CARD_WIDTH, height = CARD_HEIGHT) => decoded(palettePng(drawCard(layout, width, height, CARD_PALETTE), width, height, CARD_PALETTE));

const line: CardLine = { role: 'words', text: 'Children & <young> people’s service', x: 64, y: 200, size: 60, bold: false, fill: INK };

const finding = {
  kicker: 'Lancashire · 2012 safeguarding and looked after children inspection',
  headline: 'Services for looked after children',
  grade: { area: 'Capacity for improvement', grade: 'Outstanding' },
  words: 'The capacity of the council and its partners to improve services for looked after children and young people is outstanding.',
  detail: 'Paragraph 92',
  source: 'Ofsted · Published 9 March 2012',
};

/**
 * The card as one SVG: its rectangles, its box and its lines as glyph outlines, each at the very point its line puts
 * it. What the cards were before each glyph was drawn once and laid where its line puts it.
 */
function wholeSvg(layout: CardLayout): string {
  const lines = layout.lines.map((l) => {
    const { unitsPerEm, glyphs } = placeGlyphs(l.text, l.bold);
    const scale = l.size / unitsPerEm;
    const paths = glyphs.map((g) => `<path transform="translate(${g.x} 0)" d="${g.glyph.path.toSVG()}"/>`).join('');
    return `<g transform="translate(${l.x} ${l.y}) scale(${scale} ${-scale})" fill="${l.fill}">${paths}</g>`;
  });
  const b = layout.badge;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${WHITE}"/>`,
    ...layout.rects.map((r) => `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="${r.fill}"/>`),
    b ? `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="${b.radius}" fill="none" stroke="${b.colour}" stroke-width="${b.stroke}"/>` : '',
    ...lines,
    '</svg>',
  ].join('');
}

describe('card picture', () => {
  it('is a 2-bit palette PNG of the card colours: rectangles filled, the ground white, rows of any width', () => {
    // Five pixels a row (not a whole byte of 2-bit pixels): a rectangle of each colour, one pixel wide, then the ground.
    const rects = [INK, BLUE, GREY].map((fill, x) => ({ x, y: 0, width: 1, height: 2, fill }));
    const { header, colours } = draw({ rects, lines: [], cut: false }, 5, 2);
    expect(header).toEqual([5, 2, 2, 3]);
    expect(colours).toEqual([INK, BLUE, GREY, WHITE, WHITE, INK, BLUE, GREY, WHITE, WHITE]);
  });

  it('shades an edge with the nearest of the four colours: the ground where nothing is, the colour where all of it is', () => {
    const table = shades(CARD_PALETTE);
    CARD_PALETTE.forEach((_, colour) => {
      expect(table[colour * 256]).toBe(0);
      expect(table[colour * 256 + 255]).toBe(colour);
    });
    // Ink over half a pixel is the grey halfway to white.
    expect(CARD_PALETTE[table[1 * 256 + 128]!]).toBe(GREY);
  });

  it('refuses a palette a 2-bit PNG cannot hold, and a colour not in its palette', () => {
    expect(() => palettePng(new Uint8Array(2), 1, 1, ['#000000', '#111111', '#222222', '#333333', '#444444'])).toThrow(/1 to 4 colours/);
    expect(() => drawCard({ rects: [], lines: [{ ...line, fill: '#ff0000' }], cut: false }, 10, 10, CARD_PALETTE)).toThrow(/#ff0000/);
  });

  it('draws the words exactly where they were measured', () => {
    const { at } = draw({ rects: [], lines: [line], cut: false });
    const range = (n: number) => Array.from({ length: n }, (_, i) => i);
    const columns = range(CARD_WIDTH).filter((x) => range(CARD_HEIGHT).some((y) => at(x, y) !== WHITE));
    const rows = range(CARD_HEIGHT).filter((y) => range(CARD_WIDTH).some((x) => at(x, y) !== WHITE));
    const width = measure(line.text, line.size, line.bold);
    expect(columns[0]).toBeGreaterThanOrEqual(line.x);
    expect(columns.at(-1)!).toBeLessThanOrEqual(line.x + width);
    // The last glyph's ink ends within a few pixels of its advance: nothing is lost or shifted.
    expect(columns.at(-1)!).toBeGreaterThan(line.x + width - 10);
    expect(rows[0]).toBeLessThan(line.y);
    expect(rows.at(-1)!).toBeGreaterThan(line.y);
  });

  it('is the picture resvg makes of the card drawn whole, but for the shade of a few edge pixels', () => {
    for (const content of [finding, { ...finding, grade: undefined, headline: undefined, words: 'Partnership working: Good' }]) {
      const layout = layoutCard(content, measure);
      const ours = draw(layout).colours;
      // Each of resvg's pixels as the palette colour nearest it.
      const whole = colours(new Resvg(wholeSvg(layout), { font: { loadSystemFonts: false } }).render().pixels, ours.length, nearest);
      const ink = whole.filter((c) => c !== WHITE).length;
      const differ = ours.filter((c, i) => c !== whole[i]);
      // Never white where the other has full ink or blue, or the other way round: only the shade of an edge moves.
      const swapped = ours.filter((c, i) => (c === WHITE && (whole[i] === INK || whole[i] === BLUE)) || (whole[i] === WHITE && (c === INK || c === BLUE)));
      expect(ink).toBeGreaterThan(20_000);
      expect(swapped.length).toBe(0);
      expect(differ.length / ink).toBeLessThan(0.06);
    }
  });
});
