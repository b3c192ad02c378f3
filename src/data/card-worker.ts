/**
 * A preview-card renderer thread (src/data/card-pool.ts starts one per core): given a card's layout, it draws it
 * (src/data/card-raster.ts, which keeps each glyph it draws for the cards after), writes it as a palette PNG of the
 * card's own colours, and stores it in the card cache under the card's name, so the page that serves the card reads it
 * from there. Run by Node as it is (its types are stripped), so it imports packages and modules like it only.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { CardLayout } from '../model/preview-card';
import { drawCard, palettePng } from './card-raster.ts';

export interface CardJob {
  id: number;
  layout: CardLayout;
  width: number;
  height: number;
  /** The card's colours, "#rrggbb" (src/model/preview-card.ts CARD_PALETTE): its PNG holds these and no others. */
  palette: readonly string[];
  /** Where the PNG goes; written under another name first, so no reader sees half a PNG. */
  file: string;
}
export type CardDone = { id: number; error?: string };

function render({ layout, width, height, palette, file }: CardJob): void {
  const png = palettePng(drawCard(layout, width, height, palette), width, height, palette);
  const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
  writeFileSync(part, png);
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
