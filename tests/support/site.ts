/**
 * The built site as the tests read it, in one place: its address (SITE), its pages (./pages.ts), their
 * text (./html.ts), the search index's records and block files, and `offenders`, which turns a check of
 * one page into one test of a property that lists every page failing it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { siteAddress } from '../../src/integrations/site-address';
import { searchRecordsFile } from '../../src/integrations/search-index';
import { blockFile, blockId, VALUES_FILE, type BlockFile, type BlockValues } from '../../src/model/search-groups';
import type { SearchRecord } from '../../src/model/search-records';
import { DIST } from './server';

export { DIST } from './server';
export { builtPages, documentPages, readPage, SEARCH_PATH, type BuiltPage } from './pages';

/** The site's address, as the build read it from the same environment (src/integrations/site-address.ts). */
export const SITE = siteAddress(process.env).url;

/**
 * The search records the last build (of dist/, or of the build whose output is `dist`) gave Pagefind: the
 * build keeps them out of dist/, which no reader fetches them from, in the project's cache.
 */
export function builtRecords(dist = DIST): SearchRecord[] {
  const file = searchRecordsFile(dirname(dist));
  if (!existsSync(file)) throw new Error(`No search records at ${file}. Run \`npm run build\`, which writes them.`);
  return JSON.parse(readFileSync(file, 'utf8')) as SearchRecord[];
}

/** The block values and every block file the search page may fetch (dist/pagefind/block/), in the documents' order. */
export function builtBlocks(root = DIST): { values: BlockValues; files: BlockFile[] } {
  const bundle = join(root, 'pagefind');
  const read = <T>(path: string) => JSON.parse(readFileSync(join(bundle, path), 'utf8')) as T;
  const values = read<BlockValues>(VALUES_FILE);
  return { values, files: values.groups.flatMap(([id, list]) => list.map((_, i) => read<BlockFile>(blockFile(blockId(id, i))))) };
}

/** Every block file the search page may fetch, in the documents' order. */
export const builtBlockFiles = (root = DIST): BlockFile[] => builtBlocks(root).files;

/** A failure's message, colour codes taken out, shortened to what a list of offenders needs. */
function why(error: unknown): string {
  // eslint-disable-next-line no-control-regex
  const message = (error instanceof Error ? error.message : String(error)).replace(/\u001b\[[0-9;]*m/g, '').trim();
  return message.length > 600 ? `${message.slice(0, 600)}…` : message;
}

/**
 * Every item `check` fails for, as "<name>: <why>": `expect(offenders(...)).toEqual([])` is one test of a
 * property that names each offending page, where a loop of tests would be one test per page.
 */
export function offenders<T>(items: Iterable<T>, nameOf: (item: T) => string, check: (item: T) => void): string[] {
  const found: string[] = [];
  for (const item of items) {
    try {
      check(item);
    } catch (error) {
      found.push(`${nameOf(item)}: ${why(error)}`);
    }
  }
  return found;
}

/**
 * Offenders gathered in one pass over the pages (a browser visits each page once) for several properties,
 * each then asserted by a test of its own: `await found.check(property, path, async () => ...)`.
 */
export class Offenders {
  private readonly byProperty = new Map<string, { checked: number; failed: string[] }>();

  private entry(property: string) {
    return this.byProperty.get(property) ?? this.byProperty.set(property, { checked: 0, failed: [] }).get(property)!;
  }

  /** Runs `check` for `where`, noting its failure under `property`. */
  async check(property: string, where: string, check: () => unknown): Promise<void> {
    const entry = this.entry(property);
    entry.checked++;
    try {
      await check();
    } catch (error) {
      entry.failed.push(`${where}: ${why(error)}`);
    }
  }

  /** Every offender of `property`, and how many places it was checked at (a test asserts both, so none passes unchecked). */
  of(property: string): { checked: number; failed: string[] } {
    return this.entry(property);
  }
}
