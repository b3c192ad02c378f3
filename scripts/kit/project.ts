/**
 * The project copied to a temporary folder, for tests that run a real build (as it is, or with
 * its content changed) without touching this checkout's dist/, .astro/ or caches.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CARD_CACHE } from '../../src/data/card-cache';

export const ROOT = resolve(import.meta.dirname, '../..');
const PARTS = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];

export interface ProjectCopy {
  dir: string;
  /**
   * Runs `astro build` there with these extra environment variables: what `npm run build` runs (Pagefind is an
   * integration, src/integrations/search-index.ts), without npm's own start (half a second of CPU a build).
   */
  build(env?: Record<string, string>): { status: number | null; output: string };
  remove(): void;
}

/**
 * The environment for a build started from a test. Vitest puts Vite's import.meta.env values
 * (BASE_URL, MODE, DEV, PROD, SSR) into process.env, and Astro reads import.meta.env from the
 * environment when it renders pages, so BASE_URL="/" would override the config's base.
 */
function buildEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
  delete env.PREVIEW_CARD_CACHE;
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  return env;
}

const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Copies the project's sources into `dir`, with a node_modules of the copy's own whose packages are
 * linked to this checkout's: Astro and Vite keep their caches in node_modules (.astro holds the content
 * store), and a copy must not share them with the project or with another copy building at the same
 * time, so each copy builds cold. The tests' copies and the bench's corpora (scripts/bench/corpus.ts) are made so.
 */
export function copyProjectInto(dir: string): void {
  for (const part of PARTS) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!CACHES.has(entry)) symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
}

export function copyProject(prefix: string): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  copyProjectInto(dir);
  // The link-preview cards are keyed by a hash of their layout and what draws them, so a copy may start from the ones this checkout has rendered
  // (src/data/preview-cards.ts), and render only the cards it changes. A copy of the cache,
  // not the cache itself: a build removes from its cache the cards it does not use, which another copy's build may.
  if (existsSync(CARD_CACHE)) cpSync(CARD_CACHE, join(dir, 'node_modules/.cache/preview-cards'), { recursive: true });
  return {
    dir,
    build(env = {}) {
      const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
        cwd: dir,
        encoding: 'utf8',
        env: buildEnvironment(env),
      });
      return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface DevServer {
  url(path: string): string;
  /** What it has logged so far. */
  output(): string;
  stop(): Promise<void>;
}

/** A free port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/**
 * Runs `astro dev` in `dir` (this checkout unless given) and resolves once it serves a file of public/ (or rejects with
 * its output). A file, not a page: the server has synced the content and is listening then, and a page would cost a
 * render the test does not look at (the home page's, about 0.2 s of CPU once the site's code is compiled).
 */
export async function startDev(dir = ROOT): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    // As a developer's shell runs it: with Vitest's own variables (VITEST, NODE_ENV=test) the dev server never answered.
    env: Object.fromEntries(Object.entries(buildEnvironment({})).filter(([key]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$)/.test(key))),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  };
  for (let tries = 0; tries < 240; tries++) {
    if (child.exitCode !== null) throw new Error(`astro dev exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${origin}/favicon.svg`, { signal: AbortSignal.timeout(60_000) })).ok) return { url: (path) => new URL(path, origin).href, output: () => output, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  await stop();
  throw new Error(`astro dev did not serve /favicon.svg within two minutes:\n${output}`);
}
