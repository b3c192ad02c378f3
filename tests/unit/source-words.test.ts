/**
 * No word of a source is lost on the way to the site: nearly every word of each
 * source text appears, in order, in the text of its parsed MDX body. The few that
 * do not are the repairs' doing (page numbers dropped from the contents, a number
 * moved to the start of its paragraph, words rejoined across a break).
 */
import { describe, expect, test } from 'vitest';
import { parseBody, type Block } from '../../src/model/body';
import { profiles } from '../../scripts/import/profiles/index';
import { readEntry, readSource } from '../support/entries';

const THRESHOLD = 0.97;

/** Tokens of web-page code left by the conversion, which are not the document's words. */
const HTML_DEBRIS = new Set(['<ul', 'style="list-style-type:', 'none">']);

/** A word with its punctuation and symbols stripped, or '' if nothing is left. */
const bare = (token: string) => token.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '');

function sourceWords(source: string, signatureImage: string | undefined): string[] {
  const text = signatureImage === undefined ? source : source.replace(signatureImage, ' ');
  return text
    .split(/\s+/)
    .filter((token) => !HTML_DEBRIS.has(token))
    .map(bare)
    .filter((word) => word !== '');
}

/** The words a block shows a reader, its paragraph number and table head included. */
function blockText(block: Block): string[] {
  switch (block.type) {
    case 'heading':
    case 'grade':
      return [block.text];
    case 'paragraph':
      return block.number === undefined ? [block.text] : [`${block.number}.`, block.text];
    case 'text':
      return block.lines;
    case 'list':
      return block.points.map((p) => p.text);
    case 'contents':
      return block.entries.map((e) => e.text);
    case 'table':
      return [
        block.caption ?? '',
        ...(block.head ?? []),
        ...block.bodies.flat().flatMap((row) => (row.type === 'group' ? [row.text] : [row.header, ...row.cells])),
      ];
  }
}

/** The words of every block of a body, in document order. */
function bodyWords(body: string): string[] {
  return parseBody(body)
    .flatMap(blockText)
    .join('\n')
    .split(/\s+/)
    .map(bare)
    .filter((word) => word !== '');
}

/**
 * Length of the longest common subsequence of two word lists, by Myers' O((N+M)D) difference algorithm (D, the
 * words one list has and the other lacks, is a few hundred here, where the table of every pair of words was 3×10⁸
 * cells for the 2012 report): the furthest reach of each diagonal for D = 0, 1, 2…, until one reaches both ends.
 */
function lcsLength(a: string[], b: string[]): number {
  const [n, m] = [a.length, b.length];
  const offset = n + m;
  const reach = new Int32Array(2 * offset + 2);
  for (let d = 0; d <= n + m; d++) {
    for (let k = -d; k <= d; k += 2) {
      // Along diagonal k (x - y = k): step down (a word of b) from k + 1 or right (a word of a) from k - 1, whichever reaches further.
      let x = k === -d || (k !== d && reach[offset + k - 1]! < reach[offset + k + 1]!) ? reach[offset + k + 1]! : reach[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      reach[offset + k] = x;
      if (x >= n && y >= m) return (n + m - d) / 2;
    }
  }
  return 0;
}

test('lcsLength counts words in order only', () => {
  expect(lcsLength(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'b'])).toBe(3);
  expect(lcsLength(['a', 'b'], [])).toBe(0);
  expect(lcsLength(['b', 'a'], ['a', 'b'])).toBe(1);
});

describe(`at least ${THRESHOLD * 100}% of each source's words appear in order in its parsed body`, () => {
  for (const profile of profiles) {
    // Measured while collecting, so the ratio can be in the test's name; a failure to read fails the test.
    let measured: { kept: number; total: number } | Error;
    try {
      const entry = readEntry(profile.id);
      const words = sourceWords(readSource(entry.frontmatter.sourceFile as string), profile.signatureImage);
      measured = { kept: lcsLength(words, bodyWords(entry.body)), total: words.length };
    } catch (error) {
      measured = error as Error;
    }
    const name =
      measured instanceof Error
        ? `${profile.id}: could not be measured`
        : `${profile.id}: ${measured.kept} of ${measured.total} words (${((measured.kept / measured.total) * 100).toFixed(2)}%)`;
    test(name, () => {
      if (measured instanceof Error) throw measured;
      expect(measured.total).toBeGreaterThan(500);
      expect(measured.kept / measured.total).toBeGreaterThanOrEqual(THRESHOLD);
    });
  }
});
