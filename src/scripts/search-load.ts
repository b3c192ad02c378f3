/**
 * What the search page fetches, each file once: Pagefind (its script, WebAssembly and
 * index, under the site's base path, which the form names), each block's file, every
 * block's filter values, the spelling lists, the meanings and the judgements for the answer.
 */
import { blockFile, blockId, VALUES_FILE, type BlockFile, type BlockValues } from '../model/search-groups';
import type { AnswerJudgement } from '../model/search-answer';
import type { MeaningEntry } from '../model/search-records';
import type { GroupResult } from './search-blocks';
import type { SearchIndex } from './search-pipeline';
import { meaningsFor } from './search-query';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** With a null term, every record the filters allow. Results are groups of blocks, with their matched positions weighed (the build asks for them: src/integrations/search-index.ts). */
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: GroupResult[] } | null>;
  preload(term: string): Promise<void>;
}

/** A JSON file, or `none` where it is missing or cannot be fetched. */
const jsonOr = <T>(url: string, none: T): Promise<T> => fetch(url).then((r) => (r.ok ? r.json() : none), () => none);

/** Resolves in a later task, letting the browser draw and answer input in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Calls `get` once per key, however often it is asked for. */
function once<T>(get: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, get(key));
    return cache.get(key)!;
  };
}

export interface Loaded extends SearchIndex {
  /** Starts loading Pagefind (when the reader first focuses the box). */
  start(): Promise<unknown>;
  /** Each block's filter values ("year=2015"), and every block in the documents' order. */
  values(): Promise<{ valuesOf: Map<string, string[]>; order: string[] }>;
  judgements(): Promise<AnswerJudgement[]>;
}

export function loader(data: DOMStringMap, judgementsUrl: string): Loaded {
  const bundle = data.searchBundle!;
  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (async () => {
      const pf = (await import(/* @vite-ignore */ bundle)) as Pagefind;
      // No web worker: a search takes milliseconds on the main thread, and the worker would cost another script and a round trip.
      await pf.options({ noWorker: true });
      await pf.init();
      return pf;
    })());
  /** Where the bundle's own files are: each block's, and the filters' values. */
  const fetchJson = async <T>(path: string) => {
    const response = await fetch(bundle.replace(/[^/]*$/, path));
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return (await response.json()) as T;
  };
  const meaningFile = once((name) => jsonOr<MeaningEntry[]>(`${data.meanings}${name}.json`, []));
  let valuesFile: Promise<{ valuesOf: Map<string, string[]>; order: string[] }> | undefined;
  let judgements: Promise<AnswerJudgement[]> | undefined;
  return {
    start: load,
    search: async (term) => (await (await load()).search(term))?.results ?? [],
    preload: async (term) => (await load()).preload(term),
    yearGroups: async (year) => ((await (await load()).search(null, { filters: { year } }))?.results ?? []).map((r) => r.id),
    wordsFrom: once((letter) => jsonOr(`${data.words}${letter}.json`, {})),
    meanings: (text) => meaningsFor(text, data.meaningFiles!, meaningFile),
    block: once((id) => fetchJson<BlockFile>(blockFile(id))),
    pause: nextTask,
    values: () =>
      (valuesFile ??= fetchJson<BlockValues>(VALUES_FILE).then(({ values, groups }) => {
        const blocks = groups.flatMap(([id, blocks]) => blocks.map((v, i) => [blockId(id, i), v.map((n) => values[n]!)] as const));
        return { valuesOf: new Map(blocks), order: blocks.map(([id]) => id) };
      })),
    judgements: () => (judgements ??= jsonOr(judgementsUrl, [])),
  };
}
