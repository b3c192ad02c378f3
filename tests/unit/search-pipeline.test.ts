/**
 * The search pipeline (src/scripts/search-pipeline.ts) from a query to ranked blocks,
 * and the state in the URL (src/scripts/search-url.ts), without a browser: the index
 * is a small one in memory that answers as Pagefind does (groups of blocks, each
 * matched position weighed), laid out as src/model/search-groups.ts lays out the real one.
 */
import { describe, expect, test } from 'vitest';
import { BLOCK_STRIDE, blockId, INDEX_REPEATS, type BlockFile } from '../../src/model/search-groups';
import { plainWords } from '../../src/model/search-words';
import type { GroupResult, Location } from '../../src/scripts/search-blocks';
import { announcement, firstPageFirst, searchFor, type SearchIndex, type Setting } from '../../src/scripts/search-pipeline';
import { readState, stateUrl } from '../../src/scripts/search-url';

interface Block {
  text: string;
  year: string;
  weight?: number;
}

/** Pagefind's balanced score for a position: (24 × weight)² × how closely the word there matches (1 the word itself). */
const position = (location: number, close: number): Location => ({ location, weight: 1, balanced_score: 576 * close });

/** An index of groups of blocks (`groups[g][i]` is block `g/i`), searched as Pagefind searches: as typed, a word and longer words it starts; quoted, the word itself, its group's first position only. */
function memoryIndex(groups: Block[][]): SearchIndex & { fetched: string[] } {
  const fetched: string[] = [];
  const words = groups.map((blocks) => blocks.map((b) => plainWords(b.text)));
  const search = async (term: string): Promise<GroupResult[]> => {
    const exact = term.startsWith('"');
    const word = term.replace(/"/g, '');
    return words.flatMap((blocks, g) => {
      const locations = blocks.flatMap((ws, i) =>
        ws.flatMap((w, k) => (w === word || (!exact && w.startsWith(word)) ? Array.from({ length: INDEX_REPEATS }, (_, r) => position(i * BLOCK_STRIDE + k * INDEX_REPEATS + r, w === word ? 1 : 0.5)) : [])),
      );
      return locations.length ? [{ id: `g${g}`, locations: exact ? locations.slice(0, 1) : locations }] : [];
    });
  };
  const file = (g: number, i: number): BlockFile => ({
    url: `/inspections/d${g}/#p${i}`,
    filters: { text: [groups[g]![i]!.text], ...(groups[g]![i]!.weight ? { weight: [String(groups[g]![i]!.weight)] } : {}) },
  });
  return {
    fetched,
    search,
    preload: async () => undefined,
    yearGroups: async (year) => groups.flatMap((blocks, g) => (blocks[0]!.year === year ? [`g${g}`] : [])),
    meanings: async () => [['zfoster', 'foster carers', 0, 'foster carers', 'foster parents']],
    wordsFrom: async (letter) => Object.fromEntries(words.flat(2).filter((w) => w.startsWith(letter)).map((w) => [w, 1])),
    block: async (id) => {
      fetched.push(id);
      const [, g = '0', i = '0'] = id.match(/^g(\d+)\/(\d+)$/) ?? [];
      return file(Number(g), Number(i));
    },
  };
}

const GROUPS: Block[][] = [
  [
    { text: 'Care leavers receive good support from personal advisers', year: '2012' },
    { text: 'Supervision of social workers is regular', year: '2012' },
    { text: 'Carers are trained well', year: '2012' },
  ],
  [
    { text: 'Care leavers', year: '2018', weight: 0.7 },
    { text: 'Care leavers are in suitable accommodation', year: '2018' },
  ],
];
const setting: Setting = { years: ['2012', '2018'], total: 5, blockLength: 6 };

describe('the search pipeline, query to ranked blocks', () => {
  test('ranks the blocks holding more of the words first, and those holding a word itself above those holding a longer word it starts', async () => {
    const index = memoryIndex(GROUPS);
    const found = await searchFor('care leavers support', index, setting);
    expect(found.ids[0]).toBe(blockId('g0', 0));
    expect(found.ids).toContain(blockId('g0', 2)); // "carers" starts with "care"
    expect(found.ids.indexOf(blockId('g1', 1))).toBeLessThan(found.ids.indexOf(blockId('g0', 2)));
    expect(found.misspelt).toEqual([]);
  });

  test('favours the documents of a year the query names, without searching the year as a word', async () => {
    const found = await searchFor('care leavers 2018', memoryIndex(GROUPS), setting);
    expect(found.query.terms).toEqual(['care', 'leavers']);
    expect(found.ids.slice(0, 2).sort()).toEqual([blockId('g1', 0), blockId('g1', 1)]);
  });

  test('corrects a misspelt word from the record’s words with its first letter, and says so', async () => {
    const index = memoryIndex(GROUPS);
    const found = await searchFor('supervison', index, setting);
    expect(found.misspelt).toEqual(['supervison']);
    expect(found.corrected).toBe('supervision');
    expect(found.ids).toEqual([blockId('g0', 1)]);
    expect(announcement(found, found.ids.length, 0, []).why).toBe('No paragraph contains “supervison”, so these are the results for “supervision”.');
  });

  test('keeps only blocks holding a quoted phrase, in order', async () => {
    const found = await searchFor('"leavers receive"', memoryIndex(GROUPS), setting);
    expect(found.ids).toEqual([blockId('g0', 0)]);
    expect(found.scores).toBeUndefined();
  });

  test('finds nothing, fetching nothing, for a query of common words only', async () => {
    const index = memoryIndex(GROUPS);
    const found = await searchFor('what is the', index, setting);
    expect(found.ids).toEqual([]);
    expect(index.fetched).toEqual([]);
    expect(announcement(found, 0, 0, []).why).toMatch(/too common/);
  });

  test('orders the first page by score times weight: a heading with the same words falls below a finding', async () => {
    const index = memoryIndex(GROUPS);
    const found = await searchFor('care leavers', index, setting);
    // The heading "Care leavers" (weight 0.7) scores as the finding below it does, and comes first in the documents' order.
    const heading = blockId('g1', 0);
    const finding = blockId('g1', 1);
    expect(found.ids.indexOf(heading)).toBeLessThan(found.ids.indexOf(finding));
    const listed = await firstPageFirst(found, found.ids, index.block);
    expect(listed.indexOf(heading)).toBeGreaterThan(listed.indexOf(finding));
    expect(listed.at(-1)).toBe(blockId('g0', 2));
  });

  test('puts first a block holding the words as typed, in order: a phrase copied from the text', async () => {
    const groups: Block[][] = [
      [
        { text: 'Support is good and leavers receive it', year: '2012' },
        { text: 'Care leavers receive good support', year: '2012' },
      ],
    ];
    const index = memoryIndex(groups);
    const found = await searchFor('leavers receive good support', index, setting);
    expect(found.ids[0]).toBe(blockId('g0', 1)); // read from where the index holds the words, for every block
    expect((await firstPageFirst(found, found.ids, index.block))[0]).toBe(blockId('g0', 1)); // and from the text, on the first page
  });

  test('puts first, of blocks holding a meaning the reader typed, the one saying it in the reader\'s words', async () => {
    // Both hold the meaning's key (as the index holds it, after the text) and say as much: the one saying "foster parents" as typed comes first.
    const groups: Block[][] = [
      [
        { text: 'Foster carers report good support zfoster', year: '2012' },
        { text: 'Foster parents report good support zfoster', year: '2012' },
      ],
    ];
    const index = memoryIndex(groups);
    const found = await searchFor('foster parents support', index, setting);
    expect(found.query.meanings.map((m) => m.typed)).toEqual(['foster parents']);
    expect(found.ids[0]).toBe(blockId('g0', 0)); // the index's order: a tie, in the documents' order
    expect((await firstPageFirst(found, found.ids, index.block))[0]).toBe(blockId('g0', 1));
    const carers = await searchFor('foster carers support', index, setting);
    expect((await firstPageFirst(carers, carers.ids, index.block))[0]).toBe(blockId('g0', 0));
  });

  test('for a question asking for a figure, puts higher a block with a figure by more of its words, by as much as its words weigh, not above all', async () => {
    const groups: Block[][] = [
      [
        { text: 'Inspectors found good practice in the centres howmany', year: '2012' },
        { text: 'The centres were visited by 12 inspectors howmany', year: '2012' },
        { text: 'There were 12 inspectors howmany', year: '2012' },
      ],
    ];
    const index = memoryIndex(groups);
    const found = await searchFor('how many inspectors centres', index, setting);
    expect(found.counted).toEqual(['inspectors', 'centres']);
    expect(found.ids.slice(0, 2)).toEqual([blockId('g0', 0), blockId('g0', 1)]); // the index's order: a tie, in the documents' order
    // A figure by both words first; one by "inspectors" alone does not pass a block holding both words with no figure.
    expect(await firstPageFirst(found, found.ids, index.block)).toEqual([blockId('g0', 1), blockId('g0', 0), blockId('g0', 2)]);
  });

  test('says how many, for what, with how many filters', async () => {
    const found = await searchFor('care leavers', memoryIndex(GROUPS), setting);
    expect(announcement(found, 4, 2, []).count).toBe('4 results for “care leavers”, with 2 filters');
    expect(announcement({ ...found, text: '' }, 1, 1, []).count).toBe('1 result, with a filter');
    // Typed quotes are shown as the site's typographic ones, a phrase left open closed at the end.
    expect(announcement({ ...found, text: '"care leavers" council' }, 4, 0, []).count).toBe('4 results for “care leavers” council');
    expect(announcement({ ...found, text: 'care "leavers' }, 4, 0, []).count).toBe('4 results for care “leavers”');
  });
});

describe('the state in the URL', () => {
  const boxes = () => [
    { name: 'year', value: '2012', checked: false },
    { name: 'year', value: '2018', checked: false },
    { name: 'kind', value: 'strength', checked: false },
  ];

  test('writes the words and the chosen filters, and reads them back', () => {
    const chosen = boxes();
    chosen[1]!.checked = true;
    chosen[2]!.checked = true;
    const url = stateUrl('/search/', '  care leavers ', chosen);
    expect(url).toBe('/search/?q=care+leavers&year=2018&kind=strength');
    const input = { value: '' };
    const read = boxes();
    readState(url.slice(url.indexOf('?')), input, read);
    expect(input.value).toBe('care leavers');
    expect(read.map((b) => b.checked)).toEqual([false, true, true]);
  });

  test('is the bare path with nothing chosen', () => {
    expect(stateUrl('/search/', ' ', boxes())).toBe('/search/');
  });
});
