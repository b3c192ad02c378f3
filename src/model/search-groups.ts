/**
 * How the search records (one per block, src/model/search-records.ts) are laid
 * out in Pagefind's index: consecutive blocks of one document share a Pagefind
 * record, a group, each block at a fixed stride of word positions. Pagefind's
 * metadata file, which the first search fetches whole, lists every record, so
 * fewer records keep the first search light as the documents grow (at 100 times
 * the documents, a record a block made it 245 kB); a search still hands back
 * every word position it matched, and the stride turns a position back into its
 * block, so ranking stays a block's. What a result shows is a small file per
 * block (`blockFile`), fetched only for the results shown.
 *
 * Imports nothing at run time: the search page's script uses the layout too.
 */
import type { SearchRecord } from './search-records';

/** Blocks in one Pagefind record: enough to keep the metadata small, few enough to keep a group's positions small numbers. */
export const GROUP_SIZE = 8;
/** Word positions each block of a group occupies: block i holds [i × BLOCK_STRIDE, (i + 1) × BLOCK_STRIDE). */
export const BLOCK_STRIDE = 1024;
/**
 * Fills a block's unused positions. Pagefind counts every whitespace-separated
 * token as a word position but indexes only its letters and digits, so this is
 * a position holding nothing.
 */
const FILLER = '.';

/** The document-wide filters a group carries in Pagefind (a search favours a year's blocks by them). */
export const GROUP_FACETS = ['year', 'document', 'publisher'] as const;

export interface SearchGroup {
  /** The first block's URL: Pagefind needs one, and it names the group in its fragment. */
  url: string;
  content: string;
  filters: Record<(typeof GROUP_FACETS)[number], string[]>;
  blocks: SearchRecord[];
}

/** The page a record's block is on. */
const pageOf = (record: SearchRecord) => record.url.replace(/#.*$/, '');

/** The records, a page's in their order, in groups of at most `size` consecutive blocks of one page. */
export function groupRecords(records: SearchRecord[], size = GROUP_SIZE): SearchGroup[] {
  const pages = new Map<string, SearchRecord[]>();
  for (const r of records) pages.set(pageOf(r), [...(pages.get(pageOf(r)) ?? []), r]);
  return [...pages.values()].flatMap((blocks) =>
    Array.from({ length: Math.ceil(blocks.length / size) }, (_, g) => {
      const group = blocks.slice(g * size, (g + 1) * size);
      const first = group[0]!;
      return {
        url: first.url,
        content: group.map((b, i) => strideWords(b.content, i < group.length - 1)).join(' '),
        filters: { year: first.filters.year, document: first.filters.document, publisher: first.filters.publisher },
        blocks: group,
      };
    }),
  );
}

/**
 * A block's indexed words over its stride: spread evenly, filler between, so how far
 * apart a word's repeats stand (`INDEX_REPEATS` in a row) says how long the block is
 * (`lengthFrom`), which ranking weighs as Pagefind does a record's length. A block whose
 * words overflow the stride keeps each word with fewer repeats. The group's last
 * block needs no filler after its last word.
 */
export function strideWords(content: string, pad: boolean): string {
  let words = content.split(' ').filter(Boolean);
  if (words.length > BLOCK_STRIDE) {
    const runs = new Map<string, number>();
    for (const w of words) runs.set(w, (runs.get(w) ?? 0) + 1);
    const scale = BLOCK_STRIDE / words.length;
    words = [...runs].flatMap(([w, n]) => Array<string>(Math.max(1, Math.floor(n * scale))).fill(w));
  }
  const slots = Array<string>(BLOCK_STRIDE).fill(FILLER);
  words.forEach((w, k) => (slots[Math.floor((k * BLOCK_STRIDE) / words.length)] = w));
  const end = pad ? BLOCK_STRIDE : Math.floor(((words.length - 1) * BLOCK_STRIDE) / words.length) + 1;
  return slots.slice(0, end).join(' ');
}

/**
 * How many words a block holds, from where its matched words stand (sorted): the
 * repeats of a word stand a block's stride divided by its length apart. Undefined
 * from a single position.
 */
export function lengthFrom(positions: readonly number[]): number | undefined {
  const gaps = positions.slice(1).map((p, i) => p - positions[i]!);
  const least = Math.min(...gaps.filter((g) => g > 0));
  const near = gaps.filter((g) => g > 0 && g <= 2 * least);
  if (!near.length) return undefined;
  return BLOCK_STRIDE / (near.reduce((a, b) => a + b, 0) / near.length);
}

/** How many words the index holds for a block, on average (a block's words up to the stride): what ranking weighs a block's length against. */
export function averageLength(records: SearchRecord[]): number {
  const lengths = records.map((r) => Math.min(BLOCK_STRIDE, r.content.split(' ').filter(Boolean).length));
  return lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
}

/** The block of a group a matched word position is in. */
export const blockAt = (position: number) => Math.floor(position / BLOCK_STRIDE);

/** A block's id in search: its group's Pagefind id and its place in the group ("en_3f2a9c1/4"). */
export const blockId = (group: string, index: number) => `${group}/${index}`;
export const groupOf = (block: string) => block.slice(0, block.indexOf('/'));

/** Where, under the Pagefind bundle, a block's file is (`BlockFile`). */
export const blockFile = (block: string) => `block/${block}.json`;
/** Where, under the Pagefind bundle, the filters' values of every block are (`BlockValues`). */
export const VALUES_FILE = 'block/values.json';

/** What a result shows of a block, and what it links to: a record without its indexed words. */
export interface BlockFile {
  url: string;
  filters: Record<string, string[]>;
}

/**
 * Every block's filter values, in the documents' order: what filtering, its counts
 * and listing without words read. `values` holds each "facet=value" once; each
 * group lists, per block, the indexes of its values.
 */
export interface BlockValues {
  values: string[];
  groups: [id: string, blocks: number[][]][];
}
