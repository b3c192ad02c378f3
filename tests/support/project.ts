/**
 * The project copied to a temporary folder, for tests that run a real build without touching this
 * checkout's dist/, .astro/ or caches. Its node_modules is a folder of links to this project's
 * packages, without their caches (.astro, .vite): so a build there starts with no cache, as on a
 * fresh clone, and writes its cache in the copy, not into a node_modules that other checkouts may share.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** What a build reads: everything else in the checkout (tests, scripts, dist/) plays no part in it. */
const BUILD_INPUTS = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];

export interface ProjectCopy {
  dir: string;
  remove(): void;
}

export function copyProject(prefix: string): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  for (const part of BUILD_INPUTS) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  const modules = join(ROOT, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(modules, name), join(dir, 'node_modules', name));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
