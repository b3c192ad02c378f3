/**
 * What search costs a reader: bytes fetched and time to first results, for a fixed
 * set of queries, in Chromium against the built site. `npm run bench:search` builds
 * the site, runs this, prints a table and writes bench/search.json. It measures; it
 * asserts nothing (the tests do that), and its timings vary from machine to machine.
 *
 * Two situations per query:
 *  - arriving: a fresh browser (empty cache) opens /search/?q=…, as from a shared
 *    link or the search box of another page; everything the page needs is fetched.
 *  - typing: the search page is already open and Pagefind loaded (it starts loading
 *    when the search box gets focus); the reader types the query and presses Enter.
 * And two networks: this machine as it is, and a simulated slow 4G link (150 ms
 * round trip, 1.6 Mbit/s, Lighthouse's mobile setting) applied by the server to every
 * response, the Pagefind worker's included. Parallel responses do not share the
 * bandwidth in the simulation, so slow-4G times are a lower bound.
 *
 * The test server sends files as they are, uncompressed. Pagefind's index, fragments
 * and WebAssembly are gzip files already; for the rest, the "gzip" column is what
 * gzip -9 makes of each response, as a host serving compressed files would send.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from '../tests/support/browser';
import { assertDistBuilt, contentType, DIST } from '../tests/support/server';

const QUERIES = [
  'Royal Lancaster Infirmary',
  'care leavers',
  'supervision',
  'CAMHS',
  '"honour based violence"',
  'Addacton drop in',
  'Trafford',
  'children',
];
const RUNS = 3;
const NETWORKS = {
  local: { rttMs: 0, kbps: Infinity },
  'slow 4G': { rttMs: 150, kbps: 1600 },
} as const;
type NetworkName = keyof typeof NETWORKS;

interface Served {
  path: string;
  bytes: number;
  gzip: number;
}

/** Already-compressed files (Pagefind's) are sent as they are; anything else as gzip -9 would. */
const gzipSize = (path: string, body: Buffer) =>
  /\.(pf_\w+|pagefind)$/.test(path) ? body.length : Math.min(body.length, gzipSync(body, { level: 9 }).length);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The file a URL path names in `root`, as tests/support/server.ts finds it in dist/. */
function fileIn(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath);
  const file = normalize(join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  if (!file.startsWith(root + sep) || !existsSync(file)) return undefined;
  return statSync(file).isFile() ? file : undefined;
}

/**
 * The built site, served as the tests serve it, logging every response and optionally
 * slowed down. It serves a copy of dist/, so a build running meanwhile cannot disturb it.
 */
async function benchServer() {
  assertDistBuilt();
  const root = mkdtempSync(join(tmpdir(), 'bench-search-'));
  cpSync(DIST, root, { recursive: true });
  let network: NetworkName = 'local';
  let log: Served[] = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = fileIn(root, path);
    const body = file ? readFileSync(file) : Buffer.from('Not found');
    const { rttMs, kbps } = NETWORKS[network];
    const gzip = file ? gzipSize(path, body) : body.length;
    log.push({ path, bytes: body.length, gzip });
    if (rttMs) await sleep(rttMs + (gzip * 8) / kbps);
    res.writeHead(file ? 200 : 404, { 'content-type': file ? contentType(file) : 'text/plain', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    use(n: NetworkName) {
      network = n;
    },
    seen: (test: (s: Served) => boolean) => log.some(test),
    take(): Served[] {
      const taken = log;
      log = [];
      return taken;
    },
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }).finally(() => rmSync(root, { recursive: true, force: true })),
  };
}

type Kind = 'page' | 'search script' | 'pagefind script' | 'wasm' | 'index' | 'fragments';
function kindOf(path: string): Kind {
  if (path.startsWith('/pagefind/fragment/')) return 'fragments';
  if (/^\/pagefind\/(index|filter)\//.test(path) || /\.pf_meta$|pagefind-entry\.json$/.test(path)) return 'index';
  if (path.endsWith('.pagefind')) return 'wasm';
  if (path.startsWith('/pagefind/')) return 'pagefind script';
  if (path.startsWith('/_astro/') && path.endsWith('.js')) return 'search script';
  return 'page';
}

interface Measure {
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
  return {
    ms,
    requests: served.length,
    bytes: served.reduce((a, s) => a + s.bytes, 0),
    gzip: served.reduce((a, s) => a + s.gzip, 0),
    byKind,
  };
}

const searchUrl = (origin: string, q?: string) => `${origin}/search/${q ? `?${new URLSearchParams({ q })}` : ''}`;

/** A fresh browser context opens /search/?q=…: time from navigation start to the first results shown. */
async function arriving(browser: Browser, server: Awaited<ReturnType<typeof benchServer>>, q: string): Promise<Measure> {
  const context = await browser.newContext();
  const page = await context.newPage();
  server.take();
  page.on('pageerror', (e) => process.stderr.write(`page error: ${e}\n`));
  page.on('console', (m) => m.type() === 'error' && process.stderr.write(`console: ${m.text()}\n`));
  await page.goto(searchUrl(server.origin, q));
  await page.waitForFunction(() => performance.getEntriesByName('search-results').length > 0, undefined, { timeout: 60_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('search-results')[0]!.startTime);
  await page.waitForLoadState('networkidle');
  const served = server.take();
  await context.close();
  return summarise(served, ms);
}

/** The search page is open and Pagefind loaded; type the query, press Enter: time from Enter to results. */
async function typing(browser: Browser, server: Awaited<ReturnType<typeof benchServer>>, q: string, network: NetworkName): Promise<Measure> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(searchUrl(server.origin));
  await page.focus('#search-q');
  // Pagefind fetches from its web worker, which the page's own timings do not see: ask the server.
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
  await page.waitForFunction(() => performance.getEntriesByName('search-results').length > 0, undefined, { timeout: 60_000 });
  const end = await page.evaluate(() => performance.getEntriesByName('search-results')[0]!.startTime);
  await page.waitForLoadState('networkidle');
  const served = server.take();
  await context.close();
  return summarise(served, end - start);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function medianOf(ms: Measure[]): Measure {
  return { ...ms[0]!, ms: Math.round(median(ms.map((m) => m.ms))) };
}

const UNUSED = /pagefind-(component-ui|modular-ui|ui|highlight|worker)\.|wasm\.unknown/;

/** Every file of the index on disk, by kind. */
function indexOnDisk() {
  const files: { path: string; bytes: number }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push({ path: `/${relative(DIST, full)}`, bytes: statSync(full).size });
    }
  };
  walk(join(DIST, 'pagefind'));
  const total = (test: (p: string) => boolean) => {
    const chosen = files.filter((f) => test(f.path));
    return { files: chosen.length, bytes: chosen.reduce((a, f) => a + f.bytes, 0) };
  };
  return {
    // What this site's search uses: the JS API (without its web worker), WebAssembly, and the index.
    used: total((p) => !UNUSED.test(p)),
    indexChunks: total((p) => p.startsWith('/pagefind/index/')),
    fragments: total((p) => p.startsWith('/pagefind/fragment/')),
    filters: total((p) => p.startsWith('/pagefind/filter/')),
    wasm: total((p) => p === '/pagefind/wasm.en-gb.pagefind'),
    pagefindJs: total((p) => p === '/pagefind/pagefind.js'),
    // Pagefind also writes its own UIs, a highlight script, a worker and a language-neutral WebAssembly; never loaded here.
    unused: total((p) => UNUSED.test(p)),
    all: total(() => true),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

async function main() {
  const server = await benchServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const results: Record<string, Record<NetworkName, { arriving: Measure; typing: Measure }>> = {};
  try {
    for (const q of QUERIES) {
      results[q] = {} as Record<NetworkName, { arriving: Measure; typing: Measure }>;
      for (const n of Object.keys(NETWORKS) as NetworkName[]) {
        server.use(n);
        const arrive: Measure[] = [];
        const type: Measure[] = [];
        process.stderr.write(`${q} (${n}) `);
        for (let i = 0; i < RUNS; i++) {
          arrive.push(await arriving(browser, server, q));
          type.push(await typing(browser, server, q, n));
        }
        results[q][n] = { arriving: medianOf(arrive), typing: medianOf(type) };
        process.stderr.write(`${results[q][n].arriving.ms} ms, ${results[q][n].typing.ms} ms\n`);
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }

  const index = indexOnDisk();
  const rows = QUERIES.map((q) => {
    const r = results[q]!;
    return {
      query: q,
      'arriving: requests': r.local.arriving.requests,
      'arriving: bytes': kb(r.local.arriving.bytes),
      'arriving: gzip': kb(r.local.arriving.gzip),
      'arriving: ms local': r.local.arriving.ms,
      'arriving: ms slow 4G': r['slow 4G'].arriving.ms,
      'typing: bytes (gzip)': kb(r.local.typing.gzip),
      'typing: ms local': r.local.typing.ms,
      'typing: ms slow 4G': r['slow 4G'].typing.ms,
    };
  });
  console.log('\nSearch: bytes fetched and time to first results (median of %d runs)\n', RUNS);
  console.table(rows);
  const first = results[QUERIES[0]!]!.local.arriving.byKind;
  console.log(`\nArriving with "${QUERIES[0]}", by kind (raw / gzip):`);
  for (const [k, v] of Object.entries(first)) console.log(`  ${k.padEnd(16)} ${kb(v.bytes).padStart(9)} / ${kb(v.gzip).padStart(9)}`);
  console.log('\nIndex on disk:');
  for (const [k, v] of Object.entries(index)) console.log(`  ${k.padEnd(12)} ${String(v.files).padStart(3)} files ${kb(v.bytes).padStart(10)}`);

  mkdirSync('bench', { recursive: true });
  writeFileSync(
    'bench/search.json',
    `${JSON.stringify(
      {
        measured: new Date().toISOString(),
        runs: RUNS,
        networks: NETWORKS,
        note: 'ms: median time from navigation (arriving) or from pressing Enter (typing) to results shown. gzip: Pagefind files as served (already gzip), others as gzip -9.',
        queries: results,
        index,
      },
      (_k, v) => (v === Infinity ? 'unlimited' : v),
      2,
    )}\n`,
  );
  console.log('\nWritten bench/search.json');
}

await main();
