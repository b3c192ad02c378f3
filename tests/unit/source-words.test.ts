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

/** Length of the longest common subsequence of two word lists (two rows of the usual table). */
function lcsLength(a: string[], b: string[]): number {
  const ids = new Map<string, number>();
  const code = (w: string) => ids.get(w) ?? (ids.set(w, ids.size), ids.size - 1);
  const x = Int32Array.from(a, code);
  const y = Int32Array.from(b, code);
  let previous = new Int32Array(y.length + 1);
  let current = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const xi = x[i - 1]!;
    for (let j = 1; j <= y.length; j++) {
      current[j] = xi === y[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length]!;
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
