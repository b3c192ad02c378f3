/**
 * The search index: after the build, gives Pagefind the records the search page's render made
 * (src/data/search-records.ts, one per block a reader can land on, handed over in memory by
 * src/data/build-handoff.ts), grouped as src/model/search-groups.ts lays them out, through its Node API,
 * and writes its bundle to dist/pagefind/, with a file per block (what a result shows) and every block's
 * filter values. No reader fetches the records, so they are not published: a copy is kept out of dist/,
 * in the project's cache (searchRecordsFile), for the tests and for indexing a copy of the site at a larger
 * size (scripts/kit/scaled-site.ts). In `npm run dev`, which builds no index, /pagefind/ is served
 * from the last build's, and the dev server says when there is none.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { minify } from 'vite';
import { blockFile, blockId, groupRecords, VALUES_FILE, type BlockFile, type BlockValues } from '../model/search-groups';
import { basePath } from '../model/paths';
import { landingContext, type LandingContext } from '../model/search-landing';
import { SEARCH_FACETS, type SearchFacet, type SearchRecord } from '../model/search-records';
import { pageText, type PageText } from '../model/text-fragment';
import { shownOf } from '../model/search-result';
import { take } from '../data/build-handoff';

/** What dev serves the index's files as: its script and JSON; the rest Pagefind reads as bytes. */
const DEV_TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', json: 'application/json; charset=utf-8' };

/** Where a build of the project at `root` keeps its search records: Astro's cache folder, out of dist/. */
export const searchRecordsFile = (root: string) => join(root, 'node_modules/.astro/search-records.json');

/**
 * The bundle's files the search page uses (src/scripts/search.ts, with noWorker): the API
 * script, its entry, the metadata, the English WebAssembly, and the index and filters.
 * Pagefind's fragments are not among them: a result's block file says what it shows.
 */
const USED = /^(pagefind\.js|pagefind-entry\.json|pagefind\.en_\w+\.pf_meta|wasm\.en\.pagefind|(index|filter)\/.+)$/;

/**
 * Pagefind's search() hands back each result's matched word positions, but not how
 * well each matched (the word itself, or a longer word it starts), which it has
 * computed and keeps for its excerpts. The search page needs it per position to tell
 * a block holding "care" from one holding only "carers", so the bundle's script also
 * hands back those weighted positions. The build fails if the script no longer reads so.
 */
const RESULT = 'words:locations,';
const RESULT_WITH_WEIGHTS = 'words:locations,locations:weighted_locations,';

/** The built site a search index is for: its folder, and the base path its URLs start with. */
export interface BuiltSite {
  dir: string;
  base: string;
}

/**
 * Index the records and write Pagefind's bundle, the block files and the filter values to `outputPath`.
 * With the built `site`, each block file says which of its words' text fragments need other context to land on it.
 */
export async function writeSearchIndex(records: SearchRecord[], outputPath: string, site?: BuiltSite): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const groups = groupRecords(records);
  const contextOf = site && landingContexts(site);
  const write = async (path: string, content: Uint8Array | string) => {
    await mkdir(dirname(join(outputPath, path)), { recursive: true });
    await writeFile(join(outputPath, path), content);
  };
  try {
    for (const g of groups) {
      const added = await index.addCustomRecord({ url: g.url, content: g.content, language: 'en', meta: {}, filters: g.filters });
      if (added.errors.length) throw new Error(`Pagefind, ${g.url}: ${added.errors.join('; ')}`);
    }
    const { files, errors: failed } = await index.getFiles();
    if (failed.length) throw new Error(`Pagefind: ${failed.join('; ')}`);
    // Only what the search page loads: Pagefind's bundle also holds its own UIs, highlighter,
    // worker and a WebAssembly for unknown languages (about 530 kB), and its API cannot leave them out.
    for (const file of files.filter((f) => USED.test(f.path))) {
      if (file.path !== 'pagefind.js') await write(file.path, file.content);
      else {
        const script = Buffer.from(file.content).toString();
        if (!script.includes(RESULT)) throw new Error(`Pagefind's pagefind.js no longer reads "${RESULT}": see RESULT_WITH_WEIGHTS`);
        // Pagefind ships its script with its long names: minified, it arrives 2 kB lighter (11 kB gzipped, not 13).
        const minified = await minify(file.path, script.replace(RESULT, RESULT_WITH_WEIGHTS), { module: true });
        if (minified.errors.length) throw new Error(`Minifying Pagefind's script: ${minified.errors.map((e) => e.message).join('; ')}`);
        await write(file.path, minified.code);
      }
    }
    // Each group's Pagefind id, from its fragment (a gzipped "pagefind_dcd" and JSON, named by the id).
    const idOf = new Map<string, string>();
    for (const file of files.filter((f) => f.path.startsWith('fragment/'))) {
      const { url } = JSON.parse(gunzipSync(file.content).subarray(12).toString()) as { url: string };
      idOf.set(url, file.path.replace(/^fragment\/|\.pf_fragment$/g, ''));
    }
    const values: string[] = [];
    const valueIndex = (v: string) => (values.includes(v) ? values.indexOf(v) : values.push(v) - 1);
    const listed: BlockValues['groups'] = [];
    for (const g of groups) {
      const id = idOf.get(g.url)!;
      listed.push([id, g.blocks.map((b) => SEARCH_FACETS.flatMap((f) => b.filters[f].map((v) => valueIndex(`${f}=${v}`))))]);
      await Promise.all(g.blocks.map((b, i) => write(blockFile(blockId(id, i)), JSON.stringify({ ...blockFileOf(b), ...contextOf?.(b) }))));
    }
    await write(VALUES_FILE, JSON.stringify({ values, groups: listed } satisfies BlockValues));
  } finally {
    await pagefind.close();
  }
}

/** The filters a result does not show (src/scripts/search.ts resultItem): filtering reads them from BlockValues. */
const FILTERING_ONLY = ['year', 'area', 'kind', 'theme'] as const satisfies readonly SearchFacet[];

/** What a result shows of a block: its URL and its filters but those only filtering reads (BlockValues), the empty ones left out. */
function blockFileOf(record: SearchRecord): BlockFile {
  const filters = Object.entries(record.filters).filter(([f, v]) => v.length && !(FILTERING_ONLY as readonly string[]).includes(f));
  return { url: record.url, filters: Object.fromEntries(filters) };
}

/**
 * For a built site: where a block's links need other context than the usual to land on it (for a block whose
 * links have text fragments). Each page is read once, and a copy of a page (a scaled site's) is that page.
 */
function landingContexts(site: BuiltSite): (record: SearchRecord) => Pick<BlockFile, 'context'> | undefined {
  const byHtml = new Map<string, { page: PageText; known: Map<string, LandingContext> }>();
  const byPath = new Map<string, { page: PageText; known: Map<string, LandingContext> }>();
  const pageAt = (path: string) => {
    let entry = byPath.get(path);
    if (!entry) {
      const html = readFileSync(join(site.dir, path.slice(site.base.length), 'index.html'), 'utf8');
      entry = byHtml.get(html) ?? byHtml.set(html, { page: pageText(html), known: new Map() }).get(html)!;
      byPath.set(path, entry);
    }
    return entry;
  };
  return (record) => {
    const shown = shownOf(record);
    if (shown.row || shown.repeated) return undefined;
    const [path = '', hash = ''] = record.url.split('#');
    const { page, known } = pageAt(path);
    const id = decodeURIComponent(hash);
    let context = known.get(id);
    if (!context) {
      const block = page.ids.get(id);
      if (!block) throw new Error(`search index: no element with id="${id}" on the built page ${path}`);
      known.set(id, (context = landingContext(page, block, shown.text.split(/\s+/).filter(Boolean))));
    }
    return context.length ? { context } : undefined;
  };
}

export default function searchIndex(): AstroIntegration {
  let base = '/';
  let root = '';
  let outDir = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePath(config.base);
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const records = take('searchRecords');
        if (!records) throw new Error('search index: the build made no search records (src/data/search-records.ts loadSearchRecords, which the search page calls)');
        const start = performance.now();
        await writeSearchIndex(records, join(out, 'pagefind'), { dir: out, base });
        await mkdir(dirname(searchRecordsFile(root)), { recursive: true });
        await writeFile(searchRecordsFile(root), JSON.stringify(records));
        logger.info(`Indexed ${records.length} blocks in ${Math.round(performance.now() - start)} ms`);
      },
      // Dev builds no index: search uses the last build's, served as the built site serves it.
      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir, 'pagefind');
        if (!existsSync(bundle)) logger.warn(`No search index at ${bundle}: search in dev uses the last build's. Run \`npm run build\` once.`);
        else logger.info(`Search in dev uses the index of the last build (${bundle}): build again to index changed content.`);
        const prefix = `${base}pagefind/`;
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
          if (!path.startsWith(prefix)) return next();
          const file = join(bundle, path.slice(prefix.length));
          if (!file.startsWith(bundle) || !existsSync(file)) {
            res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
            res.end(`No search index file ${path}: dev serves the last build's index (${bundle}); run \`npm run build\`.`);
            return;
          }
          res.writeHead(200, { 'content-type': DEV_TYPES[file.split('.').pop()!] ?? 'application/octet-stream' });
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
