/**
 * `astro:content` for Vitest (vitest.config.ts aliases the virtual module here), so
 * unit tests run the site's own loaders (src/data/*) on the real content. Like
 * Astro's content layer, it runs each collection's loader from src/content.config.ts
 * (glob and file loaders, our parsers) with MDX read by the @astrojs/mdx
 * integration's own entry type. The collections have no schema: the record's loader
 * (src/data/record.ts) checks every entry. Rendering is left to the build: `render` throws.
 */
import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
}
interface Collection {
  loader: { load: (context: LoaderContext) => Promise<void> };
}

/** The project the content is read from: this repository, or a copy a build test points CONTENT_ROOT at. */
const ROOT = pathToFileURL(`${process.env.CONTENT_ROOT ?? new URL('../../', import.meta.url).pathname}/`.replace(/\/+$/, '/'));

export function defineCollection<T>(collection: T): T {
  return collection;
}

/** The content entry types the integrations register: here, @astrojs/mdx's. */
async function entryTypes() {
  const types = new Map<string, unknown>();
  const setup = (mdx() as AstroIntegration).hooks['astro:config:setup']!;
  const ignore = () => {};
  await setup({
    config: { root: ROOT },
    updateConfig: ignore,
    addRenderer: ignore,
    addPageExtension: ignore,
    addContentEntryType: (type: { extensions: string[] }) => type.extensions.forEach((e) => types.set(e, type)),
  } as never);
  return types;
}

async function load(name: string, collection: Collection): Promise<Map<string, StoredEntry>> {
  const entries = new Map<string, StoredEntry>();
  const store = {
    get: (id: string) => entries.get(id),
    has: (id: string) => entries.has(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
    set: (entry: StoredEntry) => (entries.set(entry.id, entry), true),
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    addModuleImport: () => {},
    addAssetImport: () => {},
    addAssetImports: () => {},
  };
  const fail = (message: string) => {
    throw new Error(`${name}: ${message}`);
  };
  await collection.loader.load({
    collection: name,
    store,
    config: { root: ROOT, srcDir: new URL('src/', ROOT) },
    entryTypes: await entryTypes(),
    logger: { error: fail, warn: fail, info: () => {}, debug: () => {}, label: name, fork: () => undefined },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (data: unknown) => createHash('sha256').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex').slice(0, 16),
    meta: new Map(),
  } as unknown as LoaderContext);
  return entries;
}

const loaded = new Map<string, Promise<Map<string, StoredEntry>>>();

export async function getCollection(name: string, filter?: (entry: StoredEntry & { collection: string }) => boolean) {
  const { collections } = (await import('../../src/content.config')) as unknown as { collections: Record<string, Collection> };
  const collection = collections[name];
  if (!collection) throw new Error(`no collection ${name} in src/content.config.ts`);
  if (!loaded.has(name)) loaded.set(name, load(name, collection));
  const entries = [...(await loaded.get(name)!).values()].map((entry) => ({ ...entry, collection: name }));
  return filter ? entries.filter(filter) : entries;
}

export function render(): never {
  throw new Error('astro:content render() runs in the build, not under Vitest');
}
