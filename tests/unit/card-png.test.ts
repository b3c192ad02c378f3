/** A card's PNG (src/data/card-worker.ts palettePng): its own four colours, each pixel the nearest of them, read back by another decoder. */
import * as upngModule from '@pdf-lib/upng';
import { describe, expect, it } from 'vitest';
import { palettePng } from '../../src/data/card-worker';
import { CARD_PALETTE } from '../../src/model/preview-card';

// Its types name the functions as the module's exports; its CommonJS build hangs them on `default`.
type Upng = typeof upngModule;
let upng = upngModule as Upng & { default?: unknown };
while (typeof upng.decode !== 'function' && upng.default) upng = upng.default as typeof upng;

const hex = (r: number, g: number, b: number) => `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;

describe('card PNG', () => {
  it('writes a 2-bit palette PNG of the card colours, each pixel as the nearest of them, in rows of any width', () => {
    // Five pixels a row (not a whole byte of 2-bit pixels), two rows: each colour as drawn, and mixes of them.
    const drawn = [
      [255, 255, 255], [11, 12, 12], [29, 79, 145], [133, 134, 134], [250, 250, 250],
      [20, 20, 20], [120, 130, 130], [40, 80, 140], [230, 230, 230], [60, 60, 60],
    ];
    const expected = ['#ffffff', '#0b0c0c', '#1d4f91', '#858686', '#ffffff', '#0b0c0c', '#858686', '#1d4f91', '#ffffff', '#0b0c0c'];
    const rgba = Uint8Array.from(drawn.flatMap(([r, g, b]) => [r!, g!, b!, 255]));
    const png = palettePng(rgba, 5, 2, CARD_PALETTE);
    const image = upng.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer);
    expect([image.width, image.height, image.depth, image.ctype]).toEqual([5, 2, 2, 3]);
    const pixels = new Uint8Array(upng.toRGBA8(image)[0]!);
    const written = Array.from({ length: 10 }, (_, i) => hex(pixels[i * 4]!, pixels[i * 4 + 1]!, pixels[i * 4 + 2]!));
    expect(written).toEqual(expected);
    expect(new Set(written)).toEqual(new Set(CARD_PALETTE));
  });

  it('refuses a palette a 2-bit PNG cannot hold', () => {
    expect(() => palettePng(new Uint8Array(4), 1, 1, ['#000000', '#111111', '#222222', '#333333', '#444444'])).toThrow(/1 to 4 colours/);
  });
});
