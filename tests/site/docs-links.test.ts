/** The README and docs/ link to pages of the site (a finding a review cites, /inspections/<id>/#p5): each must be built, its #id on it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { brokenTarget } from '../support/html';

const ROOT = resolve(import.meta.dirname, '../..');
const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

it('links from the README and docs/ to pages of the site only where the page and its #id are built', () => {
  const links = DOCS.flatMap((doc) => [...readFileSync(join(ROOT, doc), 'utf8').matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => ({ doc, url: m[1]! })));
  expect(links.length).toBeGreaterThan(0);
  expect(links.flatMap(({ doc, url }) => (brokenTarget(url) ? [`${doc}: ${url}: ${brokenTarget(url)}`] : []))).toEqual([]);
});
