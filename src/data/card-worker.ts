/**
 * A preview-card renderer thread (src/data/card-pool.ts starts one per core): given a card's SVG, it
 * renders it with resvg, writes it as a palette PNG with @pdf-lib/upng, and stores it in the card cache
 * under the card's name, so the page that serves the card reads it from there. Run by Node as it is (its
 * types are stripped), so it imports packages only. The SVG's words are glyph outlines: no font is loaded.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import * as upngModule from '@pdf-lib/upng';

export interface CardJob {
  id: number;
  svg: string;
  colours: number;
  /** Where the PNG goes; written under another name first, so no reader sees half a PNG. */
  file: string;
}
export type CardDone = { id: number; error?: string };

// Its types name the functions as the module's exports; its CommonJS build hangs them on `default`.
type Upng = typeof upngModule;
let upng = upngModule as Upng & { default?: unknown };
while (typeof upng.encode !== 'function' && upng.default) upng = upng.default as typeof upng;

function render({ svg, colours, file }: CardJob): void {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  const rgba = image.pixels;
  const bytes = rgba.buffer.slice(rgba.byteOffset, rgba.byteOffset + rgba.byteLength) as ArrayBuffer;
  const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
  writeFileSync(part, Buffer.from(upng.encode([bytes], image.width, image.height, colours)));
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
