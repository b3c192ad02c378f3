/**
 * The index's layout (blocks grouped into Pagefind records at a fixed stride of
 * word positions) and the way back from Pagefind's results to blocks: pure, no
 * browser. That Pagefind itself counts positions so is checked against the built
 * index in tests/site/search-index.test.ts and through the page in the browser tests.
 */
import { describe, expect, test } from 'vitest';
import { averageLength, BLOCK_STRIDE, commonWords, INDEX_REPEATS, blockAt, blockId, groupOf, groupRecords, GROUP_SIZE, lengthOf, SHORTEST, strideWords } from '../../src/model/search-groups';
import type { SearchRecord } from '../../src/model/search-records';
import { blockHits, closeness, type GroupResult, type Location } from '../../src/scripts/search-blocks';

function record(url: string, content: string, year = '2012'): SearchRecord {
  const filters = { year: [year], document: [url.split('/')[2]!], publisher: ['ofsted'], area: [], kind: [], theme: [], text: [content], label: ['Paragraph'], form: ['paragraph'], repeated: [], stands: [] };
  return { url, content, meta: {}, filters: filters as unknown as SearchRecord['filters'] };
}
const words = (s: string) => s.split(' ').filter((w) => w !== '.');

describe('grouping blocks into Pagefind records', () => {
  const a = Array.from({ length: GROUP_SIZE + 2 }, (_, i) => record(`/inspections/a/#p${i}`, `alpha${i} beta`));
  const b = [record('/inspections/b/#p1', 'gamma', '2015')];

  test('groups a page’s blocks in their order, at most GROUP_SIZE a group, never two pages in one', () => {
    // Interleaved pages, as the scaled copies of the bench are: each page's blocks still group together.
    const groups = groupRecords([a[0]!, b[0]!, ...a.slice(1)]);
    expect(groups.map((g) => g.blocks.map((r) => r.url))).toEqual([a.slice(0, GROUP_SIZE).map((r) => r.url), a.slice(GROUP_SIZE).map((r) => r.url), [b[0]!.url]]);
    expect(groups.map((g) => g.url)).toEqual([a[0]!.url, a[GROUP_SIZE]!.url, b[0]!.url]);
    expect(groups[2]!.filters).toEqual({ year: ['2015'], document: ['b'], publisher: ['ofsted'] });
  });

  test('puts block i of a group at positions [i × BLOCK_STRIDE, (i + 1) × BLOCK_STRIDE), its words in their order', () => {
    const [group] = groupRecords(a.slice(0, 3));
    const tokens = group!.content.split(' ');
    for (const i of [0, 1, 2]) expect(words(tokens.slice(i * BLOCK_STRIDE, (i + 1) * BLOCK_STRIDE).join(' '))).toEqual([`alpha${i}`, 'beta']);
    // The last block needs no filler after its words.
    expect(tokens.at(-1)).toBe('beta');
  });

  test('holds a word whose positions would fill more than one index file once a use, where its run starts, the rest filler', () => {
    const run = (w: string) => Array<string>(INDEX_REPEATS).fill(w).join(' ');
    const blocks = Array.from({ length: 10 }, (_, i) => record(`/inspections/a/#p${i}`, `${run('children')} ${run(`rare${i}`)} ${run('children')}`));
    // Here a file of 100 positions: "children" has 320, each rare word 16.
    expect([...commonWords(blocks, 100)]).toEqual(['children']);
    const tokens = strideWords(blocks[0]!.content, false, commonWords(blocks, 100)).split(' ');
    const lead = tokens.findIndex((t) => t !== '.');
    expect(tokens.slice(lead).map((t, i) => (t === '.' ? '' : `${i}:${t}`)).filter(Boolean)).toEqual([
      '0:children',
      ...Array.from({ length: INDEX_REPEATS }, (_, k) => `${INDEX_REPEATS + k}:rare0`),
      `${2 * INDEX_REPEATS}:children`,
    ]);
    expect(commonWords(blocks)).toEqual(new Set()); // 20,000 positions a file: none at this size
  });

  test('starts a block’s words as far past its stride’s start as its length class, which tells its length back', () => {
    for (const length of [8, 24, 48, 80, 544, 1400, 2976]) {
      const content = Array.from({ length }, (_, i) => `w${Math.floor(i / 8)}`).join(' ');
      const tokens = strideWords(content, true).split(' ');
      expect(tokens).toHaveLength(BLOCK_STRIDE);
      const first = tokens.findIndex((t) => t !== '.');
      expect(first).toBeLessThan(8);
      const told = lengthOf(3 * BLOCK_STRIDE + first + INDEX_REPEATS * 5); // any run of the block, in any block of a group
      expect(Math.abs(Math.log(told / Math.max(length, SHORTEST))), String(length)).toBeLessThan(Math.log(1.7));
    }
    expect(averageLength([record('/inspections/a/#p1', 'x y'), record('/inspections/a/#p2', 'x y z w')])).toBe(3);
  });

  test('keeps a block longer than the stride within it, each word INDEX_REPEATS times', () => {
    const long = Array.from({ length: 300 }, (_, i) => Array<string>(24).fill(`w${i}`).join(' ')).join(' ');
    const kept = words(strideWords(long, true));
    expect(new Set(kept).size).toBe(BLOCK_STRIDE / INDEX_REPEATS - 1);
    expect(kept.length).toBeLessThan(BLOCK_STRIDE);
  });

  test('names a block by its group and place, and finds the block of a position', () => {
    expect(blockId('en_3f2a9c1', 4)).toBe('en_3f2a9c1/4');
    expect(groupOf('en_3f2a9c1/4')).toBe('en_3f2a9c1');
    expect([0, BLOCK_STRIDE - 1, BLOCK_STRIDE, 5 * BLOCK_STRIDE + 3].map(blockAt)).toEqual([0, 0, 1, 5]);
  });
});

describe('Pagefind’s results per block', () => {
  // Pagefind's balanced score: (24 × weight)² × a length bonus, 0.889 for the word itself, less for a longer word it starts.
  const at = (location: number, bonus = 0.889, weight = 1): Location => ({ location, weight, balanced_score: (24 * weight) ** 2 * bonus });
  const run = (start: number, n = 8, gap = 4, bonus?: number) => Array.from({ length: n }, (_, k) => at(start + k * gap, bonus));
  const S = BLOCK_STRIDE;

  test('reads how closely a position matched, its weight aside', () => {
    expect(closeness(at(0, 0.5, 0.5))).toBeCloseTo(0.5);
    expect(closeness(at(0, 0.889))).toBeCloseTo(0.889);
  });

  test('splits a group’s positions into its blocks; the word itself is exact, a longer word it starts is not', () => {
    // Group g: block 0 holds the word, block 2 only a longer word ("carers" for "care"). Group h: only longer words.
    const loose: GroupResult[] = [
      { id: 'g', locations: [...run(10), ...run(2 * S + 10, 8, 4, 0.69)] },
      { id: 'h', locations: run(S + 3, 8, 4, 0.69) },
    ];
    const exact: GroupResult[] = [{ id: 'g', locations: [at(10, 1)] }];
    const hits = blockHits(loose, exact, 272);
    expect(hits.loose.map((h) => h.id).sort()).toEqual(['g/0', 'g/2', 'h/1']);
    expect(hits.exact.map((h) => h.id)).toEqual(['g/0']);
    const score = (id: string) => hits.loose.find((h) => h.id === id)!.score;
    expect(score('g/0')).toBeGreaterThan(score('g/2'));
  });

  test('takes the exact search’s position as exact even where a compound hides the word (re-referrals)', () => {
    const loose: GroupResult[] = [{ id: 'g', locations: [...run(3 * S, 8, 4, 0.5), ...run(10)] }];
    const hits = blockHits(loose, [{ id: 'g', locations: [at(3 * S, 1)] }], 272);
    expect(hits.exact.map((h) => h.id).sort()).toEqual(['g/0', 'g/3']);
  });

  test('scores a shorter block higher for the same uses, and more uses higher, as BM25 does', () => {
    // Block 0 starts its words 6 past its stride's start (length class 6, about 580 words), block 1 at 2 (about 70).
    const loose: GroupResult[] = [{ id: 'g', locations: [...run(6, INDEX_REPEATS, 1), ...run(S + 2, INDEX_REPEATS, 1), ...run(2 * S + 6, 2 * INDEX_REPEATS, 1)] }];
    const hits = blockHits(loose, [{ id: 'g', locations: [at(6, 1)] }], 272);
    const score = (id: string) => hits.loose.find((h) => h.id === id)!.score;
    expect(score('g/1')).toBeGreaterThan(score('g/0')); // the shorter block
    expect(score('g/2')).toBeGreaterThan(score('g/0')); // twice the uses, same length
  });

  test('says where in its block each use of the word stands: its place among the block’s indexed words', () => {
    // Block 0's words start 2 past its stride (its length class): uses of the word at its places 0 and 3, each a run of INDEX_REPEATS positions; block 1 at its place 1.
    const use = (start: number) => Array.from({ length: INDEX_REPEATS }, (_, k) => at(start + k));
    const loose: GroupResult[] = [{ id: 'g', locations: [...use(2), ...use(2 + 3 * INDEX_REPEATS), ...use(S + 5 + INDEX_REPEATS)] }];
    const hits = blockHits(loose, [], 272);
    expect(hits.loose.map((h) => [h.id, h.uses])).toEqual([
      ['g/0', [0, 3]],
      ['g/1', [1]],
    ]);
  });

  test('counts a use of a common word, held once, as a use held INDEX_REPEATS times', () => {
    const once: GroupResult[] = [{ id: 'g', locations: [at(6), at(6 + 3 * INDEX_REPEATS)] }];
    const full: GroupResult[] = [{ id: 'g', locations: [...run(6, INDEX_REPEATS, 1), ...run(6 + 3 * INDEX_REPEATS, INDEX_REPEATS, 1)] }];
    const [a] = blockHits(once, once, 272).loose;
    const [b] = blockHits(full, full, 272).loose;
    expect(a!.score).toBeCloseTo(b!.score, 10);
    expect(a!.uses).toEqual(b!.uses);
  });

  test('finds nothing exact when no group holds the word itself', () => {
    expect(blockHits([{ id: 'g', locations: run(0, 8, 4, 0.69) }], [], 272).exact).toEqual([]);
  });
});
