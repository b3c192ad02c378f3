/**
 * Building into the last build's dist/ (src/integrations/dist-in-place.ts): before a build, only the pages the last
 * build keyed and the folders other steps keep in step are left; after it, the keyed pages this build no longer makes
 * are removed with the folders they leave empty; after a build that did not finish, dist/ is emptied as Astro does.
 * tests/build/deterministic.test.ts proves on a real build that the result is a cold build's dist/, byte for byte.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import distInPlace from '../../src/integrations/dist-in-place';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const write = (file: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, 'x');
};

/** Every file and empty folder under `dir`, relative to it. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory() || readdirSync(join(e.parentPath, e.name)).length === 0)
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/') + (e.isDirectory() ? '/' : ''))
    .sort();
}

/** A project folder with a dist/ and Astro's manifest keying `keyed`, and the integration's hooks, configured for it. */
function project(keyed: string[]) {
  const root = mkdtempSync(join(tmpdir(), 'dist-in-place-'));
  dirs.push(root);
  const dist = join(root, 'dist');
  const cache = join(root, 'node_modules/.astro');
  const manifest = (files: string[]) => {
    mkdirSync(cache, { recursive: true });
    const paths = Object.fromEntries(files.map((f) => [`/${f}`, { cacheKey: 'k', outputFile: f }]));
    writeFileSync(join(cache, 'incremental-build.json'), JSON.stringify({ version: 1, routes: { 'src/pages/x.astro': { paths } } }));
  };
  manifest(keyed);
  const hooks = distInPlace().hooks as Required<AstroIntegration['hooks']>;
  const logger = { info: () => {} } as never;
  let config: Record<string, unknown> = {};
  (hooks['astro:config:setup'] as (o: unknown) => void)({ updateConfig: (c: Record<string, unknown>) => (config = c) });
  (hooks['astro:config:done'] as (o: unknown) => void)({ config: { outDir: pathToFileURL(`${dist}/`), cacheDir: pathToFileURL(`${cache}/`) } });
  return {
    dist,
    config: () => config,
    manifest,
    start: () => (hooks['astro:build:start'] as (o: unknown) => void)({ logger }),
    done: () => (hooks['astro:build:done'] as (o: unknown) => void)({ logger }),
  };
}

describe('dist/ kept between builds', () => {
  it('tells Astro not to empty dist/', () => {
    expect(project([]).config()).toEqual({ vite: { build: { emptyOutDir: false } } });
  });

  it('leaves the keyed pages and the search index, and removes everything else with the folders it empties', () => {
    const p = project(['findings/a/1/index.html', 'inspections/a/index.html']);
    for (const f of ['findings/a/1/index.html', 'inspections/a/index.html', 'index.html', '_astro/old.css', 'themes/x/index.html', 'cards/c.png', 'pagefind/pagefind.js', '.git/HEAD'])
      write(join(p.dist, f));
    p.start();
    expect(tree(p.dist)).toEqual(['.git/HEAD', 'findings/a/1/index.html', 'inspections/a/index.html', 'pagefind/pagefind.js']);
  });

  it('after the build, removes the keyed pages it no longer makes, with the folders they leave empty', () => {
    const p = project(['findings/a/1/index.html', 'findings/a/2/index.html']);
    for (const f of ['findings/a/1/index.html', 'findings/a/2/index.html']) write(join(p.dist, f));
    p.start();
    write(join(p.dist, 'index.html'));
    p.manifest(['findings/a/1/index.html']);
    p.done();
    expect(tree(p.dist)).toEqual(['findings/a/1/index.html', 'index.html']);
  });

  it('empties dist/ when the last build did not finish', () => {
    const p = project(['findings/a/1/index.html']);
    write(join(p.dist, 'findings/a/1/index.html'));
    p.start();
    // The build stops here: the next one finds dist/ as this one left it, keyed pages perhaps half-written.
    write(join(p.dist, 'cards/c.png'));
    p.start();
    expect(tree(p.dist)).toEqual([]);
    p.done();
    write(join(p.dist, 'findings/a/1/index.html'));
    p.start();
    expect(existsSync(join(p.dist, 'findings/a/1/index.html'))).toBe(true);
  });
});
