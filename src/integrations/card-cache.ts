/**
 * After a build, removes from the preview-card cache (src/data/card-cache.ts) the cards the
 * built site does not use: those of changed or removed findings. A build without a cards
 * folder (one that makes only some pages) leaves the cache as it is.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pruneCards } from '../data/card-cache';

export default function cardCache(): AstroIntegration {
  return {
    name: 'card-cache',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const cards = join(fileURLToPath(dir), 'cards');
        if (!existsSync(cards)) return;
        const { kept, removed } = pruneCards(new Set(readdirSync(cards)));
        logger.info(`Preview card cache: ${kept} cards kept, ${removed} no longer used removed.`);
      },
    },
  };
}
