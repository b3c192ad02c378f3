/**
 * The search index of a built site as the build left it: the records it gave Pagefind (kept out of
 * dist/, in the project's cache), and the block files and values the search page fetches.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { searchRecordsFile } from '../../src/integrations/search-index';
import { blockFile, blockId, VALUES_FILE, type BlockFile, type BlockValues } from '../../src/model/search-groups';
import type { SearchRecord } from '../../src/model/search-records';
import { DIST } from './server';

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
