/**
 * Every document page reproduces its source: at least 97% of the source's words
 * appear on the built page, in the source's order. What is allowed to be missing is
 * what the import removed as conversion damage (page numbers, web-page code, the
 * signature image's description). And each block's text on the page contains the
 * words its entry holds, unaltered: nothing the conversion to MDX added (an escape,
 * markup) reaches the reader.
 */
import { DomUtils } from 'htmlparser2';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitEntry } from '../../src/model/entry-file';
import { distFile, parseHtml, textOf } from '../support/html';
import { builtRecords } from '../support/site';

const entries = readdirSync('content/inspections').filter((f) => f.endsWith('.mdx'));

const words = (text: string) =>
  text.toLowerCase().split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);

/** The "Full text" section: the reproduction itself, not the page's own summary and tables around it. */
function pageText(html: string): string {
  const section = DomUtils.findOne((el) => el.name === 'section' && el.attribs['aria-labelledby'] === 'full-text', parseHtml(html).children);
  // Each piece of text apart, as tags part words on the page (a paragraph's number from its first word).
  return section ? DomUtils.filter(() => true, section).flatMap((n) => (DomUtils.isText(n) ? [n.data] : [])).join(' ') : '';
}

/** The share of source words found in order, each searched for within the next few words of the page, so that a stray match (a page number of the contents matching a paragraph number) cannot carry the search away. */
function inOrderShare(source: string[], page: string[]): number {
  let at = 0;
  let found = 0;
  for (const word of source) {
    const next = page.indexOf(word, at);
    if (next >= 0 && next - at < 40) {
      found++;
      at = next + 1;
    }
  }
  return found / source.length;
}

describe.each(entries)('%s', (file) => {
  const id = file.replace(/\.mdx$/, '');
  const { sourceFile } = parse(splitEntry(readFileSync(`content/inspections/${file}`, 'utf8')).frontmatter) as { sourceFile: string };
  const page = `dist/inspections/${id}/index.html`;

  it('has a built page', () => {
    expect(existsSync(page), `${page} should be built (npm run build)`).toBe(true);
  });

  it('shows at least 97% of the source words in order', () => {
    const source = words(readFileSync(`content/sources/${sourceFile}`, 'utf8'));
    const share = inOrderShare(source, words(pageText(readFileSync(page, 'utf8'))));
    expect(share, `${(share * 100).toFixed(1)}% of ${source.length} words`).toBeGreaterThanOrEqual(0.97);
  });
});

it('shows every paragraph, point, grade line and heading with the words its entry holds, as the document gives them', () => {
  // The search records hold each block's words as read back from the MDX (src/model/body.ts); the page must show them.
  const records = builtRecords();
  const shown = records.filter((r) => ['paragraph', 'point', 'grade', 'heading'].includes(r.filters.form[0]));
  // Each page read and parsed once, not once for each of its blocks (the 2012 report's page, 313 kB, holds about 250).
  const parsed = new Map<string, ReturnType<typeof parseHtml>>();
  const page = (path: string) => parsed.get(path) ?? parsed.set(path, parseHtml(readFileSync(distFile(path)!, 'utf8'))).get(path)!;
  const differing = shown.flatMap((r) => {
    const [path = '', id = ''] = r.url.split('#');
    const block = DomUtils.getElementById(decodeURIComponent(id), page(path).children);
    const words = r.filters.text[0].replace(/\s+/g, ' ').trim();
    return block && textOf(block).includes(words) ? [] : [`${r.url}: the entry holds “${words.slice(0, 120)}”, the page shows “${block ? textOf(block).slice(0, 160) : '(no such block)'}”`];
  });
  expect(shown.length).toBeGreaterThan(300);
  expect(differing).toEqual([]);
});
