/**
 * The preview cards' type: DejaVu Sans, regular and bold, from the dejavu-fonts-ttf package,
 * read with fontkitten. It measures the cards' lines and draws them as glyph outlines, so the
 * SVG holds shapes, not text: the renderer needs no font, and no card parses a font file again
 * (parsing the two files took resvg about a third of each card's time).
 *
 * Glyphs are set by their advance widths alone, with no kerning: what is drawn is exactly what
 * was measured, so a line that fits when measured fits when drawn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font, type Glyph } from 'fontkitten';
import type { CardLine, Measure, Typesetter } from '../model/preview-card';

const FONT_DIR = join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf');

let fonts: { regular: Font; bold: Font } | undefined;

function font(bold: boolean): Font {
  fonts ??= {
    regular: create(readFileSync(join(FONT_DIR, 'DejaVuSans.ttf'))) as Font,
    bold: create(readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf'))) as Font,
  };
  return bold ? fonts.bold : fonts.regular;
}

/** Each word's advance width in font units, regular and bold, worked out once per build. */
const wordWidths = { regular: new Map<string, number>(), bold: new Map<string, number>() };

function wordUnits(word: string, bold: boolean): number {
  const known = wordWidths[bold ? 'bold' : 'regular'];
  let units = known.get(word);
  if (units === undefined) {
    units = font(bold).glyphsForString(word).reduce((sum, glyph) => sum + glyph.advanceWidth, 0);
    known.set(word, units);
  }
  return units;
}

/**
 * Text widths from the font's own advance widths. With no kerning a line is as wide as its words and
 * spaces, so each word is measured once: laying out wraps and cuts the same words many times over.
 */
export const measure: Measure = (text, size, bold) => {
  const words = text.split(' ');
  const units = words.reduce((sum, word) => sum + wordUnits(word, bold), (words.length - 1) * wordUnits(' ', bold));
  return (units / font(bold).unitsPerEm) * size;
};

/** Each glyph's outline as SVG path data in font units, worked out once per build. */
const outlines = new Map<string, string>();

function outline(glyph: Glyph, bold: boolean): { key: string; path: string } {
  const key = `${bold ? 'b' : 'r'}${glyph.id}`;
  let path = outlines.get(key);
  if (path === undefined) {
    path = glyph.path.toSVG();
    outlines.set(key, path);
  }
  return { key, path };
}

/**
 * Draws one card's lines as outlines: each glyph the card uses is defined once (in font units, y up)
 * and placed by <use> along its line, which is scaled from font units to its size and flipped.
 */
export function typesetter(): Typesetter {
  const used = new Map<string, string>();
  const draw = (line: CardLine) => {
    const face = font(line.bold);
    const scale = line.size / face.unitsPerEm;
    let advance = 0;
    const uses: string[] = [];
    for (const glyph of face.glyphsForString(line.text)) {
      const { key, path } = outline(glyph, line.bold);
      if (path) {
        used.set(key, path);
        uses.push(`<use href="#${key}" x="${advance}"/>`);
      }
      advance += glyph.advanceWidth;
    }
    return `<g transform="translate(${line.x} ${line.y}) scale(${scale} ${-scale})" fill="${line.fill}">${uses.join('')}</g>`;
  };
  const defs = () => `<defs>${[...used].map(([key, path]) => `<path id="${key}" d="${path}"/>`).join('')}</defs>`;
  return { draw, defs };
}
