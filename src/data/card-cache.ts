/**
 * Rendered preview cards kept between builds, so a build renders only the cards whose words or
 * layout changed: in node_modules/.cache/preview-cards/ (or the folder PREVIEW_CARD_CACHE names),
 * each PNG under its file name, which is a hash of its SVG. After each build the cards it did not
 * use are removed (src/integrations/card-cache.ts), so the cache holds one site's cards, not every
 * card ever rendered.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const CARD_CACHE = process.env.PREVIEW_CARD_CACHE || join(process.cwd(), 'node_modules/.cache/preview-cards');

/** A half-written card older than this was left by a build that was stopped; a younger one may be another build's. */
const STALE_PART_MS = 60 * 60 * 1000;

/** Cards being made sure of in this build, by file: each is rendered at most once, however often it is asked for. */
const pending = new Map<string, Promise<void>>();

/**
 * Makes sure the cache holds the card `name`: where it does not, `render` writes it to the file it is handed
 * (under another name first, then renamed, so a build stopped half-way never leaves half a PNG under a card's name,
 * and two builds sharing the cache never write into one file).
 */
export function cacheCard(name: string, render: (file: string) => Promise<void>, cache = CARD_CACHE): Promise<void> {
  const file = join(cache, name);
  let ready = pending.get(file);
  if (!ready) {
    if (existsSync(file)) ready = Promise.resolve();
    else {
      mkdirSync(cache, { recursive: true });
      ready = render(file);
      // A card started early and not yet asked for must not stop the build as an unhandled rejection: its failure
      // is reported where it is read.
      ready.catch(() => {});
    }
    pending.set(file, ready);
  }
  return ready;
}

/** The card `name` from the cache, rendered first where the cache does not hold it. */
export async function cachedCard(name: string, render: (file: string) => Promise<void>, cache = CARD_CACHE): Promise<Buffer> {
  await cacheCard(name, render, cache);
  return readFileSync(join(cache, name));
}

/** Removes the cached cards not named in `used`, and half-written ones long abandoned; says how many are kept and removed. */
export function pruneCards(used: ReadonlySet<string>, cache = CARD_CACHE, now = Date.now()): { kept: number; removed: number } {
  let kept = 0;
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(cache);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kept, removed };
    throw error;
  }
  for (const name of names) {
    const file = join(cache, name);
    const unused = name.endsWith('.part') ? now - statSync(file).mtimeMs > STALE_PART_MS : !used.has(name);
    if (unused) {
      rmSync(file, { force: true });
      removed++;
    } else if (!name.endsWith('.part')) kept++;
  }
  return { kept, removed };
}
