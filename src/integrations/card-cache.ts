/**
 * The build's preview cards (src/data/build-handoff.ts): once the pages are written, waits for the last cards the
 * build is rendering, copies the cards dist/cards/ lacks from the card cache (src/data/card-cache.ts), and removes
 * from the cache and from dist/cards/ the cards the site no longer uses (those of changed or removed findings). A
 * build that made no cards (one that makes only some pages) leaves the cache as it is.
 */
import { constants, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CARD_CACHE, pruneCards } from '../data/card-cache';
import { take } from '../data/build-handoff';

export default function cardCache(): AstroIntegration {
  let out = '';
  let aside = '';
  return {
    name: 'card-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        out = join(fileURLToPath(config.outDir), 'cards');
        aside = join(fileURLToPath(config.cacheDir), 'dist-cards');
      },
      // dist/ is the last build's (./dist-in-place.ts): its cards are set aside, and put back if this build hands the
      // cards over (it does not when it makes them as pages of their route, as dev does, or makes none).
      'astro:build:start': () => {
        rmSync(aside, { recursive: true, force: true });
        if (existsSync(out)) renameSync(out, aside);
      },
      'astro:build:done': async ({ logger }) => {
        const cards = take('cards');
        if (!cards) return rm(aside, { recursive: true, force: true });
        const start = performance.now();
        const rendered = await cards.ready;
        const waited = Math.round(performance.now() - start);
        if (existsSync(aside) && !existsSync(out)) await rename(aside, out);
        await mkdir(out, { recursive: true });
        // A card's name is a hash of its SVG, so a card the last build left is this one: only the new are copied, under
        // another name first (a build stopped half-way leaves no half a card under a card's name), and the cards the
        // site no longer uses are removed.
        const names = new Set(cards.names);
        const there = new Set(readdirSync(out));
        for (const name of there) if (!names.has(name)) rmSync(join(out, name), { force: true });
        const missing = cards.names.filter((name) => !there.has(name));
        await Promise.all(
          missing
            // A copy-on-write clone where the file system makes one, a copy otherwise.
            .map((name) => copyFile(join(CARD_CACHE, name), join(out, `${name}.part`), constants.COPYFILE_FICLONE).then(() => rename(join(out, `${name}.part`), join(out, name)))),
        );
        const { kept, removed } = pruneCards(new Set(cards.names));
        logger.info(`Preview cards: ${cards.names.length} written, ${rendered} of them rendered by this build; waited ${waited} ms for them after the pages; ${missing.length} copied into dist/. Cache: ${kept} kept, ${removed} no longer used removed.`);
      },
    },
  };
}
