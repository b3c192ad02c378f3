/**
 * The performance figures from the latest benchmark run: `npm run bench:readme`
 * writes the tables between the performance markers of docs/performance.md from
 * bench/results.json, so the docs cannot disagree with the run or with themselves
 * (tests/unit/bench-readme.test.ts checks the file holds what this makes).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { kb } from './bytes';
import { cardStep, perPage, rebuildFigure, type Results } from './report';

const START = '<!-- performance figures: npm run bench:readme writes them from bench/results.json -->';
const END = '<!-- end of performance figures -->';
/** Where the figures are shown. */
export const README = 'docs/performance.md';

const seconds = (ms: number) => (ms >= 60_000 ? `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s` : `${(ms / 1000).toFixed(1)} s`);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (header: string[], rows: (string | number)[][]) => [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');

/** The markdown of the figures, between the markers. */
function performanceFigures(results: Results): string {
  const { machine, pages, scaling, targets, durationMs } = results;
  const date = new Date(machine.date).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const parts = [
    `The latest run (${date}, ${machine.cpus} cores, load average ${machine.loadAverageAtStart.map((n) => n.toFixed(1)).join(', ')} at the start${durationMs === undefined ? '' : `, ${seconds(durationMs)} in all`}; times vary from run to run):`,
  ];
  if (pages) {
    parts.push(
      table(
        ['page', 'pages', 'total, gzip (median)', 'largest'],
        pages.byType.map((t) => [t.type, t.pages, kb(t.total.median), kb(t.total.max)]),
      ),
    );
  }
  if (scaling?.length) {
    // A run stopped part-way has results for the scales it finished only.
    const unmeasured = results.options.scales.filter((n) => !scaling.some((s) => s.scale === n));
    parts.push(
      table(
        ['build', 'documents', 'pages', 'time', 'CPU', 'peak memory', 'preview cards, cold', 'rebuilt, nothing changed', 'rebuilt, one document changed', '`dist/` on disk', 'a page, on average', "Pagefind's index"],
        scaling.map((s) => {
          const c = cardStep(s);
          const cards = c ? `${c.count.toLocaleString('en-GB')} in ${seconds(c.ms)}${c.whole ? '' : ' before the stop'}` : 'not measured';
          if (!s.build || 'failed' in s.build) return [`${s.scale}×`, s.documents, s.build ? `stopped: ${s.build.failed}` : 'not built', '', '', '', cards, '', '', '', '', ''];
          const b = s.build;
          const warm = b.warm ? rebuildFigure(b.warm, seconds) : 'not measured';
          const changed = b.changed ? rebuildFigure(b.changed, seconds) : 'not measured';
          const memory = b.peakMemoryBytes === undefined ? 'not measured' : `${(b.peakMemoryBytes / 2 ** 30).toFixed(2)} GB`;
          const page = `${kb(perPage(b).bytes)}, ${perPage(b).files.toFixed(2)} files`;
          return [`${s.scale}×`, s.documents, (b.pages ?? 0).toLocaleString('en-GB'), seconds(b.totalMs), b.totalCpuMs === undefined ? 'not measured' : seconds(b.totalCpuMs), memory, cards, warm, changed, kb(b.distBytes), page, kb(b.pagefindBytes)];
        }).concat(unmeasured.map((n) => [`${n}×`, '', 'not measured: the run was stopped before it', '', '', '', '', '', '', '', '', ''])),
      ),
    );
  }
  parts.push(table(['target', 'figure', ''], targets.map((t) => [t.target, t.figure, t.met === null ? 'measured' : t.met ? 'met' : 'missed'])));
  return `${START}\n${parts.join('\n\n')}\n${END}`;
}

/** The performance page with its figures replaced by those of `results`. */
export function withFigures(readme: string, results: Results): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${README} has no performance markers (${START} … ${END})`);
  return readme.slice(0, start) + performanceFigures(results) + readme.slice(end + END.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Results;
  writeFileSync(README, withFigures(readFileSync(README, 'utf8'), results));
}
