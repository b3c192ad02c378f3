/**
 * A Vitest reporter that prints, after a run, when each test file started and ended on each worker: with two
 * workers the run ends no sooner than its longest file, and a worker that starts a long file late finishes late,
 * so the order of the files (vitest.config.ts) is read off this. A file's start is when its worker began to import
 * it. Vitest does not say which worker ran a file; each worker takes the next file as soon as it is free, so each
 * file is put on the worker that was free when it started.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { relative } from 'node:path';

interface Span {
  file: string;
  start: number;
  end: number;
}

export class Timeline implements Reporter {
  private origin = performance.now();
  private readonly started = new Map<string, number>();
  private readonly spans: Span[] = [];

  onTestRunStart(): void {
    this.origin = performance.now();
  }

  onTestModuleQueued(module: TestModule): void {
    this.started.set(module.moduleId, performance.now() - this.origin);
  }

  onTestModuleEnd(module: TestModule): void {
    const end = performance.now() - this.origin;
    this.spans.push({ file: relative(process.cwd(), module.moduleId), start: this.started.get(module.moduleId) ?? end, end });
  }

  onTestRunEnd(): void {
    if (this.spans.length < 2) return;
    // Each file on the worker that became free last before it started (the one that had just finished a file).
    const workers: Span[][] = [];
    for (const span of [...this.spans].sort((a, b) => a.start - b.start)) {
      const free = workers.filter((w) => w.at(-1)!.end <= span.start + 0.05).sort((a, b) => b.at(-1)!.end - a.at(-1)!.end)[0];
      if (free) free.push(span);
      else workers.push([span]);
    }
    const s = (ms: number) => (ms / 1000).toFixed(1).padStart(6);
    const lines = workers.flatMap((spans, i) => [
      `worker ${i + 1}: ${spans.length} files, busy ${s(spans.reduce((sum, x) => sum + x.end - x.start, 0))} s, ends at ${s(spans.at(-1)!.end)} s`,
      // Files under a second each are summed, not listed: they are the many small ones that fill the end.
      ...spans.filter((x) => x.end - x.start >= 1000).map((x) => `  ${s(x.start)} → ${s(x.end)}  ${s(x.end - x.start)} s  ${x.file}`),
    ]);
    console.log(`\nTimeline (start → end, seconds from the start of the run; files of a second or more):\n${lines.join('\n')}\n`);
  }
}
