/**
 * The search page's own pipeline (src/scripts/search-pipeline.ts, search-link.ts) run in Node against a
 * build's Pagefind bundle: its files read from disk where the page would fetch them, and the setting read
 * from the built search page's form as its script reads it. The quality sets are checked this way, in
 * seconds (tests/site/search-quality.test.ts; scripts/bench/rank.ts); tests/browser/search.test.ts proves on
 * a query of each kind that the page in Chromium lists exactly the same links.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { blockFile, type BlockFile } from '../../src/model/search-groups';
import type { MeaningEntry } from '../../src/model/search-records';
import type { GroupResult } from '../../src/scripts/search-blocks';
import { hitUrl, shownOf } from '../../src/scripts/search-link';
import { firstPageFirst, PAGE_SIZE, searchFor, type Found, type SearchIndex, type Setting } from '../../src/scripts/search-pipeline';
import { meaningsFor } from '../../src/scripts/search-query';
import { attr, startTags } from './html';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: GroupResult[] } | null>;
  preload(term: string): Promise<void>;
}

/** What the built search page's form carries, read as its script reads it (src/scripts/search.ts). */
const searchPage = (dist: string) => startTags(readFileSync(join(dist, 'search', 'index.html'), 'utf8'));
const searchForm = (dist: string) => searchPage(dist).find((t) => t.name === 'form' && t.attrs.id === 'search-form')!.attrs;

export function pageSetting(dist: string): Setting {
  const tags = searchPage(dist);
  const form = searchForm(dist);
  return {
    years: tags.filter((t) => t.name === 'input' && t.attrs.name === 'year').map((t) => attr(t.attrs, 'value')!),
    total: Number(attr(form, 'data-records')),
    blockLength: Number(attr(form, 'data-block-length')),
  };
}

export interface NodeSearch {
  index: SearchIndex;
  setting: Setting;
  /** Gives back the global fetch (Pagefind fetches its files with it, so it reads them from disk until then). */
  close(): void;
}

/** The bundle's Pagefind, in Node, with the page's setting. */
export async function nodeSearch(dist: string): Promise<NodeSearch> {
  const bundle = join(dist, 'pagefind');
  const browserFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('file:') && !url.startsWith('/')) return browserFetch(input, init);
    const path = url.startsWith('file:') ? new URL(url).pathname : join(dist, url);
    try {
      return new Response(readFileSync(path));
    } catch {
      return new Response(null, { status: 404 });
    }
  }) as typeof fetch;
  const pf = (await import(/* @vite-ignore */ pathToFileURL(join(bundle, 'pagefind.js')).href)) as Pagefind;
  await pf.options({ noWorker: true, basePath: `${pathToFileURL(bundle).href}/` });
  await pf.init();
  const json = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
  const meaningFiles = attr(searchForm(dist), 'data-meaning-files') ?? '';
  const index: SearchIndex = {
    search: async (term) => (await pf.search(term))?.results ?? [],
    preload: (term) => pf.preload(term),
    yearGroups: async (year) => ((await pf.search(null, { filters: { year } }))?.results ?? []).map((r) => r.id),
    wordsFrom: async (letter) => {
      try {
        return json<Record<string, number>>(join(dist, 'search', 'words', `${letter}.json`));
      } catch {
        return {};
      }
    },
    meanings: async (text) => meaningsFor(text, meaningFiles, async (name) => json<MeaningEntry[]>(join(dist, 'search', 'meanings', `${name}.json`))),
    block: async (id) => json<BlockFile>(join(bundle, blockFile(id))),
  };
  return { index, setting: pageSetting(dist), close: () => void (globalThis.fetch = browserFetch) };
}

/** Ranked block ids for a query, the first page ordered as the page orders it. */
export async function ranked({ index, setting }: Pick<NodeSearch, 'index' | 'setting'>, q: string): Promise<{ found: Found; ids: string[] }> {
  const found = await searchFor(q, index, setting);
  return { found, ids: await firstPageFirst(found, found.ids, index.block) };
}

/** The links of the first page of results for a query, text fragments and all, as the page writes them (src/scripts/search-render.ts). */
export async function firstPageLinks(search: Pick<NodeSearch, 'index' | 'setting'>, q: string): Promise<string[]> {
  const { found, ids } = await ranked(search, q);
  return Promise.all(ids.slice(0, PAGE_SIZE).map(async (id) => hitUrl(shownOf(await search.index.block(id)), found.query)));
}
