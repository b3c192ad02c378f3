/**
 * The benchmark's results: the targets judged against the figures, and the
 * tables printed to stdout. Sizes are gzip bytes unless a column says "disk".
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { SEARCH_PATH } from '../kit/pages';
import type { BuildResult, CardProgress, Rebuild } from './build';
import { kb, sum } from './bytes';
import type { Options } from './options';
import type { PageWeight, TypeSummary } from './pages';
import type { ScaleResult } from './scaling';
import { QUERIES, type indexOnDisk, type QueryCost, type ScaledSearch } from './search';

export interface Results {
  machine: ReturnType<typeof machine>;
  options: Options;
  /** How long the whole run took. */
  durationMs?: number;
  targets: Target[];
  pages?: { byType: TypeSummary[]; withScript: string[]; all: PageWeight[] };
  search?: { queries: Record<string, QueryCost>; index: ReturnType<typeof indexOnDisk>; scaled?: ScaledSearch };
  scaling?: ScaleResult[];
}

export interface Target {
  target: string;
  figure: string;
  /** null: measured for information, or not measured this run. */
  met: boolean | null;
}

/** Timings depend on the machine and on what else it is doing: the load average says how busy it was. */
export function machine() {
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

const LIMITS = {
  cssBytes: 10 * 1024,
  documentOverHtml: 1.2,
  firstSearchBytes: 130 * 1024,
  nextSearchBytes: 40 * 1024,
  searchGrowth: 1.5,
  /** What a static host takes (docs/publishing.md): bytes on disk per page, on average, at every scale. */
  bytesPerPage: 55 * 1024,
  /** No more files per page than the 100× site had when it was first measured (219,373 for 35,027 pages). */
  filesPerPage: 6.3,
  /** The cold build at 100×, on two cores. */
  coldMs: 12 * 60_000,
  /** A rebuild after one document changed, as a share of the cold build's time. */
  changedShare: 0.2,
  peakMemoryBytes: 6 * 2 ** 30,
};

/** Bytes and files on disk per page of a build. */
export const perPage = (b: BuildResult) => ({ bytes: b.distBytes / b.pages, files: b.distFiles / b.pages });

const built = (s: ScaleResult): BuildResult | undefined => ('failed' in s.build ? undefined : s.build);
const meanSearch = (s: ScaleResult) => {
  const bytes = Object.values(s.search?.queries ?? {}).map((m) => m.gzip);
  return bytes.length ? sum(bytes) / bytes.length : undefined;
};
const ratio = (x: number) => `${x.toFixed(2)}×`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A rebuild's figure: its time, the cards it rendered, and the files it rendered and copied from the last build. */
export const rebuildFigure = (r: Rebuild, time: (ms: number) => string = seconds) =>
  `${time(r.ms)}, ${r.cardsRendered} cards rendered${r.filesCopied === undefined ? '' : `, ${r.filesRendered} files rendered and ${r.filesCopied} copied`}`;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
const documentOverHtml = (p: PageWeight) => p.total / p.html;
const failure = (s: ScaleResult) => ('failed' in s.build ? `${s.build.step}: ${s.build.failed}, after ${seconds(s.build.afterMs)}` : '');
const count = (n: number) => n.toLocaleString('en-GB');

/** A scale's card step, cold: the whole build's, or that of the cards written before a build too big to finish was stopped. */
export function cardStep(s: ScaleResult): (CardProgress & { whole: boolean }) | undefined {
  const b = built(s);
  if (b?.cards) return { count: b.cards.count, ms: b.cards.ms, whole: true };
  const sample = 'failed' in s.build ? s.build.cards : undefined;
  return sample?.count ? { ...sample, whole: false } : undefined;
}
const cardsFigure = (c: CardProgress & { whole: boolean }) => `${count(c.count)} in ${seconds(c.ms)}${c.whole ? '' : ' before the stop'}`;

/** A query in quotation marks, unless it has its own (a quoted phrase). */
const quoted = (q: string) => (q.includes('"') ? q : `"${q}"`);

export function judge(r: Omit<Results, 'targets'>): Target[] {
  const targets: Target[] = [];
  if (r.pages) {
    const reading = r.pages.all.filter((p) => p.path !== SEARCH_PATH).length;
    targets.push({
      target: 'Reading pages ship no JavaScript (finding and document pages: the share script, ≤ 1 kB)',
      figure: `${r.pages.withScript.length} of ${reading} pages have any`,
      met: r.pages.withScript.length === 0,
    });
    const css = r.pages.all.reduce((a, p) => (p.css > a.css ? p : a));
    targets.push({ target: `CSS per page ≤ ${kb(LIMITS.cssBytes)}`, figure: `largest ${kb(css.css)} (${css.path})`, met: css.css <= LIMITS.cssBytes });
    const documents = r.pages.all.filter((p) => p.type.startsWith('document '));
    const worst = documents.reduce((a, p) => (documentOverHtml(p) > documentOverHtml(a) ? p : a));
    targets.push({
      target: `Document page: total ≤ ${LIMITS.documentOverHtml} × its HTML`,
      figure: `${documents.filter((p) => documentOverHtml(p) <= LIMITS.documentOverHtml).length} of ${documents.length} met; highest ${ratio(documentOverHtml(worst))} (${worst.path})`,
      met: documentOverHtml(worst) <= LIMITS.documentOverHtml,
    });
  }
  if (r.search) {
    const first = Object.entries(r.search.queries).map(([q, c]) => ({ q, gzip: c.local!.arriving.gzip }));
    const heaviest = first.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    const over = first.filter((f) => f.gzip > LIMITS.firstSearchBytes).length;
    targets.push({
      target: `First search (arriving at /search/?q=…) ≤ ${kb(LIMITS.firstSearchBytes)}`,
      figure: `${first.length - over} of ${first.length} queries met; heaviest ${kb(heaviest.gzip)} (${quoted(heaviest.q)})`,
      met: over === 0,
    });
    const next = Object.entries(r.search.queries).map(([q, c]) => ({ q, gzip: c.local!.typing.gzip }));
    const heaviestNext = next.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    const overNext = next.filter((f) => f.gzip > LIMITS.nextSearchBytes).length;
    targets.push({
      target: `A new query, the search page open ≤ ${kb(LIMITS.nextSearchBytes)}`,
      figure: `${next.length - overNext} of ${next.length} queries met; heaviest ${kb(heaviestNext.gzip)} (${quoted(heaviestNext.q)})`,
      met: overNext === 0,
    });
  }
  if (r.search?.scaled) {
    const { scale, queries } = r.search.scaled;
    for (const situation of ['arriving', 'typing'] as const) {
      const growth = Object.entries(queries).map(([q, c]) => ({ q, x: c[situation].gzip / r.search!.queries[q]!.local![situation].gzip, at: c[situation].gzip }));
      const worst = growth.reduce((a, b) => (b.x > a.x ? b : a));
      targets.push({
        target: `Bytes ${situation === 'arriving' ? 'arriving at /search/?q=…' : 'for a new query'}, ${scale}× the blocks / 1× ≤ ${LIMITS.searchGrowth}×`,
        figure: `${ratio(worst.x)} at most (${quoted(worst.q)}: ${kb(r.search.queries[worst.q]!.local![situation].gzip)} → ${kb(worst.at)})`,
        met: worst.x <= LIMITS.searchGrowth,
      });
    }
  }
  if (r.scaling) {
    const one = r.scaling.find((s) => s.scale === 1);
    const top = r.scaling.at(-1)!;
    const largestBuilt = r.scaling.filter(built).at(-1);
    if (one && built(one) && largestBuilt && largestBuilt !== one) {
      const [a, b] = [built(one)!, built(largestBuilt)!];
      // CPU time where known: the wall-clock time also counts whatever else the machine was doing.
      const cpu = a.totalCpuMs !== undefined && b.totalCpuMs !== undefined;
      const perDocument = (build: BuildResult, s: ScaleResult) => (cpu ? build.totalCpuMs! : build.totalMs) / s.documents;
      const unfinished = top !== largestBuilt ? `; ${top.scale}× did not build (${failure(top)})` : '';
      targets.push({
        target: `Build ${cpu ? 'CPU ' : ''}time per document, ${largestBuilt.scale}× / 1× (about 1 or less if linear)`,
        figure: `${ratio(perDocument(b, largestBuilt) / perDocument(a, one))} (${seconds(perDocument(a, one))} → ${seconds(perDocument(b, largestBuilt))} a document)${unfinished}`,
        met: null,
      });
      const perDocumentBytes = (build: BuildResult, s: ScaleResult) => build.distBytes / s.documents;
      targets.push({
        target: `dist/ size per document, ${largestBuilt.scale}× / 1× (about 1 if linear)`,
        figure: `${ratio(perDocumentBytes(b, largestBuilt) / perDocumentBytes(a, one))} (${mb(a.distBytes)} → ${mb(b.distBytes)}; finding page median ${kb(a.findingPageMedian)} → ${kb(b.findingPageMedian)}; largest page ${kb(b.largestPage.bytes)} ${b.largestPage.path})`,
        met: null,
      });
    }
    const builds = r.scaling.flatMap((s) => (built(s) ? [{ scale: s.scale, documents: s.documents, b: built(s)! }] : []));
    if (builds.length) {
      const weights = builds.map(({ scale, b }) => `${scale}×: ${kb(perPage(b).bytes)} and ${perPage(b).files.toFixed(2)} files`);
      targets.push({
        target: `Bytes on disk per page ≤ ${kb(LIMITS.bytesPerPage)} and files per page ≤ ${LIMITS.filesPerPage}, on average, at every scale`,
        figure: weights.join('; '),
        met: builds.every(({ b }) => perPage(b).bytes <= LIMITS.bytesPerPage && perPage(b).files <= LIMITS.filesPerPage),
      });
      const memory = builds.filter(({ b }) => b.peakMemoryBytes !== undefined);
      if (memory.length) {
        targets.push({
          target: `Peak memory of a build ≤ ${mb(LIMITS.peakMemoryBytes)}`,
          figure: memory.map(({ scale, b }) => `${scale}×: ${mb(b.peakMemoryBytes!)}`).join('; '),
          met: memory.every(({ b }) => b.peakMemoryBytes! <= LIMITS.peakMemoryBytes),
        });
      }
      const biggest = builds.at(-1)!;
      const ten = builds.find(({ scale }) => scale === 10);
      if (biggest.scale >= 100) {
        targets.push({
          target: `Cold build at ${biggest.scale}× ≤ ${LIMITS.coldMs / 60_000} min`,
          figure: `${seconds(biggest.b.totalMs)} (CPU ${biggest.b.totalCpuMs === undefined ? 'not measured' : seconds(biggest.b.totalCpuMs)})`,
          met: biggest.b.totalMs <= LIMITS.coldMs,
        });
      }
      if (ten && biggest !== ten && ten.b.totalCpuMs !== undefined && biggest.b.totalCpuMs !== undefined) {
        const [at10, atTop] = [ten.b.totalCpuMs / ten.documents, biggest.b.totalCpuMs / biggest.documents];
        targets.push({
          target: `Build CPU time per document, ${biggest.scale}× ≤ 10×`,
          figure: `${ratio(atTop / at10)} (${seconds(at10)} → ${seconds(atTop)} a document)`,
          met: atTop <= at10,
        });
      }
      const changed = builds.filter(({ b }) => b.changed);
      for (const { scale, b } of changed) {
        targets.push({
          target: `Rebuild after one document changed, ${scale}× ≤ ${LIMITS.changedShare * 100}% of the cold build`,
          figure: `${(100 * (b.changed!.ms / b.totalMs)).toFixed(0)}% (${rebuildFigure(b.changed!)}; cold ${seconds(b.totalMs)})`,
          met: b.changed!.ms <= LIMITS.changedShare * b.totalMs,
        });
      }
    }
    const rebuilds = r.scaling.flatMap((s) => (built(s)?.warm ? [{ scale: s.scale, ...built(s)!.warm! }] : []));
    if (rebuilds.length) {
      targets.push({
        target: 'A rebuild with the card cache warm renders no card',
        figure: rebuilds.map((w) => `${w.scale}×: ${w.cardsRendered} rendered, rebuilt in ${seconds(w.ms)}`).join('; '),
        met: rebuilds.every((w) => w.cardsRendered === 0),
      });
    }
    const oneSearch = one && meanSearch(one);
    const topSearch = meanSearch(top);
    targets.push(
      oneSearch && topSearch && top !== one
        ? {
            target: `Bytes per search, ${top.scale}× / 1× ≤ ${LIMITS.searchGrowth}×`,
            figure: `${ratio(topSearch / oneSearch)} (mean of ${QUERIES.length} queries: ${kb(oneSearch)} → ${kb(topSearch)}${top.search!.from === 'site' ? '' : '; measured on a build of the search pages only'})`,
            met: topSearch / oneSearch <= LIMITS.searchGrowth,
          }
        : { target: `Bytes per search, largest scale / 1× ≤ ${LIMITS.searchGrowth}×`, figure: 'not measured', met: null },
    );
  }
  return targets;
}


/** Columns aligned; figures to the right, except in the first column, which names the row. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const right = (s: string, i: number) => i > 0 && /^[\d.,-]+( kB| MB| s| ms|×)?( \/ .*| \*)?$/.test(s);
  const line = (cells: string[]) => cells.map((c, i) => (right(c, i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const both = (s: { median: number; max: number }, pages: number) => (pages > 1 ? `${kb(s.median)} / ${kb(s.max)}` : kb(s.max));

export function print(r: Results, write: (text: string) => void) {
  const m = r.machine;
  write(`Benchmark of ${m.date}: ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB, Node ${m.node}, load average ${m.loadAverageAtStart.join(' ')} at start`);
  if (r.pages) {
    write('\nPages, as Chromium fetches them with an empty cache (gzip; "median / max" where a type has several pages)\n');
    write(
      table(
        ['page', 'pages', 'HTML', 'CSS', 'JS', 'other', 'total', 'total / HTML'],
        r.pages.byType.map((t) => [
          t.type,
          String(t.pages),
          both(t.html, t.pages),
          both(t.css, t.pages),
          both(t.js, t.pages),
          both(t.other, t.pages),
          both(t.total, t.pages),
          t.pages === 1 ? ratio(t.total.max / t.html.max) : '',
        ]),
      ),
    );
    write(`\nReading pages with JavaScript: ${r.pages.withScript.length ? r.pages.withScript.join(', ') : 'none'}`);
  }
  if (r.search) {
    const networks = r.options.networks;
    write(`\nSearch: bytes fetched (gzip) and time to first results, median of ${r.options.runs} run(s)\n`);
    write(
      table(
        ['query', 'arriving: requests', 'gzip', ...networks.map((n) => `ms ${n}`), 'typing: gzip', ...networks.map((n) => `ms ${n}`)],
        Object.entries(r.search.queries).map(([q, c]) => [
          q,
          String(c.local!.arriving.requests),
          kb(c.local!.arriving.gzip),
          ...networks.map((n) => String(c[n]!.arriving.ms)),
          kb(c.local!.typing.gzip),
          ...networks.map((n) => String(c[n]!.typing.ms)),
        ]),
      ),
    );
    const [heaviest, cost] = Object.entries(r.search.queries).reduce((a, b) => (b[1].local!.arriving.gzip > a[1].local!.arriving.gzip ? b : a));
    write(`\nArriving with ${quoted(heaviest)} (the heaviest), by kind: ${Object.entries(cost.local!.arriving.byKind).map(([k, v]) => `${k} ${kb(v.gzip)}`).join(', ')}`);
    const i = r.search.index;
    write(`Index on disk: ${kb(i.used.bytes)} in ${i.used.files} files used by the site (block files ${kb(i.blocks.bytes)}, index chunks ${kb(i.indexChunks.bytes)}, WebAssembly ${kb(i.wasm.bytes)}); ${kb(i.all.bytes)} in all`);
    const scaled = r.search.scaled;
    if (scaled) {
      write(`\nSearch at ${scaled.scale}× the blocks (${scaled.records} blocks in ${scaled.groups} Pagefind records, the 1× build's copied; Pagefind's metadata ${kb(scaled.metaBytes)}): bytes fetched (gzip), one local run\n`);
      write(
        table(
          ['query', 'arriving, 1×', `arriving, ${scaled.scale}×`, 'typing, 1×', `typing, ${scaled.scale}×`],
          Object.entries(scaled.queries).map(([q, c]) => [
            q,
            kb(r.search!.queries[q]!.local!.arriving.gzip),
            kb(c.arriving.gzip),
            kb(r.search!.queries[q]!.local!.typing.gzip),
            kb(c.typing.gzip),
          ]),
        ),
      );
    }
  }
  if (r.scaling) {
    write('\nBuild at each scale (synthetic copies of every document; times vary with the machine and its load)\n');
    write(
      table(
        ['scale', 'documents', 'pages', 'astro build', 'cards, cold', 'cards (disk)', 'warm rebuild', 'pagefind', 'total', 'total CPU', 'CPU per document', 'dist/ (disk)', 'pagefind/ (disk)', 'finding page (disk, median)', 'search (gzip, mean)', 'search (gzip, max)'],
        r.scaling.map((s) => {
          const b = built(s);
          const searches = s.search ? Object.values(s.search.queries).map((q) => q.gzip) : [];
          const searchCells = s.search ? [`${kb(meanSearch(s)!)}${s.search.from === 'site' ? '' : ' *'}`, kb(Math.max(...searches))] : ['', ''];
          const cards = cardStep(s);
          if (!b) return [`${s.scale}×`, String(s.documents), 'did not build †', '', cards ? cardsFigure(cards) : '', '', '', '', '', '', '', '', '', '', ...searchCells];
          return [
            `${s.scale}×`,
            String(s.documents),
            String(b.pages),
            seconds(b.astroMs),
            cards ? cardsFigure(cards) : '',
            mb(b.cards.bytes),
            b.warm ? rebuildFigure(b.warm) : '',
            seconds(b.pagefindMs),
            seconds(b.totalMs),
            b.totalCpuMs === undefined ? '' : seconds(b.totalCpuMs),
            b.totalCpuMs === undefined ? '' : seconds(b.totalCpuMs / s.documents),
            mb(b.distBytes),
            mb(b.pagefindBytes),
            kb(b.findingPageMedian),
            ...searchCells,
          ];
        }),
      ),
    );
    for (const s of r.scaling) {
      if ('failed' in s.build) write(`† ${s.scale}×: ${failure(s)}`);
      const b = s.search?.build;
      if (b) write(`* ${s.scale}×: measured on a build of the document, search and home pages only (${b.pages} pages, ${seconds(b.totalMs)}, dist/ ${mb(b.distBytes)}), as the whole site did not build`);
    }
  }
  write('\nTargets\n');
  write(table(['target', 'figure', ''], r.targets.map((t) => [t.target, t.figure, t.met === null ? '' : t.met ? 'met' : 'MISSED'])));
}
