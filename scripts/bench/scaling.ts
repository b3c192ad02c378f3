/**
 * One scale of the record: a synthetic corpus with every document `scale` times,
 * built and timed, its output measured, and what each search query fetches from it.
 * When the whole site cannot be built at that scale (too slow, or it fails), search
 * is measured on a build of only the pages it uses, so its cost is still known.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { BuildFailed, buildProject, type BuildResult, type CardProgress } from './build';
import { makeCorpus } from './corpus';
import { arrivingCost, indexOnDisk, type Measure } from './search';
import { serveBuild, type BenchServer } from './server';

export interface ScaleResult {
  scale: number;
  documents: number;
  /** Where the whole site did not build: why, and the cards written before it stopped (a sample of the card step at this scale). */
  build: BuildResult | { failed: string; step: string; afterMs: number; cards?: CardProgress };
  search?: {
    /** "site": the whole site's build; "search pages only": the fallback build. */
    from: 'site' | 'search pages only';
    queries: Record<string, Measure>;
    index: ReturnType<typeof indexOnDisk>;
    /** The fallback build's own figures. */
    build?: BuildResult;
  };
}

interface ScaleOptions {
  browser: Browser;
  limitMs: number;
  search: boolean;
  log: (line: string) => void;
  /** Whether to build it again after changing one document (at the largest scale: what a correction costs). */
  changeOne?: boolean;
  /** Anything else to measure while this scale's build is served (the 1× build's pages, say). */
  whileServed?: (server: BenchServer, dist: string) => Promise<void>;
}

/** Builds a corpus and, if it builds, serves it to `use`; the corpus is removed afterwards either way. */
async function withBuild<T>(scale: number, searchOnly: boolean, limitMs: number, changeOne: boolean, use: (build: BuildResult, server: BenchServer, dist: string) => Promise<T>) {
  const corpus = makeCorpus(scale, { searchOnly });
  try {
    // The 1× site is built a second time with the card cache warm, to show a rebuild renders no card (what it
    // renders does not depend on the scale, and at 10× the rebuild takes minutes); the search pages once.
    const build = await buildProject(corpus.dir, { limitMs, warm: !searchOnly && scale === 1, changeOne: !searchOnly && changeOne });
    const dist = join(corpus.dir, 'dist');
    const server = await serveBuild(dist);
    try {
      return { documents: corpus.documents, build, result: await use(build, server, dist) };
    } finally {
      await server.stop();
    }
  } catch (error) {
    if (!(error instanceof BuildFailed)) throw error;
    return { documents: corpus.documents, failed: error };
  } finally {
    corpus.remove();
  }
}

export async function measureScale(scale: number, { browser, limitMs, search, log, changeOne = false, whileServed }: ScaleOptions): Promise<ScaleResult> {
  log(`${scale}×: building`);
  const searchOf = async (server: BenchServer, dist: string) =>
    search ? { queries: await arrivingCost(browser, server, (l) => log(`${scale}× ${l}`)), index: indexOnDisk(dist) } : undefined;
  const site = await withBuild(scale, false, limitMs, changeOne, async (build, server, dist) => {
    const warm = build.warm ? `; rebuilt warm in ${Math.round(build.warm.ms / 1000)} s, ${build.warm.cardsRendered} cards rendered` : '';
    const changed = build.changed ? `; one document changed, rebuilt in ${Math.round(build.changed.ms / 1000)} s, ${build.changed.cardsRendered} cards rendered` : '';
    log(`${scale}×: ${build.pages} pages in ${Math.round(build.totalMs / 1000)} s, ${build.cards.count} cards in ${Math.round(build.cards.ms / 1000)} s${warm}${changed}`);
    await whileServed?.(server, dist);
    return searchOf(server, dist);
  });
  if (!site.failed) {
    return { scale, documents: site.documents, build: site.build, ...(site.result ? { search: { from: 'site', ...site.result } } : {}) };
  }
  const { step, afterMs, reason, cards } = site.failed;
  log(`${scale}×: ${site.failed.message}; ${cards.count} cards written before, in ${Math.round(cards.ms / 1000)} s`);
  const result: ScaleResult = { scale, documents: site.documents, build: { failed: reason, step, afterMs, cards } };
  if (!search) return result;
  log(`${scale}×: building the search pages only`);
  const fallback = await withBuild(scale, true, limitMs, false, async (build, server, dist) => ({ build, ...(await searchOf(server, dist))! }));
  if (fallback.failed) log(`${scale}×, search pages only: ${fallback.failed.message}`);
  else result.search = { from: 'search pages only', ...fallback.result };
  return result;
}
