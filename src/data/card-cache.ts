/**
 * Rendered preview cards kept between builds, so a build renders only the cards whose words or
 * layout changed: in node_modules/.cache/preview-cards/ (or the folder PREVIEW_CARD_CACHE names),
 * each PNG under its file name, which is a hash of its SVG. After each build the cards it did not
 * use are removed (src/integrations/card-cache.ts), so the cache holds one site's cards, not every
 * card ever rendered.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CARD_CACHE = process.env.PREVIEW_CARD_CACHE || join(process.cwd(), 'node_modules/.cache/preview-cards');

/** A half-written card older than this was left by a build that was stopped; a younger one may be another build's. */
const STALE_PART_MS = 60 * 60 * 1000;

/** The card named `name` from the cache, or `render`ed now and kept. */
export function cachedCard(name: string, render: () => Buffer, cache = CARD_CACHE): Buffer {
  const file = join(cache, name);
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const png = render();
  mkdirSync(cache, { recursive: true });
  // Written under a name of its own and renamed, so a build stopped half-way never leaves half a PNG under a card's name,
  // and two builds sharing the cache (a test's project copy) never write into one file.
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, png);
  renameSync(part, file);
  return png;
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
