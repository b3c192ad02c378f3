import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The slow files first, the slowest kind first: each build file builds a copy of the project once or twice (the
 * longest files), then the browser files and the checkers, then the rest. A worker that starts a long file last
 * would finish long after the other. Within each kind, Vitest's own order: the slowest first where an earlier
 * run's durations are cached, else the larger files first (as on CI's fresh clone).
 */
class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const kind = (file: TestSpecification) => (/\/tests\/build\//.test(file.moduleId) ? 0 : /\/tests\/(browser|checkers)\//.test(file.moduleId) ? 1 : 2);
    const sorted = await super.sort(files);
    return sorted.map((file, i) => ({ file, i })).sort((a, b) => kind(a.file) - kind(b.file) || a.i - b.i).map(({ file }) => file);
  }
}

export default defineConfig({
  resolve: {
    // The site's loaders (src/data/*) run under test on the real content through a stand-in
    // for Astro's virtual module that runs the collections' own loaders (tests/support/astro-content.ts).
    alias: { 'astro:content': fileURLToPath(new URL('tests/support/astro-content.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Two files at a time, on CI's two cores. A worker mostly waits on what it drives (Chromium, a build,
    // the Nu checker's Java), so one worker (Vitest's default for two cores) left a core idle most of the run.
    // Every browser file starts its own server on a free port and every build runs in its own copy of the project.
    fileParallelism: true,
    maxWorkers: 2,
    // Each worker keeps the modules it has imported from one file to the next: the site's loaders read
    // the content once per worker, not once per file (on a busy machine, the unit and site tests ran in
    // 95 s with a fresh module cache per file, 22 s without). It is safe because no test mocks a module
    // or changes one's state; the caches the helpers keep (parsed pages, the content) are of files that
    // no test changes. A test that needs to mock a module must not rely on a fresh one.
    isolate: false,
    sequence: { sequencer: SlowFirst },
    testTimeout: 60_000,
    // A hook that builds a copy of the project (tests/build/) took over two minutes on a two-core machine under heavy load.
    hookTimeout: 600_000,
  },
});
