/**
 * What a cache kept between builds is keyed by, beside its inputs: the code and packages that make its values. A
 * change to any of them makes the values anew. Shared by the build memo (./build-memo.ts) and the search index's
 * cache (src/integrations/search-index.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { digest } from '../model/digest';

/** A digest of every file directly in `folders` and of `files`, all relative to `root`, by path and text. */
export function codeDigest(root: string, folders: readonly string[], files: readonly string[]): string {
  const sources = folders.flatMap((dir) => readdirSync(join(root, dir)).sort().map((name) => join(dir, name)));
  return digest([...sources, ...files].map((file) => [file, readFileSync(join(root, file), 'utf8')]));
}
