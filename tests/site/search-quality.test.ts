/**
 * The quality of search results, for a set of queries from all five documents (tests/support/search-queries.ts):
 * each finds its block among the first five, and the link to it lands on that block. The search page's own
 * pipeline is run in Node against the built index (scripts/kit/search-node.ts), query after query, in
 * seconds; tests/browser/search.test.ts proves that the page in Chromium lists the same links, text
 * fragments and all, for a query of each kind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hitUrl, shownOf } from '../../src/scripts/search-link';
import { PAGE_SIZE } from '../../src/scripts/search-pipeline';
import { nodeSearch, ranked, type NodeSearch } from '../support/search-node';
import { ALL_CASES, QUESTION_CASES, SEARCH_CASES } from '../support/search-queries';
import { DIST } from '../support/site';
import { missedLanding } from '../support/text-fragment';

let search: NodeSearch;
/** For each case of the set, in order: the first five results' links (without text fragments), and the link the page gives its expected block. */
const seen: { top: string[]; want: string; href?: string }[] = [];

beforeAll(async () => {
  search = await nodeSearch(DIST);
  for (const c of ALL_CASES) {
    const { found, ids } = await ranked(search, c.query);
    const files = await Promise.all(ids.slice(0, PAGE_SIZE).map(search.index.block));
    const want = `/inspections/${c.document}/#${c.id}`;
    const file = files.find((f) => f.url === want);
    seen.push({ top: files.slice(0, 5).map((f) => f.url), want, href: file && hitUrl(shownOf(file), found.query) });
  }
}, 120_000);

afterAll(() => search?.close());

describe('search results, for the query set', () => {
  it('cover all five documents and every kind of query', () => {
    expect(new Set(SEARCH_CASES.map((c) => c.document)).size).toBe(5);
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(20);
    expect(SEARCH_CASES.some((c) => c.kind === 'typo')).toBe(true);
    expect(SEARCH_CASES.some((c) => c.kind === 'phrase')).toBe(true);
    expect(SEARCH_CASES.some((c) => c.kind === 'acronym')).toBe(true);
    expect(QUESTION_CASES.length).toBeGreaterThanOrEqual(40);
    expect(seen.length).toBe(ALL_CASES.length);
  });

  it('include each query’s block among the first five', () => {
    const misses = ALL_CASES.flatMap((c, i) => {
      const { top, want } = seen[i]!;
      return top.includes(want) ? [] : [`${c.query} (${c.kind}): ${want} not in ${top.join(', ')}`];
    });
    expect(misses).toEqual([]);
  });

  it('link to the block each query should find so that the link lands on it: its first text fragment that matches, read as the browser reads it, is in that block', () => {
    const missed = ALL_CASES.flatMap((c, i) => {
      const { want, href } = seen[i]!;
      if (!href) return [`${c.query}: no result on the first page links to ${want}`];
      const why = missedLanding(href);
      return why ? [`${c.query}: ${href}: ${why}`] : [];
    });
    expect(missed).toEqual([]);
  });
});
