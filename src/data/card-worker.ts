/**
 * A preview-card renderer thread (src/data/card-pool.ts starts one per core): given a card's SVG, it
 * renders it with resvg, writes it as a palette PNG of the card's own colours, and stores it in the card
 * cache under the card's name, so the page that serves the card reads it from there. Run by Node as it is
 * (its types are stripped), so it imports packages only. The SVG's words are glyph outlines: no font is loaded.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';

export interface CardJob {
  id: number;
  svg: string;
  /** The card's colours, "#rrggbb" (src/model/preview-card.ts CARD_PALETTE): its PNG holds these and no others. */
  palette: readonly string[];
  /** Where the PNG goes; written under another name first, so no reader sees half a PNG. */
  file: string;
}
export type CardDone = { id: number; error?: string };

const rgb = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];

/** A PNG chunk: its length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(typed.length + 8);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc32(typed), typed.length + 4);
  return out;
}

/**
 * An RGBA image (opaque) as a palette PNG of at most four colours, 2 bits a pixel: each pixel is written as the
 * palette colour nearest it. The card's colours are known (it is drawn in them), so no palette is searched for:
 * a quantiser that finds one (@pdf-lib/upng's, with its JavaScript deflate) took four fifths of each card's time.
 */
export function palettePng(rgba: Uint8Array, width: number, height: number, palette: readonly string[]): Buffer {
  if (palette.length < 1 || palette.length > 4) throw new Error(`a 2-bit PNG has 1 to 4 colours, not ${palette.length}`);
  const colours = palette.map(rgb);
  const nearestOf = (r: number, g: number, b: number) => {
    const distance = (c: [number, number, number]) => (c[0] - r) ** 2 + (c[1] - g) ** 2 + (c[2] - b) ** 2;
    return colours.reduce((best, c, i) => (distance(c) < distance(colours[best]!) ? i : best), 0);
  };
  // Each distinct pixel is matched once (a card has a few dozen: its colours and their anti-aliased mixes), and a
  // pixel like the one before it (most are: the card is mostly white) is not looked up at all.
  const pixels = new Uint32Array((rgba.byteOffset % 4 ? rgba.slice() : rgba).buffer, rgba.byteOffset % 4 ? 0 : rgba.byteOffset, width * height);
  const known = new Map<number, number>();
  let previous = -1;
  let index = 0;
  // Each row: filter type 0 (none), then four pixels a byte, the first in the high bits.
  const stride = Math.ceil(width / 4) + 1;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const pixel = pixels[y * width + x]!;
      if (pixel !== previous) {
        previous = pixel;
        index = known.get(pixel) ?? known.set(pixel, nearestOf(rgba[(y * width + x) * 4]!, rgba[(y * width + x) * 4 + 1]!, rgba[(y * width + x) * 4 + 2]!)).get(pixel)!;
      }
      if (index) rows[y * stride + 1 + (x >> 2)]! |= index << (6 - (x & 3) * 2);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([2, 3, 0, 0, 0], 8); // bit depth 2, colour type 3 (palette), deflate, filtering per row, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(colours.flat())),
    // zlib's default level: its highest made a card 3% smaller in five times the time.
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array()),
  ]);
}

function render({ svg, palette, file }: CardJob): void {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
  writeFileSync(part, palettePng(image.pixels, image.width, image.height, palette));
  renameSync(part, file);
}

parentPort?.on('message', (job: CardJob) => {
  let done: CardDone = { id: job.id };
  try {
    render(job);
  } catch (error) {
    done = { id: job.id, error: (error as Error).stack ?? String(error) };
  }
  parentPort!.postMessage(done);
});
