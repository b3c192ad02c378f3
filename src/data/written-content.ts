/**
 * The content as written, and the record checked from it. The render reads it from getCollection (./record.ts); `astro
 * build` reads it from the content layer's stores as soon as they have synced (src/integrations/record-check.ts), so the
 * record is checked before Vite bundles the site, not at the first page's render, and a build with bad content stops
 * seconds sooner. src/content.config.ts wraps each collection's loader to keep its store here. The content config and the
 * integrations are separate copies of this module, so the stores are kept under a registered symbol, as
 * ./build-handoff.ts does. Nothing here imports the collection (`astro:content`).
 */
import type { DataStore, Loader } from 'astro/loaders';
import { checkRecord, type CheckedRecord, type WrittenContent } from '../model/checked-record';

/** The collections the record is made of (src/content.config.ts) beside the documents: data alone, no body. */
export const DATA_COLLECTIONS = ['site', 'areas', 'changes', 'quotations', 'followUps', 'timeline', 'findingKinds', 'themes', 'readings'] as const;
type DataCollection = (typeof DATA_COLLECTIONS)[number];

/** An entry as the content layer stores it, and as getCollection hands it back (with more beside). */
export interface StoredEntry {
  id: string;
  data: unknown;
  body?: string;
  filePath?: string;
}

/** The YAML files read whole, not as collections (./record.ts imports the same files). */
export const TEXT_FILES = { glossary: 'content/glossary.yaml', synonyms: 'content/search-synonyms.yaml', meanings: 'content/search-meanings.yaml' };
export type ContentTexts = Record<keyof typeof TEXT_FILES, string>;

/** Every collection and file of content/ as written, for checkRecord (src/model/checked-record.ts). */
export function writtenContentOf<D extends StoredEntry>(documents: D[], entries: (collection: DataCollection) => StoredEntry[], texts: ContentTexts): WrittenContent<D> {
  const dataOf = (collection: DataCollection) => entries(collection).map((entry) => entry.data);
  return {
    documents: documents.map((entry) => ({ entry, id: entry.id, file: entry.filePath ?? entry.id, data: entry.data, body: entry.body ?? '' })),
    findingKinds: dataOf('findingKinds'),
    themes: dataOf('themes'),
    readings: dataOf('readings'),
    areas: dataOf('areas'),
    timeline: dataOf('timeline'),
    quotations: dataOf('quotations'),
    changes: dataOf('changes'),
    followUps: dataOf('followUps'),
    site: dataOf('site')[0],
    ...texts,
  };
}

const STORES = Symbol.for('inspection-record.stores');
const stores = (): Map<string, DataStore> => ((globalThis as { [STORES]?: Map<string, DataStore> })[STORES] ??= new Map());

/** The loader, keeping the store it loads into: what `syncedContent` reads once every collection has synced. */
export function keepingStore<L extends Loader>(loader: L): L {
  return {
    ...loader,
    load: (context) => {
      stores().set(context.collection, context.store);
      return loader.load(context);
    },
  };
}

/** The content as the last sync stored it, or undefined when a collection was not loaded in this process. */
export function syncedContent(texts: ContentTexts): WrittenContent<StoredEntry> | undefined {
  const kept = stores();
  if (!kept.has('documents') || DATA_COLLECTIONS.some((collection) => !kept.has(collection))) return undefined;
  return writtenContentOf(kept.get('documents')!.values(), (collection) => kept.get(collection)!.values(), texts);
}

/**
 * The record checked, or an error listing every problem, each naming its file, entry and field. `astro build` checks it
 * as soon as the content has synced (src/integrations/record-check.ts) and hands it to the render; in `npm run dev` and
 * the unit tests, ./record.ts checks it on first use.
 */
export function checkedRecord<E>(content: WrittenContent<E>): CheckedRecord<E> {
  const { record, problems } = checkRecord(content);
  if (!record) throw new Error(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}, each naming its file, entry and field:\n- ${problems.join('\n- ')}`);
  // Not an error: a new document builds before it is read, and its findings show no reading until a person has reviewed them.
  const waiting = record.unread;
  if (waiting.length) console.warn(`[readings] ${waiting.length} findings have no reviewed reading yet, so no reading or themes are shown for them (npm run propose-readings): ${waiting.slice(0, 5).join(', ')}${waiting.length > 5 ? ', …' : ''}`);
  return record;
}
