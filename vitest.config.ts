import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The slow files first: the browser files and the builds of a project copy take most of the run, and
 * a worker that starts one of them last would finish long after the other. Larger files first within
 * each kind (Vitest's own order when no earlier run is cached, as on CI's fresh clone).
 */
class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const slow = (file: TestSpecification) => (/\/tests\/(browser|build|checkers)\//.test(file.moduleId) ? 0 : 1);
    const sorted = await super.sort(files);
    return sorted.map((file, i) => ({ file, i })).sort((a, b) => slow(a.file) - slow(b.file) || a.i - b.i).map(({ file }) => file);
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
    sequence: { sequencer: SlowFirst },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
