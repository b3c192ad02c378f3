/**
 * Checks the record as soon as `astro build` has synced the content, before Vite bundles the site: a build with bad
 * content fails with every problem, each naming its file, entry and field (src/data/record.ts), seconds sooner than at
 * the first page's render. The record it checked is handed to the render (src/data/build-handoff.ts), so nothing is
 * checked twice. It reads the content from the stores the collections' loaders kept (src/data/written-content.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { handOver } from '../data/build-handoff';
import { checkedRecord, syncedContent, TEXT_FILES, type ContentTexts } from '../data/written-content';

export default function recordCheck(): AstroIntegration {
  let root = '';
  return {
    name: 'record-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        const texts = Object.fromEntries(Object.entries(TEXT_FILES).map(([name, file]) => [name, readFileSync(`${root}${file}`, 'utf8')])) as ContentTexts;
        // Undefined where the loaders did not run in this process: the render then checks the record, as dev does.
        const content = syncedContent(texts);
        if (content) handOver('record', checkedRecord(content));
      },
    },
  };
}
