/**
 * Builds into the last build's dist/ instead of emptying it. Astro empties dist/ before a build and, with its
 * incremental build (experimental.incrementalBuild), copies every unchanged page back from its cache
 * (node_modules/.astro/dist/); at a hundred times today's record that is 140,000 files deleted and copied again for a
 * correction to one document, most of the rebuild's time. Astro keeps a page that is already in dist/ when its key and
 * code are unchanged, so this integration leaves those pages where they are and removes everything else:
 *
 * - before the build, every file of dist/ but the pages the last build keyed (Astro's manifest,
 *   node_modules/.astro/incremental-build.json) and the folders other steps keep in step themselves (`OWNED`:
 *   the search index, src/integrations/search-index.ts; the preview cards' step, src/integrations/card-cache.ts,
 *   sets dist/cards/ aside and puts it back);
 *   Astro then renders again or keeps each keyed page, and writes everything else anew;
 * - after it, the pages the last build keyed that this build no longer makes, and the folders left empty.
 *
 * dist/ is then the files a cold build writes, byte for byte (tests/build/deterministic.test.ts). A build that did
 * not finish (stopped, or failed) may have left a page half-written under a key Astro trusts: the build after it
 * empties dist/ as Astro does, and Astro copies its pages from its cache.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Folders of dist/ whose files another step keeps in step with what the build makes (adding, rewriting and removing):
 * the search index. The preview cards' step sets dist/cards/ aside before this step runs, and puts it back.
 */
export const OWNED = ['pagefind'];

/** Astro's incremental build manifest: each keyed page's file in dist/ (only the part read here). */
interface Manifest {
  routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
}

/** The dist/ files (paths relative to it, with "/") of the pages a manifest keys, or none when there is no manifest. */
function keyedFiles(manifestFile: string): Set<string> {
  if (!existsSync(manifestFile)) return new Set();
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  return new Set(Object.values(manifest.routes).flatMap((route) => Object.values(route.paths).map((path) => path.outputFile)));
}

/** Every file under `dir` but those in `skip`'s top-level folders, relative to it, with "/". */
export function filesUnder(dir: string, skip: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return [entry.name];
    if (skip.includes(entry.name)) return [];
    return readdirSync(join(dir, entry.name), { recursive: true, withFileTypes: true })
      .filter((inner) => !inner.isDirectory())
      .map((inner) => relative(dir, join(inner.parentPath, inner.name)).split(sep).join('/'));
  });
}

/** Removes the empty folders among `dirs` (absolute) and their parents up to `root`, deepest first. */
export function removeEmptyFolders(folder: string, dirs: Iterable<string>) {
  const root = resolve(folder);
  const sorted = [...new Set(dirs)].sort((a, b) => b.length - a.length);
  for (let dir of sorted) {
    while (dir.startsWith(root + sep) && existsSync(dir) && readdirSync(dir).length === 0) {
      rmdirSync(dir);
      dir = dirname(dir);
    }
  }
}

export default function distInPlace(): AstroIntegration {
  let outDir = '';
  let manifestFile = '';
  let building = '';
  let lastKeyed = new Set<string>();
  return {
    name: 'dist-in-place',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        const cacheDir = fileURLToPath(config.cacheDir);
        manifestFile = join(cacheDir, 'incremental-build.json');
        building = join(cacheDir, 'dist-in-place-building');
      },
      'astro:build:start': ({ logger }) => {
        const unfinished = existsSync(building);
        mkdirSync(dirname(building), { recursive: true });
        writeFileSync(building, '');
        if (!existsSync(outDir)) return;
        if (unfinished) {
          for (const name of readdirSync(outDir)) if (name !== '.git') rmSync(join(outDir, name), { recursive: true, force: true });
          logger.info('The last build did not finish: dist/ emptied, as Astro does');
          return;
        }
        lastKeyed = keyedFiles(manifestFile);
        // Git's folder is left, as Astro leaves it.
        const removed = filesUnder(outDir, [...OWNED, '.git']).filter((file) => !lastKeyed.has(file));
        for (const file of removed) unlinkSync(join(outDir, file));
        removeEmptyFolders(outDir, removed.map((file) => dirname(join(outDir, file))));
        logger.info(`dist/ kept: ${lastKeyed.size} keyed pages left for Astro to keep or render again, ${removed.length} other files removed`);
      },
      'astro:build:done': ({ logger }) => {
        const keyed = keyedFiles(manifestFile);
        const gone = [...lastKeyed].filter((file) => !keyed.has(file));
        for (const file of gone) rmSync(join(outDir, file), { force: true });
        removeEmptyFolders(outDir, gone.map((file) => dirname(join(outDir, file))));
        rmSync(building, { force: true });
        if (gone.length) logger.info(`Removed ${gone.length} pages the last build made and this one does not`);
      },
    },
  };
}
