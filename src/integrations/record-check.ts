/**
 * Checks the record as soon as `astro build` has synced the content, before Vite bundles the site: a build with bad
 * content fails with every problem, each naming its file, entry and field (src/data/record.ts), seconds sooner than at
 * the first page's render. It reads the content from the stores the collections' loaders kept
 * (src/data/written-content.ts). The record it checked is handed to the render (src/data/build-handoff.ts), so it is
 * not checked twice, when it was made for the build's base path: the record's paths carry the base path
 * (src/model/paths.ts), which the model reads from import.meta.env, and here, outside the render, that is "/". A build
 * for a sub-path (BASE_PATH) checks the record again in the render, with its own base (about 0.15 s of CPU).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { handOver } from '../data/build-handoff';
import { BASE_PATH, basePath } from '../model/paths';
import { checkedRecord, syncedContent, TEXT_FILES, type ContentTexts } from '../data/written-content';

export default function recordCheck(): AstroIntegration {
  let root = '';
  let base = '';
  return {
    name: 'record-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = basePath(config.base);
      },
      'astro:build:start': () => {
        const texts = Object.fromEntries(Object.entries(TEXT_FILES).map(([name, file]) => [name, readFileSync(`${root}${file}`, 'utf8')])) as ContentTexts;
        // Undefined where the loaders did not run in this process: the render then checks the record, as dev does.
        const content = syncedContent(texts);
        if (!content) return;
        const record = checkedRecord(content);
        if (BASE_PATH === base) handOver('record', record);
      },
    },
  };
}
