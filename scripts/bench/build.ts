/**
 * Builds a project as `npm run build` does (astro build, then Pagefind), timing
 * each step, and measures what it wrote.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, median, sum } from './bytes';

export interface BuildResult {
  /** Wall-clock time of each step. */
  astroMs: number;
  pagefindMs: number;
  totalMs: number;
  /** CPU time of each step (user and system, all its processes), where the system says it. */
  astroCpuMs?: number;
  pagefindCpuMs?: number;
  totalCpuMs?: number;
  pages: number;
  distBytes: number;
  distFiles: number;
  pagefindBytes: number;
  /** Bytes on disk: the largest page, and the middle finding page (the pages whose size grows with the record). */
  largestPage: { path: string; bytes: number };
  findingPageMedian: number;
  /** The link-preview cards: how many, the time the build waited for them after writing its pages (from a cold cache), and their bytes. */
  cards: { count: number; ms: number; bytes: number };
  /**
   * The same build again, its caches warm: its time, how many cards it rendered (none, if the card cache works), and
   * how many files it rendered and copied from the last build (Astro's incremental build).
   */
  warm?: Rebuild;
  /** The build again after one document's summary changed: its time, the cards it rendered, the files it rendered and copied. */
  changed?: Rebuild & { document: string };
  /** The most memory the astro build held at once (its resident set's high-water mark, worker threads included), where the system says it. */
  peakMemoryBytes?: number;
}

export interface Rebuild {
  ms: number;
  cpuMs?: number;
  cardsRendered: number;
  /** Files (pages, cards, data) the build rendered, and those it copied from the last build unchanged (not in runs before 7 December 2026). */
  filesRendered?: number;
  filesCopied?: number;
}

/** Cards written, and the time the build waited for them after its pages: of a whole build, or (no time) of one stopped part-way. */
export interface CardProgress {
  count: number;
  ms: number;
}

/** A build that failed or was stopped: which step, why, and after how long. */
export class BuildFailed extends Error {
  constructor(
    readonly step: string,
    readonly afterMs: number,
    readonly reason: string,
    /** The cards written before it failed or was stopped: at a scale too big to build, a sample of the card step. */
    readonly cards: CardProgress,
  ) {
    super(`${step}: ${reason} after ${Math.round(afterMs / 1000)} s`);
  }
}

/**
 * A step's output, read as it comes: how far it got, for a build stopped at the time
 * limit (Astro logs each stage, and each file it writes as "├─ /path (+3ms)"), and
 * the end of it, for one that failed.
 */
class Output {
  files = 0;
  /** Files copied from the last build ("├─ /path (restored)"): Astro's incremental build. */
  copied = 0;
  /**
   * Preview cards written, and how long the build waited for them after writing the pages (they render on the other
   * cores while it does): "[card-cache] Preview cards: 3,501 written, … waited 1234 ms for them after the pages".
   */
  cards: CardProgress = { count: 0, ms: 0 };
  stage = '';
  tail = '';
  private partial = '';

  add(chunk: Buffer) {
    const lines = (this.partial + chunk.toString()).split('\n');
    this.partial = lines.pop()!;
    for (const raw of lines) {
      const line = raw.replace(/\x1b\[[\d;]*m/g, '').trim();
      const stamped = line.replace(/^\d\d:\d\d:\d\d\s+/, '');
      if (/^[├└]─ \/\S* \(\+[\d.]+m?s\)$/.test(stamped)) this.files++;
      if (/^[├└]─ \/\S* \((restored|cached)\)$/.test(stamped)) this.copied++;
      const cards = /Preview cards: (\d+) written, .* waited (\d+) ms/.exec(stamped);
      if (cards) this.cards = { count: Number(cards[1]), ms: Number(cards[2]) };
      else if (/^\[(?!WARN)[^\]]+\] |^generating static routes/.test(stamped)) this.stage = stamped;
      if (line) this.tail = `${this.tail}\n${line}`.slice(-20_000);
    }
  }

  /** The line that says why it failed (a thrown error, or running out of memory). */
  why(): string {
    const lines = this.tail.split('\n').filter(Boolean);
    return (lines.findLast((l) => /error|heap|invalid string length/i.test(l)) ?? lines.at(-1) ?? 'no output').slice(0, 300);
  }

  progress(): string {
    return `${this.files} files written${this.stage ? `, at "${this.stage}"` : ''}`;
  }
}

/**
 * The CPU time used by this process's finished children and theirs: Linux's cutime and
 * cstime (fields 16 and 17 of /proc/self/stat, in clock ticks of 1/100 s). Unlike the
 * wall-clock time it hardly changes when other work shares the cores. Undefined elsewhere.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

interface Step {
  ms: number;
  cpuMs?: number;
  cards: CardProgress;
  files: { rendered: number; copied: number };
  peakMemoryBytes?: number;
}

/** A process's resident set high-water mark (VmHWM in /proc/<pid>/status), in bytes; undefined where Linux does not say. */
function peakMemory(pid: number): number | undefined {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

/**
 * Runs a package's script under this Node (22, from the devDependency), as `npm run`
 * would. The child leads its own process group, so stopping it at the deadline stops
 * whatever it started too.
 */
function run(dir: string, step: string, script: string, args: string[], deadline: number, cardCache: string): Promise<Step> {
  const start = performance.now();
  const cpuStart = childrenCpuMs();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(dir, 'node_modules', script), ...args], {
      cwd: dir,
      // The preview cards render from a cache of their own, cold, as the build's other caches are.
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PREVIEW_CARD_CACHE: cardCache },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const output = new Output();
    child.stdout.on('data', (b: Buffer) => output.add(b));
    child.stderr.on('data', (b: Buffer) => output.add(b));
    // Read every second: the mark only rises, and the process's entry is gone once it has exited.
    let peak: number | undefined;
    const sampler = setInterval(() => {
      const now = peakMemory(child.pid!);
      if (now !== undefined) peak = Math.max(peak ?? 0, now);
    }, 1000);
    let stopped = false;
    const timer = setTimeout(() => {
      stopped = true;
      process.kill(-child.pid!, 'SIGKILL');
    }, deadline - Date.now());
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(sampler);
      const ms = Math.round(performance.now() - start);
      const cpuEnd = childrenCpuMs();
      const cards = { count: output.cards.count, ms: Math.round(output.cards.ms) };
      // A build stopped before it wrote the cards: those its workers had put in the (corpus's own) cache.
      const before = { count: [...cachedCards(cardCache)].filter((name) => name.endsWith('.png')).length, ms: 0 };
      if (code === 0) done({ ms, cards, files: { rendered: output.files, copied: output.copied }, ...(cpuStart !== undefined && cpuEnd !== undefined ? { cpuMs: cpuEnd - cpuStart } : {}), ...(peak ? { peakMemoryBytes: peak } : {}) });
      else fail(new BuildFailed(step, ms, stopped ? `stopped at the time limit (${output.progress()})` : `exit ${code ?? signal}: ${output.why()}`, cards.count ? cards : before));
    });
  });
}

const cachedCards = (cache: string) => new Set(existsSync(cache) ? readdirSync(cache) : []);

/** One document's summary, changed: what a rebuild after a correction to one document has to redo. */
function changeOneDocument(dir: string): string {
  const inspections = join(dir, 'content/inspections');
  const file = readdirSync(inspections).filter((f) => f.endsWith('.mdx')).sort().at(-1)!;
  const text = readFileSync(join(inspections, file), 'utf8');
  writeFileSync(join(inspections, file), text.replace(/^summary: ("?)/m, 'summary: $1(Changed for the benchmark.) '));
  return file.replace(/\.mdx$/, '');
}

/**
 * Builds cold; with `warm`, builds again with the card cache the first build filled, to count the cards a rebuild
 * renders (the names in the cache it did not hold before); with `changeOne`, builds again after changing one
 * document. Each build has `limitMs` of its own.
 */
export async function buildProject(dir: string, { limitMs, warm = false, changeOne = false }: { limitMs: number; warm?: boolean; changeOne?: boolean }): Promise<BuildResult> {
  const cardCache = join(dir, '.bench-cache', 'cards');
  const args = ['build'];
  const astro = await run(dir, 'astro build', 'astro/bin/astro.mjs', args, Date.now() + limitMs, cardCache);
  const again = async (step: string): Promise<Rebuild> => {
    const before = cachedCards(cardCache);
    const build = await run(dir, step, 'astro/bin/astro.mjs', args, Date.now() + limitMs, cardCache);
    const rendered = [...cachedCards(cardCache)].filter((name) => !before.has(name)).length;
    return {
      ms: build.ms,
      ...(build.cpuMs !== undefined ? { cpuMs: build.cpuMs } : {}),
      cardsRendered: rendered,
      filesRendered: build.files.rendered,
      filesCopied: build.files.copied,
    };
  };
  let rebuilt: BuildResult['warm'];
  if (warm) rebuilt = await again('astro build, warm');
  let changed: BuildResult['changed'];
  if (changeOne) {
    const document = changeOneDocument(dir);
    changed = { document, ...(await again('astro build, one document changed')) };
  }
  // The search index is written within the Astro build (src/integrations/search-index.ts): no separate step to time.
  const pagefind = { ms: 0, cpuMs: 0 };
  const dist = join(dir, 'dist');
  const files = filesUnder(dist);
  const sizes = files.filter((f) => f.path.endsWith('.html')).map((f) => ({ path: f.path.replace(/index\.html$/, ''), bytes: f.bytes }));
  return {
    astroMs: astro.ms,
    pagefindMs: pagefind.ms,
    totalMs: astro.ms + pagefind.ms,
    ...(astro.cpuMs !== undefined && pagefind.cpuMs !== undefined
      ? { astroCpuMs: astro.cpuMs, pagefindCpuMs: pagefind.cpuMs, totalCpuMs: astro.cpuMs + pagefind.cpuMs }
      : {}),
    pages: sizes.length,
    distBytes: sum(files.map((f) => f.bytes)),
    distFiles: files.length,
    pagefindBytes: sum(files.filter((f) => f.path.startsWith('/pagefind/')).map((f) => f.bytes)),
    largestPage: sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a)),
    findingPageMedian: median(sizes.filter((s) => s.path.startsWith('/findings/')).map((s) => s.bytes)),
    cards: {
      count: files.filter((f) => f.path.startsWith('/cards/')).length,
      ms: astro.cards.ms,
      bytes: sum(files.filter((f) => f.path.startsWith('/cards/')).map((f) => f.bytes)),
    },
    ...(rebuilt ? { warm: rebuilt } : {}),
    ...(changed ? { changed } : {}),
    ...(astro.peakMemoryBytes ? { peakMemoryBytes: astro.peakMemoryBytes } : {}),
  };
}
