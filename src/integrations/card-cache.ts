/**
 * The build's preview cards (src/data/build-handoff.ts): once the pages are written, waits for the last cards the
 * build is rendering, copies every card from the card cache (src/data/card-cache.ts) into dist/cards/, and removes
 * from the cache the cards the site no longer uses (those of changed or removed findings). A build that made no
 * cards (one that makes only some pages) leaves the cache as it is.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CARD_CACHE, pruneCards } from '../data/card-cache';
import { take } from '../data/build-handoff';

export default function cardCache(): AstroIntegration {
  return {
    name: 'card-cache',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const cards = take('cards');
        if (!cards) return;
        const start = performance.now();
        const rendered = await cards.ready;
        const waited = Math.round(performance.now() - start);
        const out = join(fileURLToPath(dir), 'cards');
        await mkdir(out, { recursive: true });
        // A copy-on-write clone where the file system makes one, a copy otherwise.
        await Promise.all(cards.names.map((name) => copyFile(join(CARD_CACHE, name), join(out, name), constants.COPYFILE_FICLONE)));
        const { kept, removed } = pruneCards(new Set(cards.names));
        logger.info(`Preview cards: ${cards.names.length} written, ${rendered} of them rendered by this build; waited ${waited} ms for them after the pages. Cache: ${kept} kept, ${removed} no longer used removed.`);
      },
    },
  };
}
