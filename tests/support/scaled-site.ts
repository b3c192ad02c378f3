/**
 * The built site at a larger size, to test search as the record grows: a copy of
 * dist/ in a temporary folder in which every document page is there `copies` times
 * (the original, and /inspections/<id>-copy-<n>/), indexed afresh by Pagefind. Each
 * copy is a page of its own to Pagefind, with its original's filters, so the search
 * page takes it for that document.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentPath } from '../../src/model/paths';
import { ENTRY_IDS } from '../support/entries';
import { assertDistBuilt, DIST } from './server';

/** Pagefind's command, as `npm run build` runs it. */
const PAGEFIND = fileURLToPath(new URL('../../node_modules/.bin/pagefind', import.meta.url));

/** Build the copy and return its folder; `removeScaledSite` removes it. */
export function scaledSite(copies: number): string {
  assertDistBuilt();
  const root = mkdtempSync(join(tmpdir(), 'scaled-site-'));
  cpSync(DIST, root, { recursive: true, filter: (source) => source !== join(DIST, 'pagefind') });
  for (const id of ENTRY_IDS) {
    const page = join(root, documentPath(id), 'index.html');
    for (let n = 2; n <= copies; n++) {
      const copy = join(root, 'inspections', `${id}-copy-${n}`);
      mkdirSync(copy);
      cpSync(page, join(copy, 'index.html'));
    }
  }
  execFileSync(process.execPath, [PAGEFIND, '--site', root, '--quiet']);
  return root;
}

export function removeScaledSite(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
