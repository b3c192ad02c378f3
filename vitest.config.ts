import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The site's loaders (src/data/*) run under test on the real content through a stand-in
    // for Astro's virtual module that runs the collections' own loaders (tests/support/astro-content.ts).
    alias: { 'astro:content': fileURLToPath(new URL('tests/support/astro-content.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests share one Chromium and one server per file; keep files few and sequential on 2 cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
