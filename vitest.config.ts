import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { Timeline } from './tests/support/timeline.ts';

/**
 * Seconds each long file took in the last clean-clone CI (the timeline tests/support/timeline.ts prints after a run;
 * these are c6551fe's, Vitest 152 s on a quiet machine).
 * Only the order of the files depends on them: a stale figure can make a run end later, never fail it.
 */
const SECONDS: Record<string, number> = {
  'browser/pages': 70.4,
  'browser/search': 45.5,
  'build/deterministic': 31.5,
  'build/add-document': 26.6,
  'browser/no-css': 19.6,
  'browser/phone': 13.4,
  'build/dev': 12.2,
  'build/bad-input': 10.9,
  'checkers/nu-checker': 9.5,
  'browser/search-scale': 8.7,
  'browser/share': 7.3,
  'browser/print': 6.0,
  'browser/no-javascript': 5.4,
  'browser/csp': 5.2,
  'browser/keyboard': 5.0,
  'browser/not-found': 4.0,
};

/**
 * The longest files first: each of the two workers takes the next file as soon as it is free, so a worker that starts
 * a long file late finishes long after the other, while the many short files at the end (the unit and site tests, a
 * second or less each) even the two out. How long a file takes: SECONDS, else Vitest's own record of an earlier run
 * (none on CI's fresh clone; a file run alone on a busy machine is recorded far slower than in the suite, so it does not
 * override SECONDS), else it is short and keeps Vitest's order (failed first, larger first).
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const seconds = (file: TestSpecification) =>
      SECONDS[/tests\/(.+)\.test\.ts$/.exec(file.moduleId)?.[1] ?? ''] ??
      (this.ctx.cache.getFileTestResults(`${file.project.name}:${relative(this.ctx.config.root, file.moduleId)}`)?.duration ?? 0) / 1000;
    const sorted = await super.sort(files);
    return sorted.map((file, i) => ({ file, i, s: seconds(file) })).sort((a, b) => b.s - a.s || a.i - b.i).map(({ file }) => file);
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
    sequence: { sequencer: LongestFirst },
    reporters: ['default', new Timeline()],
    testTimeout: 60_000,
    // A hook that builds a copy of the project (tests/build/) took over two minutes on a two-core machine under heavy load.
    hookTimeout: 600_000,
  },
});
