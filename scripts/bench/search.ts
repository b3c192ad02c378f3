/**
 * What search costs a reader: bytes fetched and time to first results, for a fixed
 * set of queries, in Chromium against a build.
 *
 * Two situations per query:
 *  - arriving: a fresh browser context (empty cache) opens /search/?q=…, as from a
 *    shared link or the search box of another page; everything the page needs is fetched.
 *  - typing: the search page is already open and Pagefind loaded (it starts loading
 *    when the search box gets focus); the reader types the query and presses Enter.
 * Times come from the search script's User Timing mark "search-results".
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { VALUES_FILE } from '../../src/model/search-groups';
import { removeScaledSite, scaledSite } from '../kit/scaled-site';
import { builtRecords } from '../kit/records';
import { filesUnder, median, sum } from './bytes';
import { NETWORKS, serveBuild, type BenchServer, type NetworkName, type Served } from './server';

export const QUERIES = [
  'Royal Lancaster Infirmary',
  'care leavers',
  'supervision',
  'CAMHS',
  '"honour based violence"',
  'Addacton drop in',
  'Trafford',
  'children',
];

/** `blocks`: the files of the blocks a result shows (src/model/search-groups.ts); `index` includes every block's filter values. */
type Kind = 'page' | 'search script' | 'pagefind script' | 'wasm' | 'index' | 'blocks';
function kindOf(path: string): Kind {
  if (path === `/pagefind/${VALUES_FILE}`) return 'index';
  if (path.startsWith('/pagefind/block/')) return 'blocks';
  if (/^\/pagefind\/(index|filter)\//.test(path) || /\.pf_meta$|pagefind-entry\.json$/.test(path)) return 'index';
  if (path.endsWith('.pagefind')) return 'wasm';
  if (path.startsWith('/pagefind/')) return 'pagefind script';
  if (path.startsWith('/_astro/') && path.endsWith('.js')) return 'search script';
  return 'page';
}

export interface Measure {
  ms: number;
  requests: number;
  bytes: number;
  gzip: number;
  byKind: Partial<Record<Kind, { bytes: number; gzip: number }>>;
}

function summarise(served: Served[], ms: number): Measure {
  const byKind: Measure['byKind'] = {};
  for (const s of served) {
    const k = (byKind[kindOf(s.path)] ??= { bytes: 0, gzip: 0 });
    k.bytes += s.bytes;
    k.gzip += s.gzip;
  }
  return { ms, requests: served.length, bytes: sum(served.map((s) => s.bytes)), gzip: sum(served.map((s) => s.gzip)), byKind };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const searchPath = (q?: string) => `/search/${q ? `?${new URLSearchParams({ q })}` : ''}`;
/** Generous: at 100 times the documents a broad query matches thousands of blocks. */
const RESULTS_TIMEOUT = 300_000;
const resultsShown = () => performance.getEntriesByName('search-results').length > 0;

/** A fresh browser context opens /search/?q=…: time from navigation start to the first results shown. */
export async function arriving(browser: Browser, server: BenchServer, q: string): Promise<Measure> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => process.stderr.write(`page error: ${e}\n`));
    server.take();
    await page.goto(server.url(searchPath(q)));
    await page.waitForFunction(resultsShown, undefined, { timeout: RESULTS_TIMEOUT });
    const ms = await page.evaluate(() => performance.getEntriesByName('search-results')[0]!.startTime);
    await page.waitForLoadState('networkidle');
    return summarise(server.take(), Math.round(ms));
  } finally {
    await context.close();
  }
}

/** The search page is open and Pagefind loaded; type the query, press Enter: time from Enter to results. */
export async function typing(browser: Browser, server: BenchServer, q: string, network: NetworkName): Promise<Measure> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url(searchPath()));
    await page.focus('#search-q');
    // Ask the server whether Pagefind's metadata has arrived: the page has no event for it.
    for (let i = 0; i < 600 && !server.seen((s) => s.path.endsWith('.pf_meta')); i++) await sleep(50);
    await page.waitForLoadState('networkidle');
    await sleep(NETWORKS[network].rttMs * 3);
    server.take();
    const start = await page.evaluate(() => {
      performance.clearMarks();
      return performance.now();
    });
    await page.fill('#search-q', q);
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(resultsShown, undefined, { timeout: RESULTS_TIMEOUT });
    const end = await page.evaluate(() => performance.getEntriesByName('search-results')[0]!.startTime);
    await page.waitForLoadState('networkidle');
    return summarise(server.take(), Math.round(end - start));
  } finally {
    await context.close();
  }
}

/** Bytes are the same every run; the time is the median. */
const medianOf = (runs: Measure[]): Measure => ({ ...runs[0]!, ms: median(runs.map((m) => m.ms)) });

export type QueryCost = Partial<Record<NetworkName, { arriving: Measure; typing: Measure }>>;

/** Every query, arriving and typing, on each network, `runs` times each. */
export async function searchCost(
  browser: Browser,
  server: BenchServer,
  { runs, networks, log }: { runs: number; networks: NetworkName[]; log: (line: string) => void },
): Promise<Record<string, QueryCost>> {
  const results: Record<string, QueryCost> = {};
  for (const q of QUERIES) {
    const cost: QueryCost = (results[q] = {});
    for (const n of networks) {
      server.use(n);
      const arrive: Measure[] = [];
      const type: Measure[] = [];
      for (let i = 0; i < runs; i++) {
        arrive.push(await arriving(browser, server, q));
        type.push(await typing(browser, server, q, n));
      }
      cost[n] = { arriving: medianOf(arrive), typing: medianOf(type) };
      log(`search ${q} (${n}): arriving ${cost[n].arriving.ms} ms, typing ${cost[n].typing.ms} ms`);
    }
  }
  server.use('local');
  return results;
}

/** Each query once, arriving on the local network: what the scaling runs compare. */
export async function arrivingCost(browser: Browser, server: BenchServer, log: (line: string) => void): Promise<Record<string, Measure>> {
  const results: Record<string, Measure> = {};
  for (const q of QUERIES) {
    results[q] = await arriving(browser, server, q);
    log(`search ${q}: ${results[q].requests} requests, ${results[q].ms} ms`);
  }
  return results;
}

/** How many times the blocks, for search at scale. */
const SEARCH_SCALE = 100;

export interface ScaledSearch {
  scale: number;
  /** Blocks, the records in Pagefind's index (groups of blocks), and its metadata file (gzip on disk), which a first search fetches whole. */
  records: number;
  groups: number;
  metaBytes: number;
  queries: Record<string, { arriving: Measure; typing: Measure }>;
}

/**
 * Search at `scale` times the blocks, without building the pages: the 1× build's
 * search page, its records each there `scale` times, indexed as the build does
 * (scripts/kit/scaled-site.ts); every query arriving and typing, once, locally.
 * The copies' index chunks compress better than as many different blocks would (the
 * same words at the same places), so their bytes are a floor; the metadata is exact.
 */
export async function searchAtScale(browser: Browser, dist: string, log: (line: string) => void, scale = SEARCH_SCALE): Promise<ScaledSearch> {
  log(`search at ${scale}×: indexing`);
  const root = await scaledSite(scale, { dist, pages: false });
  const server = await serveBuild(root);
  try {
    const meta = filesUnder(`${root}/pagefind`, root).find((f) => f.path.endsWith('.pf_meta'))!;
    const queries: ScaledSearch['queries'] = {};
    for (const q of QUERIES) {
      queries[q] = { arriving: await arriving(browser, server, q), typing: await typing(browser, server, q, 'local') };
      log(`search at ${scale}× ${q}: arriving ${queries[q].arriving.requests} requests, ${queries[q].arriving.ms} ms`);
    }
    const records = builtRecords(dist).length * scale;
    const entry = JSON.parse(readFileSync(`${root}/pagefind/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { page_count: number }> };
    return { scale, records, groups: entry.languages.en!.page_count, metaBytes: meta.bytes, queries };
  } finally {
    await server.stop();
    removeScaledSite(root);
  }
}

/** Pagefind also writes its own UIs, a highlight script, a worker and a language-neutral WebAssembly; the site never loads them. */
const UNUSED = /pagefind-(component-ui|modular-ui|ui|highlight|worker)\.|wasm\.unknown/;

/** The search index of a build, on disk, by kind. */
export function indexOnDisk(dist: string) {
  const files = filesUnder(`${dist}/pagefind`, dist);
  const total = (test: (p: string) => boolean) => {
    const chosen = files.filter((f) => test(f.path));
    return { files: chosen.length, bytes: sum(chosen.map((f) => f.bytes)) };
  };
  return {
    used: total((p) => !UNUSED.test(p)),
    indexChunks: total((p) => p.startsWith('/pagefind/index/')),
    blocks: total((p) => p.startsWith('/pagefind/block/')),
    filters: total((p) => p.startsWith('/pagefind/filter/')),
    // The language's WebAssembly: the index is written in English (`forceLanguage`), so wasm.en.pagefind.
    wasm: total((p) => /^\/pagefind\/wasm\.[a-z-]+\.pagefind$/.test(p) && !UNUSED.test(p)),
    pagefindJs: total((p) => p === '/pagefind/pagefind.js'),
    unused: total((p) => UNUSED.test(p)),
    all: total(() => true),
  };
}
