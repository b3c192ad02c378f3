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
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { minify } from 'vite';
import { digest } from '../model/digest';
import { blockFile, blockId, groupBlocks, groupRecords, VALUES_FILE, type BlockFile, type BlockValues, type SearchGroup } from '../model/search-groups';
import { basePath } from '../model/paths';
import { landingContext, type LandingContext } from '../model/search-landing';
import { SEARCH_FACETS, type SearchFacet, type SearchRecord } from '../model/search-records';
import { pageText, type PageText } from '../model/text-fragment';
import { shownOf } from '../model/search-result';
import { take, whenHanded } from '../data/build-handoff';
import { codeDigest } from '../data/code-digest';
import { filesUnder, removeEmptyFolders } from './dist-in-place';

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
 * Where a build keeps what it indexed, for the next (`root`'s node_modules/.astro/search-index/): Pagefind's
 * bundle with the key of what it was made from, and each block's landing context. `code` is a digest of the code
 * and packages that make them (indexCode), so a change to either makes them anew.
 */
export interface IndexCache {
  dir: string;
  code: string;
}

/** The Pagefind bundle's files the search page loads, and each group's Pagefind id by its URL. */
interface Bundle {
  files: { path: string; content: Uint8Array | string }[];
  ids: Map<string, string>;
}

/** A file of the index: where under the bundle, what it holds (or the file to copy), and a tag that changes when that does. */
type IndexFile = { path: string; tag: string } & ({ content: Uint8Array | string } | { from: string });

/** How many files are written at once. */
const WRITING = 64;

/** Pagefind's bundle for a build's records: its files, each group's Pagefind id, and whether it is the last build's. */
export interface IndexBundle {
  groups: Pick<SearchGroup, 'url' | 'blocks'>[];
  files: IndexFile[];
  ids: Map<string, string>;
  reused: boolean;
  /** A digest of the records' URLs, words and filters and of the code (empty without a cache). */
  key: string;
}

/**
 * Pagefind's bundle of the records, grouped as src/model/search-groups.ts lays them out. With a `cache`, the last
 * build's where the records are the same (Pagefind cannot add to an index, and indexing a record a hundred times
 * today's takes it minutes); a new one is kept there for the next build.
 */
export async function indexBundle(records: SearchRecord[], cache?: IndexCache): Promise<IndexBundle> {
  // What Pagefind is given is made from the records' URLs, words and filters alone (by the code): the key is those, so a
  // bundle is reused without laying out every group's words.
  const key = cache ? digest([cache.code, records.map((r) => [r.url, r.content, r.filters])]) : '';
  const stored = cache && join(cache.dir, 'bundle');
  const reused = !!(cache && stored && existsSync(join(cache.dir, 'key')) && readFileSync(join(cache.dir, 'key'), 'utf8') === key);
  if (reused) {
    const files = filesUnder(stored!, []).map((path) => ({ path, tag: key, from: join(stored!, path) }));
    const ids = new Map(Object.entries(JSON.parse(readFileSync(join(cache!.dir, 'ids.json'), 'utf8')) as Record<string, string>));
    return { groups: groupBlocks(records), files, ids, reused, key };
  }
  const groups = groupRecords(records);
  const bundle = await pagefindBundle(groups);
  if (cache && stored) {
    // The new bundle is kept, and its key written last: a build stopped half-way leaves no key for a half-kept bundle.
    await rm(join(cache.dir, 'key'), { force: true });
    await rm(stored, { recursive: true, force: true });
    await writeFiles(stored, bundle.files);
    await writeFile(join(cache.dir, 'ids.json'), JSON.stringify(Object.fromEntries(bundle.ids)));
    await writeFile(join(cache.dir, 'key'), key);
  }
  return { groups, files: bundle.files.map((file) => ({ ...file, tag: key })), ids: bundle.ids, reused, key };
}

/**
 * Write the records' index to `outputPath`: Pagefind's bundle (`indexBundle`, unless it is handed over, made already),
 * a file per block and the filter values. With the built `site`, each block file says which of its words' text
 * fragments need other context to land on it. With a `cache`, a block's landing context is the last build's where its
 * page, its words and the code are, and `outputPath` is taken as the last build's (dist/ is kept, ./dist-in-place.ts):
 * only the files that changed are written, and those no longer made removed. Says whether the bundle was the last
 * build's, and how many files were written.
 */
export async function writeSearchIndex(
  records: SearchRecord[],
  outputPath: string,
  site?: BuiltSite,
  cache?: IndexCache,
  bundle: Promise<IndexBundle> = indexBundle(records, cache),
): Promise<{ reused: boolean; written: number; key: string }> {
  const { groups, ids, reused, key, ...made } = await bundle;
  const files = [...made.files];
  const contexts = site && landingContexts(site, cache && join(cache.dir, 'landing.json'), cache?.code);
  const values = new Map<string, number>();
  const valueIndex = (v: string) => values.get(v) ?? values.set(v, values.size).get(v)!;
  const listed: BlockValues['groups'] = [];
  const file = (path: string, content: string) => files.push({ path, content, tag: cache ? digest(content) : '' });
  for (const g of groups) {
    const id = ids.get(g.url)!;
    listed.push([id, g.blocks.map((b) => SEARCH_FACETS.flatMap((f) => b.filters[f].map((v) => valueIndex(`${f}=${v}`))))]);
    g.blocks.forEach((b, i) => file(blockFile(blockId(id, i)), JSON.stringify({ ...blockFileOf(b), ...contexts?.of(b) })));
  }
  file(VALUES_FILE, JSON.stringify({ values: [...values.keys()], groups: listed } satisfies BlockValues));
  contexts?.save();
  const written = await writeFiles(outputPath, files, cache && join(cache.dir, 'written.json'));
  return { reused, written, key };
}

/**
 * Writes `files` under `dir`. With a `ledger` (what the last call wrote there, by tag), `dir` is taken as the last
 * call's: a file whose tag is the same and that is still there is left as it is, and a file there that is not among
 * `files` is removed, with the folders it leaves empty. Says how many files were written.
 */
async function writeFiles(dir: string, files: IndexFile[] | { path: string; content: Uint8Array | string }[], ledger?: string): Promise<number> {
  const last = new Map<string, string>();
  const there = new Set<string>();
  if (ledger) {
    if (existsSync(ledger)) for (const [path, tag] of Object.entries(JSON.parse(readFileSync(ledger, 'utf8')) as Record<string, string>)) last.set(path, tag);
    // Written again once every file is: a build stopped half-way leaves no ledger, and the next writes every file.
    await rm(ledger, { force: true });
    if (existsSync(dir)) for (const path of filesUnder(dir, [])) there.add(path);
    const wanted = new Set(files.map((f) => f.path));
    const gone = [...there].filter((path) => !wanted.has(path));
    for (const path of gone) await rm(join(dir, path), { force: true });
    removeEmptyFolders(dir, gone.map((path) => dirname(join(dir, path))));
  }
  const folders = new Set<string>();
  const changed = files.filter((f) => !('tag' in f) || !there.has(f.path) || last.get(f.path) !== f.tag);
  for (let i = 0; i < changed.length; i += WRITING) {
    const batch = changed.slice(i, i + WRITING);
    for (const folder of new Set(batch.map((f) => dirname(join(dir, f.path))))) {
      if (!folders.has(folder)) await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    await Promise.all(batch.map((f) => ('from' in f ? copyFile(f.from, join(dir, f.path)) : writeFile(join(dir, f.path), f.content))));
  }
  if (ledger) await writeFile(ledger, JSON.stringify(Object.fromEntries((files as IndexFile[]).map((f) => [f.path, f.tag]))));
  return changed.length;
}

/** Pagefind's bundle of the groups: the files the search page loads, and each group's id. */
async function pagefindBundle(groups: SearchGroup[]): Promise<Bundle> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    for (const g of groups) {
      const added = await index.addCustomRecord({ url: g.url, content: g.content, language: 'en', meta: {}, filters: g.filters });
      if (added.errors.length) throw new Error(`Pagefind, ${g.url}: ${added.errors.join('; ')}`);
    }
    const { files, errors: failed } = await index.getFiles();
    if (failed.length) throw new Error(`Pagefind: ${failed.join('; ')}`);
    const used: Bundle['files'] = [];
    // Only what the search page loads: Pagefind's bundle also holds its own UIs, highlighter,
    // worker and a WebAssembly for unknown languages (about 530 kB), and its API cannot leave them out.
    for (const file of files.filter((f) => USED.test(f.path))) {
      if (file.path !== 'pagefind.js') used.push(file);
      else {
        const script = Buffer.from(file.content).toString();
        if (!script.includes(RESULT)) throw new Error(`Pagefind's pagefind.js no longer reads "${RESULT}": see RESULT_WITH_WEIGHTS`);
        // Pagefind ships its script with its long names: minified, it arrives 2 kB lighter (11 kB gzipped, not 13).
        const minified = await minify(file.path, script.replace(RESULT, RESULT_WITH_WEIGHTS), { module: true });
        if (minified.errors.length) throw new Error(`Minifying Pagefind's script: ${minified.errors.map((e) => e.message).join('; ')}`);
        used.push({ path: file.path, content: minified.code });
      }
    }
    // Each group's Pagefind id, from its fragment (a gzipped "pagefind_dcd" and JSON, named by the id).
    const ids = new Map<string, string>();
    for (const file of files.filter((f) => f.path.startsWith('fragment/'))) {
      const { url } = JSON.parse(gunzipSync(file.content).subarray(12).toString()) as { url: string };
      ids.set(url, file.path.replace(/^fragment\/|\.pf_fragment$/g, ''));
    }
    return { files: used, ids };
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
 * links have text fragments). Each page is read once, and a copy of a page (a scaled site's) is that page. With a
 * cache file, a block's context is the last build's where its page (a digest of its HTML), its id, its words and
 * the code (`code`) are the same: only a changed page's blocks are worked out again.
 */
function landingContexts(site: BuiltSite, file?: string, code = '') {
  // A page's text is worked out only when one of its blocks' contexts is not the last build's.
  type Page = { html: string; page?: PageText; digest: string; known: Map<string, LandingContext> };
  const byHtml = new Map<string, Page>();
  const byPath = new Map<string, Page>();
  const earlier = new Map<string, LandingContext>();
  if (file && existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { code: string; contexts: Record<string, LandingContext> };
    if (saved.code === code) for (const [key, context] of Object.entries(saved.contexts)) earlier.set(key, context);
  }
  const used = new Map<string, LandingContext>();
  const pageAt = (path: string) => {
    let entry = byPath.get(path);
    if (!entry) {
      const html = readFileSync(join(site.dir, path.slice(site.base.length), 'index.html'), 'utf8');
      entry = byHtml.get(html) ?? byHtml.set(html, { html, digest: digest(html), known: new Map() }).get(html)!;
      byPath.set(path, entry);
    }
    return entry;
  };
  return {
    of(record: SearchRecord): Pick<BlockFile, 'context'> | undefined {
      const shown = shownOf(record);
      if (shown.row || shown.repeated) return undefined;
      const [path = '', hash = ''] = record.url.split('#');
      const entry = pageAt(path);
      const { digest: pageDigest, known } = entry;
      const id = decodeURIComponent(hash);
      let context = known.get(id);
      if (!context) {
        const key = digest([pageDigest, id, shown.text]);
        context = earlier.get(key);
        if (!context) {
          const page = (entry.page ??= pageText(entry.html));
          const block = page.ids.get(id);
          if (!block) throw new Error(`search index: no element with id="${id}" on the built page ${path}`);
          context = landingContext(page, block, shown.text.split(/\s+/).filter(Boolean));
        }
        known.set(id, context);
        used.set(key, context);
      }
      return context.length ? { context } : undefined;
    },
    /** Keeps this build's contexts (only those: the file does not grow with every build) for the next. */
    save() {
      if (file) writeFileSync(file, JSON.stringify({ code, contexts: Object.fromEntries(used) }));
    },
  };
}

/**
 * A digest of the code and packages that make the search index: every source file of the model, the loaders and the
 * integrations, and the versions of Pagefind and of Vite (which minifies Pagefind's script).
 */
const indexCode = (root: string) =>
  codeDigest(root, ['src/model', 'src/integrations', 'src/data'], ['pagefind', 'vite'].map((name) => join('node_modules', name, 'package.json')));

export default function searchIndex(): AstroIntegration {
  let base = '/';
  let root = '';
  let outDir = '';
  let cacheDir = '';
  let early: Promise<{ records: SearchRecord[]; bundle: Promise<IndexBundle> }> | undefined;
  const indexCache = (): IndexCache => ({ dir: join(cacheDir, 'search-index'), code: indexCode(root) });
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePath(config.base);
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      // Pagefind indexes the records in a process of its own: started as soon as the records are made (before any
      // page), it works on another core while the pages are written.
      'astro:build:start': () => {
        early = whenHanded('searchRecords').then((records) => ({ records, bundle: indexBundle(records, indexCache()) }));
        early.then(({ bundle }) => bundle).catch(() => {}); // reported where it is awaited, in astro:build:done
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const records = take('searchRecords');
        if (!records) throw new Error('search index: the build made no search records (src/data/search-records.ts loadSearchRecords, which the search page calls)');
        const start = performance.now();
        const started = await Promise.race([early, undefined]);
        const bundle = started?.records === records ? started.bundle : undefined;
        // How long Pagefind, started on the records before the pages, still took once they were written.
        await bundle?.catch(() => {});
        const waited = Math.round(performance.now() - start);
        const { reused, written, key } = await writeSearchIndex(records, join(out, 'pagefind'), { dir: out, base }, indexCache(), bundle);
        // Written only when they are not the records the file holds (the index's key says, indexBundle): at a hundred
        // times today's record the file is a quarter of a gigabyte. Its key is written after it, so a build stopped
        // while writing it leaves no key, and the next writes it.
        const recordsKey = join(indexCache().dir, 'records-key');
        if (!existsSync(searchRecordsFile(root)) || !existsSync(recordsKey) || readFileSync(recordsKey, 'utf8') !== key) {
          await rm(recordsKey, { force: true });
          await mkdir(dirname(searchRecordsFile(root)), { recursive: true });
          await writeFile(searchRecordsFile(root), JSON.stringify(records));
          await writeFile(recordsKey, key);
        }
        const how = reused ? "the last build's index (the records are the same)" : 'a new index';
        logger.info(`Indexed ${records.length} blocks: ${how}, ${bundle ? `started before the pages, waited for ${waited} ms after them` : 'made after the pages'}; ${written} files written in ${Math.round(performance.now() - start)} ms in all`);
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
