/**
 * Sizes as a reader's browser would download them. The test server sends files
 * as they are, uncompressed; a host serving compressed files would send gzip, so
 * every figure here is what gzip -9 makes of a response. Pagefind's index,
 * fragments and WebAssembly are gzip files already and are counted as they are.
 */
import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesUnder as allFilesUnder } from '../kit/pages';

const PRECOMPRESSED = /\.(pf_\w+|pagefind)$/;

export function gzipSize(path: string, body: Buffer): number {
  return PRECOMPRESSED.test(path) ? body.length : Math.min(body.length, gzipSync(body, { level: 9 }).length);
}

/** Every file under `dir`, as a URL-style path from `root` and its size on disk. */
export function filesUnder(dir: string, root = dir): { path: string; bytes: number }[] {
  return allFilesUnder(dir).map((full) => ({ path: `/${relative(root, full).split(sep).join('/')}`, bytes: statSync(full).size }));
}

export const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);

/** The middle value (the upper one of an even count). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Kilobytes of 1,024 bytes, as the README and the targets count them; megabytes from 1,024 kB. */
export const kb = (n: number) => (n < 2 ** 20 ? `${(n / 1024).toFixed(1)} kB` : `${(n / 2 ** 20).toFixed(1)} MB`);
