/**
 * The search index: after the build, gives Pagefind the records that
 * src/pages/search/records.json.ts wrote (one per block a reader can land on)
 * through its Node API, and writes its bundle to dist/pagefind/. The records file
 * stays in the build (/search/records.json) as the index's source: a copy of the
 * site at a larger size (tests/support/scaled-site.ts) is indexed from it too.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../model/search-records';

export const RECORDS_FILE = 'search/records.json';

/**
 * The bundle's files the search page uses (src/scripts/search.ts, with noWorker): the API
 * script, its entry, the metadata, the English WebAssembly, and the index, filters and fragments.
 */
const USED = /^(pagefind\.js|pagefind-entry\.json|pagefind\.en_\w+\.pf_meta|wasm\.en\.pagefind|(index|filter|fragment)\/.+)$/;

/** Index the records and write Pagefind's bundle to `outputPath`. */
export async function writeSearchIndex(records: SearchRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    for (const record of records) {
      const added = await index.addCustomRecord({ ...record, language: 'en' });
      if (added.errors.length) throw new Error(`Pagefind, ${record.url}: ${added.errors.join('; ')}`);
    }
    // Only what the search page loads: Pagefind's bundle also holds its own UIs, highlighter,
    // worker and a WebAssembly for unknown languages (about 530 kB), and its API cannot leave them out.
    const { files, errors: failed } = await index.getFiles();
    if (failed.length) throw new Error(`Pagefind: ${failed.join('; ')}`);
    for (const file of files.filter((f) => USED.test(f.path))) {
      const path = join(outputPath, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
    }
  } finally {
    await pagefind.close();
  }
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const records = JSON.parse(await readFile(join(out, RECORDS_FILE), 'utf8')) as SearchRecord[];
        const start = performance.now();
        await writeSearchIndex(records, join(out, 'pagefind'));
        logger.info(`Indexed ${records.length} blocks in ${Math.round(performance.now() - start)} ms`);
      },
    },
  };
}
