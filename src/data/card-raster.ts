/**
 * A preview card drawn straight into the rows of its PNG, each pixel one of the card's four colours (2 bits), and
 * written as a palette PNG of those colours. Run in the card workers (src/data/card-worker.ts) by Node as it is, so it
 * imports packages, types and other such modules only.
 *
 * A card is a white ground, two rectangles on whole pixels, at most one box and some lines of words: drawn as one SVG,
 * resvg took about 20 ms of each card's 25–35 even for a blank 1200 × 630 picture, before the words, and the picture's
 * three million bytes were then copied and matched to the palette one pixel at a time. Here the rectangles are filled
 * directly; each glyph is drawn by resvg (the anti-aliasing the cards always had) once a thread, at each size a card
 * sets it and at each quarter of a pixel its origin can fall on, and every card lays those small pictures where its
 * lines put them; the grade's box, on few cards, is drawn by resvg at its own size. Only the pixels with ink are
 * matched to the palette. A glyph lands within an eighth of a pixel of where its line puts it; an SVG of the card's
 * outlines, drawn whole by resvg, differs from it only in the shade of some edge pixels.
 */
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import type { CardLayout } from '../model/preview-card';
import { placeGlyphs, type PlacedGlyph } from './card-font.ts';

/** How many positions between two pixels a glyph is drawn at: its origin is rounded to the nearest. */
const SUBPIXEL = 4;

/** How much of each pixel of a box some ink covers (0–255), and where the box lies. */
interface Coverage {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

/** Draws `body` (SVG in black) with resvg into a picture of the box, and keeps how much of each pixel it covers. */
function drawn(body: string, left: number, top: number, width: number, height: number): Coverage {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${body}</svg>`;
  const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  const alpha = new Uint8Array(width * height);
  for (let i = 0; i < alpha.length; i++) alpha[i] = pixels[i * 4 + 3]!;
  return { left, top, width, height, alpha };
}

/** Each glyph as drawn at a size and a fraction of a pixel, in this thread: its box is from its origin on the baseline. */
const glyphs = new Map<string, Coverage>();

function glyphCoverage({ key, glyph }: PlacedGlyph, size: number, scale: number, phase: number): Coverage {
  const name = `${key} ${size} ${phase}`;
  let coverage = glyphs.get(name);
  if (!coverage) {
    const shift = phase / SUBPIXEL;
    const { minX, minY, maxX, maxY } = glyph.bbox;
    // A pixel of room on every side, for the anti-aliased edge.
    const left = Math.floor(minX * scale + shift) - 1;
    const top = Math.floor(-maxY * scale) - 1;
    const width = Math.ceil(maxX * scale + shift) + 1 - left;
    const height = Math.ceil(-minY * scale) + 1 - top;
    const path = `<path transform="translate(${shift - left} ${-top}) scale(${scale} ${-scale})" d="${glyph.path.toSVG()}"/>`;
    coverage = drawn(path, left, top, width, height);
    glyphs.set(name, coverage);
  }
  return coverage;
}

function badgeCoverage({ x, y, width, height, radius, stroke }: NonNullable<CardLayout['badge']>): Coverage {
  const left = Math.floor(x - stroke) - 1;
  const top = Math.floor(y - stroke) - 1;
  const right = Math.ceil(x + width + stroke) + 1;
  const bottom = Math.ceil(y + height + stroke) + 1;
  const rect = `<rect x="${x - left}" y="${y - top}" width="${width}" height="${height}" rx="${radius}" fill="none" stroke="#000" stroke-width="${stroke}"/>`;
  return drawn(rect, left, top, right - left, bottom - top);
}

const rgb = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];

/** The index of the palette colour nearest each colour of the palette laid over its first (the ground) with each coverage: `[colour * 256 + coverage]`. */
export function shades(palette: readonly string[]): Uint8Array {
  const name = palette.join(' ');
  let table = tables.get(name);
  if (!table) tables.set(name, (table = shadesOf(palette)));
  return table;
}

/** Each palette's shades, worked out once a thread. */
const tables = new Map<string, Uint8Array>();

function shadesOf(palette: readonly string[]): Uint8Array {
  const colours = palette.map(rgb);
  const ground = colours[0]!;
  const nearest = (c: number[]) => {
    const distance = (p: number[]) => (p[0]! - c[0]!) ** 2 + (p[1]! - c[1]!) ** 2 + (p[2]! - c[2]!) ** 2;
    return colours.reduce((best, p, i) => (distance(p) < distance(colours[best]!) ? i : best), 0);
  };
  const table = new Uint8Array(colours.length * 256);
  colours.forEach((colour, index) => {
    for (let a = 0; a < 256; a++) table[index * 256 + a] = nearest(colour.map((v, i) => Math.round((v * a + ground[i]! * (255 - a)) / 255)));
  });
  return table;
}

/** How much ink covers each pixel of the card being drawn, and in which colour: kept for the next card, as every card is the same size. */
let planes: { cover: Uint8Array; paint: Uint8Array } | undefined;

/**
 * The card's pixels as the rows of a 2-bit palette PNG: each row its filter type (0, none), then four pixels a byte,
 * the first in the high bits; each pixel the index of its colour in `palette`, whose first colour is the ground.
 */
export function drawCard(layout: CardLayout, width: number, height: number, palette: readonly string[]): Uint8Array {
  const stride = Math.ceil(width / 4) + 1;
  const rows = new Uint8Array(stride * height);
  const put = (x: number, y: number, index: number) => {
    const at = y * stride + 1 + (x >> 2);
    const shift = 6 - (x & 3) * 2;
    rows[at] = (rows[at]! & ~(3 << shift)) | (index << shift);
  };
  const colour = (hex: string) => {
    const index = palette.indexOf(hex);
    if (index < 0) throw new Error(`the card draws in ${hex}, which is not one of its colours (${palette.join(' ')})`);
    return index;
  };
  const whole = (...values: number[]) => {
    if (!values.every(Number.isInteger)) throw new Error(`the card's rectangles and baselines lie on whole pixels, not ${values.join(', ')}`);
  };

  for (const rect of layout.rects) {
    whole(rect.x, rect.y, rect.width, rect.height);
    const index = colour(rect.fill);
    for (let y = Math.max(0, rect.y); y < Math.min(height, rect.y + rect.height); y++) {
      for (let x = Math.max(0, rect.x); x < Math.min(width, rect.x + rect.width); x++) put(x, y, index);
    }
  }

  // The ink, laid as resvg lays paths (each over what is there), then matched to the palette once it is all laid.
  // Where inks of two colours meet (they do not on a card), the pixel takes the colour laid last.
  if (planes?.cover.length !== width * height) planes = { cover: new Uint8Array(width * height), paint: new Uint8Array(width * height) };
  const { cover, paint } = planes;
  // Cleared as the ink is matched, below; cleared here too, for a card that failed half-way.
  cover.fill(0);
  const boxes: number[] = [];
  const lay = (c: Coverage, x: number, y: number, index: number) => {
    const x0 = Math.max(0, x + c.left);
    const y0 = Math.max(0, y + c.top);
    const x1 = Math.min(width, x + c.left + c.width);
    const y1 = Math.min(height, y + c.top + c.height);
    for (let py = y0; py < y1; py++) {
      let from = (py - y - c.top) * c.width + (x0 - x - c.left);
      for (let at = py * width + x0, end = py * width + x1; at < end; at++, from++) {
        const a = c.alpha[from]!;
        if (!a) continue;
        const under = cover[at]!;
        cover[at] = under + a - Math.round((under * a) / 255);
        paint[at] = index;
      }
    }
    boxes.push(x0, y0, x1, y1);
  };

  if (layout.badge) lay(badgeCoverage(layout.badge), 0, 0, colour(layout.badge.colour));
  for (const line of layout.lines) {
    whole(line.y);
    const index = colour(line.fill);
    const { unitsPerEm, glyphs: placed } = placeGlyphs(line.text, line.bold);
    const scale = line.size / unitsPerEm;
    for (const glyph of placed) {
      const x = line.x + glyph.x * scale;
      let pen = Math.floor(x);
      let phase = Math.round((x - pen) * SUBPIXEL);
      if (phase === SUBPIXEL) [pen, phase] = [pen + 1, 0];
      lay(glyphCoverage(glyph, line.size, scale, phase), pen, line.y, index);
    }
  }

  const shade = shades(palette);
  for (let b = 0; b < boxes.length; b += 4) {
    const [x0, y0, x1, y1] = [boxes[b]!, boxes[b + 1]!, boxes[b + 2]!, boxes[b + 3]!];
    for (let y = y0; y < y1; y++) {
      for (let x = x0, at = y * width + x0; x < x1; x++, at++) {
        const a = cover[at]!;
        if (!a) continue;
        // Each pixel once, however many boxes hold it.
        cover[at] = 0;
        put(x, y, shade[paint[at]! * 256 + a]!);
      }
    }
  }
  return rows;
}

/** A PNG chunk: its length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(typed.length + 8);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc32(typed), typed.length + 4);
  return out;
}

/** Rows of 2-bit pixels (drawCard's) as a palette PNG of at most four colours. */
export function palettePng(rows: Uint8Array, width: number, height: number, palette: readonly string[]): Buffer {
  if (palette.length < 1 || palette.length > 4) throw new Error(`a 2-bit PNG has 1 to 4 colours, not ${palette.length}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([2, 3, 0, 0, 0], 8); // bit depth 2, colour type 3 (palette), deflate, filtering per row, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette.flatMap(rgb))),
    // zlib's default level: its highest made a card 3% smaller in five times the time.
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array()),
  ]);
}
