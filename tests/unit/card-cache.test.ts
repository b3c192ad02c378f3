/** The preview-card cache (src/data/card-cache.ts): a card is rendered once, and what a build does not use is removed. */
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheCard, cachedCard, pruneCards } from '../../src/data/card-cache';

const dirs: string[] = [];
const cacheDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'card-cache-'));
  dirs.push(dir);
  return join(dir, 'cards');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('card cache', () => {
  it('renders a card the first time only, however often it is asked for at once', async () => {
    const cache = cacheDir();
    let renders = 0;
    const render = async (file: string) => void (renders++, writeFileSync(file, 'png'));
    const [first, again] = await Promise.all([cachedCard('a.png', render, cache), cachedCard('a.png', render, cache)]);
    expect([first.toString(), again.toString(), (await cachedCard('a.png', render, cache)).toString()]).toEqual(['png', 'png', 'png']);
    expect(renders).toBe(1);
    expect(readdirSync(cache)).toEqual(['a.png']);
  });

  it('reports a card that failed to render where it is read', async () => {
    const cache = cacheDir();
    void cacheCard('f.png', () => Promise.reject(new Error('no such font')), cache);
    await expect(cachedCard('f.png', async () => {}, cache)).rejects.toThrow('no such font');
  });

  it('removes the cards a build did not use and half-written files long abandoned, keeping a recent one', async () => {
    const cache = cacheDir();
    for (const name of ['a.png', 'b.png', 'c.png']) await cachedCard(name, async (file) => writeFileSync(file, name), cache);
    const now = Date.now();
    writeFileSync(join(cache, 'd.png.1.part'), '');
    utimesSync(join(cache, 'd.png.1.part'), new Date(now - 2 * 3600_000), new Date(now - 2 * 3600_000));
    writeFileSync(join(cache, 'e.png.2.part'), '');
    expect(pruneCards(new Set(['a.png', 'c.png', 'z.png']), cache, now)).toEqual({ kept: 2, removed: 2 });
    expect(readdirSync(cache).sort()).toEqual(['a.png', 'c.png', 'e.png.2.part']);
  });

  it('has nothing to prune before anything was rendered', () => {
    expect(pruneCards(new Set(), cacheDir())).toEqual({ kept: 0, removed: 0 });
  });
});
