/**
 * The preview cards' type: DejaVu Sans, regular and bold, from the dejavu-fonts-ttf package,
 * read with fontkitten, once a thread. It measures the cards' lines (in the build's main thread) and
 * places their glyphs for the card renderer (src/data/card-raster.ts, in the card workers: this module
 * imports packages and types only, so Node runs it there as it is).
 *
 * Glyphs are set by their advance widths alone, with no kerning: what is drawn is exactly what
 * was measured, so a line that fits when measured fits when drawn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font, type Glyph } from 'fontkitten';
import type { Measure } from '../model/preview-card';

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

/** A glyph of a line (its outline and box in font units, y up) and where its origin is along the line. */
export interface PlacedGlyph {
  /** "r" or "b" (regular or bold) and the glyph's id in that font. */
  key: string;
  /** From the line's start, in font units. */
  x: number;
  glyph: Glyph;
}

/**
 * The glyphs of a line of text, each placed by the advance widths of those before it and nothing else, as `measure`
 * measures it; a glyph without ink (a space) is left out, its advance kept.
 */
export function placeGlyphs(text: string, bold: boolean): { unitsPerEm: number; glyphs: PlacedGlyph[] } {
  const face = font(bold);
  let advance = 0;
  const glyphs: PlacedGlyph[] = [];
  for (const glyph of face.glyphsForString(text)) {
    if (glyph.path.commands.length) glyphs.push({ key: `${bold ? 'b' : 'r'}${glyph.id}`, x: advance, glyph });
    advance += glyph.advanceWidth;
  }
  return { unitsPerEm: face.unitsPerEm, glyphs };
}
